import { ISurveyAnswer } from './answers';

/**
 * The survey draft this device kept before the survey moved onto the shared save path (the editing kit's ItemSaver
 * keeps drafts now). ResponseSaver (src/features/maturitySurvey/survey/responseSaver.ts) still reads one, so answers
 * left unsaved on a device before an upgrade are not lost. One per (round, department, respondent).
 */
export interface ILocalDraft {
  readonly answers: readonly ISurveyAnswer[];
  /** The step the manager was on (0 = first dimension; the number of dimensions = review). */
  readonly step: number;
  /** Changes not yet saved to the list. */
  readonly dirty: boolean;
  readonly responseId?: number;
  /** The version of the response the answers are based on. */
  readonly etag?: string;
  /** The answers as last read from or saved to the list (to tell who changed what in a conflict). */
  readonly base?: readonly ISurveyAnswer[];
  /** When the answers were last saved to the list (ISO). */
  readonly savedAt?: string;
}
