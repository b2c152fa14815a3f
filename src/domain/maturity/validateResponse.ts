import { answerFor, CONFIDENCES, ISurveyAnswer, isAnswered } from './answers';
import { ISurveyDimension, ISurveyModel } from './surveyModel';

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
