import { IInitiative } from '../../../domain/entities';
import { calendarDate, EDITABLE_FIELDS, fieldText } from '../../../domain/roadmap';
import type { IConflictField } from '../../shared/conflict/ConflictDialog';

/** The initiative's fields as the conflict dialog lists them, worded as the details panel words them. */
export const CONFLICT_FIELDS: readonly IConflictField[] = EDITABLE_FIELDS.map(({ key, label }) => ({ key, label, format: (value: unknown) => fieldText(key, value) }));

/**
 * A version of an initiative for the conflict dialog: only the editable fields it has (a key left out means
 * "not changed by me"), dates as calendar days so the same day written two ways is not a difference, and who
 * changed it last.
 */
export function conflictRecord(values: Partial<IInitiative>): Record<string, unknown> {
  const record: Record<string, unknown> = {};
  for (const { key } of EDITABLE_FIELDS) {
    if (!Object.prototype.hasOwnProperty.call(values, key)) continue;
    const value = values[key];
    record[key] = key === 'startDate' || key === 'endDate' ? calendarDate(value as string | undefined) : value;
  }
  if (values.editor) record.editor = values.editor;
  if (values.modified) record.modified = values.modified;
  return record;
}

/** Back from the dialog's values (every field) to what an update sends. */
export const fromConflictValues = (values: Record<string, unknown>): Partial<IInitiative> => {
  const result: Record<string, unknown> = {};
  for (const { key } of EDITABLE_FIELDS) if (Object.prototype.hasOwnProperty.call(values, key)) result[key] = values[key];
  return result as Partial<IInitiative>;
};
