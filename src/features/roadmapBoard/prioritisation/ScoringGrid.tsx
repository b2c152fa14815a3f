import * as React from 'react';
import { DefaultButton, Icon, MessageBar, MessageBarType } from '@fluentui/react';
import { useId } from '@fluentui/react-hooks';
import { IInitiative, IInitiativeScore, IPersonRef, IPrioritisationCriterion } from '../../../domain/entities';
import { ownRoundScoresQuery, ownScores, scaleOf, scoreCellKey, scoreFromKey } from '../../../domain/roadmap/scoringRound';
import { ConflictDialog } from '../../shared/conflict/ConflictDialog';
import { plural } from '../../shared/format';
import { useHub } from '../../shared/HubContext';
import { ErrorNotice, Loading } from '../../shared/StatusViews';
import { useAnnouncer } from '../../shared/useAnnouncer';
import { useAsync } from '../../shared/useAsync';
import { CriteriaGuide } from './CriteriaGuide';
import { GridClasses, gridStyles } from './gridStyles';
import { PrioritiesClasses } from './prioritiesStyles';
import { ScoreEditorDialog } from './ScoreEditorDialog';
import { ICellState, useScoreSaver } from './useScoreSaver';

export interface IScoringGridProps {
  /** The initiatives to score (not must-do; not small unless included). */
  readonly initiatives: readonly IInitiative[];
  /** The active criteria, in order. */
  readonly criteria: readonly IPrioritisationCriterion[];
  readonly round: string;
  readonly scorer: IPersonRef;
  readonly classes: PrioritiesClasses;
  onChanged(score: IInitiativeScore, removed?: boolean): void;
}

interface ICellView {
  readonly score: number | undefined;
  readonly rationale: string | undefined;
  readonly state: ICellState | undefined;
}

const CONFLICT_FIELDS = [
  { key: 'score', label: 'Score' },
  { key: 'rationale', label: 'Rationale' }
];

const DIGIT_PAUSE_MS = 1200;

const Cell: React.FC<{
  row: number;
  col: number;
  view: ICellView;
  scale: number;
  active: boolean;
  classes: GridClasses;
}> = ({ row, col, view, scale, active, classes }) => {
  const { score, rationale, state } = view;
  const status = state?.status === 'saving' ? 'Saving…' : state?.status === 'saved' ? 'Saved' : state?.status === 'retrying' ? 'Trying again…' : undefined;
  return (
    <td role="gridcell" className={classes.cell} tabIndex={active ? 0 : -1} data-row={row} data-col={col}>
      {score === undefined ? (
        <span className={classes.empty}>
          –<span className={classes.hidden}>not scored</span>
        </span>
      ) : (
        <span className={classes.value}>
          {score}
          <span className={classes.hidden}> out of {scale}</span>
          {rationale ? (
            <Icon iconName="EditNote" className={classes.note} aria-label="has a rationale" role="img" />
          ) : null}
        </span>
      )}
      {state?.status === 'error' ? (
        <span className={classes.error}>
          <Icon iconName="Warning" aria-hidden="true" /> Not saved
        </span>
      ) : status ? (
        <span className={classes.state}>
          {state?.status === 'saved' && <Icon iconName="CheckMark" aria-hidden="true" />} {status}
        </span>
      ) : null}
    </td>
  );
};

const Row = React.memo(function Row(props: {
  initiative: IInitiative;
  row: number;
  criteria: readonly IPrioritisationCriterion[];
  views: readonly ICellView[];
  activeCol: number;
  classes: GridClasses;
}) {
  const { initiative, row, criteria, views, activeCol, classes } = props;
  return (
    <tr>
      <th scope="row">{initiative.title}</th>
      {criteria.map((c, col) => (
        <Cell key={c.id} row={row} col={col} view={views[col]} scale={scaleOf(c)} active={col === activeCol} classes={classes} />
      ))}
    </tr>
  );
}, (a, b) => a.initiative === b.initiative && a.row === b.row && a.criteria === b.criteria && a.activeCol === b.activeCol && a.classes === b.classes && a.views.every((v, i) => sameView(v, b.views[i])));

const sameView = (a: ICellView, b: ICellView): boolean => a.score === b.score && a.rationale === b.rationale && a.state === b.state;

/**
 * The scoring grid: initiatives by criteria, for scorers while the round is Open. Arrow keys move between cells,
 * digits set a score within the criterion's scale, Enter opens the rationale box, Delete removes the score; a
 * click or tap opens the same editor. Every change saves straight away, with the save state shown per cell.
 */
export const ScoringGrid: React.FC<IScoringGridProps> = (props) => {
  const { services } = useHub();
  const { round, scorer } = props;
  const own = useAsync(() => services.scores.getAll(ownRoundScoresQuery(round)), [services, round, scorer.id]);
  const initial = React.useMemo(() => ownScores(own.value ?? [], scorer.id, round), [own.value, scorer.id, round]);
  if (own.loading) return <Loading label="Loading your scores…" />;
  if (own.error !== undefined) return <ErrorNotice error={own.error} onRetry={own.reload} />;
  return <GridBody {...props} initial={initial} />;
};

const GridBody: React.FC<IScoringGridProps & { initial: ReadonlyMap<string, IInitiativeScore> }> = ({ initiatives, criteria, round, classes: shared, onChanged, initial }) => {
  const { services, host } = useHub();
  const classes = React.useMemo(() => gridStyles(host.theme), [host.theme]);
  const saver = useScoreSaver({ repository: services.scores, round, initial, onChanged });
  const [active, setActive] = React.useState({ row: 0, col: 0 });
  const [editing, setEditing] = React.useState<{ row: number; col: number; focusRationale: boolean }>();
  const [announcer, announce] = useAnnouncer();
  const gridRef = React.useRef<HTMLTableElement>(null);
  const focusPending = React.useRef(false);
  const digits = React.useRef({ key: '', buffer: '', at: 0 });
  const helpId = useId('scoring-grid-help');

  const rows = initiatives.length;
  const cols = criteria.length;
  const safeActive = { row: Math.min(active.row, Math.max(0, rows - 1)), col: Math.min(active.col, Math.max(0, cols - 1)) };

  React.useEffect(() => {
    if (!focusPending.current) return;
    focusPending.current = false;
    gridRef.current?.querySelector<HTMLElement>(`td[data-row="${safeActive.row}"][data-col="${safeActive.col}"]`)?.focus();
  });

  const viewOf = (initiative: IInitiative, criterion: IPrioritisationCriterion): ICellView => {
    const key = scoreCellKey(initiative.id, criterion.id);
    const state = saver.cells[key];
    const saved = saver.saved.get(key);
    return state ? { score: state.score, rationale: state.rationale, state } : { score: saved?.score, rationale: saved?.rationale, state: undefined };
  };

  const moveTo = (row: number, col: number): void => {
    focusPending.current = true;
    setActive({ row: Math.max(0, Math.min(rows - 1, row)), col: Math.max(0, Math.min(cols - 1, col)) });
  };

  const cellOf = (target: EventTarget): { row: number; col: number } | undefined => {
    const td = (target as HTMLElement).closest?.('td[data-row]') as HTMLElement | null;
    return td ? { row: Number(td.dataset.row), col: Number(td.dataset.col) } : undefined;
  };

  const setScore = (row: number, col: number, score: number | undefined, rationale?: string): void => {
    const initiative = initiatives[row];
    const criterion = criteria[col];
    saver.save(initiative, criterion, rationale === undefined ? { score } : { score, rationale });
    announce(score === undefined ? `Removing your ${criterion.title} score for ${initiative.title}.` : `Saving ${score} for ${criterion.title}, ${initiative.title}.`);
  };

  const onKeyDown = (event: React.KeyboardEvent<HTMLTableElement>): void => {
    const at = cellOf(event.target);
    if (!at) return;
    const { row, col } = at;
    const page = 10;
    switch (event.key) {
      case 'ArrowRight': moveTo(row, col + 1); break;
      case 'ArrowLeft': moveTo(row, col - 1); break;
      case 'ArrowDown': moveTo(row + 1, col); break;
      case 'ArrowUp': moveTo(row - 1, col); break;
      case 'PageDown': moveTo(row + page, col); break;
      case 'PageUp': moveTo(row - page, col); break;
      case 'Home': moveTo(event.ctrlKey ? 0 : row, 0); break;
      case 'End': moveTo(event.ctrlKey ? rows - 1 : row, cols - 1); break;
      case 'Enter':
      case 'F2':
        setEditing({ row, col, focusRationale: true });
        break;
      case 'Delete':
      case 'Backspace':
        if (viewOf(initiatives[row], criteria[col]).score !== undefined) setScore(row, col, undefined, '');
        break;
      default: {
        if (!/^[0-9]$/.test(event.key) || event.ctrlKey || event.altKey || event.metaKey) return;
        const key = `${row}:${col}`;
        const now = Date.now();
        const buffer = digits.current.key === key && now - digits.current.at < DIGIT_PAUSE_MS ? digits.current.buffer : '';
        const result = scoreFromKey(buffer, event.key, scaleOf(criteria[col]));
        digits.current = { key, buffer: result.buffer, at: now };
        if (result.value === undefined) announce(result.error ?? '');
        else setScore(row, col, result.value);
      }
    }
    event.preventDefault();
  };

  const onClick = (event: React.MouseEvent<HTMLTableElement>): void => {
    const at = cellOf(event.target);
    if (!at) return;
    setActive(at);
    setEditing({ ...at, focusRationale: false });
  };

  const failed = Object.values(saver.cells).filter((c) => c.status === 'error').length;
  const waiting = Object.values(saver.cells).filter((c) => c.status === 'retrying').length;
  const editingView = editing ? viewOf(initiatives[editing.row], criteria[editing.col]) : undefined;
  const conflict = saver.conflict;

  if (!rows) return <p>There is nothing to score in this view: every initiative shown is must-do or under one month&apos;s effort.</p>;
  return (
    <div className={shared.section}>
      <CriteriaGuide criteria={criteria} classes={shared} />
      <p className={classes.instructions} id={helpId}>
        Use the arrow keys to move between cells and type a number to score; Enter adds a rationale, Delete removes your score.
        You can also click or tap a cell. Every change saves straight away; only your own scores are shown here.
      </p>
      {waiting > 0 && failed === 0 && (
        <MessageBar messageBarType={MessageBarType.warning} isMultiline actions={<DefaultButton text="Try now" onClick={saver.retryFailed} />}>
          {`${plural(waiting, 'score')} not saved yet: SharePoint is busy or out of reach, so ${waiting === 1 ? 'it is' : 'they are'} tried again by ${waiting === 1 ? 'itself' : 'themselves'}. What you entered is kept in the grid, marked "Trying again…".`}
        </MessageBar>
      )}
      {failed > 0 && (
        <MessageBar
          messageBarType={MessageBarType.error}
          isMultiline
          actions={<DefaultButton text="Try again" onClick={saver.retryFailed} />}
        >
          {`${plural(failed, 'score')} could not be saved. What you entered is kept in the grid, marked "Not saved".`}
          {' '}
          {Object.values(saver.cells).find((c) => c.status === 'error')?.error}
        </MessageBar>
      )}
      <div className={classes.wrap}>
        <table
          ref={gridRef}
          role="grid"
          className={classes.grid}
          aria-label={`Your scores, ${round}`}
          aria-describedby={helpId}
          onKeyDown={onKeyDown}
          onClick={onClick}
        >
          <thead>
            <tr>
              <th scope="col">Initiative</th>
              {criteria.map((c) => (
                <th scope="col" key={c.id} title={c.description}>
                  {c.title}
                  <span className={classes.criterionMeta}>
                    {c.kind}, 0–{scaleOf(c)}
                  </span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {initiatives.map((initiative, row) => (
              <Row
                key={initiative.id}
                initiative={initiative}
                row={row}
                criteria={criteria}
                views={criteria.map((c) => viewOf(initiative, c))}
                activeCol={row === safeActive.row ? safeActive.col : -1}
                classes={classes}
              />
            ))}
          </tbody>
        </table>
      </div>
      {announcer}
      {editing && editingView && (
        <ScoreEditorDialog
          initiative={initiatives[editing.row]}
          criterion={criteria[editing.col]}
          score={editingView.score}
          rationale={editingView.rationale}
          focusRationale={editing.focusRationale}
          onSave={(score, rationale) => {
            setScore(editing.row, editing.col, score, rationale);
            setEditing(undefined);
            moveTo(editing.row, editing.col);
          }}
          onCancel={() => {
            setEditing(undefined);
            moveTo(editing.row, editing.col);
          }}
        />
      )}
      {conflict && (
        <ConflictDialog
          title={`Your ${conflict.criterion.title} score for ${conflict.initiative.title}`}
          fields={CONFLICT_FIELDS}
          base={conflict.base ? { score: conflict.base.score, rationale: conflict.base.rationale } : undefined}
          mine={conflict.mine}
          theirs={conflict.theirs as unknown as Record<string, unknown> | undefined}
          onResolve={saver.resolveConflict}
          onCancel={saver.cancelConflict}
        />
      )}
    </div>
  );
};
