import { firstPerKey } from '../firstPerKey';
import { IChampionsConfig, IPeriodData } from './championsData';
import { IDirectoryEntry } from './directory';
import { ILeaderboardPerson } from './leaderboard';
import { ILevelRule, levelFor } from './levels';
import { IPointsRule, IScoredActivity, scoreActivities, totalPoints } from './points';

/**
 * Joins the network's lists into what the views show: the programme office's champion records (status,
 * department) with each champion's own profile (expertise, availability, opt-out), matched by person.
 */

/** Champions whose activities earn points: Active, and Inactive (alumni keep what they earned). */
export function earnsPoints(config: IChampionsConfig): (personId: number) => boolean {
  const ids = new Set(config.champions.filter((c) => c.status === 'Active' || c.status === 'Inactive').map((c) => c.champion?.id));
  return (personId) => ids.has(personId);
}

export const pointsRules = (config: IChampionsConfig): IPointsRule[] =>
  config.rules.map((r) => ({ activityType: r.activityType, points: r.points, monthlyCap: r.monthlyCap, requiresApproval: r.requiresApproval }));

export const levelRules = (config: IChampionsConfig): ILevelRule[] => config.levels.map((l) => ({ title: l.title, minPoints: l.minPoints }));

export function scorePeriod(data: IPeriodData): IScoredActivity[] {
  return scoreActivities(data.activities, pointsRules(data), data.decisions, earnsPoints(data));
}

/** A person's profile: one per person (Created By); where two were stored, the first by id counts (firstPerKey). */
export const profileOf = (config: Pick<IChampionsConfig, 'profiles'>, personId: number) => firstPerKey(config.profiles.filter((p) => p.author?.id === personId), () => personId)[0];

export function leaderboardPeople(config: IChampionsConfig): ILeaderboardPerson[] {
  return config.champions
    .filter((c) => c.champion)
    .map((c) => ({
      personId: c.champion.id,
      name: c.champion.title,
      departmentId: c.department?.id,
      department: c.department?.title,
      optedOut: profileOf(config, c.champion.id)?.leaderboardOptOut === true
    }));
}

/** Points per person over scored activities. */
export function pointsByPerson(scored: readonly IScoredActivity[]): Map<number, number> {
  const result = new Map<number, number>();
  for (const s of scored) result.set(s.activity.championId, (result.get(s.activity.championId) ?? 0) + s.points);
  return result;
}

/** Directory entries for every champion record, with their level from the given points (this year's). */
export function directoryEntries(config: IChampionsConfig, points?: ReadonlyMap<number, number>): IDirectoryEntry[] {
  const levels = levelRules(config);
  return config.champions
    .filter((c) => c.champion)
    .map((c) => {
      const profile = profileOf(config, c.champion.id);
      return {
        personId: c.champion.id,
        name: c.champion.title,
        email: c.champion.email,
        departmentId: c.department?.id,
        department: c.department?.title,
        status: c.status,
        since: c.since,
        expertiseAreas: profile?.expertiseAreas ?? [],
        waysOfWorking: profile?.waysOfWorking ?? [],
        availability: profile?.availability,
        bio: profile?.bio,
        level: points ? levelFor(points.get(c.champion.id) ?? 0, levels).level?.title : undefined
      };
    });
}

export { totalPoints };
