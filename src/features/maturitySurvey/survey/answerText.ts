import { ISurveyAnswer } from '../../../domain/maturity/answers';
import { levelLabel, ISurveyModel } from '../../../domain/maturity/surveyModel';

/** An answer in a sentence, for the conflict dialog and the last-round note. */
export function describeAnswer(model: ISurveyModel, answer: ISurveyAnswer | undefined): string {
  if (!answer || (answer.current === undefined && answer.target === undefined && !answer.evidence)) return 'Not answered';
  const parts = [`Current ${levelLabel(model, answer.current)}`, `target ${levelLabel(model, answer.target)}`];
  if (answer.targetReason) parts.push(`reason: ${answer.targetReason}`);
  if (answer.confidence) parts.push(`${answer.confidence.toLowerCase()} confidence`);
  if (answer.evidence) parts.push(`evidence: ${answer.evidence}`);
  return parts.join('; ');
}

/** An overall level, which can sit between levels: "2", "2.5". */
export function formatOverall(level: number): string {
  return String(Math.round(level * 100) / 100);
}
