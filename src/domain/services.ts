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
  IMaturityDimension,
  IMaturityModel,
  IMaturityResponse,
  IPersonRef,
  IPrioritisationCriterion,
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

export interface IHubServices {
  readonly departments: IRepository<IDepartment>;
  readonly outcomes: IRepository<IStrategyOutcome>;
  readonly priorities: IRepository<IStrategyPriority>;
  readonly initiatives: IRepository<IInitiative>;
  readonly criteria: IRepository<IPrioritisationCriterion>;
  readonly scores: IRepository<IInitiativeScore>;
  readonly maturityModels: IRepository<IMaturityModel>;
  readonly maturityDimensions: IRepository<IMaturityDimension>;
  readonly assessmentRounds: IRepository<IAssessmentRound>;
  readonly maturityResponses: IRepository<IMaturityResponse>;
  readonly kpis: IRepository<IKpi>;
  readonly kpiMeasurements: IRepository<IKpiMeasurement>;
  readonly champions: IRepository<IChampion>;
  readonly activities: IRepository<IChampionActivity>;
  readonly activityPoints: IRepository<IActivityPoints>;
  readonly techTalks: IRepository<ITechTalk>;
  readonly talkRegistrations: IRepository<ITalkRegistration>;
  readonly setup: ISetupService;
  currentUser(): Promise<IPersonRef>;
}
