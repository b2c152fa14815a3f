import * as React from 'react';
import { ActionButton, Icon, mergeStyleSets, useTheme } from '@fluentui/react';
import { IInitiative } from '../../../domain/entities';
import { clearedFilter, filterChips, IRoadmapFilter, removeChip } from '../../../domain/roadmap';

export interface IFilterChipsProps {
  readonly filter: IRoadmapFilter;
  readonly initiatives: readonly IInitiative[];
  /** Offer "Clear filters" here (not when the empty result offers it already). */
  readonly showClear: boolean;
  onChange(filter: IRoadmapFilter): void;
}

/** The filters in force, each a button that removes it (keyboard and pointer alike), and "Clear filters". */
export const FilterChips: React.FC<IFilterChipsProps> = ({ filter, initiatives, showClear, onChange }) => {
  const theme = useTheme();
  const chips = filterChips(filter, initiatives);
  const classes = React.useMemo(
    () =>
      mergeStyleSets({
        list: { display: 'flex', flexWrap: 'wrap', gap: 8, listStyle: 'none', margin: 0, padding: 0, alignItems: 'center' },
        chip: {
          display: 'inline-flex',
          alignItems: 'center',
          gap: 6,
          minHeight: 28,
          maxWidth: '100%',
          padding: '2px 10px',
          borderRadius: 14,
          border: `1px solid ${theme.semanticColors.inputBorder}`,
          background: theme.semanticColors.bodyBackground,
          color: theme.semanticColors.bodyText,
          font: 'inherit',
          fontSize: 13,
          cursor: 'pointer',
          textAlign: 'left',
          overflowWrap: 'anywhere',
          selectors: {
            ':hover': { background: theme.semanticColors.buttonBackgroundHovered },
            ':focus-visible': { outline: `2px solid ${theme.semanticColors.focusBorder}`, outlineOffset: 1 }
          }
        },
        icon: { fontSize: 10 }
      }),
    [theme]
  );
  if (chips.length === 0) return null;
  return (
    <ul className={classes.list} aria-label="Filters in use">
      {chips.map((chip) => (
        <li key={`${chip.key}:${String(chip.value)}`}>
          <button type="button" className={classes.chip} aria-label={`Remove filter ${chip.label}`} onClick={() => onChange(removeChip(filter, chip))}>
            <span>{chip.label}</span>
            <Icon iconName="Cancel" aria-hidden className={classes.icon} />
          </button>
        </li>
      ))}
      {showClear && (
        <li>
          <ActionButton iconProps={{ iconName: 'ClearFilter' }} text="Clear filters" onClick={() => onChange(clearedFilter(filter))} />
        </li>
      )}
    </ul>
  );
};
