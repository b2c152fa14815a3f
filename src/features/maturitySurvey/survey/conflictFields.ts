import { IConflictField } from '../../shared/conflict/ConflictDialog';
import { answerFor, ISurveyAnswer, orderedAnswers, readAnswers } from '../../../domain/maturity/answers';
import { IMaturityResponse } from '../../../domain/entities';
import { ISurveyModel } from '../../../domain/maturity/surveyModel';
import { describeAnswer } from './answerText';

/** A response's answers as the conflict dialog's fields: one field per dimension, keyed d0, d1, ... */

const key = (index: number): string => `d${index}`;

export function answerFields(model: ISurveyModel): IConflictField[] {
  return model.dimensions.map((d, i) => ({ key: key(i), label: d.title, format: (value) => describeAnswer(model, value as ISurveyAnswer | undefined) }));
}

export function answersRecord(model: ISurveyModel, answers: readonly ISurveyAnswer[]): Record<string, unknown> {
  const record: Record<string, unknown> = {};
  model.dimensions.forEach((d, i) => {
    const answer = answerFor(answers, d.title);
    record[key(i)] = answer ? { ...answer, dimension: d.title } : undefined;
  });
  return record;
}

export function theirRecord(model: ISurveyModel, theirs: IMaturityResponse): Record<string, unknown> {
  return { ...answersRecord(model, readAnswers(theirs.answers)), editor: theirs.editor, modified: theirs.modified };
}

/** The answers the dialog resolved to, plus my answers for dimensions the model no longer has. */
export function answersFromRecord(model: ISurveyModel, values: Record<string, unknown>, mine: readonly ISurveyAnswer[]): ISurveyAnswer[] {
  const chosen = model.dimensions.map((_d, i) => values[key(i)] as ISurveyAnswer | undefined).filter((a): a is ISurveyAnswer => a !== undefined);
  const outside = orderedAnswers(model, mine).filter((a) => !model.dimensions.some((d) => d.title.toLowerCase() === a.dimension.trim().toLowerCase()));
  return [...chosen, ...outside];
}
