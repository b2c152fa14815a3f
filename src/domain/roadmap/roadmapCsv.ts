import { csvDocument } from '../csv';
import { IInitiative } from '../entities';
import { COLUMN_HEADINGS, ROADMAP_COLUMNS, RoadmapColumn, columnValue } from './roadmapColumns';

/**
 * Initiatives as CSV for Excel (written by `../csv.ts`: RFC 4180, byte order mark, formula-safe). One header row,
 * then one row per initiative.
 *
 * Values are as the Table shows them (see columnValue): people and lookups by title, multi-values joined with
 * "; ", dates as YYYY-MM-DD, must-do as Yes/No.
 */

/** Every column, in the Table's order. */
export const DEFAULT_CSV_COLUMNS: readonly RoadmapColumn[] = ROADMAP_COLUMNS;

/** A rank and score to add as the first two columns ("Rank", "Score"), by initiative id. */
export type CsvRanking = ReadonlyMap<number, { readonly rank: number; readonly score: number }>;

/** The initiatives as CSV, in the order given. */
export function initiativesToCsv(items: readonly IInitiative[], columns: readonly RoadmapColumn[] = DEFAULT_CSV_COLUMNS, extra?: CsvRanking): string {
  const header = [...(extra ? ['Rank', 'Score'] : []), ...columns.map((c) => COLUMN_HEADINGS[c])];
  const rows = items.map((item) => {
    const ranking = extra?.get(item.id);
    const ranked = extra ? [ranking?.rank, ranking?.score] : [];
    return [...ranked, ...columns.map((c) => columnValue(item, c))];
  });
  return csvDocument([header, ...rows]);
}

/** "roadmap-board-2026-11-27.csv". */
export const roadmapCsvFileName = (view: string, today: Date = new Date()): string => `roadmap-${view}-${today.toISOString().slice(0, 10)}.csv`;
