import { answerFor, CONFIDENCES, ISurveyAnswer, isAnswered } from './answers';
import { ISurveyDimension, ISurveyModel, MAX_LEVELS } from './surveyModel';

/**
 * The survey's rules for a response, as pure functions (the UI shows the messages next to the field they name):
 * - levels are whole numbers within the model's range (1 to the number of level names);
 * - the target is not below the current level unless the manager says why;
 * - evidence and that reason have length limits;
 * - every dimension has a current and a target level before the response can be submitted.
 * One response per (round, department, respondent) is kept by `ownResponse.ts`.
 */

export const EVIDENCE_MAX_LENGTH = 1000;
export const REASON_MAX_LENGTH = 400;

export type AnswerField = 'current' | 'target' | 'targetReason' | 'evidence' | 'confidence';

export interface IAnswerIssue {
  readonly dimension: string;
  readonly field: AnswerField;
  readonly message: string;
}

function levelIssue(model: ISurveyModel, dimension: string, field: 'current' | 'target', level: number | undefined): IAnswerIssue | undefined {
  if (level === undefined) return undefined;
  const max = model.levels.length;
  if (!Number.isInteger(level) || level < 1 || level > max) {
    const which = field === 'current' ? 'current' : 'target';
    return { dimension, field, message: `Choose a ${which} level from 1 to ${max}.` };
  }
  return undefined;
}

/** Problems with one answer, whatever stage the response is at (missing levels are `missingDimensions`' concern). */
export function answerIssues(model: ISurveyModel, answer: ISurveyAnswer): IAnswerIssue[] {
  const { dimension } = answer;
  const issues: (IAnswerIssue | undefined)[] = [levelIssue(model, dimension, 'current', answer.current), levelIssue(model, dimension, 'target', answer.target)];
  const reason = answer.targetReason?.trim() ?? '';
  if (answer.current !== undefined && answer.target !== undefined && answer.target < answer.current && reason === '') {
    issues.push({ dimension, field: 'targetReason', message: 'The target is below the current level: say why, or raise the target.' });
  }
  if (reason.length > REASON_MAX_LENGTH) {
    issues.push({ dimension, field: 'targetReason', message: `Keep the reason to ${REASON_MAX_LENGTH} characters or fewer (it has ${reason.length}).` });
  }
  const evidence = answer.evidence ?? '';
  if (evidence.length > EVIDENCE_MAX_LENGTH) {
    issues.push({ dimension, field: 'evidence', message: `Keep the evidence to ${EVIDENCE_MAX_LENGTH} characters or fewer (it has ${evidence.length}).` });
  }
  if (answer.confidence !== undefined && !CONFIDENCES.includes(answer.confidence)) {
    issues.push({ dimension, field: 'confidence', message: 'Choose Low, Medium or High confidence.' });
  }
  return issues.filter((i): i is IAnswerIssue => i !== undefined);
}

/** The model's dimensions that still need a current or a target level, in the model's order. */
export function missingDimensions(model: ISurveyModel, answers: readonly ISurveyAnswer[]): ISurveyDimension[] {
  return model.dimensions.filter((d) => !isAnswered(answerFor(answers, d.title)));
}

export interface IResponseCheck {
  /** Problems with given answers (for the model's dimensions). */
  readonly issues: readonly IAnswerIssue[];
  /** Dimensions without both levels. */
  readonly missing: readonly ISurveyDimension[];
  /** Nothing missing and no problems. */
  readonly canSubmit: boolean;
}

/** Everything that stands between the answers and a submission. */
export function checkResponse(model: ISurveyModel, answers: readonly ISurveyAnswer[]): IResponseCheck {
  const issues = model.dimensions.flatMap((d) => {
    const answer = answerFor(answers, d.title);
    return answer ? answerIssues(model, { ...answer, dimension: d.title }) : [];
  });
  const missing = missingDimensions(model, answers);
  return { issues, missing, canSubmit: issues.length === 0 && missing.length === 0 };
}

/**
 * Why a response's stored Answers text is not answers the survey could have written, or undefined: it must be a JSON
 * list of answers, each naming its dimension once, with levels that are whole numbers from 1 to MAX_LEVELS (no model
 * has more), a known confidence and evidence and reason within their limits. The data layer refuses such a write and
 * leaves such a value out when reading (src/data/schema/lists.ts), so it counts as no answers rather than as a response.
 * The text follows the field's title and a colon ("Answers: ...").
 */
export function storedAnswersIssue(json: string): string | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    return 'this text is not JSON; answers are kept as a JSON list, one per dimension.';
  }
  if (!Array.isArray(parsed)) return 'this is not a list; answers are kept as a JSON list, one per dimension.';
  const seen = new Set<string>();
  for (const entry of parsed as unknown[]) {
    const answer = entry as Record<string, unknown> | null;
    if (typeof answer !== 'object' || answer === null || Array.isArray(answer) || typeof answer.dimension !== 'string' || !answer.dimension.trim()) {
      return 'an answer does not name its dimension.';
    }
    const dimension = answer.dimension.trim();
    if (seen.has(dimension.toLowerCase())) return `"${dimension}" is answered more than once.`;
    seen.add(dimension.toLowerCase());
    for (const field of ['current', 'target'] as const) {
      const level = answer[field];
      if (level !== undefined && (typeof level !== 'number' || !Number.isInteger(level) || level < 1 || level > MAX_LEVELS)) {
        return `the ${field} level for "${dimension}" is ${JSON.stringify(level)}; levels are whole numbers from 1 to ${MAX_LEVELS}.`;
      }
    }
    if (answer.confidence !== undefined && !CONFIDENCES.includes(answer.confidence as (typeof CONFIDENCES)[number])) {
      return `the confidence for "${dimension}" is ${JSON.stringify(answer.confidence)}; it is Low, Medium or High.`;
    }
    for (const [field, limit] of [['evidence', EVIDENCE_MAX_LENGTH], ['targetReason', REASON_MAX_LENGTH]] as const) {
      const value = answer[field];
      if (value !== undefined && (typeof value !== 'string' || value.length > limit)) {
        return `the ${field === 'evidence' ? 'evidence' : 'reason'} for "${dimension}" is not text of ${limit} characters or fewer.`;
      }
    }
  }
  return undefined;
}
