import { IKpi } from '../entities';

/**
 * RAG status of a KPI value against its target.
 * Rule: Tolerance is a percentage of the target (default 5). Higher is better: at or above target is Green,
 * within the tolerance below it Amber, further below Red. Lower is better mirrors that. "Data only" KPIs and
 * KPIs without a target are not rated; a missing value is "No data".
 */
export type KpiStatus = 'Green' | 'Amber' | 'Red' | 'No data' | 'Not rated';

export const DEFAULT_TOLERANCE_PERCENT = 5;

export function kpiStatus(kpi: Pick<IKpi, 'polarity' | 'target' | 'tolerance'>, value: number | undefined): KpiStatus {
  if (value === undefined || value === null) return 'No data';
  if (kpi.polarity === 'Data only' || kpi.target === undefined || kpi.target === null) return 'Not rated';
  const band = Math.abs(kpi.target) * ((kpi.tolerance ?? DEFAULT_TOLERANCE_PERCENT) / 100);
  const shortfall = kpi.polarity === 'Higher is better' ? kpi.target - value : value - kpi.target;
  if (shortfall <= 0) return 'Green';
  return shortfall <= band ? 'Amber' : 'Red';
}
