import * as React from 'react';
import type { HubList } from '../../domain/services';
import { IKpiMeasurement } from '../../domain/entities';
import { kpiStatus, KpiStatus } from '../../domain/rules/kpiStatus';
import { FeatureFrame } from '../shared/FeatureFrame';
import { plural } from '../shared/format';
import { useHub } from '../shared/HubContext';
import { Empty, ErrorNotice, Loading } from '../shared/StatusViews';
import { SummaryList } from '../shared/SummaryList';
import { useAsync } from '../shared/useAsync';

/** The lists this part reads: only these missing stop it. */
export const KPI_DASHBOARD_LISTS: readonly HubList[] = ['kpis', 'kpiMeasurements'];

export interface IKpiDashboardProps {
  readonly title: string;
}

const STATUS_ORDER: readonly KpiStatus[] = ['Green', 'Amber', 'Red', 'No data', 'Not rated'];
const STATUS_WORDS: Record<KpiStatus, string> = {
  Green: 'On target (green)',
  Amber: 'Near target (amber)',
  Red: 'Off target (red)',
  'No data': 'Data awaited',
  'Not rated': 'Data only, not rated'
};

const KpiSummary: React.FC = () => {
  const { services } = useHub();
  const state = useAsync(async () => {
    const [kpis, measurements] = await Promise.all([
      services.kpis.getAll(),
      services.kpiMeasurements.getAll({ orderBy: [{ by: 'periodStart', descending: true }] })
    ]);
    return { kpis, measurements };
  }, [services]);
  if (state.loading) return <Loading label="Loading performance measures…" />;
  if (state.error !== undefined) return <ErrorNotice error={state.error} onRetry={state.reload} />;
  const { kpis, measurements } = state.value ?? { kpis: [], measurements: [] };
  const active = kpis.filter((k) => k.active !== false);
  if (!active.length) return <Empty message="No performance measures have been set up yet." />;
  const latest = new Map<number, IKpiMeasurement>();
  for (const m of measurements) if (!latest.has(m.kpi.id)) latest.set(m.kpi.id, m);
  const counts = new Map<KpiStatus, number>();
  for (const kpi of active) {
    const status = kpiStatus(kpi, latest.get(kpi.id)?.value);
    counts.set(status, (counts.get(status) ?? 0) + 1);
  }
  const outcomes = new Set(active.map((k) => k.outcome));
  return (
    <SummaryList
      headline={`${plural(active.length, 'performance measure')} across ${plural(outcomes.size, 'outcome')}`}
      label="Latest status of the measures"
      rows={STATUS_ORDER.filter((s) => counts.has(s)).map((s) => ({ label: STATUS_WORDS[s], value: counts.get(s) }))}
    />
  );
};

/** KPI Dashboard: the strategy's performance measures against targets. */
export const KpiDashboard: React.FC<IKpiDashboardProps> = ({ title }) => (
  <FeatureFrame title={title} lists={KPI_DASHBOARD_LISTS}>
    <KpiSummary />
  </FeatureFrame>
);
