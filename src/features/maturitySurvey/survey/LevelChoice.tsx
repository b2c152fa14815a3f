import * as React from 'react';
import { css, FontIcon } from '@fluentui/react';
import { ISurveyLevel } from '../../../domain/maturity/surveyModel';
import { SurveyClasses } from './surveyStyles';

export interface ILevelChoiceProps {
  readonly id: string;
  /** The question, e.g. "Where is Environment now?" */
  readonly label: string;
  readonly levels: readonly ISurveyLevel[];
  /** The dimension's descriptor per level (descriptors[level - 1]). */
  readonly descriptors: readonly string[];
  readonly value?: number;
  /** Marks the level given last round. */
  readonly lastRound?: number;
  readonly disabled?: boolean;
  /** Id of a message that describes the group (e.g. a validation message). */
  readonly describedBy?: string;
  readonly classes: SurveyClasses;
  onChange(level: number): void;
}

/**
 * A level chosen from large cards: an ARIA radio group (one tab stop; arrow keys move and choose, Home and End go
 * to the ends, Space and Enter choose), each card showing the level number, its name and this dimension's
 * descriptor. The chosen card has a thicker border and a check mark, so colour is never the only signal.
 */
export const LevelChoice: React.FC<ILevelChoiceProps> = ({ id, label, levels, descriptors, value, lastRound, disabled, describedBy, classes, onChange }) => {
  const refs = React.useRef<(HTMLDivElement | null)[]>([]);
  const focusable = value !== undefined && levels.some((l) => l.level === value) ? value : levels[0]?.level;

  const choose = (level: number, focus: boolean): void => {
    if (disabled) return;
    if (level !== value) onChange(level);
    if (focus) refs.current[level - 1]?.focus();
  };

  const onKeyDown = (event: React.KeyboardEvent<HTMLDivElement>, level: number): void => {
    const last = levels.length;
    let next: number | undefined;
    switch (event.key) {
      case 'ArrowRight':
      case 'ArrowDown':
        next = level === last ? 1 : level + 1;
        break;
      case 'ArrowLeft':
      case 'ArrowUp':
        next = level === 1 ? last : level - 1;
        break;
      case 'Home':
        next = 1;
        break;
      case 'End':
        next = last;
        break;
      case ' ':
      case 'Enter':
        event.preventDefault();
        choose(level, false);
        return;
      default:
        return;
    }
    event.preventDefault();
    if (disabled) refs.current[next - 1]?.focus();
    else choose(next, true);
  };

  return (
    <div className={classes.fieldset}>
      <div id={`${id}-label`} className={classes.legend}>
        {label}
      </div>
      <div role="radiogroup" aria-labelledby={`${id}-label`} aria-describedby={describedBy} aria-disabled={disabled || undefined} className={classes.cards}>
        {levels.map((l) => {
          const selected = l.level === value;
          const descriptor = descriptors[l.level - 1];
          return (
            <div
              key={l.level}
              id={`${id}-${l.level}`}
              ref={(el) => {
                refs.current[l.level - 1] = el;
              }}
              role="radio"
              aria-checked={selected}
              aria-disabled={disabled || undefined}
              aria-label={`Level ${l.level}: ${l.name}${descriptor ? `, ${descriptor}` : ''}${l.level === lastRound ? ' (last round)' : ''}`}
              tabIndex={l.level === focusable ? 0 : -1}
              className={css(classes.card, selected && classes.cardSelected, disabled && 'is-disabled')}
              onClick={() => choose(l.level, true)}
              onKeyDown={(e) => onKeyDown(e, l.level)}
            >
              <span className={classes.cardTop}>
                <span className={classes.cardLevel}>Level {l.level}</span>
                {selected && <FontIcon iconName="CompletedSolid" className={classes.cardCheck} aria-hidden />}
              </span>
              <span className={classes.cardName}>{l.name}</span>
              {descriptor && <span className={classes.cardDescriptor}>{descriptor}</span>}
              {l.level === lastRound && <span className={classes.badge}>Last round</span>}
            </div>
          );
        })}
      </div>
    </div>
  );
};
