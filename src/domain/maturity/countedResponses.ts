import { IAssessmentRound, IMaturityResponse } from '../entities';
import { responseLevels } from './rollup';

/**
 * Which maturity responses count for a round: the rule that makes a write SharePoint cannot refuse count for nothing.
 *
 * SharePoint refuses most forged writes itself: members only read Maturity Responses (nobody but the programme office
 * adds one), and each response item is open only to its department's respondents (src/data/maturity/roundLocks.ts).
 * But a respondent may edit their own item, and so could point it at another department or round, or give it answers
 * that are not JSON or off the model's scale. So results are read by this rule, not from the items' own columns:
 *
 * 1. The round's register decides. Opening a round records, on the programme office's Assessment Rounds item, which
 *    item is each department's response (`responseRegister`). Only registered items count, each for the department
 *    the register names, whatever its own Round and Department columns say now. Items added any other way (a second
 *    response, one for a round that does not exist) count for nothing.
 * 2. A round without a register (opened before rounds kept one): per department, the first item by id whose Round is
 *    the round wins; later duplicates count for nothing.
 * 3. A response counts as given only when it is Submitted and its answers are a JSON list with at least one level on
 *    the model's scale (whole numbers from 1 to the number of levels); off-scale levels are left out (rollup.ts, rule 1).
 * 4. A closed round's results are its snapshot (resultsSnapshot.ts), frozen when it closed: nothing written to the
 *    responses afterwards, by anyone, changes them.
 */

/** One department's response in a round, as the programme office registered it when opening the round. */
export interface IRegisteredResponse {
  readonly departmentId: number;
  readonly department: string;
  readonly responseId: number;
}

const isWhole = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value) && value > 0;

/** The register in a round's `responseRegister`; undefined when the round has none (or it cannot be read). */
export function readRegister(json: string | undefined): IRegisteredResponse[] | undefined {
  if (!json) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    return undefined;
  }
  if (!Array.isArray(parsed)) return undefined;
  const seen = new Set<number>();
  const entries: IRegisteredResponse[] = [];
  for (const raw of parsed as unknown[]) {
    const e = raw as Partial<IRegisteredResponse> | null;
    if (!e || !isWhole(e.departmentId) || !isWhole(e.responseId) || seen.has(e.departmentId)) continue;
    seen.add(e.departmentId);
    entries.push({ departmentId: e.departmentId, department: typeof e.department === 'string' ? e.department : '', responseId: e.responseId });
  }
  return entries;
}

export function registerJson(entries: readonly IRegisteredResponse[]): string {
  return JSON.stringify(entries.map((e) => ({ departmentId: e.departmentId, department: e.department, responseId: e.responseId })));
}

/** Rules 1 and 2: each department's one response in the round (department taken from the register), by department name. */
export function roundResponses<T extends Pick<IMaturityResponse, 'id' | 'round' | 'department'>>(round: Pick<IAssessmentRound, 'id' | 'responseRegister'>, responses: readonly T[]): T[] {
  const register = readRegister(round.responseRegister);
  const byId = [...responses].sort((a, b) => a.id - b.id);
  if (register) {
    const items = new Map(byId.map((r) => [r.id, r]));
    return register
      .filter((e) => items.has(e.responseId))
      .map((e) => ({ ...(items.get(e.responseId) as T), department: { id: e.departmentId, title: e.department || (items.get(e.responseId) as T).department?.title || '' } }));
  }
  const first = new Map<number, T>();
  for (const r of byId) if (r.round?.id === round.id && r.department && !first.has(r.department.id)) first.set(r.department.id, r);
  return Array.from(first.values());
}

/** Rule 3: whether a response counts as given. */
export function countsAsGiven(response: Pick<IMaturityResponse, 'status' | 'answers'>, dimensions: readonly string[], levelCount: number): boolean {
  if (response.status !== 'Submitted') return false;
  const { levels } = responseLevels(response.answers, dimensions, levelCount);
  return levels.some((l) => l.current !== undefined || l.target !== undefined);
}

/** Rules 1-3: the responses whose levels the round's results are made of. */
export function countedResponses<T extends IMaturityResponse>(
  round: Pick<IAssessmentRound, 'id' | 'responseRegister'>,
  responses: readonly T[],
  dimensions: readonly string[],
  levelCount: number
): T[] {
  return roundResponses(round, responses).filter((r) => countsAsGiven(r, dimensions, levelCount));
}
