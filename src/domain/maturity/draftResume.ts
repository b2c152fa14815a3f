import { IMaturityResponse } from '../entities';
import { ISurveyAnswer, readAnswers } from './answers';

/**
 * Where a manager resumes: the copy kept on this device and the response in the list are compared, so a closed
 * tab, a reload, a dropped network or a failed save loses nothing.
 * - Unsaved changes on this device win; they are saved to the response they were based on (with that version's
 *   ETag, so a change made elsewhere meanwhile shows as a conflict instead of being overwritten).
 * - Otherwise the list's response wins (it may have been changed on another device); the step is kept.
 */

/** What this device keeps for one (round, department, respondent). */
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

export interface IResumePoint extends ILocalDraft {
  /** Where the answers came from. */
  readonly source: 'device' | 'list' | 'new';
  readonly status: 'Draft' | 'Submitted';
  readonly submittedOn?: string;
}

/** A draft read back from the device as it was written, or undefined (from an older version, or tampered with). */
function usable(local: ILocalDraft | undefined): ILocalDraft | undefined {
  if (!local || typeof local !== 'object' || !Array.isArray(local.answers)) return undefined;
  const answers = local.answers.filter((a) => a && typeof a === 'object' && typeof a.dimension === 'string');
  return { ...local, answers, step: Number.isInteger(local.step) && local.step >= 0 ? local.step : 0, dirty: local.dirty === true };
}

export function resumePoint(stored: ILocalDraft | undefined, server: IMaturityResponse | undefined): IResumePoint {
  const local = usable(stored);
  const step = local?.step ?? 0;
  if (!server) {
    if (local?.dirty && local.answers.length) return { ...local, responseId: undefined, etag: undefined, base: undefined, source: 'device', status: 'Draft' };
    return { answers: [], step, dirty: false, source: 'new', status: 'Draft' };
  }
  const serverAnswers = readAnswers(server.answers);
  const fromServer = { responseId: server.id, status: server.status, submittedOn: server.submittedOn } as const;
  if (local?.dirty) {
    const sameResponse = local.responseId === server.id && local.etag !== undefined;
    return {
      ...local,
      ...fromServer,
      etag: sameResponse ? local.etag : server.etag,
      base: sameResponse ? local.base : serverAnswers,
      source: 'device'
    };
  }
  return { answers: serverAnswers, step, dirty: false, etag: server.etag, base: serverAnswers, savedAt: local?.savedAt ?? server.modified, ...fromServer, source: 'list' };
}
