import * as React from 'react';
import { ConflictError, isDataError } from '../../../domain/dataErrors';
import { IInitiative, IInitiativeScore, IPrioritisationCriterion } from '../../../domain/entities';
import { IRepository } from '../../../domain/services';
import { scoreCellKey } from '../../../domain/roadmap/scoringRound';

export type CellStatus = 'saving' | 'saved' | 'error';

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
  /** Saves again every cell whose save failed, with the input kept. */
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

const message = (error: unknown): string => (isDataError(error) ? error.message : 'Something went wrong. Try again.');

/**
 * Saves the scorer's grid input cell by cell: adds their score the first time, then updates that same item
 * with its ETag, so a (initiative, criterion, round, scorer) never has two scores. Saves of one cell run one
 * after another. A failed save keeps the input and can be retried; a concurrent change of the same score
 * (another tab or device) opens the conflict view.
 */
export function useScoreSaver({ repository, round, initial, onChanged }: IOptions): IScoreSaver {
  const saved = React.useRef(new Map(initial));
  const queues = React.useRef(new Map<string, Promise<void>>());
  const targets = React.useRef(new Map<string, { initiative: IInitiative; criterion: IPrioritisationCriterion }>());
  const [cells, setCells] = React.useState<Record<string, ICellState>>({});
  const [conflict, setConflict] = React.useState<IScoreConflict>();
  const [, setVersion] = React.useState(0);
  const changed = React.useRef(onChanged);
  changed.current = onChanged;

  React.useEffect(() => {
    saved.current = new Map(initial);
    setCells({});
    setVersion((v) => v + 1);
  }, [initial]);

  const setCell = (key: string, cell: ICellState): void => setCells((c) => ({ ...c, [key]: cell }));

  const write = async (key: string, initiative: IInitiative, criterion: IPrioritisationCriterion, score: number | undefined, rationale: string | undefined): Promise<void> => {
    let existing = saved.current.get(key);
    if (score === undefined) {
      if (existing) await repository.delete(existing.id, existing.etag ?? '*');
      if (existing) changed.current(existing, true);
      saved.current.delete(key);
      return;
    }
    if (!existing) {
      // One score per (initiative, criterion, round, scorer): one saved from another tab or device meanwhile is
      // found and updated instead of a second one added.
      const found = await repository.findOrCreate(
        { initiative: { id: initiative.id, title: initiative.title }, criterion: { id: criterion.id, title: criterion.title }, scoringRound: round },
        { score, rationale: rationale || undefined }
      );
      saved.current.set(key, found.item);
      if (found.created) {
        changed.current(found.item);
        return;
      }
      existing = found.item;
    }
    const values = { score, rationale: rationale || undefined };
    const updated = await repository.update(existing.id, values, existing.etag ?? '*');
    saved.current.set(key, updated);
    changed.current(updated);
  };

  const run = (key: string, score: number | undefined, rationale: string | undefined): void => {
    const target = targets.current.get(key);
    if (!target) return;
    setCell(key, { score, rationale, status: 'saving' });
    const previous = queues.current.get(key) ?? Promise.resolve();
    const next = previous.then(async () => {
      const base = saved.current.get(key);
      try {
        await write(key, target.initiative, target.criterion, score, rationale);
        setCell(key, { score, rationale, status: 'saved' });
      } catch (error) {
        if (error instanceof ConflictError) {
          const theirs = error.theirs as IInitiativeScore | undefined;
          if (theirs) saved.current.set(key, theirs);
          else saved.current.delete(key);
          setCell(key, { score, rationale, status: 'error', error: 'Not saved: this score was changed elsewhere.' });
          setConflict({ key, ...target, base, mine: { score, rationale }, theirs });
        } else {
          setCell(key, { score, rationale, status: 'error', error: message(error) });
        }
      }
    });
    queues.current.set(key, next);
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
    for (const [key, cell] of Object.entries(cells)) if (cell.status === 'error') run(key, cell.score, cell.rationale);
  };

  const resolveConflict = (values: Record<string, unknown>): void => {
    if (!conflict) return;
    setConflict(undefined);
    run(conflict.key, values.score as number | undefined, values.rationale as string | undefined);
  };

  const cancelConflict = (): void => {
    if (!conflict) return;
    setConflict(undefined);
    // The scorer's input stays in the cell, marked not saved; "Try again" saves it over the other version.
    if (conflict.theirs) changed.current(conflict.theirs);
  };

  return { saved: saved.current, cells, conflict, save, retryFailed, resolveConflict, cancelConflict };
}
