import { ConflictError, isDataError } from '../../src/data/errors';
import { IKpi } from '../../src/domain/entities';
import { ItemSaver } from '../../src/features/shared/saving/ItemSaver';
import { MANAGER } from '../localsp/helpers';
import { CHAMPION, ILocalSite, OFFICE, OWNER, provisionedSite } from './localSite';

/** The editing kit's repository contract (IRepository in src/domain/services.ts) against the local SharePoint. */
describe('findOrCreate and update over the local SharePoint', () => {
  let site: ILocalSite;
  let kpi: IKpi;
  beforeEach(async () => {
    site = await provisionedSite();
    kpi = await site.services(OFFICE).kpis.add({ title: 'Online transactions', outcome: 'Brilliant Basics', unit: 'Percent', polarity: 'Higher is better' });
  }, 30000);

  it('ends two calls for the same key started at once with exactly one item, which both answer', async () => {
    site.local.faults.latencyMs = 15; // both reads are answered before either add
    const deletes: string[] = [];
    const handle = site.local.handle.bind(site.local);
    site.local.handle = async (request: Request) => {
      if (request.method === 'DELETE' || request.headers.get('X-HTTP-Method') === 'DELETE') deletes.push(request.url);
      return handle(request);
    };
    const key = { kpi: { id: kpi.id, title: kpi.title }, periodStart: '2026-04-01T00:00:00Z' };
    const [first, second] = await Promise.all([
      site.services(OFFICE).kpiMeasurements.findOrCreate(key, { value: 61, periodLabel: 'Q1 2026-27' }),
      site.services(OWNER).kpiMeasurements.findOrCreate(key, { value: 62, periodLabel: 'Q1 2026-27' })
    ]);
    site.local.faults.latencyMs = 0;
    site.local.handle = handle;
    const all = await site.services(OWNER).kpiMeasurements.getAll({ where: { kpi: kpi.id } });
    // Both added (the race happened); the loser deleted its own copy.
    expect(deletes).toEqual([expect.stringMatching(/items\(\d+\)$/)]);
    expect(all).toHaveLength(1);
    expect(first.item.id).toBe(all[0].id);
    expect(second.item.id).toBe(all[0].id);
    // The lowest id won: its creator says created, the other call removed its own copy.
    expect([first.created, second.created].sort()).toEqual([false, true]);
    const again = await site.services(OFFICE).kpiMeasurements.findOrCreate(key, { value: 99 });
    expect(again).toEqual({ item: expect.objectContaining({ id: all[0].id, value: all[0].value }), created: false });
  }, 30000);

  it('keys "created by me" lists on the signed-in person: two tabs make one item, another person gets their own', async () => {
    // Talk Registrations: one per talk and person (Created By), everyone adds their own.
    const talk = await site.services(OFFICE).techTalks.add({ title: 'Power BI for beginners', startsAt: '2026-12-03T12:00:00Z', status: 'Scheduled' });
    const key = { talk: { id: talk.id, title: talk.title } };
    site.local.faults.latencyMs = 15;
    const tabs = await Promise.all([1, 2].map(() => site.services(MANAGER).talkRegistrations.findOrCreate(key, {})));
    site.local.faults.latencyMs = 0;
    expect(tabs[0].item.id).toBe(tabs[1].item.id);
    const someoneElse = await site.services(CHAMPION).talkRegistrations.findOrCreate(key, {});
    expect(someoneElse.created).toBe(true);
    const all = await site.services(OWNER).talkRegistrations.getAll({ where: { talk: talk.id } });
    expect(all.map((r) => r.author?.email).sort()).toEqual([CHAMPION, MANAGER]);
  }, 30000);

  it('refuses a key that is not one of the schema\'s unique keys', async () => {
    const error = await site.services(OFFICE).kpiMeasurements.findOrCreate({ kpi: { id: kpi.id, title: '' } }).catch((e: unknown) => e);
    expect(isDataError(error, 'Validation')).toBe(true);
    expect((error as Error).message).toBe('KPI Measurements has no unique key of kpi (its unique keys: Kpi, PeriodStart).');
  });

  it('answers an update with the saved item in one request, and a stale one with both versions in one request', async () => {
    const services = site.services(OFFICE);
    const added = await services.kpis.getById(kpi.id);
    let requests = 0;
    const handle = site.local.handle.bind(site.local);
    site.local.handle = async (request: Request) => {
      requests += 1;
      return handle(request);
    };
    const saved = await services.kpis.update(added.id, { target: 80 }, added.etag as string);
    expect(requests).toBe(1);
    expect(saved).toMatchObject({ id: added.id, title: 'Online transactions', target: 80, editor: { title: 'Priya Shah' } });
    expect(saved.etag).not.toBe(added.etag);

    requests = 0;
    const conflict = await services.kpis.update(added.id, { target: 90 }, added.etag as string).catch((e: unknown) => e);
    expect(requests).toBe(1);
    expect(conflict).toBeInstanceOf(ConflictError);
    expect((conflict as ConflictError).mine).toEqual({ target: 90 });
    expect((conflict as ConflictError).theirs).toMatchObject({ target: 80, etag: saved.etag });
    site.local.handle = handle;
  });

  it('brings a real 412 on the shared save path to a conflict with both versions, keeping what was typed; other fields merge', async () => {
    const mineRead = await site.services(OFFICE).kpis.getById(kpi.id);
    await site.services(OWNER).kpis.update(kpi.id, { tolerance: 10 }, mineRead.etag as string);
    const saver = new ItemSaver<IKpi>({ repository: site.services(OFFICE).kpis, item: mineRead });
    saver.change({ target: 75 });
    expect(await saver.save()).toMatchObject({ target: 75, tolerance: 10 }); // they changed another field: merged

    const theirs = await site.services(OWNER).kpis.update(kpi.id, { target: 80 }, (await site.services(OWNER).kpis.getById(kpi.id)).etag as string);
    saver.change({ target: 72 });
    expect(await saver.save()).toBeUndefined();
    expect(saver.getState()).toMatchObject({
      status: { kind: 'conflict' },
      mine: { target: 72 },
      conflict: { base: { target: 75 }, mine: { target: 72 }, theirs: { target: 80, etag: theirs.etag, editor: { title: 'Alex Morgan' } } }
    });
    expect(await saver.resolve('mine')).toMatchObject({ target: 72 });
  }, 30000);
});
