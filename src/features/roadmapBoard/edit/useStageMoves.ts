import * as React from 'react';
import { ConflictError } from '../../../domain/dataErrors';
import { IInitiative, Stage } from '../../../domain/entities';
import { useHub } from '../../shared/HubContext';

export interface IStageConflict {
  /** The initiative as the board showed it when the move was made. */
  readonly base: IInitiative;
  readonly stage: Stage;
  /** The version someone else saved meanwhile. */
  readonly theirs: IInitiative;
}

export interface IStageMoveNotice {
  readonly kind: 'error' | 'success';
  readonly text: string;
  readonly error?: unknown;
}

interface IStageMoveOptions {
  put(initiative: IInitiative): void;
  remove(id: number): void;
  announce(message: string): void;
}

/**
 * Changing an initiative's stage from the board. The card moves at once; the save uses the ETag the board read.
 * - Saved: the card shows the saved version (new ETag, who changed it, when).
 * - Refused or failed: the card goes back and a message says why.
 * - Someone else changed the initiative meanwhile but not its stage: the move is made on their version.
 * - They changed the stage too: the card shows their version and the conflict view offers both.
 */
export function useStageMoves({ put, remove, announce }: IStageMoveOptions) {
  const { services } = useHub();
  const [notice, setNotice] = React.useState<IStageMoveNotice>();
  const [conflict, setConflict] = React.useState<IStageConflict>();
  const [pending, setPending] = React.useState<ReadonlySet<number>>(new Set());

  const save = React.useCallback(
    async (original: IInitiative, stage: Stage, etag: string, shown: IInitiative): Promise<void> => {
      setPending((p) => new Set(p).add(original.id));
      put({ ...shown, stage });
      try {
        await services.initiatives.update(original.id, { stage }, etag);
        const saved = await services.initiatives.getById(original.id).catch(() => ({ ...shown, stage }));
        put(saved);
        setNotice(undefined);
        announce(`Saved: ${original.title} is now in ${stage}.`);
      } catch (error) {
        if (error instanceof ConflictError) {
          const theirs = error.theirs as IInitiative | undefined;
          if (theirs && theirs.stage === original.stage) {
            await save(original, stage, theirs.etag ?? '*', theirs);
            return;
          }
          if (!theirs) {
            remove(original.id);
            const text = `“${original.title}” was deleted by someone else, so it could not be moved.`;
            setNotice({ kind: 'error', text });
            announce(text);
            return;
          }
          put(theirs);
          setConflict({ base: original, stage, theirs });
          announce(`${original.title} was changed by someone else. Choose which version to keep.`);
          return;
        }
        put(shown);
        const text = `“${original.title}” could not be moved to ${stage}, so it is back in ${shown.stage}.`;
        setNotice({ kind: 'error', text, error });
        announce(text);
      } finally {
        setPending((p) => {
          const next = new Set(p);
          next.delete(original.id);
          return next;
        });
      }
    },
    [services, put, remove, announce]
  );

  const move = React.useCallback(
    (initiative: IInitiative, stage: Stage) => {
      if (stage === initiative.stage) return;
      announce(`Moving ${initiative.title} to ${stage}…`);
      save(initiative, stage, initiative.etag ?? '*', initiative).catch((error: unknown) => setNotice({ kind: 'error', text: `“${initiative.title}” could not be moved.`, error }));
    },
    [save, announce]
  );

  return { move, notice, dismissNotice: () => setNotice(undefined), conflict, closeConflict: () => setConflict(undefined), pending };
}
