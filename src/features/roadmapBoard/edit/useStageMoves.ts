import * as React from 'react';
import { isDataError } from '../../../domain/dataErrors';
import { IInitiative, Stage } from '../../../domain/entities';
import { sameValue } from '../../../domain/roadmap';
import { useHub } from '../../shared/HubContext';
import { IItemSaverState, ItemSaver } from '../../shared/saving/ItemSaver';

export interface IStageConflict {
  /** The initiative as the board showed it when the move was made. */
  readonly base: IInitiative;
  readonly stage: Stage;
  /** The version someone else saved meanwhile. */
  readonly theirs: IInitiative;
}

export interface IStageMoveNotice {
  readonly kind: 'error' | 'success' | 'warning';
  readonly text: string;
  readonly error?: unknown;
}

interface IStageMoveOptions {
  put(initiative: IInitiative): void;
  remove(id: number): void;
  announce(message: string): void;
}

/**
 * Changing an initiative's stage from the board, through the editing kit's save path (ItemSaver). The card moves
 * at once; the save uses the ETag the board read and answers the saved version (one request).
 * - Saved: the card shows the saved version (new ETag, who changed it, when).
 * - Refused: the card goes back and a message says why.
 * - Throttled or offline: the card stays, a message says the move is not saved yet, and the saver retries.
 * - Someone else changed the initiative meanwhile but not its stage: the move is made on their version.
 * - They changed the stage too: the card shows their version and the conflict view offers both (`resolve`).
 */
export function useStageMoves({ put, remove, announce }: IStageMoveOptions) {
  const { services } = useHub();
  const [notice, setNotice] = React.useState<IStageMoveNotice>();
  const [conflict, setConflict] = React.useState<IStageConflict>();
  const [pending, setPending] = React.useState<ReadonlySet<number>>(new Set());
  const savers = React.useRef(new Map<number, ItemSaver<IInitiative>>());
  const latest = React.useRef({ put, remove, announce });
  latest.current = { put, remove, announce };

  React.useEffect(() => {
    const all = savers.current;
    return () => all.forEach((saver) => saver.dispose());
  }, []);

  const settle = React.useCallback((id: number): void => {
    setPending((p) => {
      const next = new Set(p);
      next.delete(id);
      return next;
    });
  }, []);

  /** Follows one move's saver until it ends: saved, refused, or a conflict to choose. */
  const follow = React.useCallback(
    (original: IInitiative, stage: Stage, saver: ItemSaver<IInitiative>): void => {
      const { put: show, remove: drop, announce: say } = latest.current;
      let last: IItemSaverState<IInitiative>['status']['kind'] | undefined;
      const unsubscribe = saver.subscribe((state) => {
        if (state.status.kind === last) return;
        last = state.status.kind;
        switch (state.status.kind) {
          case 'saved':
            unsubscribe();
            settle(original.id);
            if (state.item) show(state.item);
            setNotice(undefined);
            say(`Saved: ${original.title} is now in ${state.item?.stage ?? stage}.`);
            return;
          case 'retrying':
          case 'offline': {
            const text = `“${original.title}” is not saved in ${stage} yet: ${state.status.kind === 'offline' ? 'you seem to be offline' : 'SharePoint is busy'}. It will be saved when SharePoint answers.`;
            setNotice({ kind: 'warning', text, error: state.error });
            say(text);
            return;
          }
          case 'conflict': {
            unsubscribe();
            settle(original.id);
            const theirs = state.conflict?.theirs;
            if (!theirs) {
              drop(original.id);
              const text = `“${original.title}” was deleted by someone else, so it could not be moved.`;
              setNotice({ kind: 'error', text });
              say(text);
              return;
            }
            show(theirs);
            setConflict({ base: original, stage, theirs });
            say(`${original.title} was changed by someone else. Choose which version to keep.`);
            return;
          }
          case 'denied':
          case 'failed': {
            unsubscribe();
            settle(original.id);
            show(original);
            const text = `“${original.title}” could not be moved to ${stage}, so it is back in ${original.stage}.`;
            setNotice({ kind: 'error', text, error: state.error });
            say(text);
            return;
          }
          default:
        }
      });
    },
    [settle]
  );

  const move = React.useCallback(
    (initiative: IInitiative, stage: Stage) => {
      if (stage === initiative.stage) return;
      announce(`Moving ${initiative.title} to ${stage}…`);
      savers.current.get(initiative.id)?.dispose();
      const saver = new ItemSaver<IInitiative>({ repository: services.initiatives, item: initiative, same: sameValue });
      savers.current.set(initiative.id, saver);
      setPending((p) => new Set(p).add(initiative.id));
      put({ ...initiative, stage });
      follow(initiative, stage, saver);
      saver.save({ stage }).catch((error: unknown) => setNotice({ kind: 'error', text: `“${initiative.title}” could not be moved.`, error }));
    },
    [services, put, announce, follow]
  );

  /** Saves the version chosen in the conflict view over theirs. */
  const resolve = React.useCallback(
    async (values: Partial<IInitiative>): Promise<void> => {
      const current = conflict;
      setConflict(undefined);
      const saver = current && savers.current.get(current.base.id);
      if (!current || !saver) return;
      const saved = await saver.resolve(values);
      if (saved) {
        put(saved);
        announce(`Saved: ${saved.title} is in ${saved.stage}.`);
        return;
      }
      const again = saver.getState().conflict?.theirs;
      if (again) put(again);
      setNotice({
        kind: 'warning',
        text: isDataError(saver.getState().error)
          ? `“${current.base.title}” could not be saved: ${(saver.getState().error as Error).message}`
          : `“${current.base.title}” changed again while you chose. The board shows the latest version; move it again if you still need to.`
      });
    },
    [conflict, put, announce]
  );

  return { move, notice, dismissNotice: () => setNotice(undefined), conflict, closeConflict: () => setConflict(undefined), resolve, pending };
}
