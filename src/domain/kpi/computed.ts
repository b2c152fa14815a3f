import { IInitiative, ITalkAttendance, ITechTalk } from '../entities';
import { attendancePerTalk } from '../talks/figures';
import { IQuarter, quarterOf, shiftQuarter } from './periods';

/**
 * Computed measures: where the suite already holds the data, a measure's value comes from it (no double entry)
 * and the scorecard says so. A provider gives values for quarters; the KPI register's "Computed from" names it.
 */
export interface IComputedMeasureProvider {
  /** The register's "Computed from" choice this provider serves. */
  readonly source: string;
  /** How the value is worked out, in words shown beside it. */
  readonly rule: string;
  /** Values by quarter start, for the quarters asked (a quarter with no data is left out). */
  values(quarters: readonly IQuarter[]): Promise<Map<string, number>>;
}

const endOf = (quarter: IQuarter): string => shiftQuarter(quarter.start, 1).start;

/**
 * Tech Talk attendance: the people recorded in Talk Attendance (named attendees plus unnamed walk-ins, counted by
 * `attendancePerTalk` of src/domain/talks/figures.ts) at talks that started in the quarter (cancelled talks left
 * out). A quarter whose talks have no attendance recorded is left out (not recorded is not zero).
 */
export function talkAttendanceByQuarter(
  talks: readonly ITechTalk[],
  attendance: readonly ITalkAttendance[],
  quarters: readonly IQuarter[]
): Map<string, number> {
  const wanted = new Set(quarters.map((q) => q.start));
  const held = talks.filter((t) => t.startsAt && t.status !== 'Cancelled');
  const out = new Map<string, number>();
  for (const figure of attendancePerTalk(held, attendance)) {
    const start = quarterOf(figure.startsAt).start;
    if (wanted.has(start)) out.set(start, (out.get(start) ?? 0) + figure.total);
  }
  return out;
}

/** Roadmap initiatives delivered: initiatives at stage Completed whose end date is before the quarter ends (cumulative). */
export function initiativesDeliveredByQuarter(initiatives: readonly Pick<IInitiative, 'stage' | 'endDate'>[], quarters: readonly IQuarter[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const q of quarters) {
    const end = endOf(q);
    out.set(q.start, initiatives.filter((i) => i.stage === 'Completed' && (!i.endDate || i.endDate.slice(0, 10) < end)).length);
  }
  return out;
}

/**
 * The organisation's maturity level: the overall level of the last round closed by the quarter's end (the median
 * roll-up of src/domain/maturity/rollup.ts). `levels` gives each closed round's closing date and overall level.
 */
export function maturityLevelByQuarter(levels: readonly { readonly closedOn: string; readonly level: number }[], quarters: readonly IQuarter[]): Map<string, number> {
  const sorted = [...levels].sort((a, b) => a.closedOn.localeCompare(b.closedOn));
  const out = new Map<string, number>();
  for (const q of quarters) {
    const end = endOf(q);
    const last = sorted.filter((l) => l.closedOn.slice(0, 10) < end).pop();
    if (last) out.set(q.start, last.level);
  }
  return out;
}
