import { IMaturityAnswer } from '../entities';
import { ISurveyDimension, ISurveyModel } from './surveyModel';

/**
 * A response's answers: one per dimension, kept as JSON in the response's Answers column. Dimensions are matched
 * by title, ignoring case and surrounding spaces (as the results do), so answers survive a reordering of the model.
 */

export const CONFIDENCES = ['Low', 'Medium', 'High'] as const;
export type Confidence = (typeof CONFIDENCES)[number];

export interface ISurveyAnswer extends IMaturityAnswer {
  /** Why the target is below the current level (asked only then). */
  readonly targetReason?: string;
}

const sameDimension = (a: string, b: string): boolean => a.trim().toLowerCase() === b.trim().toLowerCase();

const text = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined);
const whole = (value: unknown): number | undefined => (typeof value === 'number' && Number.isInteger(value) ? value : undefined);

/** Reads the Answers JSON; anything unreadable is left out rather than failing the whole response. */
export function readAnswers(json: string | undefined): ISurveyAnswer[] {
  if (!json) return [];
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    return [];
  }
  if (!Array.isArray(parsed)) return [];
  return parsed
    .filter((a): a is Record<string, unknown> => typeof a === 'object' && a !== null && typeof (a as { dimension?: unknown }).dimension === 'string')
    .map((a) => compact({
      dimension: String(a.dimension),
      current: whole(a.current),
      target: whole(a.target),
      evidence: text(a.evidence),
      confidence: CONFIDENCES.find((c) => c === a.confidence),
      targetReason: text(a.targetReason)
    }));
}

/** The answer without empty properties, so equal answers compare and serialise equally. */
function compact(answer: ISurveyAnswer): ISurveyAnswer {
  const out: Record<string, unknown> = { dimension: answer.dimension };
  for (const key of ['current', 'target', 'evidence', 'confidence', 'targetReason'] as const) {
    const value = answer[key];
    if (value !== undefined && value !== '') out[key] = value;
  }
  return out as unknown as ISurveyAnswer;
}

export function answerFor(answers: readonly ISurveyAnswer[], dimension: string): ISurveyAnswer | undefined {
  return answers.find((a) => sameDimension(a.dimension, dimension));
}

/** The answers with one dimension's answer changed (added if it had none). */
export function withAnswer(answers: readonly ISurveyAnswer[], dimension: string, change: Partial<Omit<ISurveyAnswer, 'dimension'>>): ISurveyAnswer[] {
  const existing = answerFor(answers, dimension);
  const next = compact({ ...(existing ?? { dimension }), ...change, dimension: existing?.dimension ?? dimension });
  return existing ? answers.map((a) => (a === existing ? next : a)) : [...answers, next];
}

/** Whether a dimension has both its levels chosen. */
export function isAnswered(answer: ISurveyAnswer | undefined): boolean {
  return answer?.current !== undefined && answer.target !== undefined;
}

/**
 * The answers as stored: the model's dimensions first, in the model's order, then any answers for dimensions the
 * model no longer has (kept, so nothing typed is lost). Empty answers are left out.
 */
export function orderedAnswers(model: ISurveyModel, answers: readonly ISurveyAnswer[]): ISurveyAnswer[] {
  const inModel = model.dimensions.map((d) => answerFor(answers, d.title)).filter((a): a is ISurveyAnswer => a !== undefined);
  const others = answers.filter((a) => !model.dimensions.some((d) => sameDimension(d.title, a.dimension)));
  return [...inModel, ...others].map(compact).filter((a) => Object.keys(a).length > 1);
}

export function writeAnswers(model: ISurveyModel, answers: readonly ISurveyAnswer[]): string {
  return JSON.stringify(orderedAnswers(model, answers));
}

/** Whether two sets of answers say the same (order and empty properties aside). */
export function sameAnswers(model: ISurveyModel, a: readonly ISurveyAnswer[], b: readonly ISurveyAnswer[]): boolean {
  const key = (answers: readonly ISurveyAnswer[]): string =>
    JSON.stringify(orderedAnswers(model, answers).map((x) => ({ ...x, dimension: x.dimension.trim().toLowerCase() })));
  return key(a) === key(b);
}

/**
 * A starting point from the department's previous round (WCAG 3.3.7, redundant entry): its answers for the
 * dimensions this model has, with levels outside this model's range left for the manager to choose again.
 */
export function startingPoint(model: ISurveyModel, previous: readonly ISurveyAnswer[]): ISurveyAnswer[] {
  const inRange = (level: number | undefined): number | undefined => (level !== undefined && level >= 1 && level <= model.levels.length ? level : undefined);
  return model.dimensions
    .map((d: ISurveyDimension) => {
      const before = answerFor(previous, d.title);
      return before ? compact({ ...before, dimension: d.title, current: inRange(before.current), target: inRange(before.target) }) : undefined;
    })
    .filter((a): a is ISurveyAnswer => a !== undefined && Object.keys(a).length > 1);
}

const ANSWER_PARTS = ['current', 'target', 'evidence', 'confidence', 'targetReason'] as const;

/**
 * Three-way merge of a response's answers, part by part (each dimension's current and target level, evidence,
 * confidence, reason): `base` is what this device started from, `mine` what it saves, `theirs` what was saved
 * elsewhere meanwhile (another device of the same manager, or another respondent). A part changed on one side only
 * takes that side's value; a part both changed to the same value is that value. Undefined when both changed one part
 * to different values: a true clash, which the person decides in the conflict view.
 */
export function mergeAnswers(model: ISurveyModel, base: readonly ISurveyAnswer[], mine: readonly ISurveyAnswer[], theirs: readonly ISurveyAnswer[]): ISurveyAnswer[] | undefined {
  const dimensions: string[] = [];
  for (const a of [...model.dimensions.map((d) => ({ dimension: d.title })), ...mine, ...theirs, ...base]) {
    if (!dimensions.some((d) => sameDimension(d, a.dimension))) dimensions.push(a.dimension);
  }
  const merged: ISurveyAnswer[] = [];
  for (const dimension of dimensions) {
    const [b, m, t] = [answerFor(base, dimension), answerFor(mine, dimension), answerFor(theirs, dimension)];
    const out: Record<string, unknown> = { dimension };
    for (const part of ANSWER_PARTS) {
      const [bv, mv, tv] = [b?.[part], m?.[part], t?.[part]];
      if (mv === tv) out[part] = mv;
      else if (mv === bv) out[part] = tv;
      else if (tv === bv) out[part] = mv;
      else return undefined;
    }
    merged.push(compact(out as unknown as ISurveyAnswer));
  }
  return orderedAnswers(model, merged);
}
