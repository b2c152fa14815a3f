import * as C from '../../domain/vocabulary';
import { REVIEW_SCALE } from '../../domain/talks/reviews';
import { DEFAULT_SCALE } from '../../domain/roadmap/prioritisation';
import { storedAnswersIssue } from '../../domain/maturity/validateResponse';
import { IFieldDefinition, IListDefinition, ListKey } from './fieldTypes';

/**
 * The one definition of every SharePoint list the suite keeps (README.md "The lists" describes them).
 * Provisioning, item mapping, `$select` lists, validation and the local SharePoint's content all read it.
 */

/** Marks records invented for the demo, so they are never mistaken for the council's figures. */
const isSample: IFieldDefinition = { internalName: 'IsSample', title: 'Sample data', kind: 'Boolean', defaultValue: '0' };
/** Where a record came from (e.g. "Roadmap 2021-24, Appendix C, Table 1"). */
const source: IFieldDefinition = { internalName: 'Source', title: 'Source', kind: 'Text', maxLength: 255 };

const departments: IListDefinition = {
  key: 'departments',
  title: 'Departments',
  description: 'Departments and institutions of the organisation.',
  titleField: { title: 'Department', required: true, maxLength: 255 },
  editors: 'programmeOffice',
  uniqueKeys: [['Title']],
  fields: [
    { internalName: 'ShortName', title: 'Short name', kind: 'Text', maxLength: 40 },
    { internalName: 'Group', title: 'Group', kind: 'Choice', choices: C.DEPARTMENT_GROUPS, defaultValue: 'Corporation' },
    { internalName: 'Active', title: 'Active', kind: 'Boolean', defaultValue: '1' },
    // Who answers the department's maturity survey: opening a round gives them Contribute on its response item.
    { internalName: 'Respondents', title: 'Survey respondents', kind: 'User', multi: true },
    { internalName: 'RespondentsAreSample', title: 'Respondents are sample data', kind: 'Boolean', defaultValue: '0' },
    isSample,
    source
  ]
};

const outcomes: IListDefinition = {
  key: 'outcomes',
  title: 'Strategy Outcomes',
  description: 'The outcomes of the Digital, Data & Technology Strategy 2024-29.',
  titleField: { title: 'Outcome', required: true, maxLength: 255 },
  editors: 'programmeOffice',
  fields: [
    { internalName: 'Description', title: 'Description', kind: 'Note' },
    { internalName: 'Order', title: 'Order', kind: 'Number', min: 0 },
    isSample,
    source
  ]
};

const priorities: IListDefinition = {
  key: 'priorities',
  title: 'Strategy Priorities',
  description: 'The key priorities of each strategy workstream.',
  titleField: { title: 'Priority', required: true, maxLength: 255 },
  editors: 'programmeOffice',
  fields: [
    { internalName: 'Description', title: 'Description', kind: 'Note' },
    { internalName: 'Workstream', title: 'Workstream', kind: 'Choice', choices: C.WORKSTREAMS, indexed: true, required: true },
    { internalName: 'Order', title: 'Order', kind: 'Number', min: 0 },
    isSample,
    source
  ]
};

const initiatives: IListDefinition = {
  key: 'initiatives',
  title: 'Roadmap Initiatives',
  description: 'Strategy initiatives: the roadmap.',
  titleField: { title: 'Initiative', required: true, maxLength: 255 },
  editors: 'programmeOffice',
  dateOrder: [['startDate', 'endDate']],
  fields: [
    { internalName: 'Description', title: 'Description', kind: 'Note' },
    { internalName: 'Workstream', title: 'Workstream', kind: 'Choice', choices: C.WORKSTREAMS, indexed: true, required: true },
    { internalName: 'Stage', title: 'Stage', kind: 'Choice', choices: C.STAGES, indexed: true, required: true, defaultValue: 'Proposed' },
    { internalName: 'WaysOfWorking', title: 'Ways of working', kind: 'MultiChoice', choices: C.WAYS_OF_WORKING },
    { internalName: 'StartDate', title: 'Start date', kind: 'DateTime', dateOnly: true, indexed: true },
    { internalName: 'EndDate', title: 'End date', kind: 'DateTime', dateOnly: true, indexed: true },
    { internalName: 'TimeframeLabel', title: 'Timeframe', kind: 'Text', maxLength: 60 },
    { internalName: 'CorporatePlanOutcomes', title: 'Corporate Plan outcomes', kind: 'MultiChoice', choices: C.CORPORATE_PLAN_OUTCOMES },
    { internalName: 'Department', title: 'Department', kind: 'Lookup', lookupList: 'departments' },
    { internalName: 'Owner', title: 'Owner', kind: 'User' },
    { internalName: 'Sponsor', title: 'Sponsor', kind: 'User' },
    { internalName: 'GovernanceTier', title: 'Governance tier', kind: 'Choice', choices: C.GOVERNANCE_TIERS },
    { internalName: 'MustDo', title: 'Must do', kind: 'Boolean', defaultValue: '0' },
    { internalName: 'EffortMonths', title: 'Effort (months)', kind: 'Number', min: 0, max: 120 },
    { internalName: 'Progress', title: 'Progress (%)', kind: 'Number', min: 0, max: 100 },
    { internalName: 'Health', title: 'Health', kind: 'Choice', choices: C.HEALTH },
    { internalName: 'Notes', title: 'Notes', kind: 'Note' },
    isSample,
    source
  ]
};

const criteria: IListDefinition = {
  key: 'criteria',
  title: 'Prioritisation Criteria',
  description: 'The agreed scoring system: benefit and cost criteria with weights.',
  titleField: { title: 'Criterion', required: true, maxLength: 255 },
  editors: 'programmeOffice',
  fields: [
    { internalName: 'Description', title: 'Description', kind: 'Note' },
    { internalName: 'Weight', title: 'Weight', kind: 'Number', required: true, min: 0, max: 100 },
    { internalName: 'Kind', title: 'Kind', kind: 'Choice', choices: C.CRITERION_KINDS, required: true, defaultValue: 'Benefit' },
    { internalName: 'Scale', title: 'Maximum score', kind: 'Number', min: 1, max: 10, defaultValue: '5' },
    { internalName: 'Order', title: 'Order', kind: 'Number', min: 0 },
    { internalName: 'Active', title: 'Active', kind: 'Boolean', defaultValue: '1' },
    isSample
  ]
};

const scoringRounds: IListDefinition = {
  key: 'scoringRounds',
  title: 'Scoring Rounds',
  description: 'Prioritisation scoring rounds. Scorers score while a round is Open; a score\'s ScoringRound holds the round\'s title.',
  titleField: { title: 'Round', required: true, maxLength: 60 },
  editors: 'programmeOffice',
  dateOrder: [['opensOn', 'closesOn']],
  uniqueKeys: [['Title']],
  fields: [
    { internalName: 'Description', title: 'Description', kind: 'Note' },
    { internalName: 'Status', title: 'Status', kind: 'Choice', choices: C.ROUND_STATUSES, indexed: true, required: true, defaultValue: 'Draft' },
    { internalName: 'OpensOn', title: 'Opens on', kind: 'DateTime', dateOnly: true },
    { internalName: 'ClosesOn', title: 'Closes on', kind: 'DateTime', dateOnly: true },
    { internalName: 'Quorum', title: 'Scorers needed for a rank', kind: 'Number', min: 0, max: 50, wholeNumber: true, defaultValue: '3' },
    // Written when the round closes: its ranking frozen (figures only, no scorers or rationales; src/domain/roadmap/rankingSnapshot.ts).
    { internalName: 'Ranking', title: 'Ranking at closing', kind: 'Note' },
    isSample
  ]
};

const scores: IListDefinition = {
  key: 'scores',
  title: 'Initiative Scores',
  description: 'Scoring panel members\' scores of initiatives, one folder per scorer (named by their user id) that only they read and add to; the Programme Office reads all. Scorer = the folder\'s owner, never Created By.',
  titleField: { title: 'Title', required: false, maxLength: 255 },
  editors: 'ownFolders',
  privateFolders: { group: 'Scoring Panel' },
  large: true,
  uniqueKeys: [['Initiative', 'Criterion', 'ScoringRound', 'Author']],
  fields: [
    { internalName: 'Initiative', title: 'Initiative', kind: 'Lookup', lookupList: 'initiatives', indexed: true, required: true },
    { internalName: 'Criterion', title: 'Criterion', kind: 'Lookup', lookupList: 'criteria', required: true },
    {
      internalName: 'Score',
      title: 'Score',
      kind: 'Number',
      required: true,
      min: 0,
      max: 10,
      wholeNumber: true,
      maxFrom: { lookup: 'Criterion', field: 'Scale', fallback: DEFAULT_SCALE, name: 'the criterion\'s maximum score' }
    },
    { internalName: 'Rationale', title: 'Rationale', kind: 'Note' },
    { internalName: 'ScoringRound', title: 'Scoring round', kind: 'Text', maxLength: 60, indexed: true, required: true },
    isSample
  ]
};

const maturityModels: IListDefinition = {
  key: 'maturityModels',
  title: 'Maturity Models',
  description: 'Maturity models: level names and description.',
  titleField: { title: 'Model', required: true, maxLength: 255 },
  editors: 'programmeOffice',
  fields: [
    { internalName: 'Description', title: 'Description', kind: 'Note' },
    { internalName: 'LevelNames', title: 'Level names', kind: 'Note', required: true },
    { internalName: 'Active', title: 'Active', kind: 'Boolean', defaultValue: '1' },
    isSample,
    source
  ]
};

const maturityDimensions: IListDefinition = {
  key: 'maturityDimensions',
  title: 'Maturity Dimensions',
  description: 'The dimensions of each maturity model, with a descriptor per level.',
  titleField: { title: 'Dimension', required: true, maxLength: 255 },
  editors: 'programmeOffice',
  fields: [
    { internalName: 'Model', title: 'Model', kind: 'Lookup', lookupList: 'maturityModels', indexed: true, required: true },
    { internalName: 'Order', title: 'Order', kind: 'Number', min: 0 },
    { internalName: 'Level1', title: 'Level 1', kind: 'Text', maxLength: 255 },
    { internalName: 'Level2', title: 'Level 2', kind: 'Text', maxLength: 255 },
    { internalName: 'Level3', title: 'Level 3', kind: 'Text', maxLength: 255 },
    { internalName: 'Level4', title: 'Level 4', kind: 'Text', maxLength: 255 },
    { internalName: 'Level5', title: 'Level 5', kind: 'Text', maxLength: 255 },
    { internalName: 'Guidance', title: 'Guidance', kind: 'Note' },
    isSample,
    source
  ]
};

const assessmentRounds: IListDefinition = {
  key: 'assessmentRounds',
  title: 'Assessment Rounds',
  description: 'Maturity assessment rounds: when they open and close.',
  titleField: { title: 'Round', required: true, maxLength: 255 },
  editors: 'programmeOffice',
  dateOrder: [['opensOn', 'closesOn']],
  fields: [
    { internalName: 'Model', title: 'Model', kind: 'Lookup', lookupList: 'maturityModels', required: true },
    { internalName: 'OpensOn', title: 'Opens on', kind: 'DateTime', dateOnly: true },
    { internalName: 'ClosesOn', title: 'Closes on', kind: 'DateTime', dateOnly: true },
    { internalName: 'Status', title: 'Status', kind: 'Choice', choices: C.ROUND_STATUSES, required: true, defaultValue: 'Draft' },
    { internalName: 'TargetYear', title: 'Target year', kind: 'Number', min: 2000, max: 2100, wholeNumber: true },
    // Written by opening and closing the round (src/data/maturity/roundLocks.ts; reading rules in src/domain/maturity).
    { internalName: 'ResponseRegister', title: 'Responses counted', kind: 'Note' },
    { internalName: 'ResultsSnapshot', title: 'Results when closed', kind: 'Note' },
    isSample
  ]
};

const maturityResponses: IListDefinition = {
  key: 'maturityResponses',
  title: 'Maturity Responses',
  description: 'Each department\'s maturity assessment, one per round, shared by the department\'s respondents.',
  titleField: { title: 'Title', required: false, maxLength: 255 },
  // Members only read; opening a round creates each department's response with Contribute for its respondents
  // (item permissions, src/data/maturity/roundLocks.ts), so nobody adds or writes another department's response.
  editors: 'programmeOffice',
  programmeOfficeLocksItems: true,
  uniqueKeys: [['Round', 'Department']],
  fields: [
    { internalName: 'Round', title: 'Round', kind: 'Lookup', lookupList: 'assessmentRounds', indexed: true, required: true },
    { internalName: 'Department', title: 'Department', kind: 'Lookup', lookupList: 'departments', indexed: true, required: true },
    { internalName: 'Answers', title: 'Answers', kind: 'Note', format: storedAnswersIssue },
    { internalName: 'Status', title: 'Status', kind: 'Choice', choices: C.RESPONSE_STATUSES, indexed: true, required: true, defaultValue: 'Draft' },
    { internalName: 'SubmittedOn', title: 'Submitted on', kind: 'DateTime' },
    { internalName: 'SubmittedBy', title: 'Submitted by', kind: 'User' },
    { internalName: 'OverallCurrent', title: 'Overall current level', kind: 'Number', min: 0, max: 10 },
    { internalName: 'OverallTarget', title: 'Overall target level', kind: 'Number', min: 0, max: 10 },
    isSample
  ]
};

const kpis: IListDefinition = {
  key: 'kpis',
  title: 'Strategy KPIs',
  description: 'The strategy\'s performance measures and their targets (the register).',
  titleField: { title: 'Measure', required: true, maxLength: 255 },
  editors: 'programmeOffice',
  fields: [
    { internalName: 'Outcome', title: 'Outcome', kind: 'Choice', choices: C.OUTCOMES, indexed: true, required: true },
    { internalName: 'Description', title: 'Description', kind: 'Note' },
    { internalName: 'Unit', title: 'Unit', kind: 'Choice', choices: C.KPI_UNITS, required: true, defaultValue: 'Percent' },
    { internalName: 'Polarity', title: 'Polarity', kind: 'Choice', choices: C.KPI_POLARITIES, required: true, defaultValue: 'Higher is better' },
    { internalName: 'Target', title: 'Target', kind: 'Number' },
    { internalName: 'TargetsByYear', title: 'Targets by year', kind: 'Note' },
    { internalName: 'TargetIsSample', title: 'Target is sample data', kind: 'Boolean', defaultValue: '0' },
    { internalName: 'Tolerance', title: 'Tolerance', kind: 'Number', min: 0, defaultValue: '5' },
    { internalName: 'ToleranceKind', title: 'Tolerance is given', kind: 'Choice', choices: C.TOLERANCE_KINDS, defaultValue: 'Percent' },
    { internalName: 'Frequency', title: 'Frequency', kind: 'Choice', choices: C.FREQUENCIES, defaultValue: 'Quarterly' },
    { internalName: 'Owner', title: 'Owner', kind: 'User' },
    { internalName: 'OwnerIsSample', title: 'Owner is sample data', kind: 'Boolean', defaultValue: '0' },
    { internalName: 'Baseline', title: 'Baseline', kind: 'Number' },
    { internalName: 'BaselinePeriod', title: 'Baseline period', kind: 'Text', maxLength: 40 },
    { internalName: 'DataSource', title: 'Data source', kind: 'Text', maxLength: 255 },
    { internalName: 'ComputedFrom', title: 'Computed from', kind: 'Choice', choices: C.KPI_COMPUTED_SOURCES },
    { internalName: 'Order', title: 'Order', kind: 'Number', min: 0 },
    { internalName: 'Active', title: 'Active', kind: 'Boolean', defaultValue: '1' },
    isSample,
    source
  ]
};

const kpiMeasurements: IListDefinition = {
  key: 'kpiMeasurements',
  title: 'KPI Measurements',
  description: 'Check-ins: the value of each KPI per reporting period, with commentary and corrective actions. One folder per KPI owner (named by their user id) that only they add to; the Programme Office adds at the root. A value counts only at the root or in its measure owner\'s folder.',
  titleField: { title: 'Title', required: false, maxLength: 255 },
  editors: 'ownFolders',
  programmeOfficeLocksItems: true,
  versioning: true,
  large: true,
  uniqueKeys: [['Kpi', 'PeriodStart']],
  fields: [
    { internalName: 'Kpi', title: 'KPI', kind: 'Lookup', lookupList: 'kpis', indexed: true, required: true },
    { internalName: 'PeriodStart', title: 'Period start', kind: 'DateTime', dateOnly: true, indexed: true, required: true },
    { internalName: 'PeriodLabel', title: 'Period', kind: 'Text', maxLength: 40 },
    { internalName: 'Value', title: 'Value', kind: 'Number' },
    { internalName: 'Commentary', title: 'Commentary', kind: 'Note' },
    { internalName: 'CorrectiveAction', title: 'Corrective action', kind: 'Note' },
    { internalName: 'ActionOwner', title: 'Action owner', kind: 'User' },
    { internalName: 'ActionDue', title: 'Action due', kind: 'DateTime', dateOnly: true },
    { internalName: 'ChangeLog', title: 'Change log', kind: 'Note' },
    isSample
  ]
};

const kpiPacks: IListDefinition = {
  key: 'kpiPacks',
  title: 'KPI Committee Packs',
  description: 'Signed-off quarters: a frozen snapshot of what the committee was told. Only the Programme Office writes here.',
  titleField: { title: 'Pack', required: true, maxLength: 255 },
  editors: 'programmeOffice',
  uniqueKeys: [['PeriodStart']],
  fields: [
    { internalName: 'PeriodStart', title: 'Period start', kind: 'DateTime', dateOnly: true, indexed: true, required: true },
    { internalName: 'PeriodLabel', title: 'Period', kind: 'Text', maxLength: 40 },
    { internalName: 'Snapshot', title: 'Snapshot', kind: 'Note', required: true },
    { internalName: 'SignedOffBy', title: 'Signed off by', kind: 'User' },
    { internalName: 'SignedOffAt', title: 'Signed off at', kind: 'DateTime' },
    isSample
  ]
};

const champions: IListDefinition = {
  key: 'champions',
  title: 'Digital Champions',
  description: 'The digital champions network: who is a champion, their department and status. Only the programme office edits it.',
  titleField: { title: 'Name', required: false, maxLength: 255 },
  editors: 'programmeOffice',
  fields: [
    { internalName: 'Champion', title: 'Champion', kind: 'User', indexed: true, unique: true, required: true },
    { internalName: 'Department', title: 'Department', kind: 'Lookup', lookupList: 'departments', indexed: true },
    { internalName: 'Since', title: 'Champion since', kind: 'DateTime', dateOnly: true },
    { internalName: 'Status', title: 'Status', kind: 'Choice', choices: C.CHAMPION_STATUSES, indexed: true, defaultValue: 'Nominated' },
    { internalName: 'Nomination', title: 'Nomination', kind: 'Lookup', lookupList: 'championNominations' },
    { internalName: 'OfficeNotes', title: 'Programme office notes', kind: 'Note' },
    isSample
  ]
};

const championProfiles: IListDefinition = {
  key: 'championProfiles',
  title: 'Champion Profiles',
  description: 'Each champion\'s own profile: expertise, ways of working, availability, bio, leaderboard opt-out. Champion = Created By.',
  titleField: { title: 'Title', required: false, maxLength: 255 },
  editors: 'ownItems',
  uniqueKeys: [['Author']],
  fields: [
    { internalName: 'ExpertiseAreas', title: 'Expertise areas', kind: 'MultiChoice', choices: C.EXPERTISE_AREAS },
    { internalName: 'WaysOfWorking', title: 'Ways of working showcased', kind: 'MultiChoice', choices: C.WAYS_OF_WORKING },
    { internalName: 'Availability', title: 'Availability', kind: 'Text', maxLength: 255 },
    { internalName: 'Bio', title: 'Bio', kind: 'Note' },
    { internalName: 'LeaderboardOptOut', title: 'Leave me off the public leaderboard', kind: 'Boolean', defaultValue: '0' },
    isSample
  ]
};

const championNominations: IListDefinition = {
  key: 'championNominations',
  title: 'Champion Nominations',
  description: 'Nominations to the champions network, by the nominee or their manager. Nominator = Created By. The decision is the nominee\'s record in Digital Champions.',
  titleField: { title: 'Title', required: false, maxLength: 255 },
  editors: 'ownItems',
  fields: [
    { internalName: 'Nominee', title: 'Nominee', kind: 'User', indexed: true, required: true },
    { internalName: 'Department', title: 'Department', kind: 'Lookup', lookupList: 'departments' },
    { internalName: 'ExpertiseAreas', title: 'Expertise areas', kind: 'MultiChoice', choices: C.EXPERTISE_AREAS },
    { internalName: 'Reason', title: 'Why this person', kind: 'Note' },
    isSample
  ]
};

const activities: IListDefinition = {
  key: 'activities',
  title: 'Champion Activities',
  description: 'Activities logged by digital champions, one folder per champion (named by their user id) that only they add to. Champion = the folder\'s owner, never Created By.',
  titleField: { title: 'Activity', required: true, maxLength: 255 },
  editors: 'ownFolders',
  large: true,
  fields: [
    { internalName: 'ActivityType', title: 'Activity type', kind: 'Choice', choices: C.ACTIVITY_TYPES, required: true },
    { internalName: 'ActivityDate', title: 'Date', kind: 'DateTime', dateOnly: true, indexed: true, required: true },
    { internalName: 'Department', title: 'Department', kind: 'Lookup', lookupList: 'departments', indexed: true },
    { internalName: 'Hours', title: 'Hours', kind: 'Number', min: 0, max: 100 },
    { internalName: 'PeopleReached', title: 'People reached', kind: 'Number', min: 0, max: 100000, wholeNumber: true },
    { internalName: 'WaysOfWorking', title: 'Ways of working shown', kind: 'MultiChoice', choices: C.WAYS_OF_WORKING },
    { internalName: 'Link', title: 'Link', kind: 'URL' },
    { internalName: 'Notes', title: 'Notes', kind: 'Note' },
    isSample
  ]
};

const activityPoints: IListDefinition = {
  key: 'activityPoints',
  title: 'Activity Points',
  description: 'The points rule: points per champion activity type, a monthly cap per type, and types that need approval.',
  titleField: { title: 'Title', required: false, maxLength: 255 },
  editors: 'programmeOffice',
  uniqueKeys: [['ActivityType']],
  fields: [
    { internalName: 'ActivityType', title: 'Activity type', kind: 'Choice', choices: C.ACTIVITY_TYPES, required: true },
    { internalName: 'Points', title: 'Points', kind: 'Number', required: true, min: 0, max: 1000, wholeNumber: true },
    { internalName: 'MonthlyCap', title: 'Most that earn points per champion per month', kind: 'Number', min: 0, max: 100, wholeNumber: true },
    { internalName: 'RequiresApproval', title: 'Needs the programme office\'s approval', kind: 'Boolean', defaultValue: '0' },
    isSample
  ]
};

const activityApprovals: IListDefinition = {
  key: 'activityApprovals',
  title: 'Activity Approvals',
  description: 'The programme office\'s decisions on activities whose type needs approval. Decided by = Created By.',
  titleField: { title: 'Title', required: false, maxLength: 255 },
  editors: 'programmeOffice',
  uniqueKeys: [['Activity']],
  fields: [
    { internalName: 'Activity', title: 'Activity', kind: 'Lookup', lookupList: 'activities', indexed: true, required: true },
    { internalName: 'Champion', title: 'Champion', kind: 'User', indexed: true, required: true },
    { internalName: 'ActivityDate', title: 'Activity date', kind: 'DateTime', dateOnly: true, indexed: true, required: true },
    { internalName: 'Decision', title: 'Decision', kind: 'Choice', choices: C.APPROVAL_DECISIONS, required: true },
    { internalName: 'Comment', title: 'Comment', kind: 'Note' },
    isSample
  ]
};

const recognitionLevels: IListDefinition = {
  key: 'recognitionLevels',
  title: 'Recognition Levels',
  description: 'Recognition levels of the champions network and the points each needs.',
  titleField: { title: 'Level', required: true, maxLength: 100 },
  editors: 'programmeOffice',
  uniqueKeys: [['Title']],
  fields: [
    { internalName: 'MinPoints', title: 'Points needed', kind: 'Number', required: true, min: 0, max: 1000000, wholeNumber: true },
    { internalName: 'Description', title: 'Description', kind: 'Note' },
    isSample
  ]
};

const departmentHeadcounts: IListDefinition = {
  key: 'departmentHeadcounts',
  title: 'Department Headcounts',
  description: 'Staff per department, for the champions network\'s coverage against its target.',
  titleField: { title: 'Title', required: false, maxLength: 255 },
  editors: 'programmeOffice',
  uniqueKeys: [['Department']],
  fields: [
    { internalName: 'Department', title: 'Department', kind: 'Lookup', lookupList: 'departments', indexed: true, required: true },
    { internalName: 'Headcount', title: 'Headcount', kind: 'Number', required: true, min: 0, max: 1000000, wholeNumber: true },
    isSample
  ]
};

// ---- Tech Talks (issue 11). Who may write what is set by the lists' permissions, see README "Tech Talks".
const techTalks: IListDefinition = {
  key: 'techTalks',
  title: 'Tech Talks',
  description: 'The monthly Tech Talks. The item\'s version (its ETag) is the calendar invitation\'s SEQUENCE.',
  titleField: { title: 'Talk', required: true, maxLength: 255 },
  editors: 'programmeOffice',
  fields: [
    { internalName: 'Abstract', title: 'Abstract', kind: 'Note' },
    { internalName: 'Speaker', title: 'Speaker', kind: 'User' },
    { internalName: 'SpeakerName', title: 'Speaker name', kind: 'Text', maxLength: 255 },
    { internalName: 'StartsAt', title: 'Starts at', kind: 'DateTime', indexed: true, required: true },
    { internalName: 'DurationMinutes', title: 'Duration (minutes)', kind: 'Number', min: 5, max: 480, wholeNumber: true, defaultValue: '45' },
    { internalName: 'Format', title: 'Format', kind: 'Choice', choices: C.TALK_FORMATS, defaultValue: 'Teams' },
    { internalName: 'Location', title: 'Location', kind: 'Text', maxLength: 255 },
    { internalName: 'JoinUrl', title: 'Join link', kind: 'URL' },
    { internalName: 'RecordingUrl', title: 'Recording', kind: 'URL', httpsOnly: true },
    { internalName: 'SlidesUrl', title: 'Slides', kind: 'URL', httpsOnly: true },
    { internalName: 'Topics', title: 'Topics', kind: 'MultiChoice', choices: C.TALK_TOPICS, fillIn: true },
    { internalName: 'Capacity', title: 'Capacity', kind: 'Number', min: 0, max: 5000, wholeNumber: true },
    { internalName: 'RegistrationClosesAt', title: 'Registration closes', kind: 'DateTime' },
    { internalName: 'Status', title: 'Status', kind: 'Choice', choices: C.TALK_STATUSES, indexed: true, required: true, defaultValue: 'Scheduled' },
    isSample
  ]
};

const talkRegistrations: IListDefinition = {
  key: 'talkRegistrations',
  title: 'Talk Registrations',
  description: 'Registrations for Tech Talks. Attendee = Created By; a place or the waitlist follows the item ids.',
  titleField: { title: 'Title', required: false, maxLength: 255 },
  editors: 'ownItems',
  large: true,
  uniqueKeys: [['Talk', 'Author']],
  fields: [
    { internalName: 'Talk', title: 'Talk', kind: 'Lookup', lookupList: 'techTalks', indexed: true, required: true },
    isSample
  ]
};

const talkFeedback: IListDefinition = {
  key: 'talkFeedback',
  title: 'Talk Feedback',
  description: 'Attendees\' ratings and comments on Tech Talks, one per talk and person. Attendee = Created By.',
  titleField: { title: 'Title', required: false, maxLength: 255 },
  editors: 'ownItems',
  large: true,
  uniqueKeys: [['Talk', 'Author']],
  fields: [
    { internalName: 'Talk', title: 'Talk', kind: 'Lookup', lookupList: 'techTalks', indexed: true, required: true },
    { internalName: 'Rating', title: 'Rating', kind: 'Number', required: true, min: 1, max: 5, wholeNumber: true },
    { internalName: 'Comment', title: 'Comment', kind: 'Note' },
    isSample
  ]
};

const talkAttendance: IListDefinition = {
  key: 'talkAttendance',
  title: 'Talk Attendance',
  description: 'Who attended each Tech Talk, one item per talk, kept by the Programme Office and the talk\'s speaker.',
  titleField: { title: 'Title', required: false, maxLength: 255 },
  editors: 'programmeOffice',
  programmeOfficeLocksItems: true,
  uniqueKeys: [['Talk']],
  fields: [
    { internalName: 'Talk', title: 'Talk', kind: 'Lookup', lookupList: 'techTalks', indexed: true, required: true },
    { internalName: 'AttendeeIds', title: 'Attendees (user ids)', kind: 'Note' },
    { internalName: 'WalkIns', title: 'Walk-ins not named', kind: 'Number', min: 0, max: 10000, wholeNumber: true, defaultValue: '0' },
    isSample
  ]
};

const talkProposals: IListDefinition = {
  key: 'talkProposals',
  title: 'Talk Proposals',
  description: 'Proposed Tech Talks. Proposer = Created By; the decision is in Talk Proposal Decisions.',
  titleField: { title: 'Talk title', required: true, maxLength: 255 },
  editors: 'ownItems',
  fields: [
    { internalName: 'Abstract', title: 'Abstract', kind: 'Note', required: true },
    { internalName: 'Speakers', title: 'Speaker(s)', kind: 'Text', maxLength: 255, required: true },
    { internalName: 'PreferredMonth', title: 'Preferred month', kind: 'Text', maxLength: 7 },
    { internalName: 'AudienceLevel', title: 'Audience level', kind: 'Choice', choices: C.AUDIENCE_LEVELS, defaultValue: 'Introductory' },
    { internalName: 'Topics', title: 'Topics', kind: 'MultiChoice', choices: C.TALK_TOPICS, fillIn: true },
    isSample
  ]
};

const proposalDecisions: IListDefinition = {
  key: 'proposalDecisions',
  title: 'Talk Proposal Decisions',
  description: 'The Programme Office\'s decision on each talk proposal: accepted, scheduled (with its talk) or declined (with a reason).',
  titleField: { title: 'Title', required: false, maxLength: 255 },
  editors: 'programmeOffice',
  uniqueKeys: [['Proposal']],
  fields: [
    { internalName: 'Proposal', title: 'Proposal', kind: 'Lookup', lookupList: 'talkProposals', indexed: true, required: true },
    { internalName: 'Status', title: 'Decision', kind: 'Choice', choices: C.PROPOSAL_DECISIONS, required: true, indexed: true },
    { internalName: 'Reason', title: 'Reason', kind: 'Note' },
    { internalName: 'Talk', title: 'Talk', kind: 'Lookup', lookupList: 'techTalks' },
    isSample
  ]
};

const proposalReviews: IListDefinition = {
  key: 'proposalReviews',
  title: 'Talk Proposal Reviews',
  description: 'Reviewers\' scores (1 to 5) and comments on talk proposals, one per proposal and reviewer. Reviewer = Created By. Each reviewer reads only their own; the Programme Office reads all.',
  titleField: { title: 'Title', required: false, maxLength: 255 },
  editors: 'ownItems',
  contributorsGroup: 'Talk Reviewers',
  readOwnItemsOnly: true,
  uniqueKeys: [['Proposal', 'Author']],
  fields: [
    { internalName: 'Proposal', title: 'Proposal', kind: 'Lookup', lookupList: 'talkProposals', indexed: true, required: true },
    { internalName: 'Score', title: 'Score', kind: 'Number', required: true, min: REVIEW_SCALE.min, max: REVIEW_SCALE.max, wholeNumber: true },
    { internalName: 'Comment', title: 'Comment', kind: 'Note' },
    isSample
  ]
};

/**
 * On every list: the id the app gives an item it adds (IEntity.clientRequestId), unique, so an add sent twice (PnPjs
 * retrying an answer that was lost, the user pressing Add again, a draft saved again after a reload) makes one item:
 * SharePoint refuses the second, and the repository then reads the first by this id (src/data/ListRepository.ts).
 */
export const clientRequestId: IFieldDefinition = {
  internalName: 'ClientRequestId',
  title: 'Client request id',
  kind: 'Text',
  maxLength: 64,
  indexed: true,
  unique: true,
  hidden: true
};

const withClientRequestId = (def: IListDefinition): IListDefinition => ({ ...def, fields: [...def.fields, clientRequestId] });

/** Every list, in provisioning order: a lookup's target comes before the list that points at it. */
export const LISTS: readonly IListDefinition[] = ([
  departments,
  outcomes,
  priorities,
  initiatives,
  criteria,
  scoringRounds,
  scores,
  maturityModels,
  maturityDimensions,
  assessmentRounds,
  maturityResponses,
  kpis,
  kpiMeasurements,
  kpiPacks,
  championNominations,
  champions,
  championProfiles,
  activities,
  activityPoints,
  activityApprovals,
  recognitionLevels,
  departmentHeadcounts,
  techTalks,
  talkRegistrations,
  talkFeedback,
  talkAttendance,
  talkProposals,
  proposalDecisions,
  proposalReviews
] as const).map(withClientRequestId);

const byKey = new Map<ListKey, IListDefinition>(LISTS.map((l) => [l.key, l]));

export function listDefinition(key: ListKey): IListDefinition {
  const def = byKey.get(key);
  if (!def) throw new Error(`No list is defined with key '${key}'.`);
  return def;
}
