import * as React from 'react';
import { ContextualMenuItemType, IconButton, IContextualMenuItem, Icon, Text } from '@fluentui/react';
import { IInitiative, Stage } from '../../../domain/entities';
import { STAGES } from '../../../domain/vocabulary';
import { PersonView } from '../../shared/people/PersonView';
import { HealthBadge, MustDoBadge } from '../labels';
import { noPrint } from '../../shared/print/printFrame';
import { visuallyHidden } from '../../shared/visuallyHidden';
import { BoardClasses, IKeyPress } from './boardStyles';

export interface IBoardCardProps {
  readonly initiative: IInitiative;
  readonly classes: BoardClasses;
  readonly showWorkstream: boolean;
  readonly canEdit: boolean;
  /** This card is picked up with the keyboard (or a tap on its handle). */
  readonly pickedUp: boolean;
  /** Focus the card's handle when it appears (after a move, so keyboard users keep their place). */
  readonly takeFocus: boolean;
  readonly instructionsId: string;
  onOpen(id: number): void;
  onMove(initiative: IInitiative, stage: Stage): void;
  onHandleKeyDown(initiative: IInitiative, event: IKeyPress): void;
  onHandleClick(initiative: IInitiative): void;
  onDragStart(initiative: IInitiative): void;
  onDragEnd(): void;
  onFocused(): void;
}

/** One initiative on the board: what it is, when, who owns it, how it is going; and, for editors, ways to move it. */
const BoardCardView: React.FC<IBoardCardProps> = (props) => {
  const { initiative, classes, showWorkstream, canEdit, pickedUp, takeFocus, instructionsId, onOpen, onMove, onFocused } = props;
  const handle = React.useRef<HTMLButtonElement>(null);
  React.useEffect(() => {
    if (takeFocus && handle.current) {
      handle.current.focus();
      onFocused();
    }
  }, [takeFocus, onFocused]);
  const menuItems: IContextualMenuItem[] = [
    { key: 'open', text: 'Open details', iconProps: { iconName: 'OpenPane' }, onClick: () => onOpen(initiative.id) },
    {
      key: 'move',
      itemType: ContextualMenuItemType.Section,
      sectionProps: {
        title: 'Move to',
        topDivider: true,
        items: STAGES.map((stage) => ({
          key: stage,
          text: stage,
          canCheck: true,
          checked: stage === initiative.stage,
          disabled: stage === initiative.stage,
          ariaLabel: stage === initiative.stage ? `${stage} (where it is now)` : `Move to ${stage}`,
          onClick: () => onMove(initiative, stage)
        }))
      }
    }
  ];
  const when = initiative.timeframeLabel;
  return (
    <article
      className={`${classes.card} ${pickedUp ? classes.pickedUp : ''}`}
      aria-label={initiative.title}
      draggable={canEdit}
      onDragStart={(event) => {
        event.dataTransfer.setData('text/plain', String(initiative.id));
        event.dataTransfer.effectAllowed = 'move';
        props.onDragStart(initiative);
      }}
      onDragEnd={props.onDragEnd}
    >
      <div className={classes.cardTop}>
        <button type="button" className={classes.cardTitle} onClick={() => onOpen(initiative.id)}>
          {initiative.title}
        </button>
        {canEdit && (
          <div className={`${classes.cardActions} ${noPrint}`}>
            <IconButton
              elementRef={handle}
              iconProps={{ iconName: 'GripperDotsVertical' }}
              className={classes.handle}
              title="Drag to another stage, or press Space to pick up"
              ariaLabel={pickedUp ? `${initiative.title}, picked up` : `Pick up ${initiative.title}`}
              aria-describedby={instructionsId}
              toggle
              checked={pickedUp}
              onKeyDown={(event) => props.onHandleKeyDown(initiative, event)}
              onClick={() => props.onHandleClick(initiative)}
            />
            <IconButton
              iconProps={{ iconName: 'More' }}
              title="Move to another stage, or open"
              ariaLabel={`Move ${initiative.title} to another stage`}
              menuProps={{ items: menuItems, ariaLabel: `Actions for ${initiative.title}` }}
              onRenderMenuIcon={() => null}
            />
          </div>
        )}
      </div>
      <div className={classes.cardMeta}>
        {showWorkstream && <Text variant="small">{initiative.workstream}</Text>}
        {when && (
          <Text variant="small" className={classes.metaLine}>
            <Icon iconName="Calendar" aria-hidden />
            <span className={visuallyHidden}>Timeframe: </span>
            {when}
          </Text>
        )}
        {(initiative.mustDo || initiative.health) && (
          <div className={classes.badges}>
            <MustDoBadge mustDo={initiative.mustDo} />
            {initiative.health && (
              <Text variant="small">
                <span className={visuallyHidden}>Health: </span>
                <HealthBadge health={initiative.health} />
              </Text>
            )}
          </div>
        )}
        {initiative.owner && (
          <div className={classes.owner}>
            <span className={visuallyHidden}>Owner: </span>
            <PersonView person={initiative.owner} />
          </div>
        )}
      </div>
    </article>
  );
};

/** Re-drawn only when its own props change, so typing a search over 1,000 initiatives stays quick. */
export const BoardCard = React.memo(BoardCardView);
