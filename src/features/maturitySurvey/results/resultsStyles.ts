import { hiddenContentStyle, ITheme, mergeStyleSets } from '@fluentui/react';

/** The results page's styles, from the host's theme only. */
export const resultsStyles = (theme: ITheme): ReturnType<typeof build> => build(theme);

function build(theme: ITheme) {
  const s = theme.semanticColors;
  return mergeStyleSets({
    root: { display: 'flex', flexDirection: 'column', gap: 20, minWidth: 0 },
    toolbar: { display: 'flex', flexWrap: 'wrap', gap: 12, alignItems: 'flex-end', justifyContent: 'space-between' },
    roundPicker: { minWidth: 180, flex: '0 1 260px' },
    picker: { maxWidth: 360 },
    wide: { gridColumn: '1 / -1' },
    headline: { margin: 0, fontSize: 18, fontWeight: 600, lineHeight: '1.4', color: s.bodyText },
    subtle: { color: s.bodySubtext, margin: 0, lineHeight: '1.4' },
    section: {
      border: `1px solid ${s.bodyDivider}`,
      borderRadius: 4,
      padding: 12,
      minWidth: 0,
      display: 'flex',
      flexDirection: 'column',
      gap: 10
    },
    sectionHeader: { display: 'flex', flexWrap: 'wrap', gap: 8, alignItems: 'center', justifyContent: 'space-between' },
    sectionTitle: { margin: 0, fontSize: 16, fontWeight: 600, color: s.bodyText },
    scroll: {
      overflowX: 'auto',
      maxWidth: '100%',
      selectors: { ':focus-visible': { outline: `2px solid ${theme.palette.themePrimary}`, outlineOffset: 2 } }
    },
    table: {
      borderCollapse: 'collapse',
      width: '100%',
      fontSize: 14,
      color: s.bodyText,
      selectors: {
        'th, td': { border: `1px solid ${s.bodyDivider}`, padding: '6px 8px', textAlign: 'left', verticalAlign: 'top' },
        'td.number, th.number': { textAlign: 'right', fontVariantNumeric: 'tabular-nums' },
        caption: { textAlign: 'left', fontWeight: 600, padding: '0 0 6px', color: s.bodyText },
        'thead th': { borderBottomWidth: 2 }
      }
    },
    hidden: hiddenContentStyle,
    list: { margin: 0, paddingLeft: 20, display: 'flex', flexDirection: 'column', gap: 4 },
    grid: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 420px), 1fr))', gap: 20 }
  });
}
