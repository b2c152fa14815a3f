import { IInitiative, IInitiativeScore, IPrioritisationCriterion, IScoringRound } from '../../../src/domain/entities';
import { auditScorers, scoreAuditCsv, scoreAuditRows } from '../../../src/domain/roadmap/scoreAudit';
import {
  defaultRound,
  newRoundIssues,
  ownScores,
  scaleOf,
  scorableInitiatives,
  scoreFromKey,
  scoringCriteria,
  sortRounds
} from '../../../src/domain/roadmap/scoringRound';

const round = (id: number, title: string, status: IScoringRound['status'], opensOn?: string, closesOn?: string): IScoringRound => ({ id, title, status, opensOn, closesOn });
const closed2025 = round(1, '2025 Autumn', 'Closed', '2025-09-01', '2025-10-31');
const closed2024 = round(2, '2024 Autumn', 'Closed', '2024-09-01', '2024-10-31');
const open2026 = round(3, '2026 Autumn', 'Open', '2026-09-01', '2026-12-18');
const draft2027 = round(4, '2027 Spring', 'Draft', '2027-03-01', '2027-04-30');

describe('the default scoring round', () => {
  test.each([
    ['the open one', [closed2024, open2026, closed2025, draft2027], '2026 Autumn'],
    ['with none open, the latest closed one', [closed2024, closed2025, draft2027], '2025 Autumn'],
    ['a round without dates sorts after dated ones', [round(9, 'Undated', 'Closed'), closed2024], '2024 Autumn'],
    ['never a draft', [draft2027], undefined],
    ['none at all', [], undefined]
  ])('%s', (_name, rounds, expected) => {
    expect(defaultRound(rounds)?.title).toBe(expected);
  });

  it('lists rounds newest first', () => {
    expect(sortRounds([closed2024, open2026, closed2025]).map((r) => r.title)).toEqual(['2026 Autumn', '2025 Autumn', '2024 Autumn']);
  });
});

describe('opening a new round', () => {
  test.each([
    ['a good round while none is open', { title: '2027 Spring', opensOn: '2027-03-01', closesOn: '2027-04-30' }, [closed2025], []],
    ['no name', { title: '  ' }, [], ['title: Give the round a name, for example "2027 Spring".']],
    ['a name too long', { title: 'x'.repeat(61) }, [], ['title: Keep the name to 60 characters or fewer.']],
    ['a name already used (any case)', { title: '2025 autumn' }, [closed2025], ['title: There is already a round called "2025 autumn". Choose another name.']],
    ['closing before opening', { title: 'New', opensOn: '2027-03-01', closesOn: '2027-02-01' }, [], ['closesOn: The closing date must be on or after the opening date.']],
    ['another round still open', { title: 'New' }, [open2026], ['status: "2026 Autumn" is still open. Close it before opening another round.']]
  ])('%s', (_name, candidate, existing, expected) => {
    expect(newRoundIssues(candidate, existing).map((i) => `${i.field}: ${i.message}`)).toEqual(expected);
  });
});

describe('what the scoring grid shows', () => {
  const initiative = (id: number, more: Partial<IInitiative> = {}): IInitiative => ({ id, title: `I${id}`, workstream: 'Digital Workplace', stage: 'Proposed', ...more });
  const criterion = (id: number, more: Partial<IPrioritisationCriterion> = {}): IPrioritisationCriterion => ({ id, title: `C${id}`, kind: 'Benefit', weight: 1, ...more });

  test.each([
    ['not must-do, not small', false, [1, 4]],
    ['small ones too when asked', true, [1, 3, 4]]
  ])('initiatives: %s', (_name, includeSmall, ids) => {
    const list = [initiative(1), initiative(2, { mustDo: true }), initiative(3, { effortMonths: 0.5 }), initiative(4, { effortMonths: 1 })];
    expect(scorableInitiatives(list, includeSmall).map((i) => i.id)).toEqual(ids);
  });

  it('criteria: active with a weight, in order', () => {
    const list = [criterion(1, { order: 3 }), criterion(2, { order: 1 }), criterion(3, { active: false }), criterion(4, { weight: 0 }), criterion(5, { order: 2 })];
    expect(scoringCriteria(list).map((c) => c.id)).toEqual([2, 5, 1]);
  });

  test.each([
    [undefined, 5],
    [10, 10],
    [0, 5],
    [4.5, 4]
  ])('the scale of a criterion with Scale %p is %p', (scale, expected) => {
    expect(scaleOf({ scale })).toBe(expected);
  });

  it("a scorer's own scores in the round, latest per cell", () => {
    const me = { id: 7, title: 'Priya Shah' };
    const other = { id: 8, title: 'Tom Okafor' };
    const score = (id: number, author: typeof me, initiativeId: number, scoringRound: string, modified: string, value: number): IInitiativeScore => ({
      id, title: '', author, initiative: { id: initiativeId, title: '' }, criterion: { id: 1, title: '' }, score: value, scoringRound, modified
    });
    const mine = ownScores(
      [
        score(1, me, 10, '2026 Autumn', '2026-09-02T10:00:00Z', 2),
        score(2, me, 10, '2026 Autumn', '2026-09-03T10:00:00Z', 4),
        score(3, other, 10, '2026 Autumn', '2026-09-04T10:00:00Z', 5),
        score(4, me, 11, '2025 Autumn', '2025-09-04T10:00:00Z', 1)
      ],
      7,
      '2026 Autumn'
    );
    expect([...mine].map(([key, s]) => [key, s.id])).toEqual([['10:1', 2]]);
  });
});

describe('typing a score into a grid cell', () => {
  test.each([
    ['3 on a 0-5 scale', '', '3', 5, { value: 3, buffer: '' }],
    ['0 on a 0-5 scale', '', '0', 5, { value: 0, buffer: '' }],
    ['6 on a 0-5 scale is refused', '', '6', 5, { buffer: '', error: 'Scores for this criterion go from 0 to 5.' }],
    ['1 on a 0-10 scale waits for a second digit', '', '1', 10, { value: 1, buffer: '1' }],
    ['then 0 makes 10', '1', '0', 10, { value: 10, buffer: '' }],
    ['then 5 starts again at 5', '1', '5', 10, { value: 5, buffer: '' }],
    ['a letter', '', 'a', 5, { buffer: '', error: 'Type a number.' }]
  ])('%s', (_name, buffer, key, scale, expected) => {
    expect(scoreFromKey(buffer, key, scale)).toEqual(expected);
  });
});

describe('the score audit', () => {
  const initiatives: IInitiative[] = [
    { id: 1, title: 'Full Intune Deployment', workstream: 'End-User Computing', stage: 'Approved' },
    { id: 2, title: 'Data Warehouse', workstream: 'Data & Information Management', stage: 'Proposed' }
  ];
  const criteria: IPrioritisationCriterion[] = [
    { id: 1, title: 'Strategic alignment', kind: 'Benefit', weight: 3, scale: 5 },
    { id: 2, title: 'Delivery cost', kind: 'Cost', weight: 2, scale: 10 }
  ];
  const priya = { id: 7, title: 'Priya Shah' };
  const tom = { id: 8, title: 'Tom Okafor' };
  const scores: IInitiativeScore[] = [
    { id: 1, title: '', initiative: { id: 1, title: '' }, criterion: { id: 1, title: '' }, author: priya, score: 4, rationale: 'Core to Brilliant Basics', scoringRound: '2026 Autumn', modified: '2026-09-02T10:00:00Z' },
    { id: 2, title: '', initiative: { id: 2, title: '' }, criterion: { id: 2, title: '' }, author: tom, score: 7, rationale: '=HYPERLINK("x"), "quoted"', scoringRound: '2026 Autumn', modified: '2026-09-05T09:30:00.000Z' },
    { id: 3, title: '', initiative: { id: 1, title: '' }, criterion: { id: 2, title: '' }, author: tom, score: 3, scoringRound: '2026 Autumn', created: '2026-09-01T08:00:00Z' }
  ];

  it('lists who scored what and when, newest first, and filters by initiative or scorer', () => {
    const rows = scoreAuditRows(scores, initiatives, criteria);
    expect(rows.map((r) => `${r.initiative} | ${r.criterion} | ${r.scorer} | ${r.score}/${r.scale}`)).toEqual([
      'Data Warehouse | Delivery cost | Tom Okafor | 7/10',
      'Full Intune Deployment | Strategic alignment | Priya Shah | 4/5',
      'Full Intune Deployment | Delivery cost | Tom Okafor | 3/10'
    ]);
    expect(scoreAuditRows(scores, initiatives, criteria, { initiativeId: 1 }).map((r) => r.id)).toEqual([1, 3]);
    expect(scoreAuditRows(scores, initiatives, criteria, { scorerId: 8 }).map((r) => r.id)).toEqual([2, 3]);
    expect(scoreAuditRows(scores, initiatives, criteria, { initiativeId: 2, scorerId: 7 })).toEqual([]);
    expect(auditScorers(rows)).toEqual([{ id: 7, name: 'Priya Shah' }, { id: 8, name: 'Tom Okafor' }]);
  });

  it('exports CSV for Excel with formulas guarded', () => {
    const csv = scoreAuditCsv(scoreAuditRows(scores, initiatives, criteria, { scorerId: 8 }));
    expect(csv).toBe(
      '\uFEFFRound,Initiative,Criterion,Scorer,Score,Out of,Rationale,Last changed\r\n' +
        '2026 Autumn,Data Warehouse,Delivery cost,Tom Okafor,7,10,"\'=HYPERLINK(""x""), ""quoted""",2026-09-05T09:30:00Z\r\n' +
        '2026 Autumn,Full Intune Deployment,Delivery cost,Tom Okafor,3,10,,2026-09-01T08:00:00Z\r\n'
    );
  });
});

