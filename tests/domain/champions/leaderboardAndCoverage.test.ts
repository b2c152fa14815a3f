import { buildLeaderboard } from '../../../src/domain/champions/leaderboard';
import { coverage, championTarget } from '../../../src/domain/champions/coverage';
import { monthWindows, periodFromKey, quarterOf, shiftPeriod, yearOf } from '../../../src/domain/champions/periods';
import { scoreActivities } from '../../../src/domain/champions/points';
import { activityCount, activeChampionCount, peopleReached } from '../../../src/domain/champions/figures';
import { filterDirectory, IDirectoryEntry } from '../../../src/domain/champions/directory';
import { emptyDraft, likelyDuplicate, validateActivity } from '../../../src/domain/champions/activityForm';

describe('periods (UK financial year)', () => {
  test.each([
    ['2026-11-29', '2026-27 Q3', '2026-10-01', '2027-01-01'],
    ['2026-04-01', '2026-27 Q1', '2026-04-01', '2026-07-01'],
    ['2027-03-31', '2026-27 Q4', '2027-01-01', '2027-04-01'],
    ['2026-03-31', '2025-26 Q4', '2026-01-01', '2026-04-01']
  ])('%s is in %s', (date, key, start, end) => {
    expect(quarterOf(date)).toMatchObject({ key, start, end });
    expect(periodFromKey(key)).toMatchObject({ key, start, end });
  });

  it('years run April to March, and periods step back and forward', () => {
    expect(yearOf('2027-02-01')).toMatchObject({ key: '2026-27', start: '2026-04-01', end: '2027-04-01' });
    expect(shiftPeriod(quarterOf('2026-11-29'), -1).key).toBe('2026-27 Q2');
    expect(shiftPeriod(quarterOf('2027-02-01'), 1).key).toBe('2027-28 Q1');
    expect(monthWindows('2026-10-01', '2027-01-01')).toEqual([
      ['2026-10-01', '2026-11-01'],
      ['2026-11-01', '2026-12-01'],
      ['2026-12-01', '2027-01-01']
    ]);
  });
});

describe('leaderboard', () => {
  const rules = [{ activityType: 'Training session', points: 10 }];
  const people = [
    { personId: 1, name: 'Jamie Clarke', departmentId: 10, department: 'COO' },
    { personId: 2, name: 'Oliver Brown', departmentId: 20, department: 'Barbican', optedOut: true },
    { personId: 3, name: 'Chloe Wright', departmentId: 20, department: 'Barbican' }
  ];
  const acts = [
    { id: 1, championId: 1, activityType: 'Training session', activityDate: '2026-10-01', peopleReached: 5 },
    { id: 2, championId: 2, activityType: 'Training session', activityDate: '2026-10-02', peopleReached: 7 },
    { id: 3, championId: 2, activityType: 'Training session', activityDate: '2026-10-03', peopleReached: 1 },
    { id: 4, championId: 3, activityType: 'Training session', activityDate: '2026-10-04' },
    { id: 5, championId: 9, activityType: 'Training session', activityDate: '2026-10-04', peopleReached: 100 }
  ];
  const board = buildLeaderboard(scoreActivities(acts, rules, new Map(), (id) => id !== 9), people);

  it('leaves an opted-out champion off the named board, but counts them for their department', () => {
    expect(board.champions.map((r) => r.name)).toEqual(['Chloe Wright', 'Jamie Clarke']);
    expect(board.champions.map((r) => r.rank)).toEqual([1, 1]);
    expect(board.optedOut).toBe(1);
    expect(board.departments[0]).toMatchObject({ name: 'Barbican', points: 30, activities: 3, peopleReached: 8, champions: 2, rank: 1 });
    expect(board.totals).toEqual({ points: 40, activities: 4, peopleReached: 13 });
  });
});

describe('coverage', () => {
  test.each([
    [0, 50, 0],
    [1, 50, 1],
    [50, 50, 1],
    [51, 50, 2],
    [310, 50, 7],
    [310, 0, 7]
  ])('headcount %i at one per %i needs %i champions', (headcount, per, target) => {
    expect(championTarget(headcount, per)).toBe(target);
  });

  it('lists departments with no active champion, ratios to target, and expertise nobody covers', () => {
    const result = coverage(
      [
        { id: 1, title: 'Police', headcount: 960 },
        { id: 2, title: 'Chamberlain\u2019s', headcount: 100 },
        { id: 3, title: 'Schools' }
      ],
      [
        { departmentId: 2, status: 'Active', expertiseAreas: ['Power BI'] },
        { departmentId: 2, status: 'Active', expertiseAreas: ['Teams'] },
        { departmentId: 1, status: 'Nominated', expertiseAreas: ['Cyber awareness'] }
      ],
      ['Power BI', 'Teams', 'Cyber awareness'],
      50
    );
    expect(result.withoutChampion).toEqual(['Police', 'Schools']);
    expect(result.uncoveredExpertise).toEqual(['Cyber awareness']);
    expect(result.rows.find((r) => r.department === 'Police')).toMatchObject({ activeChampions: 0, target: 20, ratio: 0, status: 'None' });
    expect(result.rows.find((r) => r.department === 'Chamberlain\u2019s')).toMatchObject({ activeChampions: 2, target: 2, ratio: 1, status: 'Met' });
  });
});

describe('figures for the KPI Dashboard', () => {
  it('counts active champions, activities and people reached', () => {
    expect(activeChampionCount([{ status: 'Active' }, { status: 'Inactive' }, { status: 'Nominated' }, { status: 'Active' }])).toBe(2);
    expect(activityCount([{}, {}, {}])).toBe(3);
    expect(peopleReached([{ peopleReached: 4 }, {}, { peopleReached: 10 }])).toBe(14);
  });
});

describe('directory', () => {
  const entry = (personId: number, name: string, departmentId: number, expertiseAreas: string[], status = 'Active'): IDirectoryEntry => ({
    personId,
    name,
    departmentId,
    department: `Dept ${departmentId}`,
    expertiseAreas,
    waysOfWorking: [],
    status
  });
  const all = [entry(1, 'Zoe', 2, ['Power BI']), entry(2, 'Adam', 1, ['Teams']), entry(3, 'Fatima', 2, ['Power BI', 'Data literacy']), entry(4, 'Ben', 2, ['Power BI'], 'Inactive')];

  it('lists active champions, my department first, and filters by expertise and words', () => {
    expect(filterDirectory(all, {}, 2).map((e) => e.name)).toEqual(['Fatima', 'Zoe', 'Adam']);
    expect(filterDirectory(all, { expertise: ['Teams'] }, 2).map((e) => e.name)).toEqual(['Adam']);
    expect(filterDirectory(all, { text: 'power data' }).map((e) => e.name)).toEqual(['Fatima']);
  });
});

describe('activity form', () => {
  const today = '2026-11-29';
  it('explains each problem', () => {
    const errors = validateActivity({ ...emptyDraft(today), activityDate: '2026-12-01', peopleReached: '-1', hours: 'x', link: 'ftp://x' }, today);
    expect(Object.keys(errors).sort()).toEqual(['activityDate', 'activityType', 'hours', 'link', 'peopleReached', 'title']);
    expect(validateActivity({ ...emptyDraft(today), title: 'Teams drop-in', activityType: 'Drop-in clinic', peopleReached: '12' }, today)).toEqual({});
  });

  it('points out a likely duplicate: same type, date and title', () => {
    const mine = [{ id: 4, title: 'Teams  drop-in', activityType: 'Drop-in clinic', activityDate: '2026-11-20T00:00:00Z' }];
    const draft = { ...emptyDraft('2026-11-20'), title: 'teams drop-in', activityType: 'Drop-in clinic' };
    expect(likelyDuplicate(draft, mine)?.id).toBe(4);
    expect(likelyDuplicate(draft, mine, 4)).toBeUndefined();
    expect(likelyDuplicate({ ...draft, activityType: 'Peer support' }, mine)).toBeUndefined();
  });
});
