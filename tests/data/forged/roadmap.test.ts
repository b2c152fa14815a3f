import { readExampleContent } from '../../../src/data/content/exampleContent';
import { loadExampleContent } from '../../../src/data/content/loadExampleContent';
import { IScoringRound } from '../../../src/domain/entities';
import { scoreInitiatives } from '../../../src/domain/roadmap/prioritisation';
import { countedScores, RANKING_SCORE_FIELDS, roundScoresQuery } from '../../../src/domain/roadmap/scoringRound';
import { IHubServices } from '../../../src/domain/services';
import { inProcessSP } from '../../../local/pnpInProcess';
import { ILocalSite, OWNER, provisionedSite, SITE_URL, STAFF } from '../localSite';

/**
 * Issue 15, the Roadmap Board's rules under forged writes: each write is sent over REST as the wrong person (or around
 * the page), and is refused by SharePoint or changes no figure (the ranking of each round).
 */
const TOM = 'tom.okafor@digitalhub.example';
const SCORES = 'Initiative Scores';
jest.setTimeout(90_000);

/** The ranking as the Priorities view computes it: the round's counted scores (countedScores), ranked. */
async function ranking(services: IHubServices, round: IScoringRound): Promise<string> {
  const [initiatives, criteria, scores] = await Promise.all([
    services.initiatives.getAll(),
    services.criteria.getAll(),
    services.scores.getAll({ ...roundScoresQuery(round.title), fields: RANKING_SCORE_FIELDS })
  ]);
  const result = scoreInitiatives(initiatives, criteria, countedScores(round, scores), { round: round.title, quorum: round.quorum ?? 3 });
  return JSON.stringify(result);
}

describe('Roadmap Board: forged writes', () => {
  let site: ILocalSite;
  let rounds: IScoringRound[];
  let before: Map<string, string>;
  beforeAll(async () => {
    site = await provisionedSite();
    await loadExampleContent(site.sp(OWNER), await readExampleContent(), { actAs: (login) => inProcessSP(site.local, SITE_URL, login) });
    rounds = await site.services(OWNER).scoringRounds.getAll();
    before = new Map(await Promise.all(rounds.map(async (r) => [r.title, await ranking(site.services(OWNER), r)] as [string, string])));
  });

  const forge = async (login: string, round: string, score = 5): Promise<number | unknown> => {
    const sp = site.sp(login);
    const initiatives = await sp.web.lists.getByTitle('Roadmap Initiatives').items.select('Id').filter("Stage eq 'Yet to be proposed'").top(1)<{ Id: number }[]>();
    const criteria = await sp.web.lists.getByTitle('Prioritisation Criteria').items.select('Id').top(10)<{ Id: number }[]>();
    try {
      let last = 0;
      for (const c of criteria) last = (await sp.web.lists.getByTitle(SCORES).items.add({ InitiativeId: initiatives[0].Id, CriterionId: c.Id, Score: score, ScoringRound: round })).Id;
      return last;
    } catch (error) {
      return error;
    }
  };

  it('the seeded closed round carries its high-water mark', () => {
    const closed = rounds.find((r) => r.status === 'Closed');
    expect(closed?.lastScoreId).toBeGreaterThan(0);
  });

  it('staff (Dan) cannot add a score: refused with 403, no ranking changes', async () => {
    const refused = (await forge(STAFF, '2026 Autumn')) as { status?: number };
    expect(refused.status).toBe(403);
    for (const round of rounds) expect(await ranking(site.services(OWNER), round)).toBe(before.get(round.title));
  });

  it('scores added to a closed round after it closed count for nothing: its ranking is as it was', async () => {
    const closed = rounds.find((r) => r.status === 'Closed') as IScoringRound;
    const id = await forge(TOM, closed.title);
    expect(typeof id).toBe('number'); // the list cannot refuse it (its permissions are per list, not per round)
    expect(id as number).toBeGreaterThan(closed.lastScoreId as number);
    expect(await ranking(site.services(OWNER), closed)).toBe(before.get(closed.title));
  });

  it('scores for a round that does not exist count in no round', async () => {
    expect(typeof (await forge(TOM, 'No such round'))).toBe('number');
    for (const round of rounds) expect(await ranking(site.services(OWNER), round)).toBe(before.get(round.title));
  });

  it('a score outside its criterion\'s scale, written around the app, counts for nothing', async () => {
    const open = rounds.find((r) => r.status === 'Open') as IScoringRound;
    const sp = site.sp(TOM);
    const [initiative] = await sp.web.lists.getByTitle('Roadmap Initiatives').items.select('Id').filter("Stage eq 'Yet to be proposed'").top(1)<{ Id: number }[]>();
    const criteria = await site.services(TOM).criteria.getAll();
    const fiveScale = criteria.find((c) => (c.scale ?? 5) === 5 && c.active !== false) as { id: number };
    await sp.web.lists.getByTitle(SCORES).items.add({ InitiativeId: initiative.Id, CriterionId: fiveScale.id, Score: 10, ScoringRound: open.title });
    expect(await ranking(site.services(OWNER), open)).toBe(before.get(open.title));
  });
});
