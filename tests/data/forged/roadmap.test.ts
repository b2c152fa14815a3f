import { readExampleContent } from '../../../src/data/content/exampleContent';
import { loadExampleContent } from '../../../src/data/content/loadExampleContent';
import { isDataError } from '../../../src/data/errors';
import { IInitiative, IScoringRound } from '../../../src/domain/entities';
import { parseSnapshot } from '../../../src/domain/roadmap/rankingSnapshot';
import { RANKING_SCORE_FIELDS, roundScoresQuery } from '../../../src/domain/roadmap/scoringRound';
import { IHubServices } from '../../../src/domain/services';
import { rankingOf, rankingSource } from '../../../src/features/roadmapBoard/prioritisation/usePrioritiesData';
import { inProcessSP } from '../../../local/pnpInProcess';
import { rawJson } from '../../localsp/helpers';
import { ILocalSite, OFFICE, OWNER, provisionedSite, SITE_URL, STAFF } from '../localSite';

/**
 * Issue 15, the Roadmap Board's rules under forged writes: each write or read is sent over REST as the wrong person (or
 * around the page), and is refused by SharePoint or changes no figure (the ranking of each round, as the Priorities
 * view shows it). Initiative Scores keeps a private folder per scorer; a score counts for its folder's owner; a closed
 * round's ranking is the snapshot taken when it closed.
 */
const TOM = 'tom.okafor@digitalhub.example';
const GRACE = 'grace.lee@digitalhub.example';
const SAMUEL = 'samuel.adeyemi@digitalhub.example';
const SCORES = 'Initiative Scores';
const ITEMS = "web/lists/getByTitle('Initiative%20Scores')/items";
const ADD_IN_FOLDER = "web/lists/getByTitle('Initiative%20Scores')/AddValidateUpdateItemUsingPath()";
const ROOT = '/sites/digital/Lists/InitiativeScores';
const claims = (login: string) => JSON.stringify([{ Key: `i:0#.f|membership|${login}` }]);
jest.setTimeout(120_000);

/** The ranking of a round as the Priorities view shows it to the programme office (live while open, the snapshot once closed). */
async function ranking(services: IHubServices, title: string): Promise<string> {
  const [rounds, initiatives, criteria] = await Promise.all([services.scoringRounds.getAll(), services.initiatives.getAll(), services.criteria.getAll()]);
  const round = rounds.find((r) => r.title === title) as IScoringRound;
  const source = rankingSource(round, rounds, true);
  const scores = source?.kind === 'live' ? await services.scores.getAll({ ...roundScoresQuery(title), fields: RANKING_SCORE_FIELDS }) : undefined;
  const result = rankingOf(source, round, initiatives, criteria, scores, false);
  // Figures only: the initiative objects carry ETags and modified dates that other tests' writes may change.
  return JSON.stringify({
    ranked: result?.ranked.map((r) => [r.initiative.id, r.rank, r.score, r.benefit, r.cost, r.scorers, r.completeScorers, r.perCriterion]),
    provisional: result?.provisional.map((r) => [r.initiative.id, r.score, r.scorers, r.completeScorers, r.perCriterion]),
    unscored: result?.unscored.map((i) => i.id)
  });
}

describe('Roadmap Board: forged writes and reads of scores', () => {
  let site: ILocalSite;
  let before: Map<string, string>;
  let ids: Record<string, number>;
  let unscored: IInitiative;
  const TITLES = ['2025 Autumn', '2026 Autumn'];
  const OPEN = '2026 Autumn';

  beforeAll(async () => {
    site = await provisionedSite();
    const report = await loadExampleContent(site.sp(OWNER), await readExampleContent(), { actAs: (login) => inProcessSP(site.local, SITE_URL, login) });
    expect(report.warnings).toEqual([]);
    before = new Map(await Promise.all(TITLES.map(async (t) => [t, await ranking(site.services(OFFICE), t)] as [string, string])));
    ids = {};
    for (const login of [TOM, GRACE, SAMUEL, STAFF, OFFICE]) ids[login] = (await site.sp(login).web.currentUser.select('Id')<{ Id: number }>()).Id;
    const scored = new Set((await site.services(OFFICE).scores.getAll({ ...roundScoresQuery(OPEN), fields: RANKING_SCORE_FIELDS })).map((s) => s.initiative.id));
    unscored = (await site.services(OFFICE).initiatives.getAll()).find((i) => !i.mustDo && !scored.has(i.id) && (i.effortMonths ?? 1) >= 1) as IInitiative;
    expect(unscored).toBeDefined();
  });

  const unchanged = async (): Promise<void> => {
    for (const title of TITLES) expect(await ranking(site.services(OFFICE), title)).toBe(before.get(title));
  };
  const write = (login: string, path: string, body: unknown, extra: Record<string, string> = {}) => rawJson(site.local, path, { method: 'POST', login, body, headers: extra });
  const scoreForm = (initiativeId: number, criterionId: number, score: number, round: string, extra: { FieldName: string; FieldValue: string }[] = []) => [
    { FieldName: 'Initiative', FieldValue: String(initiativeId) },
    { FieldName: 'Criterion', FieldValue: String(criterionId) },
    { FieldName: 'Score', FieldValue: String(score) },
    { FieldName: 'ScoringRound', FieldValue: round },
    ...extra
  ];
  const addIn = (login: string, folder: string, form: { FieldName: string; FieldValue: string }[]) =>
    write(login, ADD_IN_FOLDER, { listItemCreateInfo: { FolderPath: { DecodedUrl: folder }, UnderlyingObjectType: 0 }, formValues: form, bNewDocumentUpdate: false });
  const activeCriteria = async () => (await site.services(OFFICE).criteria.getAll()).filter((c) => c.active !== false && c.weight > 0);

  it('the seeded closed round carries its ranking snapshot, with figures and no names', async () => {
    const closed = (await site.services(STAFF).scoringRounds.getAll()).find((r) => r.status === 'Closed') as IScoringRound;
    expect(parseSnapshot(closed.ranking)).toEqual(expect.objectContaining({ version: 1, quorum: 3 }));
  });

  it('staff (Dan) cannot add a score anywhere: 403 at the root and in a scorer\'s folder; no ranking changes', async () => {
    const [criterion] = await activeCriteria();
    const atRoot = await write(STAFF, ITEMS, { InitiativeId: unscored.id, CriterionId: criterion.id, Score: 5, ScoringRound: OPEN });
    expect(atRoot.status).toBe(403);
    const inToms = await addIn(STAFF, `${ROOT}/${ids[TOM]}`, scoreForm(unscored.id, criterion.id, 5, OPEN));
    expect(inToms.status).toBe(403);
    const ownFolder = await write(STAFF, "web/lists/getByTitle('Initiative%20Scores')/rootFolder/folders/addUsingPath(DecodedUrl='" + ids[STAFF] + "',overwrite=false)", undefined);
    expect(ownFolder.status).toBe(403);
    await unchanged();
  });

  it('a panel member cannot add scores in other scorers\' folders, nor at the list\'s root', async () => {
    const [criterion] = await activeCriteria();
    for (const other of [GRACE, SAMUEL, OFFICE]) {
      const forged = await addIn(TOM, `${ROOT}/${ids[other]}`, scoreForm(unscored.id, criterion.id, 5, OPEN));
      expect(forged.status).toBe(403);
    }
    expect((await addIn(TOM, ROOT, scoreForm(unscored.id, criterion.id, 5, OPEN))).status).toBe(403);
    expect((await write(TOM, ITEMS, { InitiativeId: unscored.id, CriterionId: criterion.id, Score: 5, ScoringRound: OPEN })).status).toBe(403);
    await unchanged();
  });

  it('ballot stuffing: four scores "by" four other people (Author) in his own folder count as one scorer, Tom; the initiative stays unranked', async () => {
    const criteria = await activeCriteria();
    for (const other of [GRACE, SAMUEL, OFFICE, STAFF]) {
      for (const c of criteria) {
        const forged = await addIn(TOM, `${ROOT}/${ids[TOM]}`, scoreForm(unscored.id, c.id, c.scale ?? 5, OPEN, [{ FieldName: 'Author', FieldValue: claims(other) }, { FieldName: 'Editor', FieldValue: claims(other) }]));
        expect(forged.status).toBe(200);
      }
    }
    const stored = (await site.services(OFFICE).scores.getAll({ ...roundScoresQuery(OPEN), fields: RANKING_SCORE_FIELDS })).filter((s) => s.initiative.id === unscored.id);
    expect(new Set(stored.map((s) => s.author?.id))).toEqual(new Set([ids[GRACE], ids[SAMUEL], ids[OFFICE], ids[STAFF]]));
    expect(new Set(stored.map((s) => s.ownerId))).toEqual(new Set([ids[TOM]]));
    const live = JSON.parse(await ranking(site.services(OFFICE), OPEN)) as { ranked: [number][]; provisional: [number, number, number, number][] };
    expect(live.ranked.map((r) => r[0])).not.toContain(unscored.id);
    expect(live.provisional.find((p) => p[0] === unscored.id)?.slice(2, 4)).toEqual([1, 1]);
    // Every initiative ranked before is ranked as before: the stuffed one sits apart, provisional.
    const was = JSON.parse(before.get(OPEN) as string) as { ranked: unknown[] };
    expect(live.ranked).toEqual(was.ranked);
    // Created By now names others, so "own items only" (WriteSecurity 2) stops even Tom deleting them; the office
    // removes them, and the remaining tests compare with the rankings from the start.
    expect((await write(TOM, `${ITEMS}(${stored[0].id})`, undefined, { 'X-HTTP-Method': 'DELETE', 'IF-MATCH': '*' })).status).toBe(403);
    for (const s of stored) expect((await write(OFFICE, `${ITEMS}(${s.id})`, undefined, { 'X-HTTP-Method': 'DELETE', 'IF-MATCH': '*' })).status).toBe(200);
    await unchanged();
  });

  it("re-attributing his own scores to Grace (MERGE of AuthorId, ValidateUpdateListItem of Author) leaves them Tom's: no figure moves", async () => {
    const toms = (await site.services(TOM).scores.getAll({ ...roundScoresQuery(OPEN), fields: RANKING_SCORE_FIELDS })).slice(0, 2);
    expect(toms).toHaveLength(2);
    const merged = await write(TOM, `${ITEMS}(${toms[0].id})`, { AuthorId: ids[GRACE], EditorId: ids[GRACE] }, { 'X-HTTP-Method': 'MERGE', 'IF-MATCH': '*' });
    expect(merged.status).toBe(204);
    const validated = await write(TOM, `${ITEMS}(${toms[1].id})/ValidateUpdateListItem()`, {
      formValues: [{ FieldName: 'Author', FieldValue: claims(GRACE) }, { FieldName: 'Editor', FieldValue: claims(GRACE) }],
      bNewDocumentUpdate: true
    });
    expect(validated.status).toBe(200);
    for (const s of toms) {
      const now = await site.services(OFFICE).scores.getById(s.id);
      expect(now.author?.id).toBe(ids[GRACE]);
      expect(now.ownerId).toBe(ids[TOM]);
    }
    await unchanged();
  });

  it('privacy: staff read no score; a panel member reads only their own folder; the programme office reads all', async () => {
    const dan = await rawJson(site.local, `${ITEMS}?$select=Id,Score,Rationale`, { login: STAFF });
    expect(dan.status).toBe(403);
    expect(isDataError(await site.services(STAFF).scores.getAll({ ...roundScoresQuery(OPEN) }).catch((e: unknown) => e), 'AccessDenied')).toBe(true);
    const all = await site.services(OFFICE).scores.getAll({ ...roundScoresQuery(OPEN) });
    const graces = all.filter((s) => s.ownerId === ids[GRACE]);
    expect(graces.length).toBeGreaterThan(0);
    expect(new Set(all.map((s) => s.ownerId)).size).toBeGreaterThanOrEqual(3);
    const toms = await site.services(TOM).scores.getAll({ ...roundScoresQuery(OPEN) });
    expect(toms.length).toBeGreaterThan(0);
    expect(new Set(toms.map((s) => s.ownerId))).toEqual(new Set([ids[TOM]]));
    const raw = await rawJson(site.local, `${ITEMS}?$select=Id,FileDirRef,Rationale&$top=5000`, { login: TOM });
    expect(raw.status).toBe(200);
    const dirs = new Set((raw.body as { value: { FileDirRef: string }[] }).value.map((r) => r.FileDirRef));
    expect([...dirs].every((d) => d === ROOT || d === `${ROOT}/${ids[TOM]}`)).toBe(true);
    expect((await rawJson(site.local, `${ITEMS}(${graces[0].id})?$select=Score,Rationale`, { login: TOM })).status).toBe(404);
    expect((await write(TOM, `${ITEMS}(${graces[0].id})`, { Score: 0 }, { 'X-HTTP-Method': 'MERGE', 'IF-MATCH': '*' })).status).toBe(404);
  });

  it('scores for a round that does not exist count in no round', async () => {
    const [criterion] = await activeCriteria();
    expect((await addIn(TOM, `${ROOT}/${ids[TOM]}`, scoreForm(unscored.id, criterion.id, 5, 'No such round'))).status).toBe(200);
    await unchanged();
  });

  it("a score outside its criterion's scale, written around the app in his own folder, counts for nothing", async () => {
    const fiveScale = (await activeCriteria()).find((c) => (c.scale ?? 5) === 5) as { id: number };
    const [mine] = (await site.services(TOM).scores.getAll({ ...roundScoresQuery(OPEN), fields: RANKING_SCORE_FIELDS })).filter((s) => s.criterion.id === fiveScale.id && s.author?.id === ids[TOM]);
    expect((await write(TOM, `${ITEMS}(${mine.id})`, { Score: 10 }, { 'X-HTTP-Method': 'MERGE', 'IF-MATCH': '*' })).status).toBe(204);
    const result = JSON.parse(await ranking(site.services(OFFICE), OPEN)) as { ranked: [number, number, number, number, number, number][] };
    const row = result.ranked.find((r) => r[0] === mine.initiative.id);
    // Tom's out-of-scale score is left out of that criterion's mean; he still scored the other criteria.
    expect(row?.[5]).toBe(3);
    expect((await write(TOM, `${ITEMS}(${mine.id})`, { Score: mine.score }, { 'X-HTTP-Method': 'MERGE', 'IF-MATCH': '*' })).status).toBe(204);
    await unchanged();
  });

  describe('after the programme office closes the open round', () => {
    let closedRanking: string;
    beforeAll(async () => {
      const round = (await site.services(OFFICE).scoringRounds.getAll()).find((r) => r.title === OPEN) as IScoringRound;
      await site.services(OFFICE).scoringRoundService.close(round);
      closedRanking = await ranking(site.services(OFFICE), OPEN);
    });

    it('its ranking is the snapshot, and the snapshot gives exactly the live ranking it closed with', async () => {
      const round = (await site.services(STAFF).scoringRounds.getAll()).find((r) => r.title === OPEN) as IScoringRound;
      expect(rankingSource(round, [round], true)?.kind).toBe('snapshot');
      expect(closedRanking).toBe(before.get(OPEN));
      for (const login of [TOM, GRACE, SAMUEL, 'priya.shah@digitalhub.example', 'Rationale']) expect(round.ranking).not.toContain(login);
    });

    it('edits, deletions and new scores in the closed round, by scorers and the office, change nothing in it', async () => {
      // Those Tom re-attributed earlier are no longer his to edit (WriteSecurity 2): the others are.
      const toms = (await site.services(TOM).scores.getAll({ ...roundScoresQuery(OPEN), fields: RANKING_SCORE_FIELDS })).filter((s) => s.author?.id === ids[TOM]);
      for (const s of toms.slice(0, 5)) expect((await write(TOM, `${ITEMS}(${s.id})`, { Score: 0 }, { 'X-HTTP-Method': 'MERGE', 'IF-MATCH': '*' })).status).toBe(204);
      expect((await write(TOM, `${ITEMS}(${toms[5].id})`, undefined, { 'X-HTTP-Method': 'DELETE', 'IF-MATCH': '*' })).status).toBe(200);
      const criteria = await activeCriteria();
      for (const c of criteria) expect((await addIn(TOM, `${ROOT}/${ids[TOM]}`, scoreForm(unscored.id, c.id, c.scale ?? 5, OPEN))).status).toBe(200);
      const graces = (await site.services(OFFICE).scores.getAll({ ...roundScoresQuery(OPEN), fields: RANKING_SCORE_FIELDS })).filter((s) => s.ownerId === ids[GRACE]);
      await site.services(OFFICE).scores.update(graces[0].id, { score: 0 }, '*');
      expect(await ranking(site.services(OFFICE), OPEN)).toBe(closedRanking);
      expect(await ranking(site.services(STAFF), OPEN)).toBe(closedRanking);
    });

    it('nobody but the programme office can rewrite the snapshot or reopen the round', async () => {
      const round = (await site.services(OFFICE).scoringRounds.getAll()).find((r) => r.title === OPEN) as IScoringRound;
      for (const login of [TOM, STAFF]) {
        const rewritten = await write(login, `web/lists/getByTitle('Scoring%20Rounds')/items(${round.id})`, { Ranking: '{"version":1}', Status: 'Open' }, { 'X-HTTP-Method': 'MERGE', 'IF-MATCH': '*' });
        expect(rewritten.status).toBe(403);
      }
      await expect(site.services(TOM).scoringRoundService.close(round)).rejects.toThrow(/Only the programme office/);
      expect(await ranking(site.services(OFFICE), OPEN)).toBe(closedRanking);
    });
  });
});
