import { ITheme, mergeStyleSets } from '@fluentui/react';

/** The KPI Dashboard's styles, from the host's theme (SharePoint sections, Teams default, dark and high contrast). */
export function kpiStyles(theme: ITheme) {
  const s = theme.semanticColors;
  const border = `1px solid ${s.bodyDivider}`;
  return mergeStyleSets({
    toolbar: { display: 'flex', flexWrap: 'wrap', gap: 8, alignItems: 'flex-end', marginBottom: 8 },
    summary: { display: 'flex', flexWrap: 'wrap', gap: 8, margin: '8px 0 12px', padding: 0, listStyle: 'none' },
    summaryItem: { border, borderRadius: 4, padding: '6px 10px', minWidth: 120, color: s.bodyText },
    summaryFigure: { fontSize: 20, fontWeight: 600, display: 'block' },
    filters: { display: 'flex', flexWrap: 'wrap', gap: 8, alignItems: 'flex-end', marginBottom: 8 },
    filter: { minWidth: 160, flex: '1 1 160px', maxWidth: 260 },
    outcome: { margin: '16px 0 4px', fontSize: 16, fontWeight: 600 },
    tableWrap: { overflowX: 'auto', position: 'relative', maxWidth: '100%' },
    table: {
      borderCollapse: 'collapse',
      width: '100%',
      fontSize: 14,
      color: s.bodyText,
      selectors: {
        'th, td': { borderBottom: border, padding: '6px 8px', textAlign: 'left', verticalAlign: 'top' },
        th: { fontWeight: 600 },
        'td.num, th.num': { textAlign: 'right', whiteSpace: 'nowrap' }
      }
    },
    fixed: { tableLayout: 'fixed', minWidth: 900 },
    card: { border, borderRadius: 4, padding: 10, margin: '8px 0', color: s.bodyText },
    cardHead: { display: 'flex', justifyContent: 'space-between', gap: 8, alignItems: 'flex-start' },
    measureButton: { padding: 0, height: 'auto', textAlign: 'left', minWidth: 0, fontWeight: 600 },
    badge: { display: 'inline-flex', alignItems: 'center', gap: 4, whiteSpace: 'nowrap', fontWeight: 600 },
    shape: { fontSize: 14, lineHeight: '1', width: 14, display: 'inline-block', textAlign: 'center' },
    travel: { whiteSpace: 'nowrap' },
    muted: { color: s.bodySubtext },
    action: { marginTop: 4, paddingLeft: 8, borderLeft: `3px solid ${s.errorText}` },
    sample: { fontSize: 12, color: s.bodySubtext, fontStyle: 'italic' },
    field: { minWidth: 200, flex: '1 1 220px' },
    form: { display: 'grid', gap: 12, maxWidth: 640 },
    gridInput: { width: 110 },
    errorText: { color: s.errorText },
    sectionGap: { marginTop: 16 }
  });
}

export type KpiClasses = ReturnType<typeof kpiStyles>;
