import { IBrokenItem } from './brokenItems';
import { IChampionsData } from './champions/championsData';
import {
  IActivityApproval,
  IActivityPoints,
  IAssessmentRound,
  IChampion,
  IChampionActivity,
  IChampionNomination,
  IChampionProfile,
  IDepartmentHeadcount,
  IRecognitionLevel,
  IDepartment,
  IEntity,
  IInitiative,
  IInitiativeScore,
  IKpi,
  IKpiMeasurement,
  IKpiPack,
  IMaturityDimension,
  IMaturityModel,
  IMaturityResponse,
  IPersonRef,
  IPrioritisationCriterion,
  IScoringRound,
  IStrategyOutcome,
  IStrategyPriority,
  IProposalDecision,
  IProposalReview,
  ITalkAttendance,
  ITalkFeedback,
  ITalkProposal,
  ITalkRegistration,
  ITechTalk
} from './entities';
import type { IListQuery } from './query';
import { IRegistrationFact } from './talks/places';

/**
 * What the features ask of the data layer. src/data implements these over SharePoint; tests pass fakes.
 * Features depend on these shapes only, never on PnPjs or SPFx.
 */

export type { IListQuery, Where, Condition, IOrder, IRange } from './query';

export interface IListPermissions {
  readonly canAdd: boolean;
  /** May edit every item, not only the ones they created. */
  readonly canEditAll: boolean;
}

/** What findOrCreate answers: the one item for the key, and whether this call created it. */
export interface IFoundOrCreated<T> {
  readonly item: T;
  readonly created: boolean;
}

/**
 * One SharePoint list, typed. Every failure is a DataError (src/domain/dataErrors.ts).
 *
 * - `getAll({ where, orderBy, top })` reads with a typed query (src/domain/query.ts).
 * - `update(id, values, etag)` saves only `values` if the item is still at `etag`, and answers the item as saved
 *   (new ETag, editor, modified): one request. A stale ETag throws a ConflictError holding the values sent and
 *   the item as it is now (theirs; undefined when it was deleted).
 * - `findOrCreate(key, values)` answers the one item for a unique key of the list's schema (`uniqueKeys`; a key
 *   holding Author means "created by me", and is not passed). If none exists it adds `{ ...key, ...values }`.
 *   Safe under races by this rule: after adding, it reads the key again and the item with the lowest id wins; a
 *   call whose own new item lost deletes it and answers the winner (created: false). Two tabs or two people
 *   creating the same key at once so end with exactly one item, and both get it.
 */
export interface IRepository<T extends IEntity> {
  getAll(query?: IListQuery<T>): Promise<T[]>;
  getById(id: number): Promise<T>;
  count(): Promise<number>;
  add(values: Partial<T>): Promise<T>;
  update(id: number, values: Partial<T>, etag: string): Promise<T>;
  findOrCreate(key: Partial<T>, values?: Partial<T>): Promise<IFoundOrCreated<T>>;
  delete(id: number, etag?: string): Promise<void>;
  permissions(): Promise<IListPermissions>;
}

export interface IProgress {
  readonly done: number;
  readonly total: number;
  readonly message: string;
}

export type ProgressCallback = (progress: IProgress) => void;

export interface IProvisioningReport {
  /** Lists created from nothing. */
  readonly createdLists: string[];
  /** One line per change to an existing list (a field added, choices extended, an index, permissions). */
  readonly changes: string[];
  /** Lists that already matched the schema. */
  readonly unchangedLists: string[];
}

export interface IContentReport {
  /** Items added, per list title. */
  readonly added: Record<string, number>;
  /** Lists left alone because they already had items. */
  readonly skippedLists: string[];
  /** Things that could not be placed (e.g. a person not found in this tenant). */
  readonly warnings: string[];
}

/** The suite's lists, by the name of their repository in IHubServices. */
export type HubList =
  | 'departments'
  | 'outcomes'
  | 'priorities'
  | 'initiatives'
  | 'criteria'
  | 'scoringRounds'
  | 'scores'
  | 'maturityModels'
  | 'maturityDimensions'
  | 'assessmentRounds'
  | 'maturityResponses'
  | 'kpis'
  | 'kpiMeasurements'
  | 'kpiPacks'
  | 'champions'
  | 'activities'
  | 'activityPoints'
  | 'championProfiles'
  | 'championNominations'
  | 'activityApprovals'
  | 'recognitionLevels'
  | 'departmentHeadcounts'
  | 'techTalks'
  | 'talkRegistrations'
  | 'talkFeedback'
  | 'talkAttendance'
  | 'talkProposals'
  | 'proposalDecisions'
  | 'proposalReviews';

export interface ISetupService {
  /**
   * Titles of the given lists (default: all the suite's) that the site does not have yet. The site's lists are read
   * once per page and shared by the web parts on it (and read again after `provision`).
   */
  missingLists(lists?: readonly HubList[]): Promise<string[]>;
  /** Whether the signed-in user may create and change lists here. */
  canManageLists(): Promise<boolean>;
  provision(onProgress?: ProgressCallback): Promise<IProvisioningReport>;
  loadExampleContent(onProgress?: ProgressCallback): Promise<IContentReport>;
}

/** People in the organisation, for person columns (Owner, Sponsor, ...). */
export interface IPeopleService {
  /** People whose name or e-mail starts with the text (the tenant's people picker search). */
  search(text: string, top?: number): Promise<IPersonRef[]>;
  /** The site user for an e-mail address (added to the site if new), so it can be stored in a person column. */
  ensure(email: string): Promise<IPersonRef>;
}

/** Small values kept on this device (the browser's local storage). Keys are namespaced by the caller (e.g. "maturity:12:3"). */
export interface IDeviceStore {
  read<T>(key: string): T | undefined;
  write<T>(key: string, value: T): void;
  remove(key: string): void;
}

/** Work in progress kept on this device, so a closed tab, a reload or a dropped network loses nothing typed. */
export type IDraftStore = IDeviceStore;

/**
 * What this device remembers between visits that is not unsaved work: choices (the Table's columns, the survey's last
 * department) and last-seen states (a talk place's status, to tell you when it changed).
 */
export type IDevicePreferences = IDeviceStore;

/**
 * Opening and closing maturity assessment rounds, enforced by SharePoint item permissions (not only in the UI).
 * Opening (and reopening) gives each active department its one response for the round, readable and editable only by
 * the department's respondents (Departments list) and the programme office, and records it in the round's register;
 * closing freezes the round's results into a snapshot everyone reads and makes the responses read-only.
 */
export interface IRoundLockService {
  /**
   * Finds or creates each active department's response for the round, registers it on the round and opens it to that
   * department's respondents (Contribute); nobody else but the programme office reads it. Safe to run again (e.g. after
   * the respondents changed); returns how many responses were opened.
   */
  open(roundId: number, onProgress?: ProgressCallback): Promise<number>;
  /**
   * Closes the round: writes its results snapshot and Status Closed (one write), then makes every response of the round
   * read-only (its respondents Read). If that fails the round's status is put back. Returns how many were made read-only.
   */
  close(roundId: number, onProgress?: ProgressCallback): Promise<number>;
}

/**
 * The programme office's side of scoring rounds (Initiative Scores keeps a private folder per scorer; a closed round's
 * ranking is a frozen snapshot: src/domain/roadmap/rankingSnapshot.ts).
 */
export interface IScoringRoundService {
  /**
   * Opens a scoring folder (Contribute) for every member of the Scoring Panel group, and makes the folder of anyone no
   * longer in it read-only for them. Run when a round is opened; safe to run again. Returns what it changed.
   */
  openPanelFolders(): Promise<string[]>;
  /** Closes the round, writing its ranking snapshot to the round's item; answers the round as saved. */
  close(round: IScoringRound): Promise<IScoringRound>;
}

/**
 * Who may write KPI values, kept by SharePoint: KPI owners get Contribute on KPI Measurements (their own values),
 * and signing off a quarter makes its values read-only with item permissions.
 */
export interface IKpiSecurityService {
  /** Opens a folder (Contribute) in KPI Measurements for every KPI owner in the register who has none; returns whose it opened. */
  grantOwners(): Promise<string[]>;
  /** Makes every value of the quarter read-only on the server; returns how many. */
  lockQuarter(periodStart: string, onProgress?: ProgressCallback): Promise<number>;
  /** Whether the signed-in user may sign quarters off (Manage permissions on KPI Measurements). */
  canSignOff(): Promise<boolean>;
}

/** A rating as read for a talk's page: lean (ids only), with its ETag so its author can edit it. */
export interface ITalkRating {
  readonly id: number;
  readonly attendeeId: number;
  readonly rating: number;
  readonly comment?: string;
  readonly etag?: string;
}

/** What the Tech Talks schedule shows, read in at most three requests. */
export interface ITalkSchedule {
  readonly talks: readonly ITechTalk[];
  /** Registrations of the upcoming talks (not yet over), by talk id. */
  readonly registrations: ReadonlyMap<number, readonly IRegistrationFact[]>;
  readonly me: IPersonRef;
  /** Talks read with values the page could not use (shown without them), named. */
  readonly broken?: readonly IBrokenItem[];
}

/** Everything a talk's page shows, read in one request (a $batch). */
export interface ITalkPage {
  readonly talk: ITechTalk;
  readonly registrations: readonly IRegistrationFact[];
  readonly ratings: readonly ITalkRating[];
  readonly attendance?: ITalkAttendance;
  readonly me: IPersonRef;
  /** May edit talks and attendance (the Programme Office, site owners). */
  readonly canManage: boolean;
  /** The talk, ratings or attendance read with values the page could not use (ratings so are not counted), named. */
  readonly broken?: readonly IBrokenItem[];
}

/**
 * Tech Talks reads shaped for the pages, and the one write that needs item permissions: letting a talk's speaker
 * record its attendance.
 */
export interface ITalkService {
  schedule(now: Date): Promise<ITalkSchedule>;
  talkPage(talkId: number): Promise<ITalkPage>;
  /** Ratings of the given talks (ids only, lean), for the past talks' averages: one request for up to 5,000 ratings. */
  ratingsOf(talkIds: readonly number[]): Promise<ReadonlyMap<number, readonly number[]>>;
  /**
   * Saves a talk's attendance (one item per talk). When created, the item stops inheriting and the talk's speaker is
   * given Contribute on it, so the speaker (and the Programme Office) can mark attendance and nobody else can.
   * `clientRequestId` makes a retried first save find the record it already made (see IRepository.add).
   */
  saveAttendance(talk: ITechTalk, attendeeIds: readonly number[], walkIns: number, existing?: ITalkAttendance, clientRequestId?: string): Promise<ITalkAttendance>;
}

export interface IHubServices {
  readonly departments: IRepository<IDepartment>;
  readonly outcomes: IRepository<IStrategyOutcome>;
  /** The Strategy Priorities list: each workstream's key priorities (the Priorities view's scoring is `criteria` and `scores`). */
  readonly priorities: IRepository<IStrategyPriority>;
  readonly initiatives: IRepository<IInitiative>;
  readonly criteria: IRepository<IPrioritisationCriterion>;
  readonly scores: IRepository<IInitiativeScore>;
  readonly scoringRounds: IRepository<IScoringRound>;
  readonly scoringRoundService: IScoringRoundService;
  readonly maturityModels: IRepository<IMaturityModel>;
  readonly maturityDimensions: IRepository<IMaturityDimension>;
  readonly assessmentRounds: IRepository<IAssessmentRound>;
  readonly maturityResponses: IRepository<IMaturityResponse>;
  readonly kpis: IRepository<IKpi>;
  readonly kpiMeasurements: IRepository<IKpiMeasurement>;
  readonly kpiPacks: IRepository<IKpiPack>;
  readonly kpiSecurity: IKpiSecurityService;
  readonly champions: IRepository<IChampion>;
  readonly activities: IRepository<IChampionActivity>;
  readonly activityPoints: IRepository<IActivityPoints>;
  readonly championProfiles: IRepository<IChampionProfile>;
  readonly championNominations: IRepository<IChampionNomination>;
  readonly activityApprovals: IRepository<IActivityApproval>;
  readonly recognitionLevels: IRepository<IRecognitionLevel>;
  readonly departmentHeadcounts: IRepository<IDepartmentHeadcount>;
  /** The champions network's reads that must stay fast at 100,000 activities (one $batch each). */
  readonly championsData: IChampionsData;
  readonly techTalks: IRepository<ITechTalk>;
  readonly talkRegistrations: IRepository<ITalkRegistration>;
  readonly talkFeedback: IRepository<ITalkFeedback>;
  readonly talkAttendance: IRepository<ITalkAttendance>;
  readonly talkProposals: IRepository<ITalkProposal>;
  readonly proposalDecisions: IRepository<IProposalDecision>;
  /** Reviews of proposals: SharePoint answers each reviewer their own only, and the Programme Office all of them. */
  readonly proposalReviews: IRepository<IProposalReview>;
  readonly talks: ITalkService;
  readonly setup: ISetupService;
  readonly people: IPeopleService;
  readonly drafts: IDraftStore;
  readonly preferences: IDevicePreferences;
  readonly roundLocks: IRoundLockService;
  currentUser(): Promise<IPersonRef>;
}
