import { IScoredActivity } from './points';

/**
 * Leaderboards for a period, by champion and by department, from scored activities.
 * A champion who opted out of the public ranking is left off the named leaderboard, but their activities,
 * points and people reached still count for their department. A champion's department is the one on their
 * champion record (the programme office's), not the department an activity was for.
 */

export interface ILeaderboardPerson {
  readonly personId: number;
  readonly name: string;
  readonly departmentId?: number;
  readonly department?: string;
  readonly optedOut?: boolean;
}

export interface ILeaderboardRow {
  readonly rank: number;
  readonly key: number;
  readonly name: string;
  readonly department?: string;
  readonly points: number;
  readonly activities: number;
  readonly peopleReached: number;
}

export interface IDepartmentRow extends Omit<ILeaderboardRow, 'department'> {
  /** Champions whose work counted in the period. */
  readonly champions: number;
}

export interface ILeaderboard {
  readonly champions: readonly ILeaderboardRow[];
  readonly departments: readonly IDepartmentRow[];
  /** Totals over every counted activity, opted-out champions included. */
  readonly totals: { readonly points: number; readonly activities: number; readonly peopleReached: number };
  /** How many champions with activity in the period are not named (opted out). */
  readonly optedOut: number;
}

interface ITally {
  points: number;
  activities: number;
  peopleReached: number;
  people: Set<number>;
}

const tally = (): ITally => ({ points: 0, activities: 0, peopleReached: 0, people: new Set() });

/** Ranks with ties sharing a rank (1, 2, 2, 4), by points, then activities, then name. */
function ranked<T extends { points: number; activities: number; name: string }>(rows: T[]): (T & { rank: number })[] {
  const sorted = rows.sort((a, b) => b.points - a.points || b.activities - a.activities || a.name.localeCompare(b.name, 'en-GB'));
  return sorted.map((row, i) => {
    let rank = i + 1;
    for (let j = i - 1; j >= 0 && sorted[j].points === row.points && sorted[j].activities === row.activities; j--) rank = j + 1;
    return { ...row, rank };
  });
}

/** Builds both leaderboards. Activities of people who are not champions (status notChampion) are left out. */
export function buildLeaderboard(scored: readonly IScoredActivity[], people: readonly ILeaderboardPerson[]): ILeaderboard {
  const byPerson = new Map(people.map((p) => [p.personId, p]));
  const perPerson = new Map<number, ITally>();
  const perDepartment = new Map<number, ITally & { name: string }>();
  const totals = { points: 0, activities: 0, peopleReached: 0 };
  for (const s of scored) {
    if (s.status === 'notChampion') continue;
    const person = byPerson.get(s.activity.championId);
    if (!person) continue;
    const reached = s.activity.peopleReached ?? 0;
    totals.points += s.points;
    totals.activities += 1;
    totals.peopleReached += reached;
    const mine = perPerson.get(person.personId) ?? tally();
    mine.points += s.points;
    mine.activities += 1;
    mine.peopleReached += reached;
    perPerson.set(person.personId, mine);
    if (person.departmentId !== undefined) {
      const dept = perDepartment.get(person.departmentId) ?? { ...tally(), name: person.department ?? '' };
      dept.points += s.points;
      dept.activities += 1;
      dept.peopleReached += reached;
      dept.people.add(person.personId);
      perDepartment.set(person.departmentId, dept);
    }
  }
  let optedOut = 0;
  const championRows: Omit<ILeaderboardRow, 'rank'>[] = [];
  for (const [personId, t] of perPerson) {
    const person = byPerson.get(personId) as ILeaderboardPerson;
    if (person.optedOut) {
      optedOut++;
      continue;
    }
    championRows.push({ key: personId, name: person.name, department: person.department, points: t.points, activities: t.activities, peopleReached: t.peopleReached });
  }
  const departmentRows = [...perDepartment].map(([id, t]) => ({
    key: id,
    name: t.name,
    points: t.points,
    activities: t.activities,
    peopleReached: t.peopleReached,
    champions: t.people.size
  }));
  return { champions: ranked(championRows), departments: ranked(departmentRows), totals, optedOut };
}
