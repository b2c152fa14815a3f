import { IKpi, IKpiMeasurement, IPersonRef } from '../entities';
import { dayFieldProblem } from '../typedDates';
import { kpiStatus, KpiStatus } from './status';

/**
 * A check-in: one value of one measure for one quarter, with commentary, and a corrective action (what will be
 * done, by whom, by when) whenever the value is red. The rules a save must pass, with a message per field.
 */
export interface ICheckInDraft {
  /** As typed: '' means no value yet (data awaited). */
  readonly value: string;
  readonly commentary: string;
  readonly correctiveAction: string;
  /** Who will carry out the corrective action. */
  readonly actionOwner?: IPersonRef;
  /** YYYY-MM-DD, '', or the text typed when it is not a date (see src/domain/typedDates.ts). */
  readonly actionDue: string;
}

export type CheckInField = keyof ICheckInDraft;

export interface ICheckInCheck {
  readonly value?: number;
  readonly status: KpiStatus;
  readonly errors: Partial<Record<CheckInField, string>>;
}

export const EMPTY_CHECK_IN: ICheckInDraft = { value: '', commentary: '', correctiveAction: '', actionDue: '' };

/** A typed number: "1,234.5", " 84 ", "84%" read as numbers; anything else is not a number. */
export function parseValue(text: string): number | undefined {
  const cleaned = text.trim().replace(/,/g, '').replace(/%$/, '').replace(/^£/, '');
  if (!cleaned) return undefined;
  if (!/^-?\d+(\.\d+)?$/.test(cleaned)) return Number.NaN;
  return Number(cleaned);
}

const MAX_NOTE = 4000;

/** Checks a check-in for a measure and quarter; no errors means it may be saved. */
export function checkCheckIn(kpi: IKpi, periodStart: string, draft: ICheckInDraft): ICheckInCheck {
  const errors: Partial<Record<CheckInField, string>> = {};
  const parsed = parseValue(draft.value);
  if (parsed !== undefined && Number.isNaN(parsed)) errors.value = `Enter the value as a number (for example 84 or 1,250.5), not "${draft.value.trim()}".`;
  const value = parsed !== undefined && !Number.isNaN(parsed) ? parsed : undefined;
  if (value !== undefined && kpi.unit === 'Percent' && (value < 0 || value > 100)) errors.value = 'A percentage is between 0 and 100.';
  const status = kpiStatus(kpi, periodStart, value).status;
  if (status === 'Red') {
    if (!draft.correctiveAction.trim()) errors.correctiveAction = 'This value is off target (red): say what will be done about it.';
    if (!draft.actionOwner) errors.actionOwner = 'A red value needs an owner for its corrective action.';
    if (!draft.actionDue) errors.actionDue = 'A red value needs a due date for its corrective action.';
  }
  const dueProblem = dayFieldProblem('Action due', draft.actionDue);
  if (dueProblem) errors.actionDue = dueProblem;
  if (draft.commentary.length > MAX_NOTE) errors.commentary = `Keep the commentary under ${MAX_NOTE} characters.`;
  if (draft.correctiveAction.length > MAX_NOTE) errors.correctiveAction = `Keep the corrective action under ${MAX_NOTE} characters.`;
  return { value, status, errors };
}

/** A saved measurement as a draft to edit. */
export function draftOf(measurement: IKpiMeasurement | undefined): ICheckInDraft {
  if (!measurement) return EMPTY_CHECK_IN;
  return {
    value: measurement.value === undefined || measurement.value === null ? '' : String(measurement.value),
    commentary: measurement.commentary ?? '',
    correctiveAction: measurement.correctiveAction ?? '',
    actionOwner: measurement.actionOwner,
    actionDue: (measurement.actionDue ?? '').slice(0, 10)
  };
}

export interface IChangeLogEntry {
  readonly at: string;
  readonly by: string;
  readonly value?: number;
  readonly status: KpiStatus;
  /** What changed, in words ("value 80 → 84, commentary"). */
  readonly change: string;
}

/** Adds an entry for this save to the measurement's change log (newest last); keeps the last 50. */
export function appendChange(log: string | undefined, entry: IChangeLogEntry): string {
  return [...readChangeLog(log), entry].slice(-50).map((e) => JSON.stringify(e)).join('\n');
}

export function readChangeLog(log: string | undefined): IChangeLogEntry[] {
  const out: IChangeLogEntry[] = [];
  for (const line of (log ?? '').split('\n')) {
    try {
      if (line.trim()) out.push(JSON.parse(line) as IChangeLogEntry);
    } catch {
      // a line that is not an entry is left out
    }
  }
  return out;
}

/** "value 80 → 84; commentary; corrective action" for the fields that differ. */
export function describeChange(before: ICheckInDraft, after: ICheckInDraft): string {
  const parts: string[] = [];
  if (before.value.trim() !== after.value.trim()) parts.push(before.value.trim() ? `value ${before.value.trim()} → ${after.value.trim() || 'none'}` : `value ${after.value.trim() || 'none'}`);
  if (before.commentary !== after.commentary) parts.push('commentary');
  if (before.correctiveAction !== after.correctiveAction || before.actionOwner?.id !== after.actionOwner?.id || before.actionDue !== after.actionDue) parts.push('corrective action');
  return parts.join('; ') || 'no change';
}
