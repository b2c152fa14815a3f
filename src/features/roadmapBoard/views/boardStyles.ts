import { ITheme, mergeStyleSets } from '@fluentui/react';
import { subtleBackground } from '../../shared/colour/subtleColour';

/** The Board view's classes, from the host's theme (section backgrounds and Teams themes apply). */
export const boardStyles = (theme: ITheme, stacked: boolean) => {
  const s = theme.semanticColors;
  return mergeStyleSets({
    lanes: { display: 'grid', gap: 16 },
    laneHeading: { margin: '4px 0 8px', fontSize: 16, fontWeight: 600, color: s.bodyText },
    scroller: {
      overflowX: stacked ? 'visible' : 'auto',
      // A positioned scroller keeps absolutely positioned text (screen-reader-only counts) inside it, not widening the page.
      position: 'relative',
      paddingBottom: 4,
      selectors: { ':focus-visible': { outline: `2px solid ${s.focusBorder}`, outlineOffset: 2 } },
      '@media print': { overflow: 'visible' }
    },
    columns: stacked
      ? { display: 'grid', gap: 12, gridTemplateColumns: 'minmax(0, 1fr)' }
      : // Compact columns, and narrow empty ones, so all seven stages fit a 1,200px page area side by side.
        { display: 'grid', gap: 8, gridAutoFlow: 'column', gridAutoColumns: 'minmax(156px, 1fr)' },

    column: {
      background: subtleBackground(theme),
      border: `1px solid ${s.bodyDivider}`,
      borderRadius: 6,
      padding: 8,
      minWidth: 0,
      display: 'flex',
      flexDirection: 'column',
      gap: 8,
      '@media print': { background: 'transparent', padding: 4 }
    },
    /** An empty stage: left off paper. */
    emptyOnPaper: { '@media print': { display: 'none' } },
    dropTarget: { outline: `2px dashed ${s.focusBorder}`, outlineOffset: -2 },
    columnHeading: { breakAfter: 'avoid', display: 'flex', justifyContent: 'space-between', alignItems: 'baseline', gap: 8, margin: 0, padding: '4px 4px 0', fontSize: 14, fontWeight: 600, color: s.bodyText },
    count: { fontWeight: 400, color: s.bodySubtext },
    cards: { listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: 8, '@media print': { gridTemplateColumns: 'repeat(3, minmax(0, 1fr))', gap: 6 } },
    emptyColumn: { color: s.bodySubtext, fontSize: 13, padding: '8px 4px' },
    card: {
      background: s.bodyBackground,
      color: s.bodyText,
      border: `1px solid ${s.bodyDivider}`,
      borderRadius: 4,
      padding: '8px 10px',
      boxShadow: '0 1px 2px rgba(0,0,0,0.12)',
      display: 'grid',
      gap: 6,
      '@media print': { boxShadow: 'none', breakInside: 'avoid' }
    },
    pickedUp: { outline: `3px solid ${s.focusBorder}`, outlineOffset: 1, transform: 'rotate(-1deg)' },
    cardTop: { display: 'flex', alignItems: 'flex-start', gap: 4, justifyContent: 'space-between' },
    cardTitle: {
      background: 'none',
      border: 0,
      padding: '2px 0',
      margin: 0,
      font: 'inherit',
      fontSize: 14,
      fontWeight: 600,
      textAlign: 'left',
      color: s.link,
      cursor: 'pointer',
      minHeight: 24,
      overflowWrap: 'anywhere',
      selectors: { ':hover': { textDecoration: 'underline', color: s.linkHovered }, ':focus-visible': { outline: `2px solid ${s.focusBorder}`, outlineOffset: 1 } }
    },
    cardActions: { display: 'flex', flexShrink: 0 },
    handle: { cursor: 'grab', width: 28, height: 28 },
    cardMeta: { display: 'grid', gap: 4, color: s.bodySubtext },
    metaLine: { display: 'inline-flex', alignItems: 'center', gap: 6, color: s.bodySubtext },
    badges: { display: 'flex', flexWrap: 'wrap', gap: '4px 12px', fontSize: 12, color: s.bodyText },
    owner: { minWidth: 0 },
    dropHere: { alignSelf: 'stretch' },
    more: { alignSelf: 'flex-start' }
  });
};

export type BoardClasses = ReturnType<typeof boardStyles>;

/** The part of a key press the board reads (a Fluent button's event or a DOM one). */
export interface IKeyPress {
  readonly key: string;
  preventDefault(): void;
  stopPropagation(): void;
}
