import { IOrganisationRollup } from './rollup';

/**
 * Anonymised results: no league table of named departments. Each department that responded in a round is shown
 * as "Department A", "Department B", ... The letters are dealt in an order drawn from the round and the
 * department (a hash of both), not from names, levels or list order, so a letter gives nothing away; the same
 * round with the same respondents always deals the same letters (on every page and in the CSV). Another round
 * deals them afresh, so letters cannot be followed across rounds.
 */

/** "A" ... "Z", "AA", "AB", ... for 0, 1, 2, ... */
export function letters(index: number): string {
  let n = index;
  let text = '';
  do {
    text = String.fromCharCode(65 + (n % 26)) + text;
    n = Math.floor(n / 26) - 1;
  } while (n >= 0);
  return text;
}

/** FNV-1a (32-bit): a small, stable hash, so the order of letters is the same in every browser. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** Department id -> "Department A", ... for one round. */
export function anonymousLabels(roundId: number, departmentIds: readonly number[]): Map<number, string> {
  const unique = Array.from(new Set(departmentIds));
  const dealt = unique
    .map((id) => ({ id, order: hash(`${roundId}:${id}`) }))
    .sort((a, b) => a.order - b.order || a.id - b.id);
  return new Map(dealt.map((d, i) => [d.id, `Department ${letters(i)}`]));
}

/** The round's results with every department name replaced by its letter, listed A, B, C, ... */
export function anonymiseRollup(result: IOrganisationRollup, roundId: number): IOrganisationRollup {
  const labels = anonymousLabels(roundId, result.departments.map((d) => d.departmentId));
  const rank = new Map(Array.from(labels.keys()).map((id, i) => [id, i]));
  const departments = result.departments
    .map((d) => ({ ...d, department: labels.get(d.departmentId) ?? 'Department' }))
    .sort((a, b) => (rank.get(a.departmentId) ?? 0) - (rank.get(b.departmentId) ?? 0));
  return { ...result, departments };
}
