import { ITheme, mergeStyleSets } from '@fluentui/react';

/** The survey's styles, from the host's theme (SharePoint sections and Teams themes), never fixed colours. */
export function surveyStyles(theme: ITheme) {
  const c = theme.semanticColors;
  const focus = { outline: `2px solid ${c.focusBorder}`, outlineOffset: 2 };
  return mergeStyleSets({
    header: { display: 'flex', flexWrap: 'wrap', gap: '8px 24px', alignItems: 'flex-end', marginBottom: 12 },
    roundLine: { color: c.bodySubtext, margin: '0 0 4px' },
    section: { marginTop: 16 },
    stepHeading: { ...theme.fonts.large, fontWeight: 600, margin: '4px 0', color: c.bodyText, selectors: { ':focus': { outline: 'none' }, ':focus-visible': focus } },
    subtext: { color: c.bodySubtext },
    guidance: { margin: '4px 0 12px', color: c.bodyText, whiteSpace: 'pre-line', maxWidth: '70ch' },
    lastRound: {
      margin: '8px 0 12px',
      padding: '8px 12px',
      borderLeft: `4px solid ${c.bodyDivider}`,
      color: c.bodyText
    },
    note: { display: 'flex', gap: 8, alignItems: 'flex-start', margin: '12px 0 0', padding: '8px 12px', border: `1px solid ${c.warningIcon}`, borderRadius: 4, color: c.bodyText },
    noteIcon: { color: c.bodyText, marginTop: 2 },
    fieldset: { border: 'none', margin: '16px 0 0', padding: 0, minWidth: 0 },
    legend: { fontWeight: 600, fontSize: 16, padding: 0, marginBottom: 8, color: c.bodyText },
    cards: { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(min(130px, 100%), 1fr))', gap: 8 },
    card: {
      position: 'relative',
      display: 'flex',
      flexDirection: 'column',
      gap: 4,
      minHeight: 64,
      padding: '10px 12px 10px 12px',
      borderRadius: 6,
      border: `1px solid ${c.inputBorder}`,
      background: c.bodyBackground,
      color: c.bodyText,
      cursor: 'pointer',
      userSelect: 'none',
      selectors: {
        ':hover': { borderColor: c.inputBorderHovered },
        ':focus': { outline: 'none' },
        ':focus-visible': focus,
        '&.is-disabled': { cursor: 'default' }
      }
    },
    cardSelected: {
      border: `3px solid ${c.inputBackgroundChecked}`,
      padding: '8px 10px 8px 10px',
      selectors: { ':hover': { borderColor: c.inputBackgroundChecked } }
    },
    cardTop: { display: 'flex', justifyContent: 'space-between', alignItems: 'center', gap: 8 },
    cardLevel: { fontSize: 12, fontWeight: 600, textTransform: 'uppercase', letterSpacing: 0.4, color: c.bodySubtext },
    cardName: { fontWeight: 600, fontSize: 14 },
    cardDescriptor: { fontSize: 14, color: c.bodyText },
    cardCheck: { color: c.inputBackgroundChecked, fontSize: 16 },
    badge: {
      alignSelf: 'flex-start',
      fontSize: 12,
      padding: '0 6px',
      borderRadius: 4,
      border: `1px solid ${c.bodyDivider}`,
      color: c.bodySubtext
    },
    actions: { display: 'flex', flexWrap: 'wrap', gap: 8, marginTop: 20, alignItems: 'center' },
    spacer: { flex: '1 1 auto' },
    steps: { listStyle: 'none', margin: '8px 0 0', padding: 0, display: 'flex', flexWrap: 'wrap', gap: 6 },
    step: {
      minWidth: 36,
      height: 36,
      padding: '0 8px',
      borderRadius: 18,
      border: `1px solid ${c.inputBorder}`,
      background: c.bodyBackground,
      color: c.bodyText,
      fontSize: 14,
      cursor: 'pointer',
      display: 'inline-flex',
      alignItems: 'center',
      justifyContent: 'center',
      gap: 4,
      selectors: { ':hover': { borderColor: c.inputBorderHovered }, ':focus-visible': focus }
    },
    stepCurrent: { border: `3px solid ${c.inputBackgroundChecked}`, fontWeight: 600 },
    stepAnswered: { color: c.bodyText },
    reviewList: { listStyle: 'none', padding: 0, margin: '12px 0 0', display: 'grid', gap: 8 },
    reviewItem: { border: `1px solid ${c.bodyDivider}`, borderRadius: 6, padding: '8px 12px' },
    reviewHead: { display: 'flex', justifyContent: 'space-between', alignItems: 'baseline', gap: 8, flexWrap: 'wrap' },
    reviewFacts: { margin: '4px 0 0', display: 'grid', gridTemplateColumns: 'max-content 1fr', gap: '2px 12px', selectors: { dd: { margin: 0, overflowWrap: 'anywhere' }, dt: { color: c.bodySubtext } } },
    missingList: { margin: '4px 0 0', paddingLeft: 20, selectors: { li: { margin: '2px 0' } } },
    // WCAG 2.5.8: a link in a list is at least 24px high.
    listLink: { display: 'inline-flex', alignItems: 'center', minHeight: 24, minWidth: 24 }
  });
}

export type SurveyClasses = ReturnType<typeof surveyStyles>;
