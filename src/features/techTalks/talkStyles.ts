import { ITheme, mergeStyleSets } from '@fluentui/react';

/** Tech Talks styles from the host's theme: semantic colours only, so section backgrounds and Teams themes apply. */
export function talkStyles(theme: ITheme): ReturnType<typeof build> {
  return build(theme);
}

function build(theme: ITheme) {
  const s = theme.semanticColors;
  const card = {
    border: `1px solid ${s.bodyDivider}`,
    borderRadius: 4,
    padding: 12,
    background: s.bodyBackground,
    color: s.bodyText,
    minWidth: 0
  };
  return mergeStyleSets({
    hero: { ...card, borderLeft: `4px solid ${s.primaryButtonBackground}`, padding: 16 },
    card,
    gap: { ...card, borderStyle: 'dashed' },
    meta: { color: s.bodySubtext, margin: '4px 0' },
    list: { listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: 8 },
    grid: { listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: 8, gridTemplateColumns: 'repeat(auto-fill, minmax(220px, 1fr))' },
    heading: { margin: '16px 0 8px', color: s.bodyText },
    title: { margin: '0 0 4px', color: s.bodyText, overflowWrap: 'anywhere' },
    abstract: { margin: '8px 0', whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' },
    row: { display: 'flex', flexWrap: 'wrap', gap: 8, alignItems: 'center' },
    link: { color: s.link, overflowWrap: 'anywhere' },
    badge: { display: 'inline-block', padding: '0 6px', border: `1px solid ${s.bodyText}`, borderRadius: 2, fontSize: 12, marginLeft: 4 },
    form: { display: 'grid', gap: 8, maxWidth: 640 },
    reviews: { borderTop: `1px solid ${s.bodyDivider}`, marginTop: 8, paddingTop: 8 },
    subheading: { margin: '0 0 4px', color: s.bodyText, fontWeight: 600 }
  });
}
