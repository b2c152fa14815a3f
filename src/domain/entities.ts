import type { IFieldIssue } from './dataErrors';
import * as V from './vocabulary';

/**
 * The suite's records as the features see them. Property names are the list schema's internal names in
 * camelCase (WaysOfWorking -> waysOfWorking), so one mapper serves every list.
 */

export type Workstream = (typeof V.WORKSTREAMS)[number];
export type Outcome = (typeof V.OUTCOMES)[number];
export type Stage = (typeof V.STAGES)[number];
export type WayOfWorking = (typeof V.WAYS_OF_WORKING)[number];
export type Health = (typeof V.HEALTH)[number];
export type KpiPolarity = (typeof V.KPI_POLARITIES)[number];
export type KpiUnit = (typeof V.KPI_UNITS)[number];
export type ActivityType = (typeof V.ACTIVITY_TYPES)[number];
export type TalkStatus = (typeof V.TALK_STATUSES)[number];
export type TalkFormat = (typeof V.TALK_FORMATS)[number];
export type AudienceLevel = (typeof V.AUDIENCE_LEVELS)[number];
export type ProposalDecisionStatus = (typeof V.PROPOSAL_DECISIONS)[number];

export interface IPersonRef {
  readonly id: number;
  readonly title: string;
  readonly email?: string;
}

export interface ILookupRef {
  readonly id: number;
  readonly title: string;
}

export interface ILink {
  readonly url: string;
  readonly description?: string;
}

/** What every list item has. */
export interface IEntity {
  readonly id: number;
  readonly title: string;
  /** SharePoint's version tag; updates send it so a concurrent change is detected. */
  readonly etag?: string;
  readonly created?: string;
  readonly modified?: string;
  readonly author?: IPersonRef;
  readonly editor?: IPersonRef;
  /**
   * The id the app gave the item when it added it (a new one per add, kept with an unsaved draft): an add sent
   * again finds the item made the first time instead of making a second.
   */
  readonly clientRequestId?: string;
  /**
   * Values of this item that could not be used as read (a date SharePoint would not store, a `javascript:` link, a
   * number out of range), left out of the item: the page shows the item without them and names it.
   */
  readonly readIssues?: readonly IFieldIssue[];
  /** Invented for the demo, not the organisation's own figures. */
  readonly isSample?: boolean;
  readonly source?: string;
  /**
   * Lists with a folder per person (Champion Activities, Initiative Scores): the folder the item is in (FileDirRef),
   * and the person it belongs to, who owns that folder (src/data/security/personFolders.ts), never its Created By.
   */
  readonly folderPath?: string;
  readonly ownerId?: number;
  /** In a list with folders: the item is at the list's root (where only the programme office adds), in no folder. */
  readonly atListRoot?: boolean;
  /** A folder (a person's), not an item: the folder lists' readers leave these out. */
  readonly isFolder?: boolean;
}

export interface IDepartment extends IEntity {
  readonly shortName?: string;
  readonly group?: string;
  readonly active?: boolean;
  /** Who answers the department's maturity survey (kept by the programme office). */
  readonly respondents?: readonly IPersonRef[];
  /** The respondents were invented for the demo. */
  readonly respondentsAreSample?: boolean;
}

export interface IStrategyOutcome extends IEntity {
  readonly description?: string;
  readonly order?: number;
}

export interface IStrategyPriority extends IEntity {
  readonly description?: string;
  readonly workstream: Workstream;
  readonly order?: number;
}

export interface IInitiative extends IEntity {
  readonly description?: string;
  readonly workstream: Workstream;
  readonly stage: Stage;
  readonly waysOfWorking?: readonly WayOfWorking[];
  readonly startDate?: string;
  readonly endDate?: string;
  readonly timeframeLabel?: string;
  readonly corporatePlanOutcomes?: readonly string[];
  readonly department?: ILookupRef;
  readonly owner?: IPersonRef;
  readonly sponsor?: IPersonRef;
  readonly governanceTier?: string;
  readonly mustDo?: boolean;
  readonly effortMonths?: number;
  readonly progress?: number;
  readonly health?: Health;
  readonly notes?: string;
}

export interface IKpi extends IEntity {
  readonly outcome: Outcome;
  readonly description?: string;
  readonly unit: KpiUnit;
  readonly polarity: KpiPolarity;
  readonly target?: number;
  /** Targets that differ by financial year, a line each: "2025-26: 92". */
  readonly targetsByYear?: string;
  readonly targetIsSample?: boolean;
  readonly tolerance?: number;
  /** 'Percent' (of the target, the default) or 'Unit' (in the KPI's unit). */
  readonly toleranceKind?: string;
  readonly frequency?: string;
  readonly owner?: IPersonRef;
  readonly ownerIsSample?: boolean;
  readonly baseline?: number;
  readonly baselinePeriod?: string;
  readonly dataSource?: string;
  /** The suite's own data the value comes from (no entry), e.g. 'Tech Talk attendance'. */
  readonly computedFrom?: string;
  readonly order?: number;
  readonly active?: boolean;
}

export interface IKpiMeasurement extends IEntity {
  readonly kpi: ILookupRef;
  readonly periodStart: string;
  readonly periodLabel?: string;
  readonly value?: number;
  readonly commentary?: string;
  readonly correctiveAction?: string;
  readonly actionOwner?: IPersonRef;
  readonly actionDue?: string;
  /** Who changed what and when, a JSON line per save (SharePoint's version history holds the same). */
  readonly changeLog?: string;
}

/** A signed-off quarter: the frozen snapshot (JSON of IPackSnapshot) the committee was given. */
export interface IKpiPack extends IEntity {
  readonly periodStart: string;
  readonly periodLabel?: string;
  readonly snapshot: string;
  readonly signedOffBy?: IPersonRef;
  readonly signedOffAt?: string;
}

export interface IMaturityModel extends IEntity {
  readonly description?: string;
  /** One level name per line, lowest first. */
  readonly levelNames: string;
  readonly active?: boolean;
}

export interface IMaturityDimension extends IEntity {
  readonly model: ILookupRef;
  readonly order?: number;
  readonly level1?: string;
  readonly level2?: string;
  readonly level3?: string;
  readonly level4?: string;
  readonly level5?: string;
  readonly guidance?: string;
}

export interface IAssessmentRound extends IEntity {
  readonly model: ILookupRef;
  readonly opensOn?: string;
  readonly closesOn?: string;
  readonly status: 'Draft' | 'Open' | 'Closed';
  readonly targetYear?: number;
  /**
   * JSON, written by the programme office when it opens the round: which response item is each department's
   * (IResponseRegister in src/domain/maturity/countedResponses.ts). Only registered items count.
   */
  readonly responseRegister?: string;
  /**
   * JSON, written when the round is closed: the round's results without names of people or evidence
   * (IResultsSnapshot in src/domain/maturity/resultsSnapshot.ts). Everyone reads a closed round's results from it.
   */
  readonly resultsSnapshot?: string;
}

export interface IMaturityResponse extends IEntity {
  readonly round: ILookupRef;
  readonly department: ILookupRef;
  /** JSON: one IMaturityAnswer per dimension. */
  readonly answers?: string;
  readonly status: 'Draft' | 'Submitted';
  readonly submittedOn?: string;
  /** Who submitted it (the department's respondents share one response per round). */
  readonly submittedBy?: IPersonRef;
  readonly overallCurrent?: number;
  readonly overallTarget?: number;
}

export interface IMaturityAnswer {
  readonly dimension: string;
  readonly current?: number;
  readonly target?: number;
  readonly evidence?: string;
  readonly confidence?: 'Low' | 'Medium' | 'High';
}

/** A champion's record, kept by the programme office (Digital Champions). */
export interface IChampion extends IEntity {
  readonly champion: IPersonRef;
  readonly department?: ILookupRef;
  readonly since?: string;
  readonly status?: (typeof V.CHAMPION_STATUSES)[number];
  readonly nomination?: ILookupRef;
  readonly officeNotes?: string;
}

/** A champion's own profile (Champion Profiles): the champion is its author. */
export interface IChampionProfile extends IEntity {
  readonly expertiseAreas?: readonly string[];
  readonly waysOfWorking?: readonly string[];
  readonly availability?: string;
  readonly bio?: string;
  readonly leaderboardOptOut?: boolean;
}

/** A nomination to the network (Champion Nominations): the nominator is its author. */
export interface IChampionNomination extends IEntity {
  readonly nominee: IPersonRef;
  readonly department?: ILookupRef;
  readonly expertiseAreas?: readonly string[];
  readonly reason?: string;
}

/** An activity a champion logged: the champion is its author. */
export interface IChampionActivity extends IEntity {
  /**
   * The champion the activity counts for: the owner of the folder that holds it (set by the champions reads;
   * never its author, which anyone who can edit an item can re-attribute). Absent: not known from this read.
   */
  readonly championId?: number;
  readonly activityType: ActivityType;
  readonly activityDate: string;
  readonly department?: ILookupRef;
  readonly hours?: number;
  readonly peopleReached?: number;
  readonly waysOfWorking?: readonly string[];
  readonly link?: ILink;
  readonly notes?: string;
}

export interface IActivityPoints extends IEntity {
  readonly activityType: ActivityType;
  readonly points: number;
  readonly monthlyCap?: number;
  readonly requiresApproval?: boolean;
}

/** The programme office's decision on an activity (Activity Approvals). */
export interface IActivityApproval extends IEntity {
  readonly activity: ILookupRef;
  readonly champion: IPersonRef;
  readonly activityDate: string;
  readonly decision: (typeof V.APPROVAL_DECISIONS)[number];
  readonly comment?: string;
}

export interface IRecognitionLevel extends IEntity {
  readonly minPoints: number;
  readonly description?: string;
}

export interface IDepartmentHeadcount extends IEntity {
  readonly department: ILookupRef;
  readonly headcount: number;
}

export interface ITechTalk extends IEntity {
  readonly abstract?: string;
  readonly speaker?: IPersonRef;
  readonly speakerName?: string;
  readonly startsAt: string;
  readonly durationMinutes?: number;
  readonly format?: TalkFormat;
  /** The room, for a talk in person or hybrid. */
  readonly location?: string;
  readonly joinUrl?: ILink;
  readonly recordingUrl?: ILink;
  readonly slidesUrl?: ILink;
  readonly topics?: readonly string[];
  /** Places; empty = no limit. */
  readonly capacity?: number;
  /** Registrations made (server time) after this do not count. */
  readonly registrationClosesAt?: string;
  readonly status: TalkStatus;
}

/** One person's registration for a talk: the attendee is the item's author; no place or waitlist flag (see domain/talks/places). */
export interface ITalkRegistration extends IEntity {
  readonly talk: ILookupRef;
}

/** An attendee's rating (1-5) and comment on a talk: their own item, one per talk. */
export interface ITalkFeedback extends IEntity {
  readonly talk: ILookupRef;
  readonly rating: number;
  readonly comment?: string;
}

/** Who attended a talk, kept by the programme office and the talk's speaker: one item per talk. */
export interface ITalkAttendance extends IEntity {
  readonly talk: ILookupRef;
  /** JSON array of the site user ids of the people who attended (registered or walked in). */
  readonly attendeeIds?: string;
  /** People who walked in and were not named. */
  readonly walkIns?: number;
}

/** A talk someone proposes: their own item. Its status is the programme office's decision, kept apart. */
export interface ITalkProposal extends IEntity {
  readonly abstract?: string;
  /** The speaker or speakers, as the proposer names them. */
  readonly speakers?: string;
  /** "YYYY-MM". */
  readonly preferredMonth?: string;
  readonly audienceLevel?: AudienceLevel;
  readonly topics?: readonly string[];
}

/** The programme office's decision on a proposal (one per proposal), which only it can write. */
export interface IProposalDecision extends IEntity {
  readonly proposal: ILookupRef;
  readonly status: ProposalDecisionStatus;
  /** Why it was declined: shown to the proposer. */
  readonly reason?: string;
  /** The talk it became, once scheduled. */
  readonly talk?: ILookupRef;
}

/** A reviewer's score (on REVIEW_SCALE, src/domain/talks/reviews.ts) and comment on a proposal: their own item, one per proposal. */
export interface IProposalReview extends IEntity {
  readonly proposal: ILookupRef;
  readonly score: number;
  readonly comment?: string;
}

export interface IPrioritisationCriterion extends IEntity {
  readonly description?: string;
  readonly weight: number;
  readonly kind: 'Benefit' | 'Cost';
  readonly scale?: number;
  readonly order?: number;
  readonly active?: boolean;
}

/** A scoring round: scorers score while it is Open; its Title is what each score's ScoringRound holds. */
export interface IScoringRound extends IEntity {
  readonly description?: string;
  readonly status: 'Draft' | 'Open' | 'Closed';
  readonly opensOn?: string;
  readonly closesOn?: string;
  /** Scorers who must score every active criterion before an initiative is ranked (default 3). */
  readonly quorum?: number;
  /**
   * Written when the round is closed: its ranking frozen, as JSON (figures only: src/domain/roadmap/rankingSnapshot.ts).
   * A closed round's ranking is read from it, never from Initiative Scores.
   */
  readonly ranking?: string;
}

export interface IInitiativeScore extends IEntity {
  readonly initiative: ILookupRef;
  readonly criterion: ILookupRef;
  readonly score: number;
  readonly rationale?: string;
  readonly scoringRound: string;
}
