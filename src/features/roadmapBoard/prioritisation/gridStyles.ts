import { hiddenContentStyle, ITheme, mergeStyleSets } from '@fluentui/react';

export const gridStyles = (theme: ITheme) => {
  const { semanticColors: s, palette: p, fonts } = theme;
  return mergeStyleSets({
    hidden: hiddenContentStyle,
    wrap: { overflow: 'auto', maxHeight: '70vh', maxWidth: '100%', border: `1px solid ${s.bodyDivider}`, borderRadius: 2 },
    grid: {
      borderCollapse: 'separate',
      borderSpacing: 0,
      color: s.bodyText,
      selectors: {
        'th, td': { borderBottom: `1px solid ${s.bodyDivider}`, borderRight: `1px solid ${s.bodyDivider}`, background: s.bodyBackground },
        'thead th': {
          position: 'sticky',
          top: 0,
          zIndex: 2,
          padding: '6px 8px',
          minWidth: 96,
          maxWidth: 150,
          fontWeight: 600,
          fontSize: fonts.small.fontSize,
          textAlign: 'left',
          verticalAlign: 'bottom'
        },
        'thead th:first-child': { left: 0, zIndex: 3 },
        'tbody th': {
          position: 'sticky',
          left: 0,
          zIndex: 1,
          padding: '6px 8px',
          textAlign: 'left',
          fontWeight: 400,
          minWidth: 140,
          maxWidth: 240,
          fontSize: fonts.small.fontSize
        }
      }
    },
    criterionMeta: { display: 'block', fontWeight: 400, color: s.bodySubtext },
    cell: {
      minWidth: 96,
      height: 44,
      padding: '2px 8px',
      textAlign: 'center',
      cursor: 'pointer',
      outline: 'none',
      selectors: {
        ':focus': { boxShadow: `inset 0 0 0 3px ${s.focusBorder}` },
        ':hover': { background: `${s.bodyBackgroundHovered} !important` }
      }
    },
    active: {},
    value: { display: 'block', fontSize: fonts.large.fontSize, fontWeight: 600, lineHeight: '24px' },
    empty: { display: 'block', color: s.bodySubtext, lineHeight: '24px' },
    state: { display: 'block', fontSize: fonts.xSmall.fontSize, color: s.bodySubtext, whiteSpace: 'nowrap' },
    error: { display: 'block', fontSize: fonts.xSmall.fontSize, color: s.errorText, fontWeight: 600, whiteSpace: 'nowrap' },
    note: { marginLeft: 4, color: p.themePrimary, fontSize: fonts.small.fontSize },
    instructions: { color: s.bodySubtext, margin: '4px 0 8px' }
  });
};

export type GridClasses = ReturnType<typeof gridStyles>;
