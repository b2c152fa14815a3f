import * as React from 'react';
import { DefaultButton, Text, Toggle, useTheme } from '@fluentui/react';
import { useId } from '@fluentui/react-hooks';
import { IInitiative, Stage } from '../../../domain/entities';
import { boardLanes, IBoardLane, stageStep } from '../../../domain/roadmap';
import { plural } from '../../shared/format';
import { noPrint } from '../../shared/print/printFrame';
import { visuallyHidden } from '../../shared/visuallyHidden';
import { BoardCard } from './BoardCard';
import { boardStyles, IKeyPress } from './boardStyles';

export interface IBoardViewProps {
  readonly initiatives: readonly IInitiative[];
  /** The columns, in order. */
  readonly stages: readonly Stage[];
  readonly swimlanes: boolean;
  onSwimlanesChange(on: boolean): void;
  /** Cards shown per column before "Show more". */
  readonly pageSize: number;
  readonly canEdit: boolean;
  /** Narrow (a phone-width Teams tab): columns stack instead of scrolling sideways. */
  readonly stacked: boolean;
  onOpen(id: number): void;
  onMove(initiative: IInitiative, stage: Stage): void;
  announce(message: string): void;
}

interface IPickUp {
  readonly initiative: IInitiative;
  readonly target: Stage;
}

const laneKey = (lane: IBoardLane): string => lane.workstream ?? 'all';

/**
 * Columns by stage, optionally in swimlanes by workstream. Editors change an initiative's stage by dragging its
 * card, by its "Move to" menu, or with the keyboard: Space on the card's handle picks it up, the arrow keys
 * choose a stage, Space drops it and Escape puts it back (WCAG 2.5.7: every drag has a single-pointer way).
 */
export const BoardView: React.FC<IBoardViewProps> = (props) => {
  const { initiatives, stages, swimlanes, pageSize, canEdit, stacked, onOpen, onMove, announce } = props;
  const theme = useTheme();
  const classes = React.useMemo(() => boardStyles(theme, stacked), [theme, stacked]);
  const instructionsId = useId('board-instructions');
  const lanes = React.useMemo(() => boardLanes(initiatives, stages, swimlanes), [initiatives, stages, swimlanes]);
  const [shown, setShown] = React.useState<Record<string, number>>({});
  const [picked, setPicked] = React.useState<IPickUp>();
  const [dragging, setDragging] = React.useState<IInitiative>();
  const [over, setOver] = React.useState<string>();
  const [focusId, setFocusId] = React.useState<number>();
  const clearFocus = React.useCallback(() => setFocusId(undefined), []);

  const latest = React.useRef<{ move: typeof move; handleKeyDown: typeof handleKeyDown; handleClick: typeof handleClick }>();
  const move = (initiative: IInitiative, stage: Stage): void => {
    setPicked(undefined);
    setFocusId(initiative.id);
    if (stage !== initiative.stage) onMove(initiative, stage);
  };
  const pickUp = (initiative: IInitiative): void => {
    setPicked({ initiative, target: initiative.stage });
    announce(`${initiative.title} picked up, in ${initiative.stage}. Use the arrow keys to choose a stage, Space or Enter to drop, Escape to cancel.`);
  };
  const cancel = (): void => {
    if (!picked) return;
    announce(`Move cancelled. ${picked.initiative.title} stays in ${picked.initiative.stage}.`);
    setPicked(undefined);
  };
  const handleKeyDown = (initiative: IInitiative, event: IKeyPress): void => {
    const isPicked = picked?.initiative.id === initiative.id;
    const key = event.key;
    if (!isPicked) {
      if (key === ' ' || key === 'Enter') {
        event.preventDefault();
        pickUp(initiative);
      }
      return;
    }
    if (key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      cancel();
    } else if (key === ' ' || key === 'Enter') {
      event.preventDefault();
      if (picked.target === initiative.stage) cancel();
      else move(initiative, picked.target);
    } else if (['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown'].includes(key)) {
      event.preventDefault();
      const step = key === 'ArrowLeft' || key === 'ArrowUp' ? -1 : 1;
      const target = stageStep(picked.target, stages, step);
      setPicked({ initiative, target });
      const count = lanes.find((l) => !swimlanes || l.workstream === initiative.workstream)?.columns.find((c) => c.stage === target)?.items.length ?? 0;
      announce(target === initiative.stage ? `${target}: where it is now.` : `${target}, ${plural(count, 'initiative')}. Press Space or Enter to move it here.`);
    }
  };
  const handleClick = (initiative: IInitiative): void => {
    if (picked?.initiative.id === initiative.id) cancel();
    else pickUp(initiative);
  };

  latest.current = { move, handleKeyDown, handleClick };
  // stable callbacks for the (memoised) cards, always calling the latest closures
  const cardMove = React.useCallback((i: IInitiative, s: Stage) => latest.current?.move(i, s), []);
  const cardKeyDown = React.useCallback((i: IInitiative, e: IKeyPress) => latest.current?.handleKeyDown(i, e), []);
  const cardClick = React.useCallback((i: IInitiative) => latest.current?.handleClick(i), []);
  const dragEnd = React.useCallback(() => {
    setDragging(undefined);
    setOver(undefined);
  }, []);

  const acceptsDrop = (lane: IBoardLane): boolean => dragging !== undefined && (!swimlanes || lane.workstream === dragging.workstream);

  const renderLane = (lane: IBoardLane): JSX.Element => (
    <div className={classes.scroller} key={laneKey(lane)} role="group" aria-label={lane.workstream ? `${lane.workstream} swimlane` : 'Stages'} tabIndex={stacked ? undefined : 0}>
      <div
        className={classes.columns}
        style={stacked ? undefined : { gridTemplateColumns: lane.columns.map((c) => (c.items.length ? 'minmax(156px, 1fr)' : 'minmax(104px, 0.5fr)')).join(' ') }}
      >
        {lane.columns.map((column) => {
          const key = `${laneKey(lane)}|${column.stage}`;
          const limit = shown[key] ?? pageSize;
          const isTarget = picked !== undefined && picked.target === column.stage && (!swimlanes || picked.initiative.workstream === lane.workstream);
          const canDropHere = picked !== undefined && picked.initiative.stage !== column.stage && (!swimlanes || picked.initiative.workstream === lane.workstream);
          const headingId = `${instructionsId}-${key.replace(/[^a-z0-9]/gi, '')}`;
          return (
            <section
              key={column.stage}
              aria-labelledby={headingId}
              className={`${classes.column} ${isTarget || over === key ? classes.dropTarget : ''} ${column.items.length === 0 ? classes.emptyOnPaper : ''}`}
              onDragOver={(event) => {
                if (!acceptsDrop(lane)) return;
                event.preventDefault();
                event.dataTransfer.dropEffect = 'move';
                if (over !== key) setOver(key);
              }}
              onDragLeave={(event) => {
                if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setOver(undefined);
              }}
              onDrop={(event) => {
                event.preventDefault();
                setOver(undefined);
                if (dragging && acceptsDrop(lane)) move(dragging, column.stage);
                setDragging(undefined);
              }}
            >
              <h4 id={headingId} className={classes.columnHeading}>
                <span>{column.stage}</span>
                <span className={classes.count}>
                  {column.items.length}
                  <span className={visuallyHidden}> {column.items.length === 1 ? 'initiative' : 'initiatives'}</span>
                </span>
              </h4>
              {canDropHere && (
                <DefaultButton className={`${classes.dropHere} ${noPrint}`} iconProps={{ iconName: 'Download' }} text="Move here" ariaLabel={`Move ${picked.initiative.title} to ${column.stage}`} onClick={() => move(picked.initiative, column.stage)} />
              )}
              {column.items.length === 0 ? (
                <span className={classes.emptyColumn}>No initiatives</span>
              ) : (
                <ul className={classes.cards}>
                  {column.items.slice(0, limit).map((initiative) => (
                    <li key={initiative.id}>
                      <BoardCard
                        initiative={initiative}
                        classes={classes}
                        showWorkstream={!swimlanes}
                        canEdit={canEdit}
                        pickedUp={picked?.initiative.id === initiative.id}
                        takeFocus={focusId === initiative.id}
                        instructionsId={instructionsId}
                        onOpen={onOpen}
                        onMove={cardMove}
                        onHandleKeyDown={cardKeyDown}
                        onHandleClick={cardClick}
                        onDragStart={setDragging}
                        onDragEnd={dragEnd}
                        onFocused={clearFocus}
                      />
                    </li>
                  ))}
                </ul>
              )}
              {column.items.length > limit && (
                <DefaultButton
                  className={`${classes.more} ${noPrint}`}
                  text={`Show ${Math.min(pageSize, column.items.length - limit)} more`}
                  ariaLabel={`Show ${Math.min(pageSize, column.items.length - limit)} more in ${column.stage}${lane.workstream ? `, ${lane.workstream}` : ''}`}
                  onClick={() => setShown((s) => ({ ...s, [key]: limit + pageSize }))}
                />
              )}
            </section>
          );
        })}
      </div>
    </div>
  );

  return (
    <div className={classes.lanes}>
      <div className={noPrint} style={{ display: 'flex', flexWrap: 'wrap', gap: '4px 24px', alignItems: 'center', justifyContent: 'space-between' }}>
        <Toggle inlineLabel label="Swimlanes by workstream" checked={swimlanes} onChange={(_e, on) => props.onSwimlanesChange(Boolean(on))} styles={{ root: { margin: 0 } }} />
        {canEdit && (
          <Text variant="small" id={instructionsId} styles={{ root: { color: theme.semanticColors.bodySubtext } }}>
            To change a stage, drag a card, choose “Move to” in its ⋯ menu, or press Space on its handle and then the arrow keys.
          </Text>
        )}
      </div>
      {lanes.length === 0 ? (
        <Text>No initiatives to show.</Text>
      ) : (
        lanes.map((lane) =>
          lane.workstream ? (
            <div key={laneKey(lane)}>
              <h3 className={classes.laneHeading}>
                {lane.workstream} <span className={classes.count}>({plural(lane.count, 'initiative')})</span>
              </h3>
              {renderLane(lane)}
            </div>
          ) : (
            renderLane(lane)
          )
        )
      )}
    </div>
  );
};
