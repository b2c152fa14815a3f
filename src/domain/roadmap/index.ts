/** The Roadmap Board's rules: filtering, URL state, prioritisation, timeline placement and CSV export. */
export type { IFacetCount, IRoadmapFilter, MustDoFilter, RoadmapFacet, RoadmapFacetCounts } from './roadmapFilter';
export { MUST_DO_FILTERS, describeFilter, facetCounts, filterInitiatives, isEmptyFilter, isSmall } from './roadmapFilter';

export type { IRoadmapSort, RoadmapColumn } from './roadmapColumns';
export { COLUMN_HEADINGS, ROADMAP_COLUMNS, columnValue, isRoadmapColumn, sortInitiatives } from './roadmapColumns';

export type { IRoadmapViewState, RoadmapView } from './roadmapUrlState';
export {
  DEFAULT_ROADMAP_VIEW_STATE,
  ROADMAP_QUERY_KEYS,
  ROADMAP_VIEWS,
  fromQuery,
  fromTeamsSubEntityId,
  toQuery,
  toTeamsSubEntityId,
  withRoadmapQuery
} from './roadmapUrlState';

export type { ICriterionMean, InitiativeStanding, IPrioritisation, IProvisionalInitiative, IRankedInitiative, IScoringOptions, IValueEffortPoint, ValueEffortQuadrant } from './prioritisation';
export {
  DEFAULT_QUORUM,
  DEFAULT_SCALE,
  SCORING_RULE,
  quorumOf,
  VALUE_EFFORT_MIDPOINT,
  VALUE_EFFORT_QUADRANTS,
  initiativeStanding,
  latestScoresPerScorer,
  scoreInitiatives,
  valueEffortPoint,
  valueEffortQuadrant
} from './prioritisation';

export type { IDayRange, ITimelinePlacement, ITimelineQuarter } from './timelinePlacement';
export {
  barPosition,
  financialYearLabel,
  parseTimeframeLabel,
  placeOnTimeline,
  positionOnTimeline,
  timelineQuarters,
  timelineRange,
  todayPosition
} from './timelinePlacement';

export type { CsvRanking } from './roadmapCsv';
export { DEFAULT_CSV_COLUMNS, initiativesToCsv, roadmapCsvFileName } from './roadmapCsv';

export { calendarDate, dayString, parseCalendarDate } from './calendarDate';
export type { IBoardColumn, IBoardLane } from './boardLayout';
export { boardLanes, boardStages, stageStep } from './boardLayout';
export type { IInitiativeFormValues, InitiativeFormField, InitiativeFormIssues } from './initiativeForm';
export {
  EFFORT_RANGE,
  NEW_INITIATIVE_STAGE,
  PROGRESS_RANGE,
  TIMEFRAME_MAX_LENGTH,
  TITLE_MAX_LENGTH,
  formFromInitiative,
  hasIssues,
  initiativeFromForm,
  readNumber,
  validateInitiativeForm
} from './initiativeForm';
export type { EditableInitiativeField } from './initiativeChanges';
export { EDITABLE_FIELDS, changedFields, fieldText, overlappingChanges, sameValue } from './initiativeChanges';
export { relativeTime } from './relativeTime';
export type { FilterChipKey, IFilterChip } from './filterChips';
export { FACET_LABELS, clearedFilter, filterChips, removeChip, toggleFacetValue } from './filterChips';
export { defaultsFromPage, isWorkstreamShown, settingsDefaults, toggleShownWorkstream } from './webPartSettings';
