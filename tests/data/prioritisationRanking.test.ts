import { readExampleContent } from '../../src/data/content/exampleContent';
import { loadExampleContent } from '../../src/data/content/loadExampleContent';
import { isDataError } from '../../src/data/errors';
import { IInitiative, IPrioritisationCriterion } from '../../src/domain/entities';
import { scoreInitiatives } from '../../src/domain/roadmap/prioritisation';
import { RANKING_SCORE_FIELDS, defaultRound, roundScoresQuery } from '../../src/domain/roadmap/scoringRound';
import { IHubServices } from '../../src/domain/services';
import { inProcessSP } from '../../local/pnpInProcess';
import { SCORING_PANEL_GROUP } from '../../src/data/provisioning/listPermissions';
import { OFFICE, OWNER, SITE_URL, provisionedSite } from './localSite';

const TOM = 'tom.okafor@digitalhub.example';
const GRACE = 'grace.lee@digitalhub.example';

/** Reads exactly what the Priorities view reads: the round's scores in id windows, lean. */
async function rankRound(services: IHubServices, round: string) {
  const [initiatives, criteria, scores] = await Promise.all([
    services.initiatives.getAll(),
    services.criteria.getAll(),
    services.scores.getAll({ ...roundScoresQuery(round), fields: RANKING_SCORE_FIELDS })
  ]);
  return scoreInitiatives(initiatives, criteria, scores, { round, quorum: 0 });
}

describe('the documented ranking, through the real data layer and the local SharePoint', () => {
  it("ranks three scorers' scores as the worked example in SCORING_RULE's tests, past 5,000 scores", async () => {
    const site = await provisionedSite();
    const owner = site.services(OWNER);
    const criterion = (title: string, kind: 'Benefit' | 'Cost', weight: number, order: number, more: Partial<IPrioritisationCriterion> = {}) =>
      owner.criteria.add({ title, kind, weight, order, active: true, ...more });
    const strategic = await criterion('Strategic alignment', 'Benefit', 3, 1, { scale: 5 });
    const residents = await criterion('Benefit to residents', 'Benefit', 2, 2, { scale: 10 });
    const cost = await criterion('Cost and effort', 'Cost', 1, 3, { scale: 5 });
    const retired = await criterion('Retired criterion', 'Benefit', 5, 4, { active: false });
    const initiative = (title: string, more: Partial<IInitiative> = {}) =>
      owner.initiatives.add({ title, workstream: 'End-User Computing', stage: 'Approved', ...more });
    const intune = await initiative('Full Intune Deployment');
    const warehouse = await initiative('Data Warehouse', { workstream: 'Data & Information Management' });
    const telephony = await initiative('Modernise Telephony');
    const register = await initiative('Information Assets Register', { mustDo: true });
    const search = await initiative('Intranet search', { workstream: 'Digital Workplace' });

    // 6,000 scores from an earlier round first, so the round's scores sit past the list view threshold.
    site.local.store.bulkAddItems(
      'Initiative Scores',
      Array.from({ length: 6000 }, (_, i) => ({ InitiativeId: intune.id, CriterionId: strategic.id, Score: i % 6, ScoringRound: '2025 Autumn' }))
    );

    const given: [string, IInitiative, IPrioritisationCriterion, (number | undefined)[]][] = [
      ['Intune strategic', intune, strategic, [4, 5, 3]],
      ['Intune residents', intune, residents, [8, 6, 7]],
      ['Intune cost', intune, cost, [2, 3, undefined]],
      ['Warehouse strategic', warehouse, strategic, [5, 4, 5]],
      ['Warehouse residents', warehouse, residents, [9, 10, 8]],
      ['Warehouse cost', warehouse, cost, [5, 4, 5]],
      ['Telephony strategic', telephony, strategic, [3, 2, 3]],
      ['Telephony residents', telephony, residents, [5, 4, undefined]],
      ['Telephony cost', telephony, cost, [1, 1, 2]],
      ['Telephony retired', telephony, retired, [5, 5, 5]],
      ['Register strategic', register, strategic, [5, 5, 5]]
    ];
    const scorers = [OFFICE, TOM, GRACE];
    // Only the scoring panel may add scores: the three scorers are on it.
    const panel = site.sp(OWNER).web.siteGroups.getByName(SCORING_PANEL_GROUP);
    for (const login of scorers) await panel.users.add(`i:0#.f|membership|${login}`);
    // Opening a round opens each panel member's own scoring folder (issue 15), which is where their scores go.
    await owner.scoringRoundService.openPanelFolders();
    for (const [index, login] of scorers.entries()) {
      const scores = site.services(login).scores;
      for (const [, i, c, values] of given) {
        const value = values[index];
        if (value !== undefined) await scores.add({ initiative: { id: i.id, title: '' }, criterion: { id: c.id, title: '' }, score: value, scoringRound: '2026 Autumn' });
      }
    }
    // The app never adds a second score for the same initiative, criterion, round and scorer.
    const again = await site.services(TOM).scores.add({ initiative: { id: intune.id, title: '' }, criterion: { id: strategic.id, title: '' }, score: 1, scoringRound: '2026 Autumn' }).catch((e: unknown) => e);
    expect(isDataError(again, 'Duplicate')).toBe(true);

    const result = await rankRound(site.services(OWNER), '2026 Autumn');
    expect(result.ranked.map((r) => [r.rank, r.initiative.title, r.score, r.benefit, r.cost, r.scorers])).toEqual([
      [1, 'Data Warehouse', 77.8, 92, 6.7, 3],
      [2, 'Full Intune Deployment', 71.7, 76, 50, 3],
      [3, 'Modernise Telephony', 53.9, 50, 73.3, 3]
    ]);
    expect(result.mustDo.map((i) => i.title)).toEqual(['Information Assets Register']);
    expect(result.unscored.map((i) => i.title)).toEqual(['Intranet search']);
    expect(search.id).toBeGreaterThan(0);
  });

  it('loads the example scores as their three scorers, and ranks the open round: every seeded initiative scored by the quorum of three', async () => {
    const site = await provisionedSite();
    const content = await readExampleContent();
    const report = await loadExampleContent(site.sp(OWNER), content, { actAs: (login) => inProcessSP(site.local, SITE_URL, login) });
    expect(report.warnings).toEqual([]);
    expect(report.added['Initiative Scores']).toBe(content.scores?.length);
    expect(content.scores?.every((s) => s.IsSample === true)).toBe(true);

    const services = site.services(OWNER);
    const round = defaultRound(await services.scoringRounds.getAll());
    expect(round?.title).toBe('2026 Autumn');
    const result = await rankRound(services, '2026 Autumn');
    expect(result.ranked.length).toBeGreaterThanOrEqual(10);
    expect(new Set(result.ranked.map((r) => r.scorers))).toEqual(new Set([3]));
    // Appendix C marks nothing as must-do, so nothing is listed apart as must-do.
    expect(result.mustDo).toEqual([]);
    expect(result.provisional).toEqual([]);
    expect(result.unscored.map((i) => i.title).sort()).toEqual(['Agile Methods Implementation', 'Data Observatory', 'Modernise Telephony', 'Replacement for Oracle Property Manager']);
    const scorers = new Set((await services.scores.getAll(roundScoresQuery('2026 Autumn'))).map((s) => s.author?.email));
    expect(scorers).toEqual(new Set([OFFICE, TOM, GRACE]));
  });
});
