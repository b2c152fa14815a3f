import { IInitiative } from '../entities';
import { COLUMN_HEADINGS, ROADMAP_COLUMNS, RoadmapColumn, columnValue } from './roadmapColumns';

/**
 * Initiatives as CSV for Excel (RFC 4180): comma-separated, CRLF line ends (the last record too), a field quoted
 * when it holds a comma, a quote, CR or LF, with quotes doubled; a UTF-8 byte order mark first so Excel reads
 * the text as UTF-8. One header row, then one row per initiative.
 *
 * Values are as the Table shows them (see columnValue): people and lookups by title, multi-values joined with
 * "; ", dates as YYYY-MM-DD, must-do as Yes/No.
 *
 * Formula injection: a text cell starting with =, +, -, @, a tab or a carriage return gets a leading apostrophe,
 * so a spreadsheet shows it as text instead of running it. Numbers are written as numbers.
 */

/** Every column, in the Table's order. */
export const DEFAULT_CSV_COLUMNS: readonly RoadmapColumn[] = ROADMAP_COLUMNS;

/** A rank and score to add as the first two columns ("Rank", "Score"), by initiative id. */
export type CsvRanking = ReadonlyMap<number, { readonly rank: number; readonly score: number }>;

const FORMULA_START = /^[=+\-@\t\r]/;

/** A text value made safe to open in a spreadsheet. */
export const guardFormula = (text: string): string => (FORMULA_START.test(text) ? `'${text}` : text);

/** One CSV field: text guarded against formulas, then quoted if it needs to be. */
export function csvField(value: string | number | undefined): string {
  if (value === undefined) return '';
  const text = typeof value === 'number' ? (Number.isFinite(value) ? String(value) : '') : guardFormula(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const row = (fields: readonly (string | number | undefined)[]): string => `${fields.map(csvField).join(',')}\r\n`;

/** The initiatives as CSV, in the order given. */
export function initiativesToCsv(items: readonly IInitiative[], columns: readonly RoadmapColumn[] = DEFAULT_CSV_COLUMNS, extra?: CsvRanking): string {
  const header = [...(extra ? ['Rank', 'Score'] : []), ...columns.map((c) => COLUMN_HEADINGS[c])];
  const rows = items.map((item) => {
    const ranking = extra?.get(item.id);
    const ranked = extra ? [ranking?.rank, ranking?.score] : [];
    return row([...ranked, ...columns.map((c) => columnValue(item, c))]);
  });
  return `\uFEFF${row(header)}${rows.join('')}`;
}
