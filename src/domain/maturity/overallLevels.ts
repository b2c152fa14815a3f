import { IMaturityResponse } from '../entities';
import { median } from './maturityLevel';
import { answerFor, ISurveyAnswer, orderedAnswers } from './answers';
import { ISurveyModel } from './surveyModel';

/**
 * A response's overall levels, stored on submit as OverallCurrent and OverallTarget, by the rule that
 * `maturityLevel.ts` documents: the median of the dimension levels (unanswered dimensions left out; a median
 * of an even count is the mean of the middle two, so 2.5 is possible). Only the model's dimensions and levels
 * within its range count.
 */
export function overallLevels(model: ISurveyModel, answers: readonly ISurveyAnswer[]): { current?: number; target?: number } {
  const max = model.levels.length;
  const levels = (pick: (a: ISurveyAnswer) => number | undefined): number[] =>
    model.dimensions
      .map((d) => answerFor(answers, d.title))
      .map((a) => (a ? pick(a) : undefined))
      .filter((v): v is number => v !== undefined && Number.isInteger(v) && v >= 1 && v <= max);
  return { current: median(levels((a) => a.current)), target: median(levels((a) => a.target)) };
}

/**
 * The values that submit a response: Status Submitted, SubmittedOn (kept from the first submission when the
 * manager later changes a submitted response), the answers and the overall levels.
 */
export function submissionValues(
  model: ISurveyModel,
  answers: readonly ISurveyAnswer[],
  now: Date,
  firstSubmittedOn?: string
): Pick<IMaturityResponse, 'status' | 'submittedOn' | 'answers' | 'overallCurrent' | 'overallTarget'> {
  const overall = overallLevels(model, answers);
  return {
    status: 'Submitted',
    submittedOn: firstSubmittedOn ?? now.toISOString(),
    answers: JSON.stringify(orderedAnswers(model, answers)),
    overallCurrent: overall.current,
    overallTarget: overall.target
  };
}
