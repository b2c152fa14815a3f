import * as React from 'react';
import { ActionButton } from '@fluentui/react';
import { useId } from '@fluentui/react-hooks';
import { useHub } from '../../shared/HubContext';
import { resultsStyles } from './resultsStyles';

export interface IChartSectionProps {
  readonly title: string;
  /** Controls shown under the title (a department or dimension picker); a function gets whether the table shows. */
  readonly controls?: React.ReactNode | ((showingTable: boolean) => React.ReactNode);
  /** Whether the section can show a chart at all (else it shows only the table). */
  readonly hasChart?: boolean;
  readonly chart: () => React.ReactNode;
  readonly table: () => React.ReactNode;
  readonly children?: React.ReactNode;
}

/** A results section with a chart and its data table alternative, and a button to switch between them. */
export const ChartSection: React.FC<IChartSectionProps> = ({ title, controls, hasChart = true, chart, table, children }) => {
  const { host } = useHub();
  const classes = React.useMemo(() => resultsStyles(host.theme), [host.theme]);
  const headingId = useId('results-section');
  const [asTable, setAsTable] = React.useState(false);
  const showTable = asTable || !hasChart;
  return (
    <section className={classes.section} aria-labelledby={headingId}>
      <div className={classes.sectionHeader}>
        <h3 id={headingId} className={classes.sectionTitle}>
          {title}
        </h3>
        {hasChart && (
          <ActionButton
            iconProps={{ iconName: showTable ? 'Chart' : 'Table' }}
            onClick={() => setAsTable((t) => !t)}
            aria-describedby={headingId}
          >
            {showTable ? 'Show as chart' : 'Show as table'}
          </ActionButton>
        )}
      </div>
      {typeof controls === 'function' ? controls(showTable) : controls}
      {showTable ? table() : chart()}
      {children}
    </section>
  );
};
