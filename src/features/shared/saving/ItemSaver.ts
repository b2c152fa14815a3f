import { ConflictError, isDataError } from '../../../domain/dataErrors';
import { IEntity } from '../../../domain/entities';
import { newRequestId } from '../../../domain/saving/requestId';
import { retryDelayMs } from '../../../domain/saving/retryDelay';
import { changesOver, clashes, SameValue } from '../../../domain/saving/threeWay';
import { IDraftStore, IRepository } from '../../../domain/services';

/**
 * The one save path for a list item (forms, inline edits, autosaved answers). React code uses it through
 * useItemSaver (./useItemSaver.ts); a component shows `status` with SaveStatusLine and a conflict with
 * ConflictDialog (../conflict/ConflictDialog.tsx).
 *
 * - Optimistic: `state.shown` is the item with the user's values over it at once; the caller renders that.
 * - ETag-checked: an existing item is updated with only the fields that differ from the saved version, at its
 *   ETag, and the repository answers the saved item (one request; src/domain/services.ts).
 * - New items: added with a request id (IEntity.clientRequestId) made before the first attempt and kept with the draft, so
 *   a retried, doubled or reloaded first save finds the item it made instead of making a second; or, with `key`,
 *   found or created on the list's unique key (`findOrCreate`).
 * - Three-way merge: the saver keeps the version the user started from (`base`). On a 412 it compares base, mine
 *   and theirs field by field: when they changed only other fields (or the same field to the same value), mine is
 *   saved over theirs without asking; only a field both changed differently is a conflict, shown with both
 *   versions (`state.conflict`), resolved with `resolve('mine' | 'theirs' | merged values)`.
 * - Retries: a failed update (throttled, offline, SharePoint error) is tried again with backoff (2 s, 4 s … 1 min;
 *   never sooner than Retry-After) and at once on `retryNow()` (useItemSaver calls it when the browser is back
 *   online). An update retried after its first attempt did land meets a 412 whose version already holds these
 *   values: that merges to "saved", so retries are idempotent. A new item's add is retried the same way (its
 *   request id makes it idempotent).
 * - Device draft: with `drafts` and `draftKey`, unsaved values (with the base and ETag they apply to) are kept on
 *   this device until saved; `readDeviceDraft` offers them back after a reload.
 * - Autosave: with `debounceMs`, `change()` saves that long after the last change; otherwise call `save()`.
 *
 * ```ts
 * const saver = new ItemSaver({ repository: services.activities, item, drafts: services.drafts, draftKey: `activity:${item.id}` });
 * saver.subscribe((state) => render(state));
 * saver.change({ hours: 3 });
 * await saver.save();            // resolves with the saved item, or undefined (see state.status)
 * ```
 */

/** Where the user's changes are: what the status line says. */
export type SaveStatus =
  | { readonly kind: 'idle' }
  | { readonly kind: 'pending' }
  | { readonly kind: 'saving' }
  | { readonly kind: 'saved'; readonly at: string }
  | { readonly kind: 'retrying'; readonly retryAt: number }
  | { readonly kind: 'offline'; readonly retryAt: number }
  | { readonly kind: 'denied' }
  | { readonly kind: 'conflict' }
  | { readonly kind: 'invalid' }
  | { readonly kind: 'failed'; readonly message: string };

export interface ISaveConflict<T> {
  /** The version the user started from (undefined for a new item). */
  readonly base: T | undefined;
  /** The values the user is saving. */
  readonly mine: Partial<T>;
  /** The version saved elsewhere meanwhile; undefined if it was deleted. */
  readonly theirs: T | undefined;
}

export interface IItemSaverState<T> {
  /** The item as last read or saved (undefined until a new one is first saved). */
  readonly item: T | undefined;
  /** The user's values not yet saved (over `item`). */
  readonly mine: Partial<T>;
  /** What to show: the item with the user's values over it. */
  readonly shown: Partial<T>;
  readonly status: SaveStatus;
  /** The last failure, for a detailed notice (a ValidationError carries its field issues). */
  readonly error?: unknown;
  readonly conflict?: ISaveConflict<T>;
}

export interface IDeviceDraft<T> {
  readonly mine: Partial<T>;
  readonly base?: T;
  readonly itemId?: number;
}

export interface IItemSaverOptions<T extends IEntity> {
  readonly repository: IRepository<T>;
  /** The item being edited, as read; undefined for a new one. */
  readonly item?: T;
  /** For lists with one item per key (src/data/schema/lists.ts `uniqueKeys`): the key of the item. */
  readonly key?: Partial<T>;
  /**
   * With `key`, when the first save finds the item already made elsewhere (another tab, a lost answer): 'ask'
   * (default) shows a conflict where its values differ from mine; 'overwrite' saves mine over it (for items only the
   * same person writes, like their own score).
   */
  readonly existing?: 'ask' | 'overwrite';
  /** Fields written together: when one of them is sent, all are (a score and the rationale that explains it). */
  readonly together?: readonly (keyof T & string)[];
  /** Whether two values of a field mean the same (default: by meaning, see src/domain/conflict). */
  readonly same?: SameValue;
  /**
   * For a field both sides changed that holds several parts (a survey response's answers, one JSON field): the parts
   * merged three-way, `{ value }`, or undefined when the parts themselves clash (then the conflict view asks).
   */
  mergeField?(key: keyof T & string, base: unknown, mine: unknown, theirs: unknown): { readonly value: unknown } | undefined;
  readonly drafts?: IDraftStore;
  readonly draftKey?: string;
  /** Save this long after the last change; without it, saves only on save(). */
  readonly debounceMs?: number;
  readonly now?: () => Date;
  /**
   * A check before each save: when it answers a status (e.g. `{ kind: 'invalid' }`), the values are not sent and wait,
   * kept on this device, with that status until the next change or save (a submitted survey response that must stay
   * complete in the list).
   */
  hold?(mine: Partial<T>): SaveStatus | undefined;
  /** Called after every successful save with the saved item. */
  onSaved?(item: T, created: boolean): void;
}

type Timer = ReturnType<typeof setTimeout>;
type Written<T> = { readonly kind: 'saved'; readonly item: T; readonly created: boolean } | { readonly kind: 'conflict'; readonly theirs: T | undefined };

/** A device draft kept by an ItemSaver with this key, if any. */
export function readDeviceDraft<T>(drafts: IDraftStore, draftKey: string): IDeviceDraft<T> | undefined {
  const draft = drafts.read<IDeviceDraft<T>>(draftKey);
  return draft && typeof draft.mine === 'object' && draft.mine !== null ? draft : undefined;
}

export class ItemSaver<T extends IEntity> {
  private state: IItemSaverState<T>;
  private base: T | undefined;
  private readonly listeners = new Set<(state: IItemSaverState<T>) => void>();
  private attempt = 0;
  private debounce: Timer | undefined;
  private retry: Timer | undefined;
  private inFlight: Promise<T | undefined> | undefined;
  private again = false;
  private disposed = false;
  private readonly now: () => Date;

  public constructor(private readonly options: IItemSaverOptions<T>) {
    this.now = options.now ?? (() => new Date());
    this.base = options.item;
    this.state = { item: options.item, mine: {}, shown: { ...options.item } as Partial<T>, status: { kind: 'idle' } };
  }

  public getState(): IItemSaverState<T> {
    return this.state;
  }

  public subscribe(listener: (state: IItemSaverState<T>) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Whether anything typed is not saved yet. */
  public get dirty(): boolean {
    return Object.keys(this.unsaved()).length > 0 || (!this.state.item && Object.keys(this.state.mine).length > 0);
  }

  /** The user changed values (merged over earlier changes): shown at once, kept on this device, saved later. */
  public change(values: Partial<T>): void {
    if (this.disposed) return;
    this.set({ mine: { ...this.state.mine, ...values }, error: undefined, status: this.retry !== undefined ? this.state.status : { kind: 'pending' } });
    this.keepOnDevice();
    if (this.options.debounceMs !== undefined && !this.state.conflict && this.retry === undefined) this.schedule(this.options.debounceMs);
  }

  /** Takes back values kept on this device (they apply to the version they were typed over, for the merge). */
  public restore(draft: IDeviceDraft<T>): void {
    if (draft.base) this.base = draft.base;
    this.change(draft.mine);
  }

  /** Forgets unsaved values (and the device copy). */
  public discard(): void {
    this.clearTimers();
    this.set({ mine: {}, status: { kind: 'idle' }, error: undefined, conflict: undefined });
    this.forgetOnDevice();
  }

  /**
   * Saves now (with `values` replacing the user's values, when given). Resolves with the saved item, or undefined
   * when it was not saved (a conflict, a refusal, or a retry waiting; see state.status).
   */
  public save(values?: Partial<T>): Promise<T | undefined> {
    if (values) this.set({ mine: values });
    if (this.inFlight) {
      this.again = true;
      return this.inFlight;
    }
    if (this.disposed || this.state.conflict) return Promise.resolve(undefined);
    this.clearTimers();
    const held = this.options.hold?.(this.state.mine);
    if (held) {
      this.set({ status: held });
      return Promise.resolve(undefined);
    }
    this.inFlight = this.run().finally(() => {
      this.inFlight = undefined;
      if (this.again) {
        this.again = false;
        if (this.dirty && this.retry === undefined && !this.state.conflict) this.schedule(0);
      }
    });
    return this.inFlight;
  }

  /** Tries a waiting save now (the network is back, or the user asked). */
  public retryNow(): void {
    if (this.retry === undefined && this.state.status.kind !== 'failed') return;
    this.clearTimers();
    this.save().catch(() => undefined);
  }

  /**
   * Resolves the conflict: keep mine (over their version, or re-created if they deleted it), take theirs (my
   * changes are dropped), or save the values merged field by field in the conflict view.
   */
  public resolve(choice: 'mine' | 'theirs' | Partial<T>): Promise<T | undefined> {
    const conflict = this.state.conflict;
    if (!conflict) return Promise.resolve(undefined);
    const theirs = conflict.theirs;
    this.base = theirs;
    if (choice === 'theirs') {
      this.set({ item: theirs, mine: {}, conflict: undefined, status: theirs ? { kind: 'saved', at: this.now().toISOString() } : { kind: 'idle' } });
      this.forgetOnDevice();
      if (theirs) this.options.onSaved?.(theirs, false);
      return Promise.resolve(theirs);
    }
    const mine = choice === 'mine' ? conflict.mine : choice;
    this.set({ item: theirs, mine, conflict: undefined, status: { kind: 'pending' } });
    this.keepOnDevice();
    return this.save();
  }

  /**
   * Closes the conflict without saving: the user's values stay (unsaved, on this device) and can be saved again,
   * still compared with the version they started from (so the same clash asks again).
   */
  public cancelConflict(): void {
    const conflict = this.state.conflict;
    if (!conflict) return;
    this.set({ item: conflict.theirs ?? this.state.item, conflict: undefined, status: { kind: 'failed', message: 'Someone else changed this item.' } });
  }

  /** Stops timers; unsaved changes get one last try (they are kept on this device anyway). */
  public dispose(): void {
    this.listeners.clear();
    if (this.dirty && !this.inFlight && !this.state.conflict && this.state.item) this.save().catch(() => undefined);
    this.clearTimers();
    this.disposed = true;
  }

  // ------------------------------------------------------------------ internals

  private unsaved(): Partial<T> {
    return changesOver(this.state.item, this.state.mine, this.options.same);
  }

  private set(change: Partial<IItemSaverState<T>>): void {
    const next = { ...this.state, ...change };
    this.state = { ...next, shown: { ...next.item, ...next.mine } as Partial<T> };
    for (const listener of this.listeners) listener(this.state);
  }

  private keepOnDevice(): void {
    const { drafts, draftKey } = this.options;
    if (!drafts || !draftKey) return;
    if (!this.dirty) {
      drafts.remove(draftKey);
      return;
    }
    const draft: IDeviceDraft<T> = { mine: this.state.mine, base: this.base, itemId: this.state.item?.id };
    drafts.write(draftKey, draft);
  }

  private forgetOnDevice(): void {
    if (this.options.drafts && this.options.draftKey) this.options.drafts.remove(this.options.draftKey);
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
      this.save().catch(() => undefined);
    }, ms);
  }

  private async run(): Promise<T | undefined> {
    if (!this.state.item && !this.options.key && !this.state.mine.clientRequestId) {
      // A new item gets its request id before its first attempt, kept with the draft: every later attempt (a retry,
      // Add pressed again, the draft saved after a reload) is the same add and makes no second item.
      this.set({ mine: { ...this.state.mine, clientRequestId: newRequestId() } });
      this.keepOnDevice();
    }
    const mine = this.state.mine;
    this.set({ status: { kind: 'saving' }, error: undefined });
    try {
      const written = await this.write(mine);
      if (written.kind === 'conflict') {
        const myChanges = this.base ? changesOver(this.base, mine, this.options.same) : mine;
        this.set({ conflict: { base: this.base, mine: myChanges, theirs: written.theirs }, status: { kind: 'conflict' } });
        return undefined;
      }
      this.saved(written.item, written.created, mine);
      return written.item;
    } catch (error) {
      this.failed(error);
      return undefined;
    }
  }

  /** Writes the user's values; a 412 that clashes with nothing merges by itself (a few times at most). */
  private async write(mine: Partial<T>): Promise<Written<T>> {
    const { repository, key, same } = this.options;
    let item = this.state.item;
    if (!item) {
      if (!key) return { kind: 'saved', item: await repository.add(mine), created: true };
      const found = await repository.findOrCreate(key, mine);
      if (found.created) return { kind: 'saved', item: found.item, created: true };
      // One already exists for this key (made elsewhere): mine goes over it unless they chose differently.
      if (this.options.existing !== 'overwrite' && clashes(this.base, changesOver(found.item, mine, same), found.item, same).length) return { kind: 'conflict', theirs: found.item };
      item = found.item;
      this.base = found.item;
    }
    // What the user changed from the version they started from; sent where it differs from the saved version.
    let myChanges = this.base ? changesOver(this.base, mine, same) : mine;
    for (let round = 0; round < 3; round++) {
      const changes = this.withTogether(changesOver(item, myChanges, same), mine);
      if (!Object.keys(changes).length) return { kind: 'saved', item, created: false };
      try {
        return { kind: 'saved', item: await repository.update(item.id, changes, item.etag ?? '*'), created: false };
      } catch (error) {
        if (!(error instanceof ConflictError)) throw error;
        const theirs = error.theirs as T | undefined;
        const merged = theirs && this.mergedOver(myChanges, theirs);
        if (!theirs || !merged) return { kind: 'conflict', theirs };
        myChanges = merged;
        // They changed other fields (or other parts of a field) only: keep theirs, save my changes over it at its ETag.
        item = theirs;
        this.set({ item: theirs });
      }
    }
    return { kind: 'conflict', theirs: item };
  }

  /** My changes with each field both sides changed merged by `mergeField`; undefined when one truly clashes. */
  private mergedOver(myChanges: Partial<T>, theirs: T): Partial<T> | undefined {
    const { same, mergeField } = this.options;
    const merged: Record<string, unknown> = { ...myChanges };
    for (const key of clashes(this.base, myChanges, theirs, same)) {
      const result = mergeField?.(key as keyof T & string, (this.base as Record<string, unknown> | undefined)?.[key], merged[key], (theirs as Record<string, unknown>)[key]);
      if (!result) return undefined;
      merged[key] = result.value;
    }
    return merged as Partial<T>;
  }

  private withTogether(changes: Partial<T>, mine: Partial<T>): Partial<T> {
    const together = this.options.together ?? [];
    if (!together.some((key) => key in changes)) return changes;
    const all: Record<string, unknown> = { ...changes };
    for (const key of together) if (key in mine) all[key] = mine[key];
    return all as Partial<T>;
  }

  private saved(item: T, created: boolean, savedMine: Partial<T>): void {
    this.attempt = 0;
    this.base = item;
    // Values typed while the save was on its way stay unsaved (and are saved next); the rest is now the item.
    const typedMeanwhile = this.state.mine !== savedMine;
    this.set({ item, status: { kind: 'saved', at: this.now().toISOString() }, ...(typedMeanwhile ? {} : { mine: {} }) });
    this.keepOnDevice();
    this.options.onSaved?.(item, created);
  }

  private failed(error: unknown): void {
    if (isDataError(error, 'NotFound') && this.state.item) {
      this.set({ conflict: { base: this.base, mine: this.state.mine, theirs: undefined }, status: { kind: 'conflict' }, error });
      return;
    }
    if (isDataError(error, 'AccessDenied')) {
      this.set({ status: { kind: 'denied' }, error });
      return;
    }
    const retryable = (this.state.item !== undefined || this.options.key !== undefined || this.state.mine.clientRequestId !== undefined) && !isDataError(error, 'Validation') && !isDataError(error, 'Duplicate');
    if (!retryable || this.disposed) {
      this.set({ status: { kind: 'failed', message: isDataError(error) ? error.message : 'Something went wrong. Try again.' }, error });
      return;
    }
    this.attempt += 1;
    const delay = retryDelayMs(this.attempt, isDataError(error) ? error.retryAfterMs : undefined);
    const retryAt = this.now().getTime() + delay;
    this.set({ status: isDataError(error, 'Offline') ? { kind: 'offline', retryAt } : { kind: 'retrying', retryAt }, error });
    if (this.retry !== undefined) clearTimeout(this.retry);
    this.retry = setTimeout(() => {
      this.retry = undefined;
      this.save().catch(() => undefined);
    }, delay);
  }
}
