/**
 * Reporting periods: UK local-government financial quarters (Q1 = April to June ... Q4 = January to March).
 * A period is named by its first day ("2025-10-01") and labelled "2025-26 Q3", as committee reports do.
 */

export interface IQuarter {
  /** First day, YYYY-MM-DD. */
  readonly start: string;
  /** "2025-26 Q3". */
  readonly label: string;
  /** 1-4 within the financial year. */
  readonly quarter: number;
  /** "2025-26". */
  readonly financialYear: string;
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** The financial quarter holding a date (YYYY-MM-DD or an ISO date-time; read as a calendar date). */
export function quarterOf(date: string): IQuarter {
  const match = /^(\d{4})-(\d{2})/.exec(date);
  if (!match) throw new Error(`'${date}' is not a date.`);
  const year = Number(match[1]);
  const month = Number(match[2]);
  const fyStart = month >= 4 ? year : year - 1;
  const quarter = month >= 4 ? Math.floor((month - 4) / 3) + 1 : 4;
  const startMonth = quarter === 4 ? 1 : 4 + (quarter - 1) * 3;
  const startYear = quarter === 4 ? fyStart + 1 : fyStart;
  const financialYear = `${fyStart}-${pad((fyStart + 1) % 100)}`;
  return { start: `${startYear}-${pad(startMonth)}-01`, label: `${financialYear} Q${quarter}`, quarter, financialYear };
}

/** The quarter n quarters after (negative: before) the given one. */
export function shiftQuarter(start: string, n: number): IQuarter {
  const q = quarterOf(start);
  const [y, m] = q.start.split('-').map(Number);
  const index = y * 12 + (m - 1) + n * 3;
  return quarterOf(`${Math.floor(index / 12)}-${pad((index % 12) + 1)}-01`);
}

/** "2025-26 Q3" as a quarter; undefined when the text is not such a label. */
export function parseQuarterLabel(label: string): IQuarter | undefined {
  const match = /^\s*(\d{4})-(\d{2})\s*Q([1-4])\s*$/i.exec(label);
  if (!match) return undefined;
  const fyStart = Number(match[1]);
  if ((fyStart + 1) % 100 !== Number(match[2])) return undefined;
  const quarter = Number(match[3]);
  const start = quarter === 4 ? `${fyStart + 1}-01-01` : `${fyStart}-${pad(4 + (quarter - 1) * 3)}-01`;
  return quarterOf(start);
}
