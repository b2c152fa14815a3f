import * as React from 'react';
import { mergeStyleSets, Text } from '@fluentui/react';
import { useHub } from './HubContext';

export interface ISummaryRow {
  readonly label: string;
  readonly value: React.ReactNode;
}

/** A headline figure and a short labelled list: the summary each web part shows until its full views land. */
export const SummaryList: React.FC<{ headline: string; rows: readonly ISummaryRow[]; label: string }> = ({ headline, rows, label }) => {
  const { host } = useHub();
  const classes = React.useMemo(
    () =>
      mergeStyleSets({
        list: { margin: '8px 0 0', padding: 0, listStyle: 'none', display: 'grid', gap: 4 },
        row: { display: 'flex', justifyContent: 'space-between', gap: 12, borderBottom: `1px solid ${host.theme.semanticColors.bodyDivider}`, padding: '4px 0' },
        value: { fontWeight: 600 }
      }),
    [host.theme]
  );
  return (
    <div>
      <Text variant="large" block>
        {headline}
      </Text>
      <ul className={classes.list} aria-label={label}>
        {rows.map((row) => (
          <li key={row.label} className={classes.row}>
            <span>{row.label}</span>
            <span className={classes.value}>{row.value}</span>
          </li>
        ))}
      </ul>
    </div>
  );
};
