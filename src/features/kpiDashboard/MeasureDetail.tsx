import * as React from 'react';
import { DefaultButton, Panel, PanelType, Text, useTheme } from '@fluentui/react';
import { IKpi, IKpiMeasurement } from '../../domain/entities';
import { readChangeLog } from '../../domain/kpi/checkIn';
import { quarterOf } from '../../domain/kpi/periods';
import { formatValue } from '../../domain/kpi/scorecard';
import { kpiStatus, toleranceBand, STATUS_WORDS, targetFor, travel } from '../../domain/kpi/status';
import { useHub } from '../shared/HubContext';
import { ErrorNotice, Loading } from '../shared/StatusViews';
import { useAsync } from '../shared/useAsync';
import { useElementWidth } from '../shared/useElementWidth';
import { computedRule } from './reads/computedProviders';
import { loadHistory } from './reads/loadScorecard';
import { StatusBadge, Travel } from './KpiParts';
import { kpiStyles } from './kpiStyles';
import type * as ChartModule from './charts/MeasureChart';

const loadChart = (): Promise<typeof ChartModule> => import(/* webpackChunkName: 'kpi-measure-chart' */ './charts/MeasureChart');

export interface IMeasureDetailProps {
  readonly kpi: IKpi;
  readonly canRecord: boolean;
  readonly onRecord: () => void;
  readonly onClose: () => void;
}

/** A measure's register entry, its history as a chart and a table, and its commentary, actions and changes over time. */
export const MeasureDetail: React.FC<IMeasureDetailProps> = ({ kpi, canRecord, onRecord, onClose }) => {
  const { services } = useHub();
  const theme = useTheme();
  const classes = React.useMemo(() => kpiStyles(theme), [theme]);
  const history = useAsync(() => loadHistory(services, kpi), [services, kpi]);
  const chart = useAsync(loadChart, []);
  const [ref, width] = useElementWidth<HTMLDivElement>(560);
  const measurements: IKpiMeasurement[] = history.value ?? [];
  const byStart = new Map(measurements.map((m) => [quarterOf(m.periodStart).start, m]));
  const rows = measurements.map((m) => {
    const start = quarterOf(m.periodStart).start;
    const result = kpiStatus(kpi, start, m.value);
    const target = targetFor(kpi, start);
    const band = target !== undefined && kpi.polarity !== 'Data only' ? toleranceBand(kpi, target) : undefined;
    return {
      m,
      start,
      label: quarterOf(m.periodStart).label,
      status: result.status,
      target,
      bandEdge: band === undefined || target === undefined ? undefined : kpi.polarity === 'Lower is better' ? target + band : target - band,
      travel: travel(kpi, start, (p) => byStart.get(p)?.value)
    };
  });
  const rule = computedRule(services, kpi.computedFrom);
  return (
    <Panel
      isOpen
      type={PanelType.medium}
      headerText={kpi.title}
      closeButtonAriaLabel="Close the measure"
      onDismiss={onClose}
      isLightDismiss
    >
      <div ref={ref}>
        <Text block>{kpi.description}</Text>
        <dl>
          <dt>Outcome</dt>
          <dd>{kpi.outcome}</dd>
          <dt>Owner</dt>
          <dd>{kpi.owner?.title ?? 'Not assigned'}{kpi.ownerIsSample ? ' (sample)' : ''}</dd>
          <dt>Target</dt>
          <dd>
            {kpi.polarity === 'Data only' ? 'Data only: reported, not rated' : `${formatValue(kpi.target, kpi.unit)} (${kpi.polarity.toLowerCase()})`}
            {kpi.targetIsSample ? ' (sample)' : ''}
            {kpi.targetsByYear ? `; by year: ${kpi.targetsByYear.split(/\r?\n/).join(', ')}` : ''}
          </dd>
          <dt>Tolerance</dt>
          <dd>{kpi.tolerance ?? 5}{kpi.toleranceKind === 'Unit' ? ` ${kpi.unit.toLowerCase()}` : '% of the target'}</dd>
          <dt>Frequency</dt>
          <dd>{kpi.frequency ?? 'Quarterly'}</dd>
          {kpi.baseline !== undefined && (
            <>
              <dt>Baseline</dt>
              <dd>{formatValue(kpi.baseline, kpi.unit)} {kpi.baselinePeriod ? `(${kpi.baselinePeriod})` : ''}</dd>
            </>
          )}
          <dt>Data source</dt>
          <dd>{rule ? `Computed from ${kpi.computedFrom}: ${rule}` : kpi.dataSource ?? 'Entered by the owner'}</dd>
        </dl>
        {canRecord && !kpi.computedFrom && <DefaultButton text="Record a value" onClick={onRecord} />}
        <h3 className={classes.outcome}>History</h3>
        {history.loading && <Loading label="Loading the history…" />}
        {history.error !== undefined && <ErrorNotice error={history.error} onRetry={history.reload} />}
        {!history.loading && !rows.length && <Text>No values have been recorded yet.</Text>}
        {rows.length > 1 && chart.value && (
          <chart.value.MeasureChart
            title={`${kpi.title}: values against target`}
            unit={kpi.unit}
            width={Math.max(260, width - 8)}
            points={rows.map((r) => ({ label: r.label, periodStart: r.start, value: r.m.value, target: r.target, bandEdge: r.bandEdge }))}
          />
        )}
        {rows.length > 0 && (
          <div className={classes.tableWrap} tabIndex={0} role="group" aria-label="Table, scrolls sideways on a narrow screen">
            <table className={classes.table}>
              <caption className={classes.muted}>Values, targets and status by quarter</caption>
              <thead>
                <tr>
                  <th scope="col">Quarter</th>
                  <th scope="col" className="num">Value</th>
                  <th scope="col" className="num">Target</th>
                  <th scope="col">Status</th>
                  <th scope="col">On last quarter</th>
                </tr>
              </thead>
              <tbody>
                {[...rows].reverse().map((r) => (
                  <tr key={r.m.id}>
                    <th scope="row">{r.label}</th>
                    <td className="num">{formatValue(r.m.value, kpi.unit)}</td>
                    <td className="num">{formatValue(r.target, kpi.unit)}</td>
                    <td>
                      <StatusBadge status={r.status} />
                    </td>
                    <td>
                      <Travel direction={r.travel.vsPrevious} against="against the previous quarter" />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        {rows.length > 0 && <h3 className={classes.outcome}>Commentary and actions</h3>}
        {[...rows].reverse().map((r) => (
          <div key={r.m.id} className={classes.card}>
            <strong>{r.label}</strong> · {STATUS_WORDS[r.status]}
            <div>{r.m.commentary || <span className={classes.muted}>No commentary</span>}</div>
            {r.m.correctiveAction && (
              <div className={classes.action}>
                <strong>Corrective action: </strong>
                {r.m.correctiveAction}
                {r.m.actionOwner ? ` Owner: ${r.m.actionOwner.title}.` : ''}
                {r.m.actionDue ? ` Due ${r.m.actionDue.slice(0, 10)}.` : ''}
              </div>
            )}
            <div className={classes.muted}>
              Recorded by {r.m.author?.title ?? 'unknown'}
              {r.m.modified ? `; last changed ${r.m.modified.slice(0, 10)} by ${r.m.editor?.title ?? 'unknown'}` : ''}
              {r.m.isSample ? ' (sample data)' : ''}
            </div>
            {readChangeLog(r.m.changeLog).length > 0 && (
              <details>
                <summary>Changes</summary>
                <ul>
                  {readChangeLog(r.m.changeLog).map((c, i) => (
                    <li key={i}>
                      {c.at.slice(0, 16).replace('T', ' ')} {c.by}: {c.change}
                    </li>
                  ))}
                </ul>
              </details>
            )}
          </div>
        ))}
      </div>
    </Panel>
  );
};
