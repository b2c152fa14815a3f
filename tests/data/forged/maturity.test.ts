import { HttpRequestError } from '@pnp/queryable';
import exampleResponses from '../../../src/data/exampleContent/maturityResponses.json';
import { readExampleContent } from '../../../src/data/content/exampleContent';
import { loadExampleContent } from '../../../src/data/content/loadExampleContent';
import { IAssessmentRound, IMaturityModel } from '../../../src/domain/entities';
import { levelNames } from '../../../src/domain/maturity/maturityLevel';
import { rollupOrganisation } from '../../../src/domain/maturity/rollup';
import { IHubServices } from '../../../src/domain/services';
import { IComputedMeasureProvider } from '../../../src/domain/kpi/computed';
import { quarterOf } from '../../../src/domain/kpi/periods';
import { computedProviders } from '../../../src/features/kpiDashboard/reads/computedProviders';
import { levelCountOf, modelDimensions, roundResultsFor } from '../../../src/features/maturitySurvey/results/useResultsData';
import { inProcessSP } from '../../../local/pnpInProcess';
import { ILocalSite, OFFICE, OWNER, provisionedSite, SITE_URL, STAFF } from '../localSite';

/**
 * Issue 15, the Maturity Survey under forged writes and reads, on the example site: each is sent over REST as the wrong
 * person (or around the page), and is refused by SharePoint or changes no figure of the results, as anyone sees them
 * (src/domain/maturity/countedResponses.ts: the round's register decides which item is whose; a closed round's results
 * are its snapshot).
 */
const GRACE = 'grace.lee@digitalhub.example'; // Environment's respondent
const TOM = 'tom.okafor@digitalhub.example'; // Chamberlain's respondent
const SAMUEL = 'samuel.adeyemi@digitalhub.example'; // Town Clerk's and the Chief Operating Officer's respondent
const RESPONSES = 'Maturity Responses';
jest.setTimeout(120_000);

async function statusOf(write: Promise<unknown>): Promise<number> {
  const outcome = await write.then(() => 200, (e: unknown) => e);
  if (outcome === 200) return 200;
  if (outcome instanceof HttpRequestError) return outcome.status;
  throw outcome;
}

/** The results of a round as this person sees them on the results page (what it shows, and the figures). */
async function figures(services: IHubServices, roundId: number): Promise<string> {
  const [round, rights] = await Promise.all([services.assessmentRounds.getById(roundId), services.assessmentRounds.permissions()]);
  const [model] = await services.maturityModels.getAll({ where: { id: round.model.id } });
  const dimensions = await modelDimensions(services, model.id);
  const shown = await roundResultsFor(services, round, dimensions, levelCountOf(levelNames(model.levelNames)), rights.canEditAll);
  const departments = shown.result.departments.map((d) => ({ department: d.department, levels: d.levels, overall: d.overall }));
  return JSON.stringify({ source: shown.source, departments, byDimension: shown.result.byDimension, overall: shown.result.overall, asked: shown.departmentCount });
}

describe('Maturity Survey: forged reads and writes', () => {
  let site: ILocalSite;
  let closed: IAssessmentRound;
  let open: IAssessmentRound;
  let ids: Record<string, number>;
  let before: string[];
  const viewers = [OFFICE, STAFF, GRACE, TOM];
  const allFigures = async (): Promise<string[]> => Promise.all(viewers.flatMap((v) => [closed, open].map((r) => figures(site.services(v), r.id))));
  const list = (login: string) => site.sp(login).web.lists.getByTitle(RESPONSES);
  const responseOf = async (round: IAssessmentRound, department: string): Promise<number> => {
    const [found] = await site.services(OWNER).maturityResponses.getAll({ where: { round: round.id, department: ids[department] } });
    return found.id;
  };
  const submit = async (login: string, round: IAssessmentRound, department: string, levels: [number, number]): Promise<void> => {
    const services = site.services(login);
    const id = await responseOf(round, department);
    const current = await services.maturityResponses.getById(id);
    const dimensions = await modelDimensions(services, round.model.id);
    const answers = JSON.stringify(dimensions.map((dimension) => ({ dimension, current: levels[0], target: levels[1], evidence: `${department} evidence` })));
    await services.maturityResponses.update(id, { answers, status: 'Submitted' }, current.etag as string);
  };

  beforeAll(async () => {
    site = await provisionedSite();
    await loadExampleContent(site.sp(OWNER), await readExampleContent(), { actAs: (login) => inProcessSP(site.local, SITE_URL, login) });
    const rounds = await site.services(OWNER).assessmentRounds.getAll();
    closed = rounds.find((r) => r.status === 'Closed') as IAssessmentRound;
    open = rounds.find((r) => r.status === 'Open') as IAssessmentRound;
    ids = Object.fromEntries((await site.services(OWNER).departments.getAll()).map((d) => [d.title, d.id]));
    // two departments answer the open round, as their respondents, through the app
    await submit(TOM, open, "Chamberlain's", [2, 4]);
    await submit(GRACE, open, 'Environment', [1, 3]);
    before = await allFigures();
  });

  afterEach(async () => {
    expect(await allFigures()).toEqual(before);
  });

  it('the seeded closed round carries its snapshot, with the figures the submitted example responses give', async () => {
    const example = exampleResponses as { Round: string; Department: string; Status: string; Answers: unknown }[];
    const [model] = (await site.services(OWNER).maturityModels.getAll()) as IMaturityModel[];
    const dimensions = await modelDimensions(site.services(OWNER), model.id);
    const expected = rollupOrganisation(
      example
        .filter((r) => r.Round === closed.title && r.Status === 'Submitted')
        .map((r, i) => ({ id: i + 1, department: { id: ids[r.Department], title: r.Department }, answers: JSON.stringify(r.Answers) })),
      dimensions,
      levelNames(model.levelNames).length
    );
    const seen = JSON.parse(await figures(site.services(STAFF), closed.id)) as { source: string; overall: unknown; byDimension: unknown; departments: unknown[] };
    expect(seen.source).toBe('snapshot');
    expect(seen.overall).toEqual(expected.overall);
    expect(seen.byDimension).toEqual(expected.byDimension);
    expect(seen.departments).toHaveLength(5);
    expect(closed.resultsSnapshot).not.toMatch(/evidence|Okafor|Grace|digitalhub/i);
    expect(JSON.parse(closed.resultsSnapshot as string)).toMatchObject({ sample: true });
  });

  it('the KPI Dashboard\'s computed maturity level comes from the closed round\'s snapshot, the same for staff and the office', async () => {
    const quarters = [quarterOf(closed.closesOn as string)];
    const level = async (login: string): Promise<Map<string, number>> =>
      (computedProviders(site.services(login)).find((p) => p.source === 'Organisation maturity level') as IComputedMeasureProvider).values(quarters);
    const snapshot = JSON.parse(await figures(site.services(OWNER), closed.id)) as { overall: { current: number } };
    expect(Array.from((await level(STAFF)).values())).toEqual([snapshot.overall.current]);
    expect(await level(OFFICE)).toEqual(await level(STAFF));
  });

  it('Dan (staff) reads none of the departments\' responses over REST; a respondent reads only their own department\'s', async () => {
    expect(await list(STAFF).items.select('Id', 'Answers')()).toEqual([]);
    expect(await statusOf(list(STAFF).items.getById(await responseOf(open, "Chamberlain's"))())).toBe(404);
    expect(await statusOf(list(STAFF).items.getById(await responseOf(closed, "Chamberlain's"))())).toBe(404);
    const graces = await list(GRACE).items.select('Id', 'DepartmentId', 'Answers')<{ DepartmentId: number; Answers: string }[]>();
    expect(graces.length).toBe(2); // Environment's, in the closed and in the open round
    expect(graces.every((r) => r.DepartmentId === ids.Environment)).toBe(true);
    expect(await statusOf(list(GRACE).items.getById(await responseOf(open, "Chamberlain's"))())).toBe(404);
    // what staff see instead: the closed round's snapshot, and nothing of the open round until it closes
    expect(JSON.parse(await figures(site.services(STAFF), open.id))).toMatchObject({ source: 'private', departments: [] });
    expect(JSON.parse(await figures(site.services(GRACE), open.id))).toMatchObject({ source: 'own', departments: [{ department: 'Environment' }] });
  });

  it('refuses responses added by a respondent: into the closed round, a round that does not exist, another department, a duplicate (403)', async () => {
    const add = (roundId: number, department: string): Promise<number> =>
      statusOf(list(GRACE).items.add({ Title: 'forged', RoundId: roundId, DepartmentId: ids[department], Status: 'Submitted', Answers: '[{"dimension":"Platform","current":5}]' }));
    expect(await add(closed.id, 'Environment')).toBe(403);
    expect(await add(99999, 'Environment')).toBe(403);
    expect(await add(open.id, "Chamberlain's")).toBe(403);
    expect(await add(open.id, 'Environment')).toBe(403);
    expect(await statusOf(list(STAFF).items.add({ Title: 'forged', RoundId: open.id, DepartmentId: ids['Barbican Centre'], Status: 'Submitted' }))).toBe(403);
  });

  it('refuses writes to another department\'s response (404: it cannot even be seen) and to a closed round\'s own response (403)', async () => {
    expect(await statusOf(list(GRACE).items.getById(await responseOf(open, "Chamberlain's")).update({ Answers: '[]' }))).toBe(404);
    expect(await statusOf(list(STAFF).items.getById(await responseOf(open, 'Environment')).update({ Status: 'Draft' }))).toBe(404);
    expect(await statusOf(list(GRACE).items.getById(await responseOf(closed, 'Environment')).update({ Answers: '[]' }))).toBe(403);
  });

  it('nobody but the programme office writes a round: its register and snapshot (403)', async () => {
    for (const login of [STAFF, GRACE]) {
      const rounds = site.sp(login).web.lists.getByTitle('Assessment Rounds');
      expect(await statusOf(rounds.items.getById(closed.id).update({ ResultsSnapshot: '{"dimensions":[],"departments":[]}' }))).toBe(403);
      expect(await statusOf(rounds.items.getById(open.id).update({ ResponseRegister: '[]' }))).toBe(403);
    }
  });

  it('a respondent pointing their own response at another department or round changes no figure (the register decides)', async () => {
    const own = list(GRACE).items.getById(await responseOf(open, 'Environment'));
    expect(await statusOf(own.update({ DepartmentId: ids["Chamberlain's"] }))).toBe(200);
    expect(await statusOf(own.update({ RoundId: closed.id }))).toBe(200);
  });

  it('answers that are not JSON, or off the scale, submitted around the app count for nothing', async () => {
    const townClerks = list(SAMUEL).items.getById(await responseOf(open, "Town Clerk's"));
    expect(await statusOf(townClerks.update({ Status: 'Submitted', Answers: 'level 5 everywhere' }))).toBe(200);
    const coo = list(SAMUEL).items.getById(await responseOf(open, "Chief Operating Officer's"));
    expect(await statusOf(coo.update({ Status: 'Submitted', Answers: '[{"dimension":"Platform","current":9,"target":0},{"dimension":"Leadership","current":2.5}]' }))).toBe(200);
  });

  it('duplicates and responses into closed or non-existent rounds, written around the app by someone SharePoint lets write, count for nothing', async () => {
    const five = JSON.stringify((await modelDimensions(site.services(OWNER), open.model.id)).map((dimension) => ({ dimension, current: 5, target: 5 })));
    for (const roundId of [open.id, closed.id, 99999]) {
      const status = await statusOf(list(OWNER).items.add({ Title: 'around the app', RoundId: roundId, DepartmentId: ids["Chamberlain's"], Status: 'Submitted', Answers: five }));
      expect([200, 400]).toContain(status);
    }
    // the office changes a closed round's response after closing: the snapshot is frozen
    expect(await statusOf(list(OFFICE).items.getById(await responseOf(closed, "Chamberlain's")).update({ Answers: five }))).toBe(200);
  });
});

describe('closing a round: everyone then sees what the programme office saw live', () => {
  it('staff read the snapshot, equal to the live results just before closing; later writes change nothing', async () => {
    const site = await provisionedSite();
    await loadExampleContent(site.sp(OWNER), await readExampleContent(), { actAs: (login) => inProcessSP(site.local, SITE_URL, login) });
    const [open] = await site.services(OWNER).assessmentRounds.getAll({ where: { status: 'Open' } });
    const [chamberlains] = await site.services(OWNER).departments.getAll({ where: { title: "Chamberlain's" } });
    const [response] = await site.services(OWNER).maturityResponses.getAll({ where: { round: open.id, department: chamberlains.id } });
    const dimensions = await modelDimensions(site.services(TOM), open.model.id);
    const answers = (level: number): string => JSON.stringify(dimensions.map((dimension) => ({ dimension, current: level, target: 4, evidence: 'Our finance systems (private)' })));
    await site.services(TOM).maturityResponses.update(response.id, { answers: answers(3), status: 'Submitted' }, response.etag as string);
    const live = JSON.parse(await figures(site.services(OFFICE), open.id)) as Record<string, unknown>;
    expect(live).toMatchObject({ source: 'live', overall: { current: 3, target: 4 } });
    expect(JSON.parse(await figures(site.services(STAFF), open.id))).toMatchObject({ source: 'private' });

    expect(await site.services(OFFICE).roundLocks.close(open.id)).toBeGreaterThan(0);
    const shown = JSON.parse(await figures(site.services(STAFF), open.id)) as Record<string, unknown>;
    expect(shown).toMatchObject({ source: 'snapshot', departments: live.departments, byDimension: live.byDimension, overall: live.overall });
    const stored = (await site.services(STAFF).assessmentRounds.getById(open.id)).resultsSnapshot as string;
    expect(stored).not.toMatch(/private|Okafor|tom\./i);
    // the office corrects the response after closing: the closed round's results do not move
    const now = await site.services(OFFICE).maturityResponses.getById(response.id);
    await site.services(OFFICE).maturityResponses.update(response.id, { answers: answers(1) }, now.etag as string);
    expect(JSON.parse(await figures(site.services(STAFF), open.id))).toEqual(shown);
    expect(JSON.parse(await figures(site.services(OFFICE), open.id))).toEqual(shown);
  });
});
