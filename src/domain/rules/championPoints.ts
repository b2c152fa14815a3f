import { ActivityType, IActivityPoints, IChampionActivity } from '../entities';

/** Points for a set of activities under the configured points rule; an activity type with no rule scores 0. */
export function activityPoints(activities: readonly Pick<IChampionActivity, 'activityType'>[], rule: readonly IActivityPoints[]): number {
  const points = new Map<ActivityType, number>(rule.map((r) => [r.activityType, r.points]));
  return activities.reduce((total, a) => total + (points.get(a.activityType) ?? 0), 0);
}
