import { ConflictError, DataError } from '../../../src/domain/dataErrors';
import { IKpi } from '../../../src/domain/entities';
import { createDraftStore, memoryStorage } from '../../../src/data/localDrafts';
import { ItemSaver, readDeviceDraft } from '../../../src/features/shared/saving/ItemSaver';
import { FakeRepository } from '../fakeServices';

/** The editing kit's one save path (src/features/shared/saving/ItemSaver.ts) over an in-memory list. */

const kpi = (more: Partial<IKpi> = {}): IKpi => ({ id: 1, title: 'Online transactions', outcome: 'Brilliant Basics', unit: 'Percent', polarity: 'Higher is better', target: 70, etag: '"1"', ...more });

class Kpis extends FakeRepository<IKpi> {
  public updates: { values: Partial<IKpi>; etag: string }[] = [];
  public failures: unknown[] = [];
  public async update(id: number, values: Partial<IKpi>, etag = "*"): Promise<IKpi> {
    this.updates.push({ values, etag });
    const failure = this.failures.shift();
    if (failure !== undefined) throw failure;
    const current = await this.getById(id);
    if (etag !== current.etag) throw new ConflictError<IKpi>(values, current);
    const saved = { ...current, ...values, etag: `"${Number(String(current.etag).replace(/"/g, '')) + 1}"` };
    this.items = this.items.map((i) => (i.id === id ? saved : i));
    return saved;
  }
  /** Someone else saves the item. */
  public changeBehind(values: Partial<IKpi>): IKpi {
    const current = this.items[0];
    const next = { ...current, ...values, etag: `"${Number(String(current.etag).replace(/"/g, '')) + 1}"`, editor: { id: 9, title: 'Grace Lee' } };
    this.items = [next];
    return next;
  }
}

const setup = (item = kpi()) => {
  const repository = new Kpis([item]);
  const drafts = createDraftStore(memoryStorage());
  const saved: IKpi[] = [];
  const saver = new ItemSaver<IKpi>({ repository, item, drafts, draftKey: 'kpi:1', onSaved: (i) => saved.push(i) });
  return { repository, drafts, saver, saved };
};

describe('the shared save path', () => {
  afterEach(() => jest.useRealTimers());

  it('shows the change at once, keeps it on the device until saved, and saves only what changed at the ETag', async () => {
    const { repository, drafts, saver, saved } = setup();
    saver.change({ target: 75, title: 'Online transactions' });
    expect(saver.getState().shown).toMatchObject({ target: 75, title: 'Online transactions' });
    expect(readDeviceDraft<IKpi>(drafts, 'kpi:1')).toMatchObject({ mine: { target: 75 }, base: { target: 70 }, itemId: 1 });
    const result = await saver.save();
    expect(repository.updates).toEqual([{ values: { target: 75 }, etag: '"1"' }]);
    expect(result).toMatchObject({ target: 75, etag: '"2"' });
    expect(saver.getState()).toMatchObject({ item: { etag: '"2"' }, mine: {}, status: { kind: 'saved' } });
    expect(saved.map((i) => i.target)).toEqual([75]);
    expect(readDeviceDraft(drafts, 'kpi:1')).toBeUndefined();
  });

  it('merges by itself when the other person changed other fields only (three-way), saving mine at their ETag', async () => {
    const { repository, saver } = setup();
    repository.changeBehind({ tolerance: 10 });
    saver.change({ target: 75 });
    const result = await saver.save();
    expect(repository.updates).toEqual([
      { values: { target: 75 }, etag: '"1"' },
      { values: { target: 75 }, etag: '"2"' }
    ]);
    expect(result).toMatchObject({ target: 75, tolerance: 10, etag: '"3"' });
    expect(saver.getState().conflict).toBeUndefined();
  });

  it('counts the same value on both sides as no clash: a retried save that had landed is saved', async () => {
    const { repository, saver } = setup();
    repository.changeBehind({ target: 75 });
    saver.change({ target: 75 });
    expect(await saver.save()).toMatchObject({ target: 75, etag: '"2"' });
    expect(repository.updates).toHaveLength(1);
  });

  it('asks only on a true clash, with both versions and the version started from, losing nothing typed', async () => {
    const { repository, drafts, saver } = setup();
    const theirs = repository.changeBehind({ target: 80, tolerance: 10 });
    saver.change({ target: 75 });
    expect(await saver.save()).toBeUndefined();
    expect(saver.getState()).toMatchObject({ status: { kind: 'conflict' }, mine: { target: 75 }, shown: { target: 75 } });
    expect(saver.getState().conflict).toEqual({ base: kpi(), mine: { target: 75 }, theirs });
    expect(readDeviceDraft<IKpi>(drafts, 'kpi:1')?.mine).toEqual({ target: 75 });

    expect(await saver.resolve('mine')).toMatchObject({ target: 75, tolerance: 10 });
    expect(repository.updates[1]).toEqual({ values: { target: 75 }, etag: '"2"' });
  });

  it('takes theirs without writing, or saves a field-by-field merge', async () => {
    const first = setup();
    first.repository.changeBehind({ target: 80 });
    first.saver.change({ target: 75 });
    await first.saver.save();
    expect(await first.saver.resolve('theirs')).toMatchObject({ target: 80 });
    expect(first.repository.updates).toHaveLength(1);
    expect(first.saver.getState()).toMatchObject({ mine: {}, status: { kind: 'saved' } });

    const second = setup();
    second.repository.changeBehind({ target: 80, description: 'Theirs' });
    second.saver.change({ target: 75, description: 'Mine' });
    await second.saver.save();
    expect(await second.saver.resolve({ target: 80, description: 'Mine' })).toMatchObject({ target: 80, description: 'Mine' });
    expect(second.repository.updates[1]).toEqual({ values: { description: 'Mine' }, etag: '"2"' });
  });

  it('re-creates an item someone deleted when the user keeps theirs', async () => {
    const { repository, saver } = setup();
    repository.failures.push(new ConflictError<IKpi>({ target: 75 }, undefined));
    saver.change({ target: 75 });
    await saver.save();
    expect(saver.getState().conflict).toMatchObject({ theirs: undefined, mine: { target: 75 } });
    repository.items = [];
    const added = await saver.resolve('mine');
    expect(added).toMatchObject({ target: 75 });
    expect(repository.items).toHaveLength(1);
  });

  it('retries a throttled save after Retry-After at the soonest, then with backoff; an offline one when asked', async () => {
    jest.useFakeTimers({ now: new Date('2026-11-29T10:00:00Z') });
    const { repository, saver } = setup();
    repository.failures.push(new DataError('Throttled', 'SharePoint is busy right now.', 429, undefined, 7000));
    saver.change({ target: 75 });
    await saver.save();
    expect(saver.getState().status).toEqual({ kind: 'retrying', retryAt: Date.parse('2026-11-29T10:00:07Z') });
    await jest.advanceTimersByTimeAsync(6999);
    expect(repository.updates).toHaveLength(1);
    repository.failures.push(new DataError('Offline', 'SharePoint could not be reached.'));
    await jest.advanceTimersByTimeAsync(1);
    expect(repository.updates).toHaveLength(2);
    expect(saver.getState().status).toEqual({ kind: 'offline', retryAt: Date.parse('2026-11-29T10:00:07Z') + 4000 });
    saver.retryNow(); // the browser is back online
    await jest.advanceTimersByTimeAsync(0);
    expect(repository.updates).toHaveLength(3);
    expect(saver.getState().status.kind).toBe('saved');
    saver.dispose();
  });

  it('gives a new item one request id before its first attempt, keeps it with the draft, and retries the add with it', async () => {
    jest.useFakeTimers({ now: new Date('2026-11-29T10:00:00Z') });
    const repository = new Kpis([]);
    const drafts = createDraftStore(memoryStorage());
    const add = jest.spyOn(repository, 'add').mockRejectedValueOnce(new DataError('Offline', 'SharePoint could not be reached.'));
    const saver = new ItemSaver<IKpi>({ repository, drafts, draftKey: 'kpi:new' });
    saver.change({ title: 'New measure' });
    expect(await saver.save()).toBeUndefined();
    const clientRequestId = saver.getState().mine.clientRequestId;
    expect(clientRequestId).toMatch(/^[0-9a-f-]{32,36}$/);
    expect(saver.getState()).toMatchObject({ status: { kind: 'offline' }, mine: { title: 'New measure', clientRequestId } });
    expect(readDeviceDraft<IKpi>(drafts, 'kpi:new')?.mine).toEqual({ title: 'New measure', clientRequestId });
    await jest.advanceTimersByTimeAsync(2000); // retried by itself
    expect(add).toHaveBeenCalledTimes(2);
    expect(add.mock.calls.map(([values]) => values.clientRequestId)).toEqual([clientRequestId, clientRequestId]);
    expect(saver.getState()).toMatchObject({ status: { kind: 'saved' }, item: { title: 'New measure', clientRequestId } });
    expect(repository.items).toHaveLength(1);
    expect(readDeviceDraft(drafts, 'kpi:new')).toBeUndefined();
    saver.dispose();
  });

  it('makes a different request id for each new item', async () => {
    const repository = new Kpis([]);
    const first = new ItemSaver<IKpi>({ repository });
    const second = new ItemSaver<IKpi>({ repository });
    first.change({ title: 'One' });
    second.change({ title: 'Two' });
    const [a, b] = await Promise.all([first.save(), second.save()]);
    expect(a?.clientRequestId).toBeDefined();
    expect(a?.clientRequestId).not.toBe(b?.clientRequestId);
  });

  it('finds or creates a one-per-key item; one made elsewhere meanwhile is a conflict, or overwritten when asked', async () => {
    const created = new ItemSaver<IKpi>({ repository: new Kpis([]), key: { title: 'Made here' } });
    created.change({ target: 90 });
    expect(await created.save()).toMatchObject({ title: 'Made here', target: 90 });

    const repository = new Kpis([kpi({ id: 5, title: 'Made in another tab' })]);
    const asking = new ItemSaver<IKpi>({ repository, key: { title: 'Made in another tab' } });
    asking.change({ target: 90 });
    expect(await asking.save()).toBeUndefined();
    expect(asking.getState().conflict).toMatchObject({ mine: { target: 90 }, theirs: { id: 5, target: 70 } });

    const overwriting = new ItemSaver<IKpi>({ repository, key: { title: 'Made in another tab' }, existing: 'overwrite' });
    overwriting.change({ target: 90 });
    expect(await overwriting.save()).toMatchObject({ id: 5, target: 90 });
    expect(repository.items).toHaveLength(1);
  });
});
