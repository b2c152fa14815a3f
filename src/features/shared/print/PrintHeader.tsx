import * as React from 'react';
import { mergeStyleSets } from '@fluentui/react';
import { formatDateTime } from '../format';

export interface IPrintHeaderProps {
  readonly title: string;
  /** What of it is printed (a view's name), after the title. */
  readonly subtitle?: string;
  /** The filters in words, when the printout is filtered. */
  readonly filters?: string;
  /** A closing line, such as how many items are printed ("17 initiatives"). */
  readonly summary?: string;
}

const classes = mergeStyleSets({
  header: { display: 'none', '@media print': { display: 'block', margin: '0 0 12pt', paddingBottom: '8pt', borderBottom: '1pt solid black', color: 'black' } },
  title: { fontSize: '18pt', margin: '0 0 4pt' },
  line: { margin: '2pt 0', fontSize: '10pt' }
});

/** Shown only on paper: what this is, when it was printed and which filters were applied (a committee paper's header). */
export const PrintHeader: React.FC<IPrintHeaderProps> = ({ title, subtitle, filters, summary }) => (
  <div className={classes.header}>
    <p className={classes.title}>
      <strong>{title}</strong>
      {subtitle !== undefined && `: ${subtitle}`}
    </p>
    <p className={classes.line}>Printed {formatDateTime(new Date().toISOString())}</p>
    {filters !== undefined && <p className={classes.line}>Filters applied: {filters}</p>}
    {summary !== undefined && <p className={classes.line}>{summary}</p>}
  </div>
);
