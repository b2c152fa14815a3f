import { hiddenContentStyle, IRawStyle, ITheme, mergeStyleSets } from '@fluentui/react';

/** The Priorities view's styles, from the host's theme (section backgrounds and Teams themes). */
export const prioritiesStyles = (theme: ITheme) => {
  const { semanticColors: s, palette: p, fonts } = theme;
  return mergeStyleSets({
    hidden: hiddenContentStyle,
    // Sized by the column it is given, never by its content, so a wide table scrolls instead of widening the page.
    root: { contain: 'inline-size', minWidth: 0 } as IRawStyle,
    compactList: {
      listStyle: 'none',
      margin: '8px 0',
      padding: 0,
      selectors: { li: { position: 'relative', padding: '8px 0 8px 36px', borderBottom: `1px solid ${s.bodyDivider}` } }
    },
    compactRank: { position: 'absolute', left: 0, top: 8, width: 28, fontWeight: 600, fontSize: fonts.mediumPlus.fontSize },
    compactFigures: { display: 'block', color: s.bodySubtext, fontSize: fonts.small.fontSize, marginTop: 2 },
    toolbar: { display: 'flex', flexWrap: 'wrap', gap: 12, alignItems: 'flex-end', marginBottom: 8 },
    roundPicker: { minWidth: 220, maxWidth: '100%' },
    roundNote: { color: s.bodySubtext, paddingBottom: 6 },
    section: { marginTop: 12 },
    heading: { margin: '16px 0 8px', fontSize: fonts.mediumPlus.fontSize, fontWeight: 600, color: s.bodyText },
    subtext: { color: s.bodySubtext },
    disclosure: {
      margin: '8px 0',
      selectors: {
        summary: { cursor: 'pointer', padding: '4px 0', minHeight: 24, color: s.link, fontWeight: 600 },
        'summary:focus-visible': { outline: `2px solid ${s.focusBorder}`, outlineOffset: 2 },
        ol: { margin: '4px 0', paddingLeft: 24 },
        li: { margin: '4px 0' }
      }
    },
    tableWrap: { overflowX: 'auto', maxWidth: '100%' },
    table: {
      borderCollapse: 'collapse',
      width: '100%',
      color: s.bodyText,
      selectors: {
        'th, td': { padding: '6px 8px', borderBottom: `1px solid ${s.bodyDivider}`, textAlign: 'left', verticalAlign: 'top' },
        th: { fontWeight: 600, color: s.bodySubtext, fontSize: fonts.small.fontSize },
        caption: { textAlign: 'left', captionSide: 'top', padding: '0 0 6px', color: s.bodySubtext }
      }
    },
    number: { textAlign: 'right !important', fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' },
    rank: { fontWeight: 600, width: '3em' },
    nowrap: { whiteSpace: 'nowrap' },
    titleButton: {
      background: 'none',
      border: 'none',
      padding: '2px 0',
      minHeight: 24,
      font: 'inherit',
      color: s.link,
      textAlign: 'left',
      cursor: 'pointer',
      textDecoration: 'underline',
      selectors: {
        ':hover': { color: s.linkHovered },
        ':focus-visible': { outline: `2px solid ${s.focusBorder}`, outlineOffset: 1 }
      }
    },
    bar: { display: 'block', height: 6, marginTop: 3, background: s.bodyDivider, borderRadius: 3, minWidth: 48 },
    barFill: { display: 'block', height: 6, borderRadius: 3, background: p.themePrimary },
    plainList: { listStyle: 'none', margin: 0, padding: 0, selectors: { li: { padding: '4px 0', borderBottom: `1px solid ${s.bodyDivider}` } } },
    badge: {
      display: 'inline-block',
      marginLeft: 8,
      padding: '0 6px',
      border: `1px solid ${s.bodyDivider}`,
      borderRadius: 10,
      fontSize: fonts.small.fontSize,
      color: s.bodySubtext
    }
  });
};

export type PrioritiesClasses = ReturnType<typeof prioritiesStyles>;
