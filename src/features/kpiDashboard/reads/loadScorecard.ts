import { brokenItems, IBrokenItem } from '../../../domain/brokenItems';
import { IKpi, IKpiMeasurement } from '../../../domain/entities';
import { IQuarter, quarterOf, shiftQuarter } from '../../../domain/kpi/periods';
import { buildScorecard, ComputedValues, HISTORY_QUARTERS, indexMeasurements, IScorecardRow, measureOwners, notOwnersReason, scorecardWindow, unplacedReason } from '../../../domain/kpi/scorecard';
import { IHubServices } from '../../../domain/services';
import { computedValues } from './computedProviders';

export interface IScorecardData {
  readonly kpis: IKpi[];
  readonly measurements: IKpiMeasurement[];
  readonly rows: IScorecardRow[];
  readonly quarter: IQuarter;
  /** Values shown without some of their fields, or not placed at all (no such measure, no period), and why. */
  readonly broken: IBrokenItem[];
}

/**
 * Reads what the scorecard for a quarter needs, and no more: the register (one request up to 2,000 measures) and
 * the check-ins of the history window only (an indexed PeriodStart range: 8 quarters of 500 measures is two pages),
 * so a scorecard is at most three SharePoint requests whatever the list's size. Computed measures read their own
 * sources only when the register has one.
 */
/** What the scorecard reads of a check-in (a lean read: people and lookups by id; no change log). */
export const SCORECARD_FIELDS: readonly (keyof IKpiMeasurement & string)[] = ['title', 'kpi', 'periodStart', 'periodLabel', 'value', 'commentary', 'correctiveAction', 'actionOwner', 'actionDue', 'isSample'];

export async function loadScorecard(services: IHubServices, periodStart: string, historyQuarters = HISTORY_QUARTERS, lean = true): Promise<IScorecardData> {
  const quarter = quarterOf(periodStart);
  const window = scorecardWindow(quarter.start, historyQuarters);
  const [kpis, measurements] = await Promise.all([
    services.kpis.getAll(),
    services.kpiMeasurements.getAll({
      where: { periodStart: { ge: window.from, le: window.to } },
      fields: lean ? SCORECARD_FIELDS : undefined
    })
  ]);
  const computed: ComputedValues = kpis.some((k) => k.computedFrom)
    ? await computedValues(services, kpis, Array.from({ length: historyQuarters }, (_, i) => shiftQuarter(quarter.start, -i)).concat(shiftQuarter(quarter.start, -4)))
    : new Map();
  const kpiIds = new Set(kpis.map((k) => k.id));
  const broken: IBrokenItem[] = [...brokenItems(kpis), ...brokenItems(measurements)];
  const owners = measureOwners(kpis);
  for (const m of measurements) {
    const reason = unplacedReason(m, kpiIds) ?? notOwnersReason(m, owners);
    if (reason) broken.push({ title: m.title || `Value ${m.id}${m.periodLabel ? ` for ${m.periodLabel}` : ''}`, reasons: [`It counts nowhere: ${reason}`] });
  }
  return { kpis, measurements, quarter, broken, rows: buildScorecard(kpis, measurements, quarter.start, computed, historyQuarters) };
}

/**
 * The check-ins of one measure that count (its detail view), by period: one indexed read; per quarter the first by id
 * at the list's root or in the measure's owner's folder (indexMeasurements).
 */
export async function loadHistory(services: IHubServices, kpi: IKpi): Promise<IKpiMeasurement[]> {
  const all = await services.kpiMeasurements.getAll({ where: { kpi: kpi.id }, orderBy: [{ by: 'periodStart' }] });
  const counted = new Set(indexMeasurements(all, [kpi]).get(kpi.id)?.values() ?? []);
  return all.filter((m) => counted.has(m));
}
