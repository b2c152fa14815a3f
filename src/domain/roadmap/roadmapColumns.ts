import { IInitiative } from '../entities';
import { corporatePlanOutcomeLabel, HEALTH, STAGES, WORKSTREAMS } from '../vocabulary';
import { calendarDate } from './calendarDate';
import { placeOnTimeline } from './timelinePlacement';

/** The Table view's and the CSV export's columns: an initiative's fields as plain values. */
export const ROADMAP_COLUMNS = [
  'id',
  'title',
  'workstream',
  'stage',
  'waysOfWorking',
  'timeframe',
  'startDate',
  'endDate',
  'corporatePlanOutcomes',
  'department',
  'owner',
  'sponsor',
  'governanceTier',
  'mustDo',
  'effortMonths',
  'progress',
  'health',
  'description',
  'notes'
] as const;

export type RoadmapColumn = (typeof ROADMAP_COLUMNS)[number];

export const COLUMN_HEADINGS: { readonly [C in RoadmapColumn]: string } = {
  id: 'ID',
  title: 'Initiative',
  workstream: 'Workstream',
  stage: 'Stage',
  waysOfWorking: 'Ways of working',
  timeframe: 'Timeframe',
  startDate: 'Start date',
  endDate: 'End date',
  corporatePlanOutcomes: 'Corporate Plan outcomes',
  department: 'Department',
  owner: 'Owner',
  sponsor: 'Sponsor',
  governanceTier: 'Governance tier',
  mustDo: 'Must do',
  effortMonths: 'Effort (months)',
  progress: 'Progress (%)',
  health: 'Health',
  description: 'Description',
  notes: 'Notes'
};

export interface IRoadmapSort {
  readonly column: RoadmapColumn;
  readonly descending: boolean;
}

export const isRoadmapColumn = (value: string): value is RoadmapColumn => (ROADMAP_COLUMNS as readonly string[]).includes(value);

const joined = (values: readonly string[] | undefined): string | undefined => (values && values.length > 0 ? values.join('; ') : undefined);

/**
 * A column's value as shown and exported: people and lookups by title, multi-values joined with "; ",
 * dates as YYYY-MM-DD, must-do as Yes/No, numbers as numbers; undefined when empty.
 */
export function columnValue(item: IInitiative, column: RoadmapColumn): string | number | undefined {
  switch (column) {
    case 'id':
      return item.id;
    case 'title':
      return item.title;
    case 'workstream':
      return item.workstream;
    case 'stage':
      return item.stage;
    case 'waysOfWorking':
      return joined(item.waysOfWorking);
    case 'timeframe':
      return item.timeframeLabel || undefined;
    case 'startDate':
      return calendarDate(item.startDate);
    case 'endDate':
      return calendarDate(item.endDate);
    case 'corporatePlanOutcomes':
      return joined(item.corporatePlanOutcomes?.map(corporatePlanOutcomeLabel));
    case 'department':
      return item.department?.title;
    case 'owner':
      return item.owner?.title;
    case 'sponsor':
      return item.sponsor?.title;
    case 'governanceTier':
      return item.governanceTier;
    case 'mustDo':
      return item.mustDo ? 'Yes' : 'No';
    case 'effortMonths':
      return item.effortMonths;
    case 'progress':
      return item.progress;
    case 'health':
      return item.health;
    case 'description':
      return item.description;
    case 'notes':
      return item.notes;
  }
}

const rankIn = (vocabulary: readonly string[], value: string | undefined): number | undefined => {
  const index = value === undefined ? -1 : vocabulary.indexOf(value);
  return index < 0 ? undefined : index;
};

/** What a column sorts by: choices in the vocabulary's order, timeframes by where they sit on the timeline. */
function sortKey(item: IInitiative, column: RoadmapColumn): string | number | undefined {
  switch (column) {
    case 'workstream':
      return rankIn(WORKSTREAMS, item.workstream);
    case 'stage':
      return rankIn(STAGES, item.stage);
    case 'health':
      return rankIn(HEALTH, item.health);
    case 'mustDo':
      return item.mustDo ? 0 : 1;
    case 'timeframe':
      return item.timeframeLabel ? placeOnTimeline({ timeframeLabel: item.timeframeLabel })?.start.getTime() ?? Number.MAX_SAFE_INTEGER : undefined;
    default:
      return columnValue(item, column);
  }
}

const compareValues = (a: string | number, b: string | number): number =>
  typeof a === 'number' && typeof b === 'number' ? a - b : String(a).localeCompare(String(b), 'en-GB', { numeric: true, sensitivity: 'base' });

/**
 * The items sorted by a column (a new array). Empty values go last in either direction; ties keep title A-Z,
 * then id, so the order is stable.
 */
export function sortInitiatives(items: readonly IInitiative[], sort: IRoadmapSort): IInitiative[] {
  const direction = sort.descending ? -1 : 1;
  const keyed = items.map((item) => ({ item, key: sortKey(item, sort.column) }));
  keyed.sort((a, b) => {
    if (a.key === undefined || b.key === undefined) {
      if (a.key !== b.key) return a.key === undefined ? 1 : -1;
    } else {
      const order = compareValues(a.key, b.key) * direction;
      if (order !== 0) return order;
    }
    return compareValues(a.item.title, b.item.title) || a.item.id - b.item.id;
  });
  return keyed.map((k) => k.item);
}
