import { ConflictError, isDataError } from '../../../domain/dataErrors';
import { ILookupRef, IMaturityResponse } from '../../../domain/entities';
import { ISurveyAnswer, readAnswers, sameAnswers, writeAnswers } from '../../../domain/maturity/answers';
import { ILocalDraft, IResumePoint } from '../../../domain/maturity/draftResume';
import { submissionValues } from '../../../domain/maturity/overallLevels';
import { chooseOwnResponse } from '../../../domain/maturity/ownResponse';
import { retryDelayMs } from '../../../domain/saving/retryDelay';
import { ISurveyModel } from '../../../domain/maturity/surveyModel';
import { checkResponse } from '../../../domain/maturity/validateResponse';
import { IDraftStore, IRepository } from '../../../domain/services';

/** Where the manager's answers are: what the status line says (the editing kit's statuses). */
export type { SaveStatus } from '../../shared/saving/ItemSaver';
import type { SaveStatus } from '../../shared/saving/ItemSaver';

export interface IConflict {
  /** The answers as this device last read or saved them. */
  readonly base?: readonly ISurveyAnswer[];
  readonly mine: readonly ISurveyAnswer[];
  /** The response as saved elsewhere; undefined if it was deleted. */
  readonly theirs?: IMaturityResponse;
}

export interface ISaverState {
  readonly answers: readonly ISurveyAnswer[];
  readonly step: number;
  readonly status: 'Draft' | 'Submitted';
  readonly submittedOn?: string;
  readonly responseId?: number;
  readonly save: SaveStatus;
  readonly submitting: boolean;
  readonly submitError?: string;
  readonly conflict?: IConflict;
  /** Whether the conflict dialog is showing (a cancelled one can be opened again). */
  readonly conflictOpen: boolean;
}

export interface IResponseSaverOptions {
  readonly responses: IRepository<IMaturityResponse>;
  readonly drafts: IDraftStore;
  /** Where this device keeps the draft (per round, department and respondent). */
  readonly draftKey: string;
  readonly model: ISurveyModel;
  readonly round: ILookupRef;
  readonly department: ILookupRef;
  readonly respondentId: number;
  readonly start: IResumePoint;
  /** A closed round: nothing is saved. */
  readonly readOnly: boolean;
  readonly now?: () => Date;
  /** How long after the last change the draft is saved to the list. */
  readonly debounceMs?: number;
}

export const SAVE_DEBOUNCE_MS = 1500;

type Timer = ReturnType<typeof setTimeout>;

/**
 * Keeps one maturity response safe while a manager works on it: every change is kept on this device at once and
 * saved to the list ~1.5 s after the last change (added, then updated with its ETag). A failed save is retried
 * with backoff and says why; a change made elsewhere meanwhile becomes a conflict to resolve, never an overwrite.
 * Submitting is idempotent: the first save finds or creates the one response per (round, department, respondent),
 * and a repeated submit that meets its own earlier success counts as done.
 */
export class ResponseSaver {
  private state: ISaverState;
  private readonly listeners = new Set<(state: ISaverState) => void>();
  private version = 0;
  private savedVersion = 0;
  private etag: string | undefined;
  private base: readonly ISurveyAnswer[] | undefined;
  private savedAt: string | undefined;
  private attempt = 0;
  private debounce: Timer | undefined;
  private retry: Timer | undefined;
  private inFlight: Promise<void> | undefined;
  private again = false;
  private disposed = false;
  private readonly now: () => Date;

  public constructor(private readonly options: IResponseSaverOptions) {
    const { start } = options;
    this.now = options.now ?? (() => new Date());
    this.etag = start.etag;
    this.base = start.base;
    this.savedAt = start.savedAt;
    if (start.dirty) this.version = 1;
    this.state = {
      answers: start.answers,
      step: start.step,
      status: start.status,
      submittedOn: start.submittedOn,
      responseId: start.responseId,
      save: start.dirty ? { kind: 'pending' } : start.savedAt && start.responseId ? { kind: 'saved', at: start.savedAt } : { kind: 'idle' },
      submitting: false,
      conflictOpen: false
    };
  }

  public getState(): ISaverState {
    return this.state;
  }

  public subscribe(listener: (state: ISaverState) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Saves unsaved changes found on this device at start (a reload or a tab closed before the save). */
  public resume(): void {
    if (this.version !== this.savedVersion && !this.options.readOnly) this.schedule(0);
  }

  public change(answers: readonly ISurveyAnswer[]): void {
    if (this.options.readOnly || this.disposed) return;
    this.version += 1;
    const waiting = this.retry !== undefined;
    this.set({ answers, submitError: undefined, save: waiting ? this.state.save : { kind: 'pending' } });
    this.keepOnDevice();
    if (!waiting && !this.state.conflict) this.schedule(this.options.debounceMs ?? SAVE_DEBOUNCE_MS);
  }

  public setStep(step: number): void {
    if (step === this.state.step) return;
    this.set({ step });
    this.keepOnDevice();
  }

  /** Tries a waiting save now (the network is back, or the manager asked). */
  public retryNow(): void {
    if (this.retry === undefined && this.state.save.kind !== 'failed') return;
    this.clearTimers();
    this.saveNow().catch(() => undefined);
  }

  /** Saves now if anything is unsaved; resolves when this save (and any it queued) is over. */
  public saveNow(): Promise<void> {
    if (this.inFlight) {
      this.again = true;
      return this.inFlight;
    }
    if (this.options.readOnly || this.disposed || this.state.conflict || this.version === this.savedVersion) return Promise.resolve();
    this.clearTimers();
    this.inFlight = this.save().finally(() => {
      this.inFlight = undefined;
      if (this.again) {
        this.again = false;
        if (this.version !== this.savedVersion && this.retry === undefined) this.schedule(0);
      }
    });
    return this.inFlight;
  }

  /** Submits the answers (once they pass the checks). Resolves true when the response is submitted. */
  public async submit(): Promise<boolean> {
    if (this.options.readOnly || this.state.submitting || this.state.conflict) return false;
    const answers = this.state.answers;
    if (!checkResponse(this.options.model, answers).canSubmit) return false;
    this.set({ submitting: true, submitError: undefined });
    try {
      this.clearTimers();
      if (this.inFlight) await this.inFlight;
      if (this.state.conflict) return false;
      const version = this.version;
      if (this.state.responseId === undefined) await this.create(answers);
      const values = submissionValues(this.options.model, answers, this.now(), this.state.submittedOn);
      let submittedOn = values.submittedOn;
      try {
        this.etag = (await this.options.responses.update(this.state.responseId as number, values, this.etag ?? '*')).etag;
      } catch (error) {
        // A repeated submit (or a retried request) that meets its own earlier success is done, not a conflict.
        const theirs = error instanceof ConflictError ? (error.theirs as IMaturityResponse | undefined) : undefined;
        if (!theirs || theirs.status !== 'Submitted' || !sameAnswers(this.options.model, readAnswers(theirs.answers), answers)) throw error;
        this.etag = theirs.etag;
        submittedOn = theirs.submittedOn ?? submittedOn;
      }
      this.saved(version, answers);
      this.set({ status: 'Submitted', submittedOn });
      this.keepOnDevice();
      return true;
    } catch (error) {
      this.failed(error, false);
      if (!this.state.conflict) this.set({ submitError: isDataError(error) ? error.message : 'The response could not be submitted. Try again.' });
      return false;
    } finally {
      this.set({ submitting: false });
    }
  }

  /** Saves the answers chosen in the conflict dialog over the version saved elsewhere (or re-creates a deleted one). */
  public resolveConflict(answers: readonly ISurveyAnswer[]): void {
    const conflict = this.state.conflict;
    if (!conflict) return;
    const theirs = conflict.theirs;
    this.etag = theirs?.etag;
    this.base = theirs ? readAnswers(theirs.answers) : undefined;
    this.version += 1;
    this.set({
      answers,
      conflict: undefined,
      conflictOpen: false,
      responseId: theirs?.id,
      status: theirs?.status ?? 'Draft',
      submittedOn: theirs?.submittedOn,
      save: { kind: 'pending' }
    });
    this.keepOnDevice();
    this.saveNow().catch(() => undefined);
  }

  public showConflict(open: boolean): void {
    if (this.state.conflict) this.set({ conflictOpen: open });
  }

  /** Stops listening and timing; changes still unsaved get one last try (they are on this device anyway). */
  public dispose(): void {
    this.listeners.clear();
    const unsaved = this.version !== this.savedVersion && !this.state.conflict && !this.options.readOnly;
    if (unsaved && !this.inFlight) {
      this.clearTimers();
      this.saveNow().catch(() => undefined);
    }
    this.clearTimers();
    this.disposed = true;
  }

  // ------------------------------------------------------------------ internals

  private set(change: Partial<ISaverState>): void {
    this.state = { ...this.state, ...change };
    for (const listener of this.listeners) listener(this.state);
  }

  private keepOnDevice(): void {
    const draft: ILocalDraft = {
      answers: this.state.answers,
      step: this.state.step,
      dirty: this.version !== this.savedVersion,
      responseId: this.state.responseId,
      etag: this.etag,
      base: this.base,
      savedAt: this.savedAt
    };
    this.options.drafts.write(this.options.draftKey, draft);
  }

  private clearTimers(): void {
    if (this.debounce !== undefined) clearTimeout(this.debounce);
    if (this.retry !== undefined) clearTimeout(this.retry);
    this.debounce = undefined;
    this.retry = undefined;
  }

  private schedule(ms: number): void {
    if (this.debounce !== undefined) clearTimeout(this.debounce);
    this.debounce = setTimeout(() => {
      this.debounce = undefined;
      this.saveNow().catch(() => undefined);
    }, ms);
  }

  private async save(): Promise<void> {
    const version = this.version;
    const answers = this.state.answers;
    const submitted = this.state.status === 'Submitted';
    if (submitted && !checkResponse(this.options.model, answers).canSubmit) {
      // A submitted response stays complete and valid in the list; the change waits on this device.
      this.set({ save: { kind: 'invalid' } });
      return;
    }
    this.set({ save: { kind: 'saving' } });
    try {
      if (this.state.responseId === undefined) {
        await this.create(answers);
      } else {
        const values: Partial<IMaturityResponse> = submitted
          ? submissionValues(this.options.model, answers, this.now(), this.state.submittedOn)
          : { answers: writeAnswers(this.options.model, answers) };
        this.etag = (await this.options.responses.update(this.state.responseId, values, this.etag ?? '*')).etag;
      }
      this.saved(version, answers);
    } catch (error) {
      // A 412 from a version that already holds these answers (an earlier save or submit whose answer was lost on
      // the way back) is not a conflict: carry on from that version.
      const theirs = error instanceof ConflictError ? (error.theirs as IMaturityResponse | undefined) : undefined;
      if (theirs && sameAnswers(this.options.model, readAnswers(theirs.answers), answers)) {
        this.etag = theirs.etag;
        this.set({ responseId: theirs.id, status: theirs.status, submittedOn: theirs.submittedOn });
        this.saved(version, answers);
        return;
      }
      this.failed(error, true);
    }
  }

  private saved(version: number, answers: readonly ISurveyAnswer[]): void {
    this.savedVersion = version;
    this.base = answers;
    this.attempt = 0;
    this.savedAt = this.now().toISOString();
    this.set({ save: { kind: 'saved', at: this.savedAt } });
    this.keepOnDevice();
  }

  private async findOwn(): Promise<IMaturityResponse[]> {
    const { round, department, respondentId } = this.options;
    const found = await this.options.responses.getAll({ where: { round: round.id, department: department.id, author: respondentId } });
    return [...found];
  }

  /** Find or create: the one response per (round, department, respondent), holding these answers. */
  private async create(answers: readonly ISurveyAnswer[]): Promise<void> {
    const { round, department, respondentId, model } = this.options;
    let chosen = chooseOwnResponse(await this.findOwn(), round.id, department.id, respondentId).chosen;
    if (!chosen) {
      try {
        const added = await this.options.responses.add({ title: `${department.title}, ${round.title}`, round, department, status: 'Draft', answers: writeAnswers(model, answers) });
        // A retried add can leave a second item: keep the oldest, remove the respondent's other drafts.
        const choice = chooseOwnResponse(await this.findOwn(), round.id, department.id, respondentId);
        await Promise.all(choice.duplicates.map((d) => this.options.responses.delete(d.id).catch(() => undefined)));
        chosen = choice.chosen && choice.chosen.id !== added.id ? choice.chosen : added;
      } catch (error) {
        if (!isDataError(error, 'Duplicate')) throw error;
        chosen = chooseOwnResponse(await this.findOwn(), round.id, department.id, respondentId).chosen;
        if (!chosen) throw error;
      }
    }
    this.adopt(chosen, answers);
  }

  /** Works on an existing response from now on; one holding other answers is a conflict to resolve. */
  private adopt(response: IMaturityResponse, answers: readonly ISurveyAnswer[]): void {
    const theirs = readAnswers(response.answers);
    this.set({ responseId: response.id, status: response.status, submittedOn: response.submittedOn });
    this.etag = response.etag;
    if (!sameAnswers(this.options.model, theirs, answers)) throw new ConflictError<IMaturityResponse>({}, response);
  }

  private failed(error: unknown, retry: boolean): void {
    if (error instanceof ConflictError || isDataError(error, 'NotFound')) {
      const theirs = error instanceof ConflictError ? (error.theirs as IMaturityResponse | undefined) : undefined;
      this.set({ conflict: { base: this.base, mine: this.state.answers, theirs }, conflictOpen: true, save: { kind: 'conflict' } });
      return;
    }
    if (isDataError(error, 'AccessDenied')) {
      this.set({ save: { kind: 'denied' } });
      return;
    }
    if (isDataError(error, 'Validation') || isDataError(error, 'Duplicate')) {
      this.set({ save: { kind: 'failed', message: error.message } });
      return;
    }
    this.attempt += 1;
    const delay = retryDelayMs(this.attempt);
    const retryAt = this.now().getTime() + delay;
    this.set({ save: isDataError(error, 'Offline') ? { kind: 'offline', retryAt } : { kind: 'retrying', retryAt } });
    if (!this.disposed && (retry || this.version !== this.savedVersion)) {
      if (this.retry !== undefined) clearTimeout(this.retry);
      this.retry = setTimeout(() => {
        this.retry = undefined;
        this.saveNow().catch(() => undefined);
      }, delay);
    }
  }
}
