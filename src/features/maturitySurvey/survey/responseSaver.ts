import { isDataError } from '../../../domain/dataErrors';
import { IMaturityResponse, IPersonRef } from '../../../domain/entities';
import { ISurveyAnswer, mergeAnswers, readAnswers, sameAnswers, writeAnswers } from '../../../domain/maturity/answers';
import { ILocalDraft } from '../../../domain/maturity/draftResume';
import { submissionValues } from '../../../domain/maturity/overallLevels';
import { ISurveyModel } from '../../../domain/maturity/surveyModel';
import { checkResponse } from '../../../domain/maturity/validateResponse';
import { sameValue } from '../../../domain/conflict';
import { IDraftStore, IRepository } from '../../../domain/services';
import { IDeviceDraft, IItemSaverState, ItemSaver, readDeviceDraft, SaveStatus } from '../../shared/saving/ItemSaver';

/** Where the manager's answers are: what the status line says (the editing kit's statuses). */
export type { SaveStatus } from '../../shared/saving/ItemSaver';

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
  /** The department's one response for the round, as read (opening the round created it). */
  readonly response: IMaturityResponse;
  /** Who is answering (recorded as the submitter). */
  readonly respondent: IPersonRef;
  /** A closed round: nothing is saved. */
  readonly readOnly: boolean;
  readonly now?: () => Date;
  /** How long after the last change the answers are saved to the list. */
  readonly debounceMs?: number;
}

export const SAVE_DEBOUNCE_MS = 1500;

/** The step the manager was on is kept on this device beside the answers. */
const stepKey = (draftKey: string): string => `${draftKey}:step`;

/**
 * Answers mean the same when they say the same (order and empty properties aside); any two submission dates or
 * submitters mean "submitted" (the first submission's date is kept), so a repeated submit is not a conflict.
 */
function sameField(model: ISurveyModel): (key: string, a: unknown, b: unknown) => boolean {
  return (key, a, b) => {
    if (key === 'answers') return sameAnswers(model, readAnswers(a as string | undefined), readAnswers(b as string | undefined));
    if (key === 'submittedOn') return (a === undefined || a === null) === (b === undefined || b === null);
    if (key === 'submittedBy') return (a as IPersonRef | undefined)?.id === (b as IPersonRef | undefined)?.id || (!!a && !!b);
    return sameValue(a, b);
  };
}

/** A draft this device kept before the survey moved onto the shared save path (answers, step, ETag). */
function legacyDraft(drafts: IDraftStore, draftKey: string): ILocalDraft | undefined {
  const old = drafts.read<ILocalDraft>(draftKey);
  return old && typeof old === 'object' && Array.isArray(old.answers) ? old : undefined;
}

/**
 * Keeps the department's maturity response safe while a respondent works on it, on the shared save path
 * (src/features/shared/saving/ItemSaver.ts): every change is kept on this device at once and saved ~1.5 s after the
 * last change with the response's ETag; failures retry with backoff; a change made elsewhere meanwhile is merged
 * field by field where it can be, else shown as a conflict, never overwritten. What is particular to the survey is
 * here: answers are one JSON field compared by meaning; a submitted response must stay complete in the list (an
 * invalid change waits on this device); submitting writes Status, Submitted on and by, and the overall levels in one
 * save; and the step the manager was on is kept on this device.
 */
export class ResponseSaver {
  private readonly saver: ItemSaver<IMaturityResponse>;
  private state: ISaverState;
  private readonly listeners = new Set<(state: ISaverState) => void>();
  private unsubscribe: () => void;
  private step: number;
  private submitting = false;
  private submitError: string | undefined;
  private conflictOpen = false;
  private lastConflict: unknown;
  private resumeDirty = false;
  private readonly now: () => Date;

  public constructor(private readonly options: IResponseSaverOptions) {
    const { drafts, draftKey, response, model } = options;
    this.now = options.now ?? (() => new Date());
    const legacy = legacyDraft(drafts, draftKey);
    let draft: IDeviceDraft<IMaturityResponse> | undefined = legacy ? undefined : readDeviceDraft<IMaturityResponse>(drafts, draftKey);
    if (legacy?.dirty) {
      const sameVersion = legacy.responseId === response.id && legacy.etag !== undefined;
      draft = {
        mine: { answers: writeAnswers(model, legacy.answers) },
        base: sameVersion ? { ...response, etag: legacy.etag, answers: writeAnswers(model, legacy.base ?? []) } : undefined,
        itemId: response.id
      };
    }
    if (legacy && !legacy.dirty) drafts.remove(draftKey); // nothing unsaved in it: the list has it all
    if (draft && draft.itemId !== undefined && draft.itemId !== response.id) draft = undefined;
    this.step = drafts.read<number>(stepKey(draftKey)) ?? legacy?.step ?? 0;
    if (!Number.isInteger(this.step) || this.step < 0) this.step = 0;
    const usable = !options.readOnly && draft !== undefined;
    this.saver = new ItemSaver<IMaturityResponse>({
      repository: options.responses,
      // Unsaved answers from this device apply to the version they were typed over: saving them at that version's
      // ETag makes a change made elsewhere meanwhile a merge or a conflict, never a silent overwrite.
      item: usable && draft?.base ? draft.base : response,
      drafts,
      draftKey,
      debounceMs: options.debounceMs ?? SAVE_DEBOUNCE_MS,
      same: sameField(model),
      // Two devices (or two respondents) changing different answers, or different parts of one, merge by themselves.
      mergeField: (key, base, mine, theirs) => {
        if (key !== 'answers') return undefined;
        const merged = mergeAnswers(model, readAnswers(base as string | undefined), readAnswers(mine as string | undefined), readAnswers(theirs as string | undefined));
        return merged ? { value: writeAnswers(model, merged) } : undefined;
      },
      now: this.now,
      hold: (mine) => (this.shownStatus(mine) === 'Submitted' && !checkResponse(model, readAnswers(mine.answers)).canSubmit ? { kind: 'invalid' } : undefined)
    });
    if (usable && draft) {
      this.saver.restore({ mine: draft.mine });
      this.resumeDirty = true;
    }
    this.state = this.compute(this.saver.getState());
    this.unsubscribe = this.saver.subscribe((inner) => this.publish(inner));
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
    if (this.resumeDirty && !this.options.readOnly) {
      this.resumeDirty = false;
      this.saver.save().catch(() => undefined);
    }
  }

  public change(answers: readonly ISurveyAnswer[]): void {
    if (this.options.readOnly) return;
    this.submitError = undefined;
    const status = this.state.status;
    const values: Partial<IMaturityResponse> =
      status === 'Submitted' ? submissionValues(this.options.model, answers, this.now(), this.state.submittedOn) : { answers: writeAnswers(this.options.model, answers) };
    this.saver.change(values);
  }

  public setStep(step: number): void {
    if (step === this.step) return;
    this.step = step;
    this.options.drafts.write(stepKey(this.options.draftKey), step);
    this.publish(this.saver.getState());
  }

  /** Tries a waiting save now (the network is back, or the manager asked). */
  public retryNow(): void {
    this.saver.retryNow();
  }

  /** Saves now if anything is unsaved; resolves when this save is over. */
  public async saveNow(): Promise<void> {
    if (this.options.readOnly || !this.saver.dirty) return;
    await this.saver.save();
  }

  /** Submits the answers (once they pass the checks). Resolves true when the response is submitted. */
  public async submit(): Promise<boolean> {
    if (this.options.readOnly || this.submitting || this.state.conflict) return false;
    const answers = this.state.answers;
    if (!checkResponse(this.options.model, answers).canSubmit) return false;
    this.submitting = true;
    this.submitError = undefined;
    this.publish(this.saver.getState());
    try {
      const values: Partial<IMaturityResponse> = {
        ...submissionValues(this.options.model, answers, this.now(), this.state.submittedOn),
        submittedBy: this.options.respondent
      };
      let saved = await this.saver.save({ ...this.saver.getState().mine, ...values });
      const after = this.saver.getState();
      // A save already on its way when Submit was pressed answers first; the submission goes next.
      if (saved?.status !== 'Submitted' && !after.conflict && after.status.kind === 'saved' && this.saver.dirty) saved = await this.saver.save();
      if (saved?.status === 'Submitted') return true;
      const inner = this.saver.getState();
      if (!inner.conflict) this.submitError = isDataError(inner.error) ? inner.error.message : 'The response could not be submitted. Try again.';
      return false;
    } finally {
      this.submitting = false;
      this.publish(this.saver.getState());
    }
  }

  /** Saves the answers chosen in the conflict dialog over the version saved elsewhere. */
  public resolveConflict(answers: readonly ISurveyAnswer[]): void {
    const conflict = this.saver.getState().conflict;
    if (!conflict) return;
    const theirs = conflict.theirs;
    const values: Partial<IMaturityResponse> =
      theirs?.status === 'Submitted' && checkResponse(this.options.model, answers).canSubmit
        ? submissionValues(this.options.model, answers, this.now(), theirs.submittedOn)
        : { answers: writeAnswers(this.options.model, answers) };
    this.conflictOpen = false;
    this.saver.resolve(values).catch(() => undefined);
  }

  public showConflict(open: boolean): void {
    if (!this.state.conflict) return;
    this.conflictOpen = open;
    this.publish(this.saver.getState());
  }

  /** Stops listening; unsaved changes get one last try (they are on this device anyway). */
  public dispose(): void {
    this.listeners.clear();
    this.unsubscribe();
    this.saver.dispose();
  }

  // ------------------------------------------------------------------ internals

  private shownStatus(mine: Partial<IMaturityResponse>): 'Draft' | 'Submitted' {
    return mine.status ?? this.saver?.getState().item?.status ?? this.options.response.status;
  }

  private publish(inner: IItemSaverState<IMaturityResponse>): void {
    if (inner.conflict && inner.conflict !== this.lastConflict) this.conflictOpen = true;
    this.lastConflict = inner.conflict;
    this.state = this.compute(inner);
    for (const listener of this.listeners) listener(this.state);
  }

  private compute(inner: IItemSaverState<IMaturityResponse>): ISaverState {
    const shown = inner.shown;
    const conflict = inner.conflict;
    return {
      answers: this.answersOf(shown.answers),
      step: this.step,
      status: shown.status ?? 'Draft',
      submittedOn: shown.submittedOn,
      responseId: inner.item?.id,
      save: inner.status,
      submitting: this.submitting,
      submitError: this.submitError,
      conflict: conflict && {
        base: conflict.base ? readAnswers(conflict.base.answers) : undefined,
        mine: readAnswers(conflict.mine.answers ?? shown.answers),
        theirs: conflict.theirs
      },
      conflictOpen: !!conflict && this.conflictOpen
    };
  }

  private answersCache: { json?: string; answers: readonly ISurveyAnswer[] } = { answers: [] };

  /** The answers as a list, read once per JSON text (so React sees the same array until they change). */
  private answersOf(json: string | undefined): readonly ISurveyAnswer[] {
    if (json !== this.answersCache.json) this.answersCache = { json, answers: readAnswers(json) };
    return this.answersCache.answers;
  }
}
