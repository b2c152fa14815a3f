import * as React from 'react';
import { CommandButton, DefaultButton, Dropdown, IButtonStyles, mergeStyleSets, SearchBox, useTheme } from '@fluentui/react';
import { ROADMAP_VIEWS, RoadmapView } from '../../domain/roadmap';
import { VIEW_ICONS, VIEW_LABELS } from './labels';
import { noPrint } from '../shared/print/printFrame';
import { subtleBackground } from '../shared/colour/subtleColour';

export interface IRoadmapToolbarProps {
  readonly view: RoadmapView;
  readonly search: string;
  /** How many filter values are chosen (shown on the Filters button). */
  readonly filterCount: number;
  readonly canAdd: boolean;
  /** Narrow: the view switcher becomes a drop-down and actions show icons only. */
  readonly compact: boolean;
  onViewChange(view: RoadmapView): void;
  onSearchChange(search: string): void;
  onOpenFilters(): void;
  onNew(): void;
  onCopyLink(): void;
  onExport(): void;
  onPrint(): void;
}

/** The board's toolbar: which view, search, filters, and what to do with the view (share, export, print, add). */
const SEARCH_PAUSE_MS = 250;

export const RoadmapToolbar: React.FC<IRoadmapToolbarProps> = (props) => {
  const { view, search, filterCount, canAdd, compact, onSearchChange } = props;
  const theme = useTheme();
  // The box shows each key at once; the views filter when typing pauses, so 1,000 initiatives never lag a key.
  const [text, setText] = React.useState(search);
  const pending = React.useRef<number>();
  React.useEffect(() => setText(search), [search]);
  React.useEffect(() => () => window.clearTimeout(pending.current), []);
  const typed = (value: string, now = false): void => {
    setText(value);
    window.clearTimeout(pending.current);
    if (now) onSearchChange(value);
    else pending.current = window.setTimeout(() => onSearchChange(value), SEARCH_PAUSE_MS);
  };
  const classes = React.useMemo(
    () =>
      mergeStyleSets({
        bar: { display: 'flex', flexWrap: 'wrap', gap: 8, alignItems: 'center', justifyContent: 'space-between' },
        views: { display: 'flex', flexWrap: 'wrap', gap: 2, border: `1px solid ${theme.semanticColors.bodyDivider}`, borderRadius: 4, padding: 2 },
        find: { display: 'flex', flexWrap: 'wrap', gap: 8, alignItems: 'center', flex: compact ? '1 1 100%' : '1 1 320px', maxWidth: compact ? undefined : 520 },
        search: { flex: '1 1 180px', minWidth: 0 },
        actions: { display: 'flex', flexWrap: 'wrap', gap: 4, alignItems: 'center' }
      }),
    [theme, compact]
  );
  const viewButton = (checked: boolean): IButtonStyles => ({
    // the chosen view: bold, a quiet background and a bar beneath in the link colour (not colour alone)
    root: {
      minHeight: 32,
      padding: '0 10px',
      borderRadius: 3,
      background: checked ? subtleBackground(theme, 10) : 'transparent',
      color: theme.semanticColors.bodyText,
      boxShadow: checked ? `inset 0 -3px 0 ${theme.semanticColors.link}` : undefined
    },
    rootChecked: { background: subtleBackground(theme, 10), color: theme.semanticColors.bodyText, fontWeight: 600 },
    rootCheckedHovered: { background: subtleBackground(theme, 14), color: theme.semanticColors.bodyText },
    labelChecked: { fontWeight: 600 },
    rootHovered: { background: subtleBackground(theme, 8), color: theme.semanticColors.bodyText },
    icon: { color: checked ? theme.semanticColors.link : theme.semanticColors.bodySubtext },
    iconChecked: { color: theme.semanticColors.link }
  });
  // Always labelled, on a phone too (a shorter label there; the accessible name starts with it).
  const action = (text: string, short: string, iconName: string, onClick: () => void): JSX.Element => (
    <CommandButton iconProps={{ iconName }} text={compact ? short : text} ariaLabel={text} onClick={onClick} styles={{ root: { minHeight: 32, minWidth: 32, padding: compact ? '0 4px' : undefined } }} />
  );
  return (
    <div className={`${classes.bar} ${noPrint}`}>
      {compact ? (
        <Dropdown
          label="View"
          selectedKey={view}
          options={ROADMAP_VIEWS.map((v) => ({ key: v, text: VIEW_LABELS[v] }))}
          onChange={(_e, option) => option && props.onViewChange(option.key as RoadmapView)}
          styles={{ root: { flex: '1 1 100%' } }}
        />
      ) : (
        <div className={classes.views} role="group" aria-label="View">
          {ROADMAP_VIEWS.map((v) => (
            <CommandButton
              key={v}
              text={VIEW_LABELS[v]}
              iconProps={{ iconName: VIEW_ICONS[v] }}
              toggle
              checked={v === view}
              onClick={() => props.onViewChange(v)}
              styles={viewButton(v === view)}
            />
          ))}
        </div>
      )}
      <div className={classes.find}>
        <SearchBox
          className={classes.search}
          placeholder="Search titles and descriptions"
          ariaLabel="Search initiatives"
          value={text}
          onChange={(_e, value) => typed(value ?? '')}
          onSearch={(value) => typed(value, true)}
          onClear={() => typed('', true)}
        />
        <DefaultButton
          iconProps={{ iconName: 'Filter' }}
          text={filterCount > 0 ? `Filters (${filterCount})` : 'Filters'}
          ariaLabel={filterCount > 0 ? `Filters, ${filterCount} in use` : 'Filters'}
          onClick={props.onOpenFilters}
        />
      </div>
      <div className={classes.actions}>
        {canAdd && (
          <DefaultButton primary iconProps={{ iconName: 'Add' }} text="New initiative" onClick={props.onNew} />
        )}
        {action('Copy link', 'Copy link', 'Link', props.onCopyLink)}
        {action('Export CSV', 'Export', 'Download', props.onExport)}
        {action('Print', 'Print', 'Print', props.onPrint)}
      </div>
    </div>
  );
};
