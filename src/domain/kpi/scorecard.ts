import { IKpi, IKpiMeasurement } from '../entities';
import { firstPerKey } from '../firstPerKey';
import { OUTCOMES } from '../vocabulary';
import { IQuarter, quarterOf, shiftQuarter } from './periods';
import { isRated, ITravel, kpiStatus, KpiStatus, STATUS_ORDER, targetFor, travel } from './status';

/**
 * The scorecard for a quarter: a row per active measure with its target, value, status, directions of travel,
 * recent history (for the sparkline) and latest commentary; summary counts whose percentages use rated measures only.
 */

export interface IHistoryPoint {
  readonly periodStart: string;
  readonly label: string;
  readonly value?: number;
}

export interface IScorecardRow {
  readonly kpi: IKpi;
  readonly quarter: IQuarter;
  /** The check-in for the quarter, if one was recorded. */
  readonly measurement?: IKpiMeasurement;
  readonly value?: number;
  readonly status: KpiStatus;
  readonly target?: number;
  readonly band?: { readonly from: number; readonly to: number };
  readonly travel: ITravel;
  /** Oldest first, ending at the quarter. */
  readonly history: readonly IHistoryPoint[];
  /** The value comes from the suite's own data (kpi.computedFrom), not from a check-in. */
  readonly computed: boolean;
  /** The most recent commentary at or before the quarter. */
  readonly latestCommentary?: string;
}

export interface ISummaryCounts {
  readonly total: number;
  /** Green + Amber + Red: the denominator of the percentages. */
  readonly rated: number;
  readonly byStatus: Readonly<Record<KpiStatus, number>>;
}

/** Values computed from the suite's data: kpi id → period start → value. */
export type ComputedValues = ReadonlyMap<number, ReadonlyMap<string, number>>;

export const HISTORY_QUARTERS = 8;

/** Quarters the scorecard for `periodStart` reads: the history window and the same quarter last year. */
export function scorecardWindow(periodStart: string, historyQuarters = HISTORY_QUARTERS): { from: string; to: string } {
  const back = Math.max(historyQuarters - 1, 4);
  return { from: shiftQuarter(periodStart, -back).start, to: quarterOf(periodStart).start };
}

const dateKey = (value: string | undefined): string => (value ?? '').slice(0, 10);

/**
 * Why a recorded value cannot be placed on the scorecard, or undefined: it names no measure, a measure not in the
 * register (deleted, or a forged id), or no valid period. Such values count nowhere; the dashboard names them.
 */
export function unplacedReason(m: IKpiMeasurement, kpiIds: ReadonlySet<number>): string | undefined {
  if (!m.kpi) return 'it names no measure.';
  if (!kpiIds.has(m.kpi.id)) return `its measure (id ${m.kpi.id}) is not in the register.`;
  if (!m.periodStart || Number.isNaN(Date.parse(m.periodStart))) return 'it has no valid period.';
  return undefined;
}

const placed = (m: IKpiMeasurement): boolean => Boolean(m.kpi && m.periodStart && !Number.isNaN(Date.parse(m.periodStart)));

/**
 * Whether a value may count for its measure, by where it is stored (KPI Measurements keeps a folder per KPI owner,
 * src/data/kpi/kpiMeasurementFolders.ts): at the list's root (where only the programme office adds) or in the folder
 * of the measure's owner. A value in anyone else's folder (another measure's owner) counts for nothing, whatever it
 * says. Values read without folder information (no folderPath) are not judged here.
 */
export function countsForMeasure(m: IKpiMeasurement, owners: ReadonlyMap<number, number | undefined>): boolean {
  if (m.folderPath === undefined || m.atListRoot) return true;
  const owner = m.kpi ? owners.get(m.kpi.id) : undefined;
  return owner !== undefined && m.ownerId === owner;
}

/** Each measure's owner (site user id) by measure id. */
export const measureOwners = (kpis: readonly IKpi[]): Map<number, number | undefined> => new Map(kpis.map((k) => [k.id, k.owner?.id]));

/** Why a value counts for nothing though it names a measure and period, or undefined (see countsForMeasure). */
export const notOwnersReason = (m: IKpiMeasurement, owners: ReadonlyMap<number, number | undefined>): string | undefined =>
  countsForMeasure(m, owners) ? undefined : 'it was recorded by someone who does not own this measure.';

/**
 * Measurements by kpi id and period start (values that name no measure or period are left out: see unplacedReason;
 * given the register, so are values recorded by someone who does not own the measure: countsForMeasure).
 * One value per measure and quarter: when two were stored (a write sent around the app), the first by id among the
 * values that count wins (firstPerKey, src/domain/firstPerKey.ts).
 */
export function indexMeasurements(measurements: readonly IKpiMeasurement[], kpis?: readonly IKpi[]): Map<number, Map<string, IKpiMeasurement>> {
  const owners = kpis ? measureOwners(kpis) : undefined;
  const counted = measurements.filter((m) => placed(m) && (!owners || countsForMeasure(m, owners)));
  const out = new Map<number, Map<string, IKpiMeasurement>>();
  for (const m of firstPerKey(counted, (v) => `${v.kpi.id}|${quarterOf(dateKey(v.periodStart)).start}`)) {
    const byPeriod = out.get(m.kpi.id) ?? new Map<string, IKpiMeasurement>();
    byPeriod.set(quarterOf(dateKey(m.periodStart)).start, m);
    out.set(m.kpi.id, byPeriod);
  }
  return out;
}

const outcomeIndex = (outcome: string): number => {
  const i = (OUTCOMES as readonly string[]).indexOf(outcome);
  return i < 0 ? OUTCOMES.length : i;
};

/** Register order: by outcome as the strategy lists them, then the measure's order, then title. */
export function compareRegister(a: IKpi, b: IKpi): number {
  return outcomeIndex(a.outcome) - outcomeIndex(b.outcome) || (a.order ?? 999) - (b.order ?? 999) || a.id - b.id;
}

export function buildScorecard(
  kpis: readonly IKpi[],
  measurements: readonly IKpiMeasurement[],
  periodStart: string,
  computed: ComputedValues = new Map(),
  historyQuarters = HISTORY_QUARTERS
): IScorecardRow[] {
  const quarter = quarterOf(periodStart);
  const index = indexMeasurements(measurements, kpis);
  return kpis
    .filter((k) => k.active !== false)
    .sort(compareRegister)
    .map((kpi) => {
      const own = index.get(kpi.id) ?? new Map<string, IKpiMeasurement>();
      const computedOwn = kpi.computedFrom ? computed.get(kpi.id) : undefined;
      const valueAt = (start: string): number | undefined => {
        if (computedOwn) return computedOwn.get(start);
        const v = own.get(start)?.value;
        return v === null ? undefined : v;
      };
      const value = valueAt(quarter.start);
      const result = kpiStatus(kpi, quarter.start, value);
      const history: IHistoryPoint[] = [];
      for (let i = historyQuarters - 1; i >= 0; i--) {
        const q = shiftQuarter(quarter.start, -i);
        history.push({ periodStart: q.start, label: q.label, value: valueAt(q.start) });
      }
      let latestCommentary: string | undefined;
      for (let i = 0; i < historyQuarters && latestCommentary === undefined; i++) {
        const text = own.get(shiftQuarter(quarter.start, -i).start)?.commentary;
        if (text && text.trim()) latestCommentary = text;
      }
      return {
        kpi,
        quarter,
        measurement: own.get(quarter.start),
        value,
        status: result.status,
        target: result.target ?? (kpi.polarity === 'Data only' ? undefined : targetFor(kpi, quarter.start)),
        band: result.band,
        travel: travel(kpi, quarter.start, valueAt),
        history,
        computed: Boolean(computedOwn),
        latestCommentary
      };
    });
}

export function summarise(rows: readonly IScorecardRow[]): ISummaryCounts {
  const byStatus = Object.fromEntries(STATUS_ORDER.map((s) => [s, 0])) as Record<KpiStatus, number>;
  for (const row of rows) byStatus[row.status] += 1;
  return { total: rows.length, rated: rows.filter((r) => isRated(r.status)).length, byStatus };
}

/** "12 of 25 rated measures (48%)". */
export function countWithDenominator(count: number, rated: number): string {
  const percent = rated ? Math.round((count / rated) * 100) : 0;
  return `${count} of ${rated} rated (${percent}%)`;
}

export interface IScorecardFilter {
  readonly outcome?: string;
  readonly ownerId?: number;
  readonly status?: KpiStatus;
}

export function filterRows(rows: readonly IScorecardRow[], filter: IScorecardFilter): IScorecardRow[] {
  return rows.filter(
    (r) =>
      (!filter.outcome || r.kpi.outcome === filter.outcome) &&
      (filter.ownerId === undefined || r.kpi.owner?.id === filter.ownerId) &&
      (!filter.status || r.status === filter.status)
  );
}

/** Reds first, then amber, green and the unrated kinds; register order within a status. */
export function exceptionsFirst(rows: readonly IScorecardRow[]): IScorecardRow[] {
  return [...rows].sort((a, b) => STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status) || compareRegister(a.kpi, b.kpi));
}

/** Formats a value in the measure's unit: "84%", "£100,000", "16 hours", "12". */
export function formatValue(value: number | undefined, unit: string | undefined): string {
  if (value === undefined || value === null) return '—';
  const n = value.toLocaleString('en-GB', { maximumFractionDigits: 2 });
  switch (unit) {
    case 'Percent':
      return `${n}%`;
    case 'Currency':
      return `£${n}`;
    case 'Hours':
      return `${n} ${value === 1 ? 'hour' : 'hours'}`;
    case 'Days':
      return `${n} ${value === 1 ? 'day' : 'days'}`;
    case 'Minutes':
      return `${n} ${value === 1 ? 'minute' : 'minutes'}`;
    default:
      return n;
  }
}
