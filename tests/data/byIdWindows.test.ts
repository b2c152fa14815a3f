import { isDataError } from '../../src/data/errors';
import { IInitiativeScore } from '../../src/domain/entities';
import { OWNER, provisionedSite } from './localSite';

/**
 * Windowed reads (IListQuery.byIdWindows) against the local SharePoint's list view threshold: 12,001 scores,
 * 11,000 of them in one round, so the round's indexed filter alone matches more than 5,000 items.
 */
describe('reading past the list view threshold in windows of item ids', () => {
  const ready = (async () => {
    const site = await provisionedSite();
    site.local.store.bulkAddItems('Roadmap Initiatives', [
      { Title: 'Full Intune Deployment', Workstream: 'End-User Computing', Stage: 'Approved' },
      { Title: 'Data Warehouse', Workstream: 'Data & Information Management', Stage: 'Proposed' }
    ]);
    site.local.store.bulkAddItems('Prioritisation Criteria', [{ Title: 'Strategic alignment', Kind: 'Benefit', Weight: 3 }]);
    site.local.store.bulkAddItems(
      'Initiative Scores',
      Array.from({ length: 12001 }, (_, i) => ({
        InitiativeId: (i % 2) + 1,
        CriterionId: 1,
        Score: i % 6,
        Rationale: `Reason ${i + 1}`,
        ScoringRound: i < 500 || i >= 11500 ? '2025 Autumn' : '2026 Autumn'
      }))
    );
    return site;
  })();

  it('refuses the plain read, and reads every matching item by windows, in id order', async () => {
    const scores = (await ready).services(OWNER).scores;
    const refused = await scores.getAll({ where: { scoringRound: '2026 Autumn' } }).catch((e: unknown) => e);
    expect(isDataError(refused, 'ThresholdExceeded')).toBe(true);

    const round = await scores.getAll({ where: { scoringRound: '2026 Autumn' }, byIdWindows: true });
    expect(round).toHaveLength(11000);
    // Ids start one on: set-up opened the owner's scoring folder (item 1) before the scores were added (issue 15).
    expect(round[0]).toMatchObject({ id: 502, score: 500 % 6, scoringRound: '2026 Autumn', initiative: { id: 1, title: 'Full Intune Deployment' } });
    expect(round[round.length - 1].id).toBe(11501);
    expect(round.every((s, i) => i === 0 || s.id > round[i - 1].id)).toBe(true);
    expect(round[0].etag).toBeTruthy();
  });

  it('relies on an id range being one index seek: both ends together under 5,000 pass, one end alone does not', async () => {
    const scores = (await ready).services(OWNER).scores;
    const window = await scores.getAll({ where: { scoringRound: '2026 Autumn', id: { gt: 5000, le: 10000 } } });
    expect(window).toHaveLength(5000);
    const open = await scores.getAll({ where: { scoringRound: '2026 Autumn', id: { gt: 5000 } } }).catch((e: unknown) => e);
    expect(isDataError(open, 'ThresholdExceeded')).toBe(true);
    const wide = await scores.getAll({ where: { id: { gt: 10, le: 5011 } } }).catch((e: unknown) => e);
    expect(isDataError(wide, 'ThresholdExceeded')).toBe(true);
  });

  it('reads the whole list without a filter, and honours top and orderBy across windows', async () => {
    const scores = (await ready).services(OWNER).scores;
    expect(await scores.getAll({ byIdWindows: true })).toHaveLength(12001);
    const newest = await scores.getAll({ where: { scoringRound: '2025 Autumn' }, byIdWindows: true, orderBy: [{ by: 'id', descending: true }], top: 3 });
    // Set-up opened a scoring folder (issue 15: a folder per panel member) before the scores were added: ids start one on.
    const last = Math.max(...(await scores.getAll({ byIdWindows: true, fields: ['id'] })).map((s) => s.id));
    expect(newest.map((s) => s.id)).toEqual([last, last - 1, last - 2]);
  });

  it('reads only the fields asked for, lookups and people by id, in fewer bytes', async () => {
    const site = await ready;
    const bytes = async (fields?: readonly (keyof IInitiativeScore & string)[]): Promise<{ count: number; bytes: number; first: Record<string, unknown> }> => {
      let total = 0;
      const handle = site.local.handle.bind(site.local);
      site.local.handle = async (request: Request) => {
        const response = await handle(request);
        total += (await response.clone().arrayBuffer()).byteLength;
        return response;
      };
      try {
        const read = await site.services(OWNER).scores.getAll({ where: { scoringRound: '2026 Autumn' }, byIdWindows: true, fields });
        return { count: read.length, bytes: total, first: read[0] as unknown as Record<string, unknown> };
      } finally {
        site.local.handle = handle;
      }
    };
    const full = await bytes();
    const lean = await bytes(['initiative', 'criterion', 'score', 'scoringRound', 'author']);
    expect(lean.count).toBe(full.count);
    expect(lean.first).toEqual({
      // Initiative Scores keeps a folder per scorer (issue 15): the folder an item is in is read too, and whose it is.
      folderPath: '/sites/digital/Lists/InitiativeScores',
      ownerId: undefined,
      atListRoot: true,
      id: expect.any(Number),
      title: '',
      etag: undefined,
      created: undefined,
      modified: expect.any(String),
      author: { id: expect.any(Number), title: '', email: undefined },
      editor: undefined,
      initiative: { id: 1, title: '' },
      criterion: { id: 1, title: '' },
      score: 500 % 6,
      scoringRound: '2026 Autumn'
    });
    expect(lean.bytes).toBeLessThan(full.bytes / 2);
  });

  it('words an unknown field in a lean read', async () => {
    const scores = (await ready).services(OWNER).scores;
    await expect(scores.getAll({ fields: ['nonsense' as 'score'] })).rejects.toThrow("Initiative Scores has no field 'nonsense'.");
  });

  it('reads an empty list as empty', async () => {
    const site = await provisionedSite();
    expect(await site.services(OWNER).scores.getAll({ where: { scoringRound: 'x' }, byIdWindows: true })).toEqual([]);
  });
});
