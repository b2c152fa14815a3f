import { hiddenContentStyle, ITheme, mergeStyleSets } from '@fluentui/react';

/** The Champions Hub's styles, from the host's theme (SharePoint sections, Teams default, dark and high contrast). */
export function championsStyles(theme: ITheme) {
  const c = theme.semanticColors;
  return mergeStyleSets({
    section: { marginTop: 16 },
    heading: { ...theme.fonts.large, fontWeight: 600, margin: '16px 0 8px', color: c.bodyText },
    subheading: { ...theme.fonts.mediumPlus, fontWeight: 600, margin: '12px 0 6px', color: c.bodyText },
    subtext: { color: c.bodySubtext },
    row: { display: 'flex', flexWrap: 'wrap', gap: '8px 16px', alignItems: 'flex-end' },
    stats: { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(min(150px, 100%), 1fr))', gap: 8, margin: '8px 0 12px' },
    stat: { border: `1px solid ${c.bodyDivider}`, borderRadius: 6, padding: '8px 12px', color: c.bodyText },
    statValue: { ...theme.fonts.xLarge, fontWeight: 600, display: 'block' },
    statLabel: { color: c.bodySubtext, fontSize: 13 },
    badge: {
      display: 'inline-block',
      fontSize: 12,
      fontWeight: 600,
      padding: '1px 8px',
      borderRadius: 10,
      border: `1px solid ${c.bodyText}`,
      color: c.bodyText,
      whiteSpace: 'nowrap'
    },
    chip: {
      display: 'inline-block',
      fontSize: 12,
      padding: '1px 6px',
      margin: '2px 4px 2px 0',
      borderRadius: 4,
      border: `1px solid ${c.bodyDivider}`,
      color: c.bodyText
    },
    list: { listStyle: 'none', margin: 0, padding: 0 },
    item: { borderTop: `1px solid ${c.bodyDivider}`, padding: '10px 0', color: c.bodyText },
    itemTop: { display: 'flex', flexWrap: 'wrap', justifyContent: 'space-between', gap: 8, alignItems: 'baseline' },
    itemTitle: { fontWeight: 600, overflowWrap: 'anywhere' },
    cards: { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(min(280px, 100%), 1fr))', gap: 12, listStyle: 'none', margin: 0, padding: 0 },
    card: { border: `1px solid ${c.bodyDivider}`, borderRadius: 6, padding: 12, color: c.bodyText, display: 'flex', flexDirection: 'column', gap: 6, minWidth: 0 },
    actions: { display: 'flex', flexWrap: 'wrap', gap: 8, marginTop: 4 },
    tableWrap: { overflowX: 'auto', maxWidth: '100%', position: 'relative' },
    table: {
      borderCollapse: 'collapse',
      width: '100%',
      color: c.bodyText,
      selectors: {
        'th, td': { textAlign: 'left', padding: '6px 8px', borderBottom: `1px solid ${c.bodyDivider}`, verticalAlign: 'top' },
        th: { fontWeight: 600 },
        'td.num, th.num': { textAlign: 'right', fontVariantNumeric: 'tabular-nums' }
      }
    },
    form: { border: `1px solid ${c.bodyDivider}`, borderRadius: 6, padding: 12, margin: '8px 0 16px', maxWidth: 720 },
    formGrid: { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(min(200px, 100%), 1fr))', gap: '8px 12px' },
    fieldset: { border: 'none', margin: '8px 0 0', padding: 0, minWidth: 0 },
    legend: { fontWeight: 600, padding: 0, marginBottom: 4, color: c.bodyText },
    checks: { display: 'flex', flexWrap: 'wrap', gap: '6px 16px' },
    link: { color: c.link, selectors: { ':hover': { color: c.linkHovered } } },
    // Initials sit on Fluent's fixed mid-tone coins: white text keeps 4.5:1 there whatever the theme's "white" is.
    person: { minWidth: 0, selectors: { '.ms-Persona-initials, .ms-Persona-initials span': { color: '#ffffff' } } },
    srOnly: hiddenContentStyle
  });
}

export type ChampionsClasses = ReturnType<typeof championsStyles>;
