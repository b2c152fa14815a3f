import * as React from 'react';
import { mergeStyleSets } from '@fluentui/react';
import { formatDateTime } from '../../shared/format';

export interface IPrintHeaderProps {
  readonly title: string;
  readonly view: string;
  /** The filters in words (describeFilter). */
  readonly filters: string;
  readonly count: number;
}

const classes = mergeStyleSets({
  header: { display: 'none', '@media print': { display: 'block', margin: '0 0 12pt', paddingBottom: '8pt', borderBottom: '1pt solid black', color: 'black' } },
  title: { fontSize: '18pt', margin: '0 0 4pt' },
  line: { margin: '2pt 0', fontSize: '10pt' }
});

/** Shown only on paper: what this is, when it was printed and which filters were applied (a committee paper's header). */
export const PrintHeader: React.FC<IPrintHeaderProps> = ({ title, view, filters, count }) => (
  <div className={classes.header}>
    <p className={classes.title}>
      <strong>{title}</strong>: {view}
    </p>
    <p className={classes.line}>Printed {formatDateTime(new Date().toISOString())}</p>
    <p className={classes.line}>Filters applied: {filters}</p>
    <p className={classes.line}>{count === 1 ? '1 initiative' : `${count} initiatives`}</p>
  </div>
);
