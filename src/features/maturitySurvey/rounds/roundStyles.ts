import { ITheme, mergeStyleSets } from '@fluentui/react';

/** The Rounds tab's styles, from the host's theme. */
export function roundStyles(theme: ITheme) {
  const c = theme.semanticColors;
  return mergeStyleSets({
    group: { marginTop: 12 },
    heading: { margin: '8px 0', color: c.bodyText },
    list: { listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: 8 },
    card: { border: `1px solid ${c.bodyDivider}`, borderRadius: 6, padding: '10px 12px', display: 'flex', flexWrap: 'wrap', gap: '8px 16px', alignItems: 'center' },
    main: { flex: '1 1 240px', minWidth: 0 },
    title: { fontWeight: 600, fontSize: 16, margin: 0, color: c.bodyText },
    facts: { color: c.bodySubtext, margin: '2px 0 0' },
    status: { display: 'inline-flex', alignItems: 'center', gap: 4, fontWeight: 600, marginLeft: 8, fontSize: 14 },
    warning: { display: 'flex', alignItems: 'center', gap: 6, marginTop: 4, fontWeight: 600, color: c.bodyText },
    reason: { color: c.bodySubtext, fontSize: 12, maxWidth: 260 },
    actions: { display: 'flex', flexDirection: 'column', alignItems: 'stretch', gap: 4 }
  });
}

export type RoundClasses = ReturnType<typeof roundStyles>;
