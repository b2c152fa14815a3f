import { readFileSync } from 'fs';
import { join } from 'path';
import { IInitiative, IInitiativeScore, IPrioritisationCriterion } from '../../../src/domain/entities';
import { IPrioritisation, SCORING_RULE, initiativeStanding, latestScoresPerScorer, quorumOf, scoreInitiatives, valueEffortPoint } from '../../../src/domain/roadmap';
import { assetsRegister, dataWarehouse, intune, passwordReset, telephony } from './roadmapData';

const criterion = (
  id: number,
  title: string,
  kind: 'Benefit' | 'Cost',
  weight: number,
  more: Partial<IPrioritisationCriterion> = {}
): IPrioritisationCriterion => ({ id, title, kind, weight, order: id, active: true, ...more });

const asha = { id: 11, title: 'Asha Patel' };
const ben = { id: 12, title: 'Ben Okafor' };
const chloe = { id: 13, title: 'Chloe Martin' };

let nextScoreId = 1;
const score = (
  initiative: IInitiative,
  criterionId: number,
  scorer: { id: number; title: string } | undefined,
  value: number,
  more: Partial<IInitiativeScore> = {}
): IInitiativeScore => ({
  id: nextScoreId++,
  title: '',
  initiative: { id: initiative.id, title: initiative.title },
  criterion: { id: criterionId, title: '' },
  author: scorer,
  score: value,
  scoringRound: '2024-25',
  ...more
});

/** Scores from three scorers for each of the listed criteria: [asha, ben, chloe], undefined = not scored. */
const byThree = (initiative: IInitiative, criterionId: number, values: (number | undefined)[]): IInitiativeScore[] =>
  [asha, ben, chloe].flatMap((scorer, i) => (values[i] === undefined ? [] : [score(initiative, criterionId, scorer, values[i] as number)]));

describe('scoreInitiatives: a worked example with three scorers', () => {
  const strategic = criterion(1, 'Strategic alignment', 'Benefit', 3, { scale: 5 });
  const residents = criterion(2, 'Benefit to residents', 'Benefit', 2, { scale: 10 });
  const cost = criterion(3, 'Cost and effort', 'Cost', 1); // no Scale: the default 5
  const retired = criterion(4, 'Retired criterion', 'Benefit', 5, { active: false });
  const criteria = [retired, cost, residents, strategic];

  const smallOne: IInitiative = { ...passwordReset };
  const scores = [
    // Full Intune Deployment
    ...byThree(intune, 1, [4, 5, 3]),
    ...byThree(intune, 2, [8, 6, 7]),
    ...byThree(intune, 3, [2, 3, undefined]),
    // Data Warehouse
    ...byThree(dataWarehouse, 1, [5, 4, 5]),
    ...byThree(dataWarehouse, 2, [9, 10, 8]),
    ...byThree(dataWarehouse, 3, [5, 4, 5]),
    // Modernise Telephony, with top marks on the inactive criterion that must not count
    ...byThree(telephony, 1, [3, 2, 3]),
    ...byThree(telephony, 2, [5, 4, undefined]),
    ...byThree(telephony, 3, [1, 1, 2]),
    ...byThree(telephony, 4, [5, 5, 5]),
    // A must-do initiative that has been scored anyway, and a small one
    ...byThree(assetsRegister, 1, [5, 5, 5]),
    ...byThree(smallOne, 1, [5, 5, 5]),
    ...byThree(smallOne, 2, [10, 10, 10]),
    ...byThree(smallOne, 3, [1, 1, 1])
  ];
  const unscoredOne: IInitiative = { id: 50, title: 'Intranet search', workstream: 'Digital Workplace', stage: 'Proposed', effortMonths: 3 };
  const initiatives = [intune, telephony, dataWarehouse, assetsRegister, smallOne, unscoredOne];

  /*
   * Worked by hand. Normalised = score / scale; cost values turned round (1 - v). Weights 3, 2, 1 (sum 6).
   *
   * Full Intune Deployment
   *   Strategic (/5):  4, 5, 3    -> 0.8, 1.0, 0.6      mean 0.8
   *   Residents (/10): 8, 6, 7    -> 0.8, 0.6, 0.7      mean 0.7
   *   Cost (/5):       2, 3, -    -> 1-0.4, 1-0.6       mean (0.6 + 0.4) / 2 = 0.5   (Chloe left out)
   *   score   = 100 x (3x0.8 + 2x0.7 + 1x0.5) / 6 = 100 x 4.3 / 6 = 71.67 -> 71.7
   *   benefit = 100 x (2.4 + 1.4) / 5 = 76.0;  cost = 100 x 0.5 = 50.0
   *
   * Data Warehouse
   *   Strategic: 5, 4, 5    -> 1.0, 0.8, 1.0   mean 2.8/3 = 0.9333
   *   Residents: 9, 10, 8   -> 0.9, 1.0, 0.8   mean 0.9
   *   Cost:      5, 4, 5    -> 0, 0.2, 0       mean 0.2/3 = 0.0667
   *   score   = 100 x (2.8 + 1.8 + 0.0667) / 6 = 100 x 4.6667 / 6 = 77.78 -> 77.8
   *   benefit = 100 x 4.6 / 5 = 92.0;  cost = 6.7
   *
   * Modernise Telephony (the inactive criterion's 5, 5, 5 ignored; counted, it would make 100 x 8.2333 / 11 = 74.8)
   *   Strategic: 3, 2, 3    -> 0.6, 0.4, 0.6   mean 1.6/3 = 0.5333
   *   Residents: 5, 4, -    -> 0.5, 0.4        mean 0.45
   *   Cost:      1, 1, 2    -> 0.8, 0.8, 0.6   mean 2.2/3 = 0.7333
   *   score   = 100 x (1.6 + 0.9 + 0.7333) / 6 = 100 x 3.2333 / 6 = 53.89 -> 53.9
   *   benefit = 100 x 2.5 / 5 = 50.0;  cost = 73.3
   *
   * Ranking: Data Warehouse 77.8, Full Intune Deployment 71.7, Modernise Telephony 53.9.
   *
   * Self-service password reset (0.5 months, so only with includeSmall)
   *   1.0, 1.0, 0.8 -> 100 x (3 + 2 + 0.8) / 6 = 96.67 -> 96.7; benefit 100; cost 80
   */
  const result = scoreInitiatives(initiatives, criteria, scores, { quorum: 0 });
  const summary = (r: (typeof result.ranked)[number]) => [r.rank, r.initiative.title, r.score, r.benefit, r.cost, r.scorers];

  it('ranks by the weighted, normalised mean', () => {
    expect(result.ranked.map(summary)).toEqual([
      [1, 'Data Warehouse', 77.8, 92, 6.7, 3],
      [2, 'Full Intune Deployment', 71.7, 76, 50, 3],
      [3, 'Modernise Telephony', 53.9, 50, 73.3, 3]
    ]);
  });

  it('gives each criterion its mean over the scorers who scored it, in the criteria order', () => {
    const intuneResult = result.ranked.find((r) => r.initiative === intune);
    expect(intuneResult?.perCriterion.map((c) => [c.criterionId, c.mean, c.meanScore, c.scorers])).toEqual([
      [1, expect.closeTo(0.8, 10), expect.closeTo(4, 10), 3],
      [2, expect.closeTo(0.7, 10), expect.closeTo(7, 10), 3],
      [3, expect.closeTo(0.5, 10), expect.closeTo(2.5, 10), 2]
    ]);
  });

  it('ignores inactive criteria', () => {
    const telephonyResult = result.ranked.find((r) => r.initiative === telephony);
    expect(telephonyResult?.perCriterion.map((c) => c.criterionId)).toEqual([1, 2, 3]);
  });

  it('lists a must-do initiative apart and unscored, even though it has scores', () => {
    expect(result.mustDo).toEqual([assetsRegister]);
    expect(result.ranked.map((r) => r.initiative.title)).not.toContain(assetsRegister.title);
    expect(result.unscored).not.toContain(assetsRegister);
  });

  it('lists an initiative with no scores as unscored', () => {
    expect(result.unscored).toEqual([unscoredOne]);
  });

  it('leaves out an initiative under one month of effort unless asked to include it', () => {
    expect(result.excludedSmall).toEqual([smallOne]);
    const withSmall = scoreInitiatives(initiatives, criteria, scores, { includeSmall: true, quorum: 0 });
    expect(withSmall.excludedSmall).toEqual([]);
    expect(withSmall.ranked.map(summary)[0]).toEqual([1, 'Self-service password reset', 96.7, 100, 80, 3]);
    expect(withSmall.ranked.map((r) => r.rank)).toEqual([1, 2, 3, 4]);
  });
});

describe('scoreInitiatives: one score on one criterion', () => {
  const one: IInitiative = { id: 1, title: 'One', workstream: 'Digital Workplace', stage: 'Proposed' };
  test.each<[string, 'Benefit' | 'Cost', number | undefined, number, number]>([
    ['divided by the scale', 'Benefit', 5, 4, 80],
    ['the scale defaults to 5', 'Benefit', undefined, 4, 80],
    ['a scale that is not positive counts as 5', 'Benefit', 0, 4, 80],
    ['a scale of 10', 'Benefit', 10, 4, 40],
    ['a cost is turned round', 'Cost', 5, 4, 20]
  ])('%s', (_, kind, scale, value, expected) => {
    const result = scoreInitiatives([one], [criterion(1, 'C', kind, 2, { scale })], [score(one, 1, asha, value)], { quorum: 0 });
    expect(result.ranked[0].score).toBe(expected);
  });

  // Issue 15: a score written around the app (the data layer refuses these) counts for nothing, rather than being
  // clamped into the ranking.
  test.each<[string, 'Benefit' | 'Cost', number | undefined, number]>([
    ['above the scale', 'Benefit', 5, 7],
    ['10 on a scale of 5', 'Benefit', undefined, 10],
    ['below zero', 'Cost', 5, -1],
    ['not a whole number', 'Benefit', 5, 2.5]
  ])('a score %s counts for nothing', (_, kind, scale, value) => {
    const result = scoreInitiatives([one], [criterion(1, 'C', kind, 2, { scale })], [score(one, 1, asha, value)], { quorum: 0 });
    expect(result.ranked).toEqual([]);
    expect(result.unscored.map((i) => i.id)).toEqual([1]);
  });

  it('leaves out criteria whose weight is zero', () => {
    const criteria = [criterion(1, 'Counts', 'Benefit', 1), criterion(2, 'Weightless', 'Benefit', 0)];
    const result = scoreInitiatives([one], criteria, [score(one, 1, asha, 5), score(one, 2, asha, 0)], { quorum: 0 });
    expect(result.ranked[0].score).toBe(100);
  });

  it('lists as unscored an initiative whose only scores are on inactive criteria', () => {
    const result = scoreInitiatives([one], [criterion(1, 'Old', 'Benefit', 1, { active: false })], [score(one, 1, asha, 5)], { quorum: 0 });
    expect(result.unscored).toEqual([one]);
  });
});

describe('scoreInitiatives: ties', () => {
  const benefit = criterion(1, 'Benefit', 'Benefit', 1);
  const cost = criterion(2, 'Cost', 'Cost', 1);
  const make = (id: number, title: string, effortMonths?: number): IInitiative => ({ id, title, workstream: 'Digital Workplace', stage: 'Proposed', effortMonths });

  it('breaks a tie on score by the higher benefit sub-score', () => {
    // Zulu: benefit 4/5 = 0.8, cost 3/5 -> 1 - 0.6 = 0.4; score 100 x 1.2 / 2 = 60, benefit 80.
    // Alpha: benefit 3/5 = 0.6, cost 2/5 -> 1 - 0.4 = 0.6; score 100 x 1.2 / 2 = 60, benefit 60.
    const zulu = make(1, 'Zulu');
    const alpha = make(2, 'Alpha');
    const scores = [score(zulu, 1, asha, 4), score(zulu, 2, asha, 3), score(alpha, 1, asha, 3), score(alpha, 2, asha, 2)];
    const result = scoreInitiatives([alpha, zulu], [benefit, cost], scores, { quorum: 0 });
    expect(result.ranked.map((r) => [r.rank, r.initiative.title, r.score, r.benefit])).toEqual([
      [1, 'Zulu', 60, 80],
      [2, 'Alpha', 60, 60]
    ]);
  });

  test.each<[string, IInitiative[], string[]]>([
    ['then fewer effort months first', [make(1, 'A', 9), make(2, 'B', 3)], ['B', 'A']],
    ['unknown effort last', [make(1, 'A'), make(2, 'B', 12)], ['B', 'A']],
    ['then the title A-Z', [make(1, 'Beta', 3), make(2, 'alpha', 3)], ['alpha', 'Beta']]
  ])('equal score and benefit: %s', (_, items, expected) => {
    const scores = items.flatMap((i) => [score(i, 1, asha, 4), score(i, 2, asha, 2)]);
    const result = scoreInitiatives(items, [benefit, cost], scores, { quorum: 0 });
    expect(result.ranked.map((r) => r.initiative.title)).toEqual(expected);
    expect(result.ranked.map((r) => r.rank)).toEqual([1, 2]);
  });
});

describe('scoreInitiatives: repeated scores and rounds', () => {
  const one: IInitiative = { id: 1, title: 'One', workstream: 'Digital Workplace', stage: 'Proposed' };
  const c = criterion(1, 'C', 'Benefit', 1);

  it("counts only a scorer's latest score, so a re-score does not count twice", () => {
    // Asha: 1 then 5 (latest); Ben: 3. Mean (1.0 + 0.6) / 2 = 0.8 -> 80 (counting all three would give 60).
    const scores = [
      score(one, 1, asha, 1, { modified: '2024-05-01T09:00:00Z' }),
      score(one, 1, asha, 5, { modified: '2024-06-01T09:00:00Z' }),
      score(one, 1, ben, 3, { modified: '2024-05-02T09:00:00Z' })
    ];
    const result = scoreInitiatives([one], [c], scores, { quorum: 0 });
    expect([result.ranked[0].score, result.ranked[0].scorers]).toEqual([80, 2]);
  });

  it('uses only the chosen round when one is given', () => {
    const scores = [score(one, 1, asha, 1, { scoringRound: '2023-24' }), score(one, 1, ben, 5, { scoringRound: '2024-25' })];
    expect(scoreInitiatives([one], [c], scores, { round: '2024-25', quorum: 0 }).ranked[0].score).toBe(100);
    expect(scoreInitiatives([one], [c], scores, { round: '2023-24', quorum: 0 }).ranked[0].score).toBe(20);
  });

  it('counts scores with no author as separate scorers', () => {
    const scores = [score(one, 1, undefined, 5), score(one, 1, undefined, 3)];
    expect(scoreInitiatives([one], [c], scores, { quorum: 0 }).ranked[0].scorers).toBe(2);
  });
});

describe('latestScoresPerScorer', () => {
  const one: IInitiative = { id: 1, title: 'One', workstream: 'Digital Workplace', stage: 'Proposed' };
  const early = score(one, 1, asha, 1, { created: '2024-05-01T09:00:00Z' });
  const late = score(one, 1, asha, 2, { created: '2024-05-01T09:00:00Z', modified: '2024-06-01T09:00:00Z' });
  const otherRound = score(one, 1, asha, 3, { scoringRound: '2023-24', modified: '2023-06-01T09:00:00Z' });
  const otherScorer = score(one, 1, ben, 4, { modified: '2024-01-01T09:00:00Z' });
  const otherCriterion = score(one, 2, asha, 5, { modified: '2024-01-01T09:00:00Z' });
  const sameTimeLowerId = score(one, 3, asha, 1, { modified: '2024-01-01T09:00:00Z' });
  const sameTimeHigherId = score(one, 3, asha, 2, { modified: '2024-01-01T09:00:00Z' });

  test.each<[string, IInitiativeScore[], IInitiativeScore[]]>([
    ['keeps the latest by modified date', [late, early], [late]],
    ['keeps one per round', [early, otherRound, late], [otherRound, late]],
    ['keeps other scorers and criteria', [early, otherScorer, otherCriterion], [early, otherScorer, otherCriterion]],
    ['keeps the later item when the dates are equal', [sameTimeHigherId, sameTimeLowerId], [sameTimeHigherId]]
  ])('%s', (_, scores, expected) => {
    expect(latestScoresPerScorer(scores)).toEqual(expected);
  });
});

describe('valueEffortPoint', () => {
  test.each<[number, number, { x: number; y: number; quadrant: string }]>([
    [80, 80, { x: 20, y: 80, quadrant: 'Quick wins' }],
    [80, 20, { x: 80, y: 80, quadrant: 'Major projects' }],
    [20, 80, { x: 20, y: 20, quadrant: 'Fill-ins' }],
    [20, 20, { x: 80, y: 20, quadrant: 'Money pit' }],
    [50, 50, { x: 50, y: 50, quadrant: 'Major projects' }],
    [49.9, 50.1, { x: 49.9, y: 49.9, quadrant: 'Fill-ins' }],
    [92, 6.7, { x: 93.3, y: 92, quadrant: 'Major projects' }]
  ])('benefit %p, cost %p -> %j', (benefit, cost, expected) => {
    expect(valueEffortPoint({ benefit, cost })).toEqual(expected);
  });

  it('has no point without both benefit and cost scores', () => {
    expect(valueEffortPoint({ benefit: 80, cost: undefined })).toBeUndefined();
    expect(valueEffortPoint({ benefit: undefined, cost: 80 })).toBeUndefined();
  });
});

describe('SCORING_RULE', () => {
  it('is the same text as the doc comment at the top of prioritisation.ts', () => {
    const source = readFileSync(join(__dirname, '../../../src/domain/roadmap/prioritisation.ts'), 'utf8');
    const comment = /^\/\*\*\n([\s\S]*?)\n \*\//.exec(source)?.[1] ?? '';
    const text = comment
      .split('\n')
      .map((line) => line.replace(/^ \*( |$)/, ''))
      .join('\n');
    expect(text).toBe(SCORING_RULE);
  });
});

describe('initiativeStanding', () => {
  const item = (id: number, extra: Partial<IInitiative> = {}): IInitiative => ({ id, title: `I${id}`, workstream: 'Digital Workplace', stage: 'Approved', ...extra });
  const result: IPrioritisation = {
    ranked: [
      { initiative: item(1), score: 80, rank: 1, benefit: 80, cost: 80, scorers: 3, completeScorers: 3, perCriterion: [] },
      { initiative: item(2), score: 60, rank: 2, benefit: 60, cost: 60, scorers: 3, completeScorers: 3, perCriterion: [] }
    ],
    provisional: [{ initiative: item(6), score: 100, benefit: 100, cost: undefined, scorers: 1, completeScorers: 0, perCriterion: [] }],
    quorum: 3,
    mustDo: [item(3, { mustDo: true })],
    unscored: [item(4)],
    excludedSmall: [item(5, { effortMonths: 0.5 })]
  };
  test.each([
    [2, { kind: 'ranked', of: 2 }],
    [3, { kind: 'mustDo' }],
    [4, { kind: 'unscored' }],
    [5, { kind: 'small' }],
    [6, { kind: 'provisional', quorum: 3, provisional: { completeScorers: 0 } }]
  ])('initiative %i stands as %o', (id, expected) => {
    expect(initiativeStanding(result, id)).toMatchObject(expected);
  });
  it('gives the ranked entry itself', () => {
    expect(initiativeStanding(result, 2)).toMatchObject({ ranked: { rank: 2, score: 60 } });
  });
  it('is undefined for an initiative that was not scored at all', () => {
    expect(initiativeStanding(result, 99)).toBeUndefined();
  });
});

describe('rule 8: the quorum', () => {
  const dan = { id: 14, title: 'Dan Evans' };
  const strategic = criterion(1, 'Strategic alignment', 'Benefit', 3);
  const residents = criterion(2, 'Benefit to residents', 'Benefit', 2);
  const cost = criterion(3, 'Cost and effort', 'Cost', 1);
  const retired = criterion(4, 'Retired', 'Benefit', 5, { active: false });
  const criteria = [strategic, residents, cost, retired];
  type Scorer = { id: number; title: string };
  /** Each scorer scores the listed criteria with `value`. */
  const sheet = (who: readonly [Scorer, readonly number[]][], value = 3): IInitiativeScore[] =>
    who.flatMap(([scorer, ids]) => ids.map((id) => score(intune, id, scorer, value)));
  const all = [1, 2, 3];

  test.each<[string, readonly [Scorer, readonly number[]][], number | undefined, 'ranked' | 'provisional', number]>([
    ['three scorers, every active criterion', [[asha, all], [ben, all], [chloe, all]], undefined, 'ranked', 3],
    ['three scorers, one missed a criterion', [[asha, all], [ben, all], [chloe, [1, 2]]], undefined, 'provisional', 2],
    ['one score on one criterion', [[dan, [1]]], undefined, 'provisional', 0],
    ['four scorers, one incomplete', [[asha, all], [ben, all], [chloe, all], [dan, [3]]], undefined, 'ranked', 3],
    ['the retired criterion is not needed', [[asha, all], [ben, all], [chloe, all]], 3, 'ranked', 3],
    ['a round with a quorum of 2', [[asha, all], [ben, all]], 2, 'ranked', 2],
    ['a round with a quorum of 4', [[asha, all], [ben, all], [chloe, all]], 4, 'provisional', 3],
    ['a round with a quorum of 0', [[dan, [1]]], 0, 'ranked', 0]
  ])('%s: %s', (_name, who, quorum, kind, complete) => {
    const result = scoreInitiatives([intune], criteria, sheet(who), quorum === undefined ? {} : { quorum });
    const standing = initiativeStanding(result, intune.id);
    expect(standing?.kind).toBe(kind);
    const entry = standing?.kind === 'ranked' ? standing.ranked : standing?.kind === 'provisional' ? standing.provisional : undefined;
    expect(entry?.completeScorers).toBe(complete);
    expect(result.quorum).toBe(quorum ?? 3);
  });

  it('lists a provisional initiative apart, never above a complete one, however high its score', () => {
    const scores = [
      score(dataWarehouse, 1, dan, 5), // Dan's single 5: 100.0, but provisional
      ...[asha, ben, chloe].flatMap((s) => all.map((id) => score(intune, id, s, id === 3 ? 5 : 1)))
    ];
    const result = scoreInitiatives([dataWarehouse, intune], criteria, scores);
    expect(result.ranked.map((r) => [r.initiative.title, r.rank])).toEqual([[intune.title, 1]]);
    expect(result.ranked[0].score).toBeLessThan(50);
    expect(result.provisional.map((r) => [r.initiative.title, r.score, r.completeScorers])).toEqual([[dataWarehouse.title, 100, 0]]);
  });

  it('keeps provisional initiatives in score order', () => {
    const scores = [score(dataWarehouse, 1, dan, 2), score(intune, 1, dan, 4)];
    expect(scoreInitiatives([dataWarehouse, intune], criteria, scores).provisional.map((r) => r.initiative.title)).toEqual([intune.title, dataWarehouse.title]);
  });

  test.each([
    [undefined, 3],
    [{}, 3],
    [{ quorum: 2 }, 2],
    [{ quorum: 0 }, 0],
    [{ quorum: -1 }, 3],
    [{ quorum: Number.NaN }, 3]
  ])('a round %o needs %i complete scorers', (round, expected) => {
    expect(quorumOf(round)).toBe(expected);
  });

  it('is written in "How scores work"', () => {
    expect(SCORING_RULE).toMatch(/8\. An initiative is ranked only when at least the round's quorum of scorers \(3 unless/);
    expect(SCORING_RULE).toContain('"2 of 3 scorers"');
  });
});
