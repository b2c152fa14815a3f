/**
 * The one CSV writer: every export (the roadmap, the score audit, maturity results, the KPI pack and its import
 * template, the champions' reports) is written here, for Excel, by RFC 4180: comma-separated, CRLF after every
 * record (the last too), a field quoted when it holds a comma, a quote, CR or LF, with quotes doubled, and a
 * UTF-8 byte order mark first so Excel reads the text as UTF-8.
 *
 * Formula injection: a text cell starting with =, +, -, @, a tab or a carriage return gets a leading apostrophe,
 * so a spreadsheet shows it as text instead of running it. Numbers are written as numbers (not finite: empty).
 */

export type CsvValue = string | number | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;

/** A text value made safe to open in a spreadsheet. */
export const guardFormula = (text: string): string => (FORMULA_START.test(text) ? `'${text}` : text);

/** One CSV field: text guarded against formulas, then quoted if it needs to be. */
export function csvField(value: CsvValue): string {
  if (value === undefined) return '';
  const text = typeof value === 'number' ? (Number.isFinite(value) ? String(value) : '') : guardFormula(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One record, with its CRLF. */
export const csvRecord = (fields: readonly CsvValue[]): string => `${fields.map(csvField).join(',')}\r\n`;

/** A whole file: the byte order mark, then the records (a header row first, as the caller gives it). */
export const csvDocument = (records: readonly (readonly CsvValue[])[]): string => `\uFEFF${records.map(csvRecord).join('')}`;
