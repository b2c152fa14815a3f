import * as React from 'react';
import { Pivot, PivotItem, Text } from '@fluentui/react';
import { IKpi, IPersonRef } from '../../domain/entities';
import { IQuarter, quarterOf } from '../../domain/kpi/periods';
import { IScorecardRow } from '../../domain/kpi/scorecard';
import { BulkGrid } from './BulkGrid';
import { CheckInForm } from './CheckInForm';

export interface IRecordValuesProps {
  readonly canRecord: boolean;
  readonly isOffice: boolean;
  /** The measures this person records (their own; all for the programme office). */
  readonly kpis: readonly IKpi[];
  readonly rows: readonly IScorecardRow[];
  readonly quarters: readonly IQuarter[];
  readonly quarter: string;
  readonly initialKpi?: number;
  readonly signedOff: ReadonlySet<string>;
  readonly me: IPersonRef;
  readonly narrow: boolean;
  readonly onSaved: () => void;
}

/** Recording values: the quick form for one measure, and for the programme office the grid for a whole quarter. */
export const RecordValues: React.FC<IRecordValuesProps> = (props) => {
  const { canRecord, isOffice, kpis, rows, quarters, quarter, initialKpi, signedOff, me, narrow, onSaved } = props;
  const [mode, setMode] = React.useState<'one' | 'grid'>('one');
  if (!canRecord) {
    return <Text>Only the owners of measures and the programme office record values. Ask the programme office to make you the owner of a measure.</Text>;
  }
  const form = <CheckInForm kpis={kpis} quarters={quarters} initialKpi={initialKpi} initialQuarter={quarter} signedOff={signedOff} me={me} onSaved={onSaved} />;
  if (!isOffice) return form;
  return (
    <div>
      <Pivot selectedKey={mode} onLinkClick={(item) => item?.props.itemKey && setMode(item.props.itemKey as 'one' | 'grid')} headersOnly aria-label="How to record">
        <PivotItem itemKey="one" headerText="One measure" />
        <PivotItem itemKey="grid" headerText={`Whole quarter${narrow ? '' : ' (grid)'}`} />
      </Pivot>
      <div style={{ marginTop: 12 }}>
        {mode === 'one' ? form : <BulkGrid rows={rows} quarterLabel={quarterOf(quarter).label} locked={signedOff.has(quarterOf(quarter).start)} me={me} onSaved={onSaved} />}
      </div>
    </div>
  );
};
