import { csvDocument, CsvValue } from '../csv';
import { IOrganisationRollup } from './rollup';

/**
 * A round's results as CSV for Excel, written by `../csv.ts` (RFC 4180, CRLF, UTF-8 byte order mark, text guarded
 * against formula injection). One row per department and dimension, in the
 * results' order (departments by name, or by letter when anonymised; dimensions in the model's order):
 * Round, Department, Dimension, Current, Target, Gap, Evidence, Confidence.
 *
 * Levels are the department's levels by the roll-up rule (a median when several managers responded, so possibly
 * a half). Gap is target minus current when both are known. Evidence and confidence from several responses are
 * joined, one per line. Anonymised results (the departments already relabelled by `anonymiseRollup`) leave the
 * evidence out, because evidence is free text that often names the department or its services.
 */

export const MATURITY_CSV_HEADINGS = ['Round', 'Department', 'Dimension', 'Current', 'Target', 'Gap', 'Evidence', 'Confidence'] as const;

const joined = (values: readonly (string | undefined)[]): string | undefined => {
  const present = values.filter((v): v is string => !!v);
  return present.length ? present.join('\n') : undefined;
};

export function maturityResultsToCsv(round: string, result: IOrganisationRollup, options: { readonly includeEvidence: boolean }): string {
  const lines: CsvValue[][] = [[...MATURITY_CSV_HEADINGS]];
  for (const department of result.departments) {
    result.dimensions.forEach((dimension, i) => {
      const { current, target } = department.levels[i];
      const notes = department.notes[i] ?? [];
      const gap = current !== undefined && target !== undefined ? target - current : undefined;
      const confidences = Array.from(new Set(notes.map((n) => n.confidence)));
      lines.push([round, department.department, dimension, current, target, gap, options.includeEvidence ? joined(notes.map((n) => n.evidence)) : undefined, joined(confidences)]);
    });
  }
  return csvDocument(lines);
}

/** A file name for the export: "maturity-results-2026-Q4.csv". */
export function maturityCsvFileName(round: string): string {
  const slug = round.trim().replace(/[^A-Za-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  return `maturity-results${slug ? `-${slug}` : ''}.csv`;
}
