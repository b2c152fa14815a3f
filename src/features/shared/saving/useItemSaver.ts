import * as React from 'react';
import { IEntity } from '../../../domain/entities';
import { IItemSaverOptions, IItemSaverState, ItemSaver } from './ItemSaver';

/**
 * The editing kit's save hook: one ItemSaver (./ItemSaver.ts: optimistic values, ETag-checked save, device draft,
 * retries with backoff, three-way merge and conflicts) for the item on screen, its state as React state, and an
 * immediate retry when the browser comes back online. A new saver is made when `identity` changes (e.g. the item
 * id, or the draft key); other option changes are read when the next save runs.
 *
 * ```tsx
 * const [state, saver] = useItemSaver({ repository: services.activities, item, drafts: services.drafts, draftKey }, item?.id);
 * <TextField value={String(state.shown.hours ?? '')} onChange={(_, v) => saver.change({ hours: Number(v) })} />
 * <PrimaryButton text="Save" onClick={() => { saver.save().catch(() => undefined); }} />
 * <SaveStatusLine status={state.status} onRetry={() => saver.retryNow()} onCompare={...} />
 * {state.conflict && <ConflictDialog base={...} mine={...} theirs={...} onResolve={(v) => saver.resolve(v)} onCancel={() => saver.cancelConflict()} />}
 * ```
 */
export function useItemSaver<T extends IEntity>(options: IItemSaverOptions<T>, identity: unknown = options.draftKey ?? options.item?.id): [IItemSaverState<T>, ItemSaver<T>] {
  const latest = React.useRef(options);
  latest.current = options;
  const saver = React.useMemo(
    () => new ItemSaver<T>({ ...options, onSaved: (item, created) => latest.current.onSaved?.(item, created) }),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [identity]
  );
  const state = useSaverState(saver);
  return [state, saver];
}

/** What useSaverState needs of a saver: ItemSaver, or a saver built on it (the survey's ResponseSaver). */
export interface ISubscribableSaver<S> {
  getState(): S;
  subscribe(listener: (state: S) => void): () => void;
  retryNow(): void;
  dispose(): void;
}

/**
 * A saver's state as React state; an immediate retry when the browser comes back online; disposal on unmount.
 * `start` runs once subscribed (the survey resumes its saver there).
 */
export function useSaverState<S>(saver: ISubscribableSaver<S>, start?: () => void): S {
  const [state, setState] = React.useState(() => saver.getState());
  React.useEffect(() => {
    setState(saver.getState());
    const unsubscribe = saver.subscribe(setState);
    start?.();
    const online = (): void => saver.retryNow();
    if (typeof window !== 'undefined') window.addEventListener('online', online);
    return () => {
      unsubscribe();
      if (typeof window !== 'undefined') window.removeEventListener('online', online);
      saver.dispose();
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [saver]);
  return state;
}
