import { IBrokenItem } from '../brokenItems';
import { IActivityApproval, IChampion, IChampionActivity, IChampionProfile, ILookupRef, IPersonRef, IRecognitionLevel } from '../entities';
import { Decision, IActivityFact, IPointsRule } from './points';

/**
 * What the Champions Hub reads, shaped so that each view is one round trip to SharePoint (a $batch) at any
 * volume: the points rules, levels, champion records and profiles are small lists; activities and approvals are
 * read in indexed ActivityDate windows of calendar months (a window that would pass the 5,000-item list view
 * threshold is split and read again), never by reading the whole list or truncating at 5,000.
 */

/** The network's small lists. */
export interface IChampionsConfig {
  readonly rules: readonly IPointsRule[];
  readonly levels: readonly IRecognitionLevel[];
  readonly champions: readonly IChampion[];
  readonly profiles: readonly IChampionProfile[];
  /** Items read with values the hub could not use (left out of every figure), named for the programme office. */
  readonly broken?: readonly IBrokenItem[];
}

export interface IPeriodData extends IChampionsConfig {
  /** Every activity whose ActivityDate is in [start, end), as the points rules need it. */
  readonly activities: readonly IActivityFact[];
  /** The programme office's decisions on those activities, by activity id. */
  readonly decisions: ReadonlyMap<number, Decision>;
  /** Activities of the period counted without a value that could not be used (named; the value counts as none). */
  readonly brokenActivities?: readonly IBrokenItem[];
}

export interface IMyChampionData extends IChampionsConfig {
  readonly me: IPersonRef;
  /** My record in Digital Champions (absent: not a champion, nor nominated). */
  readonly champion?: IChampion;
  /** My department: my champion record's, else the one my directory entry names (matched to Departments by title). */
  readonly department?: ILookupRef;
  readonly profile?: IChampionProfile;
  /** Every activity in my folder (what counts for me), newest first, with ETags for editing. */
  readonly activities: readonly IChampionActivity[];
  readonly decisions: ReadonlyMap<number, Decision>;
  readonly approvals: readonly IActivityApproval[];
}

export interface IChampionsData {
  /** The small lists alone. */
  config(): Promise<IChampionsConfig>;
  /** The small lists and the activities (and decisions) of [start, end); both absent = all time. */
  period(start?: string, end?: string): Promise<IPeriodData>;
  /** The signed-in person's own page: their record, profile, every activity in their folder and decision. */
  mine(): Promise<IMyChampionData>;
  /**
   * The programme office: opens a champion's activity folder ('Contribute': active, they log activities) or leaves
   * it read-only to them ('Read': inactive); creates it when missing. SharePoint refuses anyone else.
   */
  setActivityAccess(championUserId: number, access: 'Contribute' | 'Read'): Promise<void>;
}

/** An activity record as the points rules see it: its champion is the owner of its folder (0: not known, counts for nobody). */
export function activityFact(a: IChampionActivity): IActivityFact {
  return {
    id: a.id,
    championId: a.championId ?? 0,
    activityType: a.activityType,
    activityDate: a.activityDate.slice(0, 10),
    peopleReached: a.peopleReached,
    hours: a.hours,
    departmentId: a.department?.id,
    waysOfWorking: a.waysOfWorking
  };
}
