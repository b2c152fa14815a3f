/**
 * Reporting periods for the champions network: UK financial quarters and years (April to March), as the
 * committee reports them, and the calendar months a period is read in. Dates are ISO calendar dates
 * (YYYY-MM-DD); a period's `end` is exclusive.
 */

export type PeriodKind = 'quarter' | 'year' | 'all';

export interface IPeriod {
  readonly kind: PeriodKind;
  /** e.g. "2026-27 Q3 (October to December 2026)", "2026-27", "All time". */
  readonly label: string;
  /** A short label for tables and the address, e.g. "2026-27 Q3". */
  readonly key: string;
  /** First day (inclusive); absent for all time. */
  readonly start?: string;
  /** Day after the last day (exclusive); absent for all time. */
  readonly end?: string;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const iso = (year: number, month: number): string => {
  const y = year + Math.floor(month / 12);
  const m = ((month % 12) + 12) % 12;
  return `${y}-${String(m + 1).padStart(2, '0')}-01`;
};

/** The financial year a date falls in, as its starting calendar year (2026-11-29 -> 2026; 2027-02-01 -> 2026). */
export function financialYearOf(date: string): number {
  const [y, m] = date.split('-').map(Number);
  return m >= 4 ? y : y - 1;
}

const fyLabel = (fy: number): string => `${fy}-${String((fy + 1) % 100).padStart(2, '0')}`;

/** The financial quarter holding the date: Q1 April-June ... Q4 January-March. */
export function quarterOf(date: string): IPeriod {
  const fy = financialYearOf(date);
  const month = Number(date.slice(5, 7)) - 1;
  const q = Math.floor(((month - 3 + 12) % 12) / 3);
  return quarter(fy, q + 1);
}

/** Quarter n (1-4) of financial year fy. */
export function quarter(fy: number, n: number): IPeriod {
  const firstMonth = 3 + (n - 1) * 3;
  const start = iso(fy, firstMonth);
  const end = iso(fy, firstMonth + 3);
  const from = MONTHS[firstMonth % 12];
  const to = MONTHS[(firstMonth + 2) % 12];
  const year = fy + Math.floor((firstMonth + 2) / 12);
  const key = `${fyLabel(fy)} Q${n}`;
  return { kind: 'quarter', key, label: `${key} (${from} to ${to} ${year})`, start, end };
}

export function yearOf(date: string): IPeriod {
  const fy = financialYearOf(date);
  return { kind: 'year', key: fyLabel(fy), label: `${fyLabel(fy)} (April ${fy} to March ${fy + 1})`, start: iso(fy, 3), end: iso(fy + 1, 3) };
}

export const ALL_TIME: IPeriod = { kind: 'all', key: 'all', label: 'All time' };

/** The period of the given kind holding the date. */
export function periodOf(kind: PeriodKind, date: string): IPeriod {
  if (kind === 'quarter') return quarterOf(date);
  if (kind === 'year') return yearOf(date);
  return ALL_TIME;
}

/** The period before (-1) or after (+1) this one, of the same kind. */
export function shiftPeriod(period: IPeriod, by: -1 | 1): IPeriod {
  if (period.kind === 'all' || !period.start) return period;
  const [y, m] = period.start.split('-').map(Number);
  const months = period.kind === 'quarter' ? 3 : 12;
  return periodOf(period.kind, iso(y, m - 1 + by * months));
}

/** A period from its key ("2026-27 Q3", "2026-27", "all"); undefined when the key is not one. */
export function periodFromKey(key: string): IPeriod | undefined {
  if (key === 'all') return ALL_TIME;
  const match = /^(\d{4})-\d{2}(?: Q([1-4]))?$/.exec(key);
  if (!match) return undefined;
  const fy = Number(match[1]);
  return match[2] ? quarter(fy, Number(match[2])) : yearOf(`${fy}-04-01`);
}

/** The calendar months [start, end) between two ISO dates (start inclusive, end exclusive), each as a window. */
export function monthWindows(start: string, end: string): [string, string][] {
  const windows: [string, string][] = [];
  const [y, m] = start.split('-').map(Number);
  for (let k = 0; ; k++) {
    const from = iso(y, m - 1 + k);
    if (from >= end) break;
    const to = iso(y, m + k);
    windows.push([from, to < end ? to : end]);
  }
  return windows;
}

/** The calendar month key of a date ("2026-11"). */
export const monthOf = (date: string): string => date.slice(0, 7);
