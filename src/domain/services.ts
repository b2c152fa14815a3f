import {
  IActivityPoints,
  IAssessmentRound,
  IChampion,
  IChampionActivity,
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
  ITalkRegistration,
  ITechTalk
} from './entities';

/**
 * What the features ask of the data layer. src/data implements these over SharePoint; tests pass fakes.
 * Features depend on these shapes only, never on PnPjs or SPFx.
 */

export interface IListQuery {
  /** An OData filter; on a large list its first clause must use an indexed column. */
  readonly filter?: string;
  readonly orderBy?: readonly { readonly field: string; readonly ascending?: boolean }[];
  /** Most items to read (default: all, in pages). */
  readonly top?: number;
  /**
   * Read a list that may hold more than 5,000 items in windows of item ids (each window under the list view
   * threshold), so an indexed filter that matches more than 5,000 items still works.
   */
  readonly byIdWindows?: boolean;
  /**
   * Read only these properties (entity property names, e.g. ['initiative', 'score']) besides id and modified,
   * to cut the bytes of a large read. Lookups and people then carry their id only (title ''), the author too
   * when asked for, and no ETag comes back: use it for reads that are not edited.
   */
  readonly fields?: readonly string[];
}

export interface IListPermissions {
  readonly canAdd: boolean;
  /** May edit every item, not only the ones they created. */
  readonly canEditAll: boolean;
}

export interface IRepository<T extends IEntity> {
  getAll(query?: IListQuery): Promise<T[]>;
  getById(id: number): Promise<T>;
  count(): Promise<number>;
  add(values: Partial<T>): Promise<T>;
  update(id: number, values: Partial<T>, etag: string): Promise<{ etag: string }>;
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

export interface ISetupService {
  /** Titles of the suite's lists the site does not have yet. */
  missingLists(): Promise<string[]>;
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

/**
 * Work in progress kept on this device (the browser's local storage), so a closed tab, a reload or a dropped
 * network loses nothing typed. Keys are namespaced by the caller (e.g. "maturity:12:3").
 */
export interface IDraftStore {
  read<T>(key: string): T | undefined;
  write<T>(key: string, value: T): void;
  remove(key: string): void;
}

/**
 * Closing and reopening maturity assessment rounds. Closing makes the round's responses read-only on the
 * server (item permissions), not only in the UI; reopening gives respondents back their edit rights.
 */
export interface IRoundLockService {
  /** Locks every response of the round; returns how many were locked. */
  lock(roundId: number, onProgress?: ProgressCallback): Promise<number>;
  /** Unlocks every response of the round; returns how many were unlocked. */
  unlock(roundId: number, onProgress?: ProgressCallback): Promise<number>;
}

/**
 * Who may write KPI values, kept by SharePoint: KPI owners get Contribute on KPI Measurements (their own values),
 * and signing off a quarter makes its values read-only with item permissions.
 */
export interface IKpiSecurityService {
  /** Gives every KPI owner in the register Contribute on KPI Measurements; returns who was newly given it. */
  grantOwners(): Promise<string[]>;
  /** Makes every value of the quarter read-only on the server; returns how many. */
  lockQuarter(periodStart: string, onProgress?: ProgressCallback): Promise<number>;
  /** Whether the signed-in user may sign quarters off (Manage permissions on KPI Measurements). */
  canSignOff(): Promise<boolean>;
}

export interface IHubServices {
  readonly departments: IRepository<IDepartment>;
  readonly outcomes: IRepository<IStrategyOutcome>;
  readonly priorities: IRepository<IStrategyPriority>;
  readonly initiatives: IRepository<IInitiative>;
  readonly criteria: IRepository<IPrioritisationCriterion>;
  readonly scores: IRepository<IInitiativeScore>;
  readonly scoringRounds: IRepository<IScoringRound>;
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
  readonly techTalks: IRepository<ITechTalk>;
  readonly talkRegistrations: IRepository<ITalkRegistration>;
  readonly setup: ISetupService;
  readonly people: IPeopleService;
  readonly drafts: IDraftStore;
  readonly roundLocks: IRoundLockService;
  currentUser(): Promise<IPersonRef>;
}
