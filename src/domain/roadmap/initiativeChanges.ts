import { IInitiative } from '../entities';
import { calendarDate } from './calendarDate';

/**
 * Comparing versions of an initiative: what a save changes, what someone else changed meanwhile, and how a
 * value reads in a conflict view.
 *
 * Values are compared as a person reads them: an empty text, an empty list and a missing value are the same;
 * dates compare as calendar days (2021-04-01 equals 2021-03-31T23:00:00Z, 1 April in London); people and
 * lookups compare by id; lists compare as sets (Engagement, Reach equals Reach, Engagement).
 */

export type EditableInitiativeField =
  | 'title'
  | 'description'
  | 'workstream'
  | 'stage'
  | 'waysOfWorking'
  | 'startDate'
  | 'endDate'
  | 'timeframeLabel'
  | 'corporatePlanOutcomes'
  | 'department'
  | 'owner'
  | 'sponsor'
  | 'governanceTier'
  | 'mustDo'
  | 'effortMonths'
  | 'progress'
  | 'health'
  | 'notes';

/** The fields a person edits, in the form's order, with their labels (the list's column titles). */
export const EDITABLE_FIELDS: readonly { readonly key: EditableInitiativeField; readonly label: string }[] = [
  { key: 'title', label: 'Initiative' },
  { key: 'description', label: 'Description' },
  { key: 'workstream', label: 'Workstream' },
  { key: 'stage', label: 'Stage' },
  { key: 'waysOfWorking', label: 'Ways of working' },
  { key: 'startDate', label: 'Start date' },
  { key: 'endDate', label: 'End date' },
  { key: 'timeframeLabel', label: 'Timeframe' },
  { key: 'corporatePlanOutcomes', label: 'Corporate Plan outcomes' },
  { key: 'department', label: 'Department' },
  { key: 'owner', label: 'Owner' },
  { key: 'sponsor', label: 'Sponsor' },
  { key: 'governanceTier', label: 'Governance tier' },
  { key: 'mustDo', label: 'Must do' },
  { key: 'effortMonths', label: 'Effort (months)' },
  { key: 'progress', label: 'Progress (%)' },
  { key: 'health', label: 'Health' },
  { key: 'notes', label: 'Notes' }
];

const DATE_FIELDS: readonly string[] = ['startDate', 'endDate'];

/** A value reduced to what a person sees, for comparing. */
function comparable(key: string, value: unknown): string {
  if (value === undefined || value === null || value === '') return '';
  if (DATE_FIELDS.includes(key) && typeof value === 'string') return calendarDate(value) ?? value;
  if (Array.isArray(value)) return value.map(String).sort().join('\u0001');
  if (typeof value === 'object') {
    const ref = value as { id?: unknown };
    return ref.id === undefined ? JSON.stringify(value) : `#${String(ref.id)}`;
  }
  if (typeof value === 'string') return value.trim();
  if (key === 'mustDo') return value ? 'true' : '';
  return String(value);
}

/** True when the two values of a field read the same. */
export const sameValue = (key: string, a: unknown, b: unknown): boolean => comparable(key, a) === comparable(key, b);

/** The fields of `after` whose values differ from `before` (for an update that sends only what changed). */
export function changedFields(before: Partial<IInitiative>, after: Partial<IInitiative>): Partial<IInitiative> {
  const changed: Record<string, unknown> = {};
  for (const { key } of EDITABLE_FIELDS) {
    if (key in after && !sameValue(key, before[key], after[key])) changed[key] = after[key];
  }
  return changed as Partial<IInitiative>;
}

/**
 * The fields both people changed from the version first read (`base`), to different values: the ones a person
 * has to choose between. A field only one of them changed can be merged without asking.
 */
export function overlappingChanges(base: Partial<IInitiative>, mine: Partial<IInitiative>, theirs: Partial<IInitiative>): EditableInitiativeField[] {
  return EDITABLE_FIELDS.map((f) => f.key).filter(
    (key) => key in mine && !sameValue(key, base[key], mine[key]) && !sameValue(key, base[key], theirs[key]) && !sameValue(key, mine[key], theirs[key])
  );
}

const dayFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** A field's value in words: "Not set", "Yes"/"No", dates as "1 April 2021", people and lookups by name, lists joined. */
export function fieldText(key: string, value: unknown): string {
  if (key === 'mustDo') return value ? 'Yes' : 'No';
  if (value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0)) return 'Not set';
  if (DATE_FIELDS.includes(key) && typeof value === 'string') {
    const day = calendarDate(value);
    return day ? dayFormat.format(new Date(`${day}T00:00:00Z`)) : value;
  }
  if (Array.isArray(value)) return value.map(String).join(', ');
  if (typeof value === 'object') {
    const ref = value as { title?: unknown };
    return ref.title !== undefined ? String(ref.title) : JSON.stringify(value);
  }
  if (key === 'progress') return `${String(value)}%`;
  return String(value);
}
