import { Decision, IActivityFact, IPointsRule, PointsStatus, scoreActivities, totalPoints } from '../../../src/domain/champions/points';
import { levelFor } from '../../../src/domain/champions/levels';

const RULES: IPointsRule[] = [
  { activityType: 'Training session', points: 10 },
  { activityType: 'Peer support', points: 3, monthlyCap: 2 },
  { activityType: 'Tech Talk delivered', points: 15, requiresApproval: true },
  { activityType: 'Innovation idea', points: 4, requiresApproval: true, monthlyCap: 1 },
  { activityType: 'Drop-in clinic', points: 0 }
];

/** Ids are given in table order inside each case (1, 2, 3...), as the list would. */
const activity = (activityType: string, activityDate: string, championId = 7): IActivityFact => ({ id: 0, championId, activityType, activityDate });
const numbered = (activities: IActivityFact[]): IActivityFact[] => activities.map((a, i) => ({ ...a, id: i + 1 }));

describe('points rules', () => {
  test.each<[string, IActivityFact[], Record<number, Decision>, PointsStatus[], number]>([
    ['a type earns its points', [activity('Training session', '2026-10-01')], {}, ['counted'], 10],
    ['a type with no rule earns nothing', [activity('Showcase or demo', '2026-10-01')], {}, ['noRule'], 0],
    ['a type worth 0 points earns nothing', [activity('Drop-in clinic', '2026-10-01')], {}, ['noRule'], 0],
    [
      'the monthly cap: the first two peer supports of October count, the third does not',
      [activity('Peer support', '2026-10-03'), activity('Peer support', '2026-10-01'), activity('Peer support', '2026-10-02')],
      {},
      ['overCap', 'counted', 'counted'],
      6
    ],
    [
      'the cap is per calendar month',
      [activity('Peer support', '2026-10-30'), activity('Peer support', '2026-10-31'), activity('Peer support', '2026-11-01')],
      {},
      ['counted', 'counted', 'counted'],
      9
    ],
    [
      'the cap is per champion',
      [activity('Peer support', '2026-10-01', 7), activity('Peer support', '2026-10-02', 7), activity('Peer support', '2026-10-03', 8)],
      {},
      ['counted', 'counted', 'counted'],
      9
    ],
    [
      'the cap is per type',
      [activity('Peer support', '2026-10-01'), activity('Peer support', '2026-10-02'), activity('Training session', '2026-10-03')],
      {},
      ['counted', 'counted', 'counted'],
      16
    ],
    [
      'same day: the one logged first (lower id) takes the cap',
      [activity('Peer support', '2026-10-01'), activity('Peer support', '2026-10-01'), activity('Peer support', '2026-10-01')],
      {},
      ['counted', 'counted', 'overCap'],
      6
    ],
    ['an approval-needing type awaits approval', [activity('Tech Talk delivered', '2026-10-01')], {}, ['awaitingApproval'], 0],
    ['an approved one counts', [activity('Tech Talk delivered', '2026-10-01')], { 1: 'Approved' }, ['counted'], 15],
    ['a declined one earns nothing', [activity('Tech Talk delivered', '2026-10-01')], { 1: 'Declined' }, ['declined'], 0],
    [
      'an unapproved activity does not use up the cap',
      [activity('Innovation idea', '2026-10-01'), activity('Innovation idea', '2026-10-02')],
      { 2: 'Approved' },
      ['awaitingApproval', 'counted'],
      4
    ],
    [
      'approved activities over the cap earn nothing',
      [activity('Innovation idea', '2026-10-01'), activity('Innovation idea', '2026-10-02')],
      { 1: 'Approved', 2: 'Approved' },
      ['counted', 'overCap'],
      4
    ],
    ['a date with a time is read as its day', [activity('Peer support', '2026-10-31T23:00:00Z'), activity('Peer support', '2026-10-31T00:00:00Z'), activity('Peer support', '2026-11-01T00:00:00Z')], {}, ['counted', 'counted', 'counted'], 9]
  ])('%s', (_, activities, decisions, statuses, total) => {
    const scored = scoreActivities(numbered(activities), RULES, new Map(Object.entries(decisions).map(([id, d]) => [Number(id), d])));
    expect(scored.map((s) => s.status)).toEqual(statuses);
    expect(totalPoints(scored)).toBe(total);
  });

  it('gives no points to people who are not champions, and their activities leave the cap alone', () => {
    const scored = scoreActivities(numbered([activity('Training session', '2026-10-01', 99), activity('Training session', '2026-10-01', 7)]), RULES, new Map(), (id) => id === 7);
    expect(scored.map((s) => [s.status, s.points])).toEqual([
      ['notChampion', 0],
      ['counted', 10]
    ]);
  });
});

describe('recognition levels', () => {
  const LEVELS = [
    { title: 'Leader', minPoints: 120 },
    { title: 'Contributor', minPoints: 10 },
    { title: 'Practitioner', minPoints: 50 }
  ];
  test.each<[number, string | undefined, string | undefined, number | undefined]>([
    [0, undefined, 'Contributor', 10],
    [9, undefined, 'Contributor', 1],
    [10, 'Contributor', 'Practitioner', 40],
    [49, 'Contributor', 'Practitioner', 1],
    [50, 'Practitioner', 'Leader', 70],
    [120, 'Leader', undefined, undefined],
    [5000, 'Leader', undefined, undefined]
  ])('%i points: level %s, next %s in %s', (points, level, next, toNext) => {
    const standing = levelFor(points, LEVELS);
    expect(standing.level?.title).toBe(level);
    expect(standing.next?.title).toBe(next);
    expect(standing.pointsToNext).toBe(toNext);
  });

  it('with no levels configured, nobody holds one', () => {
    expect(levelFor(500, [])).toEqual({});
  });
});
