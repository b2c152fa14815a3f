import { IMaturityAnswer } from '../entities';
import { median } from './maturityLevel';

/**
 * How a round's maturity responses roll up into department and organisation results.
 *
 * The rule (the one `maturityLevel.ts` documents, applied per dimension as well):
 * 1. A level counts only if it is a whole number from 1 to the model's number of levels; anything else (a blank,
 *    0, 6 on a five-level model, text) is left out, as is an answer for a dimension the model does not have.
 *    Dimensions are matched by title, ignoring case and surrounding spaces.
 * 2. One response per department is expected. If several managers responded for one department, the
 *    department's level for a dimension is the median of their levels for it (current and target separately).
 * 3. A department's overall current (target) level is the median of its dimension current (target) levels;
 *    a dimension nobody answered is left out, not counted as 0.
 * 4. The organisation's level for a dimension is the median of the departments' levels for it.
 * 5. The organisation's overall current (target) level is the median of the departments' overall levels.
 *
 * A median of an even count is the mean of the middle two, so a result can sit between two levels (1.5), and a
 * median of such results can be a quarter (1.75). Nothing is rounded here; wording is in `resultsWording.ts`.
 */

/** A level pair; either may be missing (not answered). */
export interface ILevelPair {
  readonly current?: number;
  readonly target?: number;
}

/** What the roll-up needs from a response (an IMaturityResponse fits). */
export interface IRollupResponse {
  readonly id: number;
  readonly department: { readonly id: number; readonly title: string };
  /** JSON: IMaturityAnswer[]. */
  readonly answers?: string;
  readonly author?: { readonly id: number };
}

export interface IDepartmentRollup {
  readonly departmentId: number;
  readonly department: string;
  /** How many responses were combined. */
  readonly responses: number;
  /** One pair per model dimension, in the model's order. */
  readonly levels: readonly ILevelPair[];
  readonly overall: ILevelPair;
  /** Evidence and confidence per model dimension, one entry per response that gave any, in response order. */
  readonly notes: readonly (readonly IAnswerNote[])[];
}

export interface IAnswerNote {
  readonly evidence?: string;
  readonly confidence?: IMaturityAnswer['confidence'];
}

export interface IOrganisationRollup {
  /** The model's dimension titles, in order. */
  readonly dimensions: readonly string[];
  readonly levelCount: number;
  /** Departments that responded, by name. */
  readonly departments: readonly IDepartmentRollup[];
  /** The organisation's median per dimension, in the model's order. */
  readonly byDimension: readonly ILevelPair[];
  readonly overall: ILevelPair;
}

/** The answers of a response; an unreadable Answers value reads as no answers. */
export function parseAnswers(json: string | undefined): IMaturityAnswer[] {
  if (!json) return [];
  try {
    const parsed: unknown = JSON.parse(json);
    if (!Array.isArray(parsed)) return [];
    return parsed.filter((a): a is IMaturityAnswer => !!a && typeof a === 'object' && typeof (a as IMaturityAnswer).dimension === 'string');
  } catch {
    return [];
  }
}

/** A level as the roll-up counts it (rule 1), or undefined. */
export function validLevel(value: unknown, levelCount: number): number | undefined {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= levelCount ? value : undefined;
}

const key = (title: string): string => title.trim().toLowerCase();

const defined = (values: readonly (number | undefined)[]): number[] => values.filter((v): v is number => v !== undefined);

/** The median of the pairs' current and target levels, each over the pairs that have one. */
export function medianPair(pairs: readonly ILevelPair[]): ILevelPair {
  return { current: median(defined(pairs.map((p) => p.current))), target: median(defined(pairs.map((p) => p.target))) };
}

/** One response's levels per model dimension (rule 1). */
export function responseLevels(answersJson: string | undefined, dimensions: readonly string[], levelCount: number): { levels: ILevelPair[]; notes: (IAnswerNote | undefined)[] } {
  const byKey = new Map<string, IMaturityAnswer>();
  for (const answer of parseAnswers(answersJson)) if (!byKey.has(key(answer.dimension))) byKey.set(key(answer.dimension), answer);
  const answers = dimensions.map((d) => byKey.get(key(d)));
  return {
    levels: answers.map((a) => ({ current: validLevel(a?.current, levelCount), target: validLevel(a?.target, levelCount) })),
    notes: answers.map((a) => (a && (a.evidence?.trim() || a.confidence) ? { evidence: a.evidence?.trim() || undefined, confidence: a.confidence } : undefined))
  };
}

/** A department's result from its responses (rules 2 and 3). */
export function rollupDepartment(responses: readonly IRollupResponse[], dimensions: readonly string[], levelCount: number): IDepartmentRollup {
  const read = responses.map((r) => responseLevels(r.answers, dimensions, levelCount));
  const levels = dimensions.map((_, i) => medianPair(read.map((r) => r.levels[i])));
  return {
    departmentId: responses[0]?.department.id ?? 0,
    department: responses[0]?.department.title ?? '',
    responses: responses.length,
    levels,
    overall: medianPair(levels),
    notes: dimensions.map((_, i) => read.map((r) => r.notes[i]).filter((n): n is IAnswerNote => n !== undefined))
  };
}

/** The organisation's result for one round (rules 1-5). Departments come back sorted by name, never by level. */
export function rollupOrganisation(responses: readonly IRollupResponse[], dimensions: readonly string[], levelCount: number): IOrganisationRollup {
  const byDepartment = new Map<number, IRollupResponse[]>();
  for (const response of responses) {
    const list = byDepartment.get(response.department.id) ?? [];
    list.push(response);
    byDepartment.set(response.department.id, list);
  }
  const departments = Array.from(byDepartment.values())
    .map((list) => rollupDepartment([...list].sort((a, b) => a.id - b.id), dimensions, levelCount))
    .sort((a, b) => a.department.localeCompare(b.department, 'en-GB') || a.departmentId - b.departmentId);
  return {
    dimensions,
    levelCount,
    departments,
    byDimension: dimensions.map((_, i) => medianPair(departments.map((d) => d.levels[i]))),
    overall: medianPair(departments.map((d) => d.overall))
  };
}
