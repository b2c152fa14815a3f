import { ActivityType } from '../entities';

/**
 * The points rules of the champions network, in one place (pure, no I/O):
 *
 * 1. An activity earns the points its type has in the Activity Points list; a type with no row earns nothing.
 * 2. A type marked "needs approval" earns its points only once the programme office has approved that activity
 *    (a decision in the Activity Approvals list, which only the programme office can write). Until then it is
 *    "awaiting approval"; a declined one earns nothing.
 * 3. A type's monthly cap limits how many of one champion's activities of that type earn points in one calendar
 *    month: the earliest (by date, then by when they were logged) earn points, the rest are "over the monthly
 *    cap" and earn nothing. Activities that earn nothing for another reason do not use up the cap.
 * 4. Only people with a champion record that is Active or Inactive (alumni keep their history) earn points.
 *
 * Every activity still counts as an activity and for the people it reached, whatever its points.
 */

export interface IPointsRule {
  readonly activityType: ActivityType | string;
  readonly points: number;
  /** Most activities of this type that earn points per champion per calendar month; none or 0 = no cap. */
  readonly monthlyCap?: number;
  readonly requiresApproval?: boolean;
}

/** What the rules need to know about an activity. */
export interface IActivityFact {
  readonly id: number;
  /** The champion it counts for: the owner of the folder holding it (0: nobody), never its author. */
  readonly championId: number;
  readonly activityType: string;
  /** ISO date, YYYY-MM-DD (a longer ISO string is cut to its date). */
  readonly activityDate: string;
  readonly peopleReached?: number;
  readonly hours?: number;
  readonly departmentId?: number;
  readonly waysOfWorking?: readonly string[];
}

export type Decision = 'Approved' | 'Declined';

export type PointsStatus = 'counted' | 'overCap' | 'awaitingApproval' | 'declined' | 'noRule' | 'notChampion';

export interface IScoredActivity {
  readonly activity: IActivityFact;
  readonly points: number;
  readonly status: PointsStatus;
}

export const POINTS_STATUS_TEXT: Record<PointsStatus, string> = {
  counted: 'Counted',
  overCap: 'Over the monthly cap for this type: no points',
  awaitingApproval: 'Awaiting the programme office’s approval',
  declined: 'Not approved: no points',
  noRule: 'This type earns no points',
  notChampion: 'Logged by someone who is not a champion'
};

const dateOf = (value: string): string => value.slice(0, 10);

/**
 * Scores activities under the rules. `decisions` maps an activity id to the programme office's decision;
 * `isChampion` says whether a person may earn points (rule 4). Pass a whole calendar month of a champion's
 * activities (or more) for the cap to be right: a period read in whole months always does.
 */
export function scoreActivities(
  activities: readonly IActivityFact[],
  rules: readonly IPointsRule[],
  decisions: ReadonlyMap<number, Decision>,
  isChampion: (personId: number) => boolean = () => true
): IScoredActivity[] {
  const byType = new Map(rules.map((r) => [r.activityType, r]));
  const ordered = [...activities].sort((a, b) => dateOf(a.activityDate).localeCompare(dateOf(b.activityDate)) || a.id - b.id);
  const used = new Map<string, number>();
  const scored = new Map<number, IScoredActivity>();
  for (const activity of ordered) {
    const rule = byType.get(activity.activityType);
    let status: PointsStatus;
    if (!isChampion(activity.championId)) status = 'notChampion';
    else if (!rule || !(rule.points > 0)) status = 'noRule';
    else if (rule.requiresApproval && decisions.get(activity.id) !== 'Approved') {
      status = decisions.get(activity.id) === 'Declined' ? 'declined' : 'awaitingApproval';
    } else {
      const key = `${activity.championId}|${activity.activityType}|${dateOf(activity.activityDate).slice(0, 7)}`;
      const count = used.get(key) ?? 0;
      if (rule.monthlyCap && rule.monthlyCap > 0 && count >= rule.monthlyCap) status = 'overCap';
      else {
        used.set(key, count + 1);
        status = 'counted';
      }
    }
    scored.set(activity.id, { activity, status, points: status === 'counted' ? (rule as IPointsRule).points : 0 });
  }
  return activities.map((a) => scored.get(a.id) as IScoredActivity);
}

/** The total points of scored activities. */
export const totalPoints = (scored: readonly IScoredActivity[]): number => scored.reduce((sum, s) => sum + s.points, 0);
