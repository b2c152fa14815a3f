import * as React from 'react';
import { isDataError } from '../../../domain/dataErrors';
import { IInitiative, IInitiativeScore, IPrioritisationCriterion } from '../../../domain/entities';
import { IRepository } from '../../../domain/services';
import { scoreCellKey } from '../../../domain/roadmap/scoringRound';
import { IItemSaverState, ItemSaver } from '../../shared/saving/ItemSaver';

/** 'retrying': SharePoint was busy or out of reach; the save is tried again by itself (the input is kept). */
export type CellStatus = 'saving' | 'saved' | 'retrying' | 'error';

/** What the grid shows for a cell the scorer has touched in this session. */
export interface ICellState {
  readonly score: number | undefined;
  readonly rationale: string | undefined;
  readonly status: CellStatus;
  readonly error?: string;
}

export interface IScoreConflict {
  readonly key: string;
  readonly initiative: IInitiative;
  readonly criterion: IPrioritisationCriterion;
  readonly base: IInitiativeScore | undefined;
  readonly mine: { score: number | undefined; rationale: string | undefined };
  readonly theirs: IInitiativeScore | undefined;
}

export interface IScoreSaver {
  /** The scorer's saved score per cell (initiative:criterion). */
  readonly saved: ReadonlyMap<string, IInitiativeScore>;
  /** Cells changed in this session, with their save state. */
  readonly cells: Readonly<Record<string, ICellState>>;
  readonly conflict: IScoreConflict | undefined;
  save(initiative: IInitiative, criterion: IPrioritisationCriterion, change: { score?: number | undefined; rationale?: string }): void;
  /** Saves again, now, every cell whose save failed or is waiting to be tried again, with the input kept. */
  retryFailed(): void;
  resolveConflict(values: Record<string, unknown>): void;
  cancelConflict(): void;
}

interface IOptions {
  readonly repository: IRepository<IInitiativeScore>;
  readonly round: string;
  readonly initial: ReadonlyMap<string, IInitiativeScore>;
  /** A score was added, changed or removed (undefined score = removed), so the ranking can follow. */
  onChanged(score: IInitiativeScore, removed?: boolean): void;
}

type Values = { score: number | undefined; rationale: string | undefined };

const message = (error: unknown): string => (isDataError(error) ? error.message : 'Something went wrong. Try again.');

/** A cell's save state from its saver's status. */
function cellOf(values: Values, state: IItemSaverState<IInitiativeScore>): ICellState {
  switch (state.status.kind) {
    case 'saved':
      return { ...values, status: Object.keys(state.mine).length ? 'saving' : 'saved' };
    case 'conflict':
      return { ...values, status: 'error', error: 'Not saved: this score was changed elsewhere.' };
    case 'retrying':
    case 'offline':
      return { ...values, status: 'retrying', error: message(state.error) };
    case 'failed':
    case 'denied':
      return { ...values, status: 'error', error: message(state.error) };
    default:
      return { ...values, status: 'saving' };
  }
}

/**
 * Saves the scorer's grid input cell by cell through the editing kit's save path (one ItemSaver per cell): the
 * first save finds or creates the one score per (initiative, criterion, round, scorer) (`findOrCreate`, so a
 * score saved from another tab is updated, never doubled), later ones update it with its ETag, the score and its
 * rationale written together. Saves of one cell run one after another. A failed save keeps the input, is
 * retried with backoff and on "Try again"; a concurrent change of the same score opens the conflict view.
 */
export function useScoreSaver({ repository, round, initial, onChanged }: IOptions): IScoreSaver {
  const saved = React.useRef(new Map(initial));
  const savers = React.useRef(new Map<string, ItemSaver<IInitiativeScore>>());
  const queues = React.useRef(new Map<string, Promise<void>>());
  const requested = React.useRef(new Map<string, Values>());
  const targets = React.useRef(new Map<string, { initiative: IInitiative; criterion: IPrioritisationCriterion }>());
  const [cells, setCells] = React.useState<Record<string, ICellState>>({});
  const [conflict, setConflict] = React.useState<IScoreConflict>();
  const [, setVersion] = React.useState(0);
  const changed = React.useRef(onChanged);
  changed.current = onChanged;

  React.useEffect(() => {
    saved.current = new Map(initial);
    savers.current.forEach((s) => s.dispose());
    savers.current.clear();
    setCells({});
    setVersion((v) => v + 1);
  }, [initial]);
  React.useEffect(() => {
    const all = savers.current;
    return () => all.forEach((s) => s.dispose());
  }, []);

  const setCell = (key: string, cell: ICellState): void => setCells((c) => ({ ...c, [key]: cell }));

  const saverFor = (key: string): ItemSaver<IInitiativeScore> => {
    const existing = savers.current.get(key);
    if (existing) return existing;
    const { initiative, criterion } = targets.current.get(key) as { initiative: IInitiative; criterion: IPrioritisationCriterion };
    const saver = new ItemSaver<IInitiativeScore>({
      repository,
      item: saved.current.get(key),
      key: { initiative: { id: initiative.id, title: initiative.title }, criterion: { id: criterion.id, title: criterion.title }, scoringRound: round },
      existing: 'overwrite',
      together: ['score', 'rationale'],
      onSaved: (item) => {
        saved.current.set(key, item);
        changed.current(item);
      }
    });
    saver.subscribe((state) => {
      const values = requested.current.get(key) ?? { score: undefined, rationale: undefined };
      setCell(key, cellOf(values, state));
      if (state.status.kind === 'conflict' && state.conflict) {
        const theirs = state.conflict.theirs;
        if (theirs) saved.current.set(key, theirs);
        else saved.current.delete(key);
        setConflict({ key, initiative, criterion, base: state.conflict.base, mine: values, theirs });
      }
    });
    savers.current.set(key, saver);
    return saver;
  };

  /** Removes the scorer's score for the cell (after any save of it still on its way). */
  const remove = async (key: string): Promise<void> => {
    const existing = saved.current.get(key);
    savers.current.get(key)?.dispose();
    savers.current.delete(key);
    if (existing) {
      try {
        await repository.delete(existing.id, existing.etag ?? '*');
      } catch (error) {
        setCell(key, { score: undefined, rationale: undefined, status: 'error', error: message(error) });
        return;
      }
      changed.current(existing, true);
    }
    saved.current.delete(key);
    setCell(key, { score: undefined, rationale: undefined, status: 'saved' });
  };

  const run = (key: string, score: number | undefined, rationale: string | undefined): void => {
    if (!targets.current.has(key)) return;
    requested.current.set(key, { score, rationale });
    setCell(key, { score, rationale, status: 'saving' });
    const previous = queues.current.get(key) ?? Promise.resolve();
    const next = previous.then(async () => {
      if (score === undefined) await remove(key);
      else await saverFor(key).save({ score, rationale: rationale || undefined });
    });
    queues.current.set(key, next.catch(() => undefined));
  };

  const save: IScoreSaver['save'] = (initiative, criterion, change) => {
    const key = scoreCellKey(initiative.id, criterion.id);
    targets.current.set(key, { initiative, criterion });
    const current = cells[key] ?? { score: saved.current.get(key)?.score, rationale: saved.current.get(key)?.rationale };
    const score = 'score' in change ? change.score : current.score;
    const rationale = 'rationale' in change ? change.rationale : current.rationale;
    if (score === undefined && !saved.current.has(key)) {
      if (rationale) setCell(key, { score, rationale, status: 'error', error: 'Give a score before a rationale.' });
      return;
    }
    run(key, score, rationale);
  };

  const retryFailed = (): void => {
    for (const [key, cell] of Object.entries(cells)) {
      if (cell.status !== 'error' && cell.status !== 'retrying') continue;
      const saver = savers.current.get(key);
      if (saver && !saver.getState().conflict && saver.getState().status.kind !== 'conflict') saver.retryNow();
      else run(key, cell.score, cell.rationale);
    }
  };

  const resolveConflict = (values: Record<string, unknown>): void => {
    if (!conflict) return;
    setConflict(undefined);
    const { key } = conflict;
    const chosen = { score: values.score as number | undefined, rationale: values.rationale as string | undefined };
    requested.current.set(key, chosen);
    const saver = savers.current.get(key);
    if (!saver || chosen.score === undefined) {
      run(key, chosen.score, chosen.rationale);
      return;
    }
    setCell(key, { ...chosen, status: 'saving' });
    saver.resolve({ score: chosen.score, rationale: chosen.rationale || undefined }).catch(() => undefined);
  };

  const cancelConflict = (): void => {
    if (!conflict) return;
    setConflict(undefined);
    // The scorer's input stays in the cell, marked not saved; "Try again" saves it over the other version.
    const saver = savers.current.get(conflict.key);
    saver?.dispose();
    savers.current.delete(conflict.key);
    if (conflict.theirs) changed.current(conflict.theirs);
  };

  return { saved: saved.current, cells, conflict, save, retryFailed, resolveConflict, cancelConflict };
}
