import { quarterOf, shiftQuarter } from './periods';

/**
 * The KPI status rule: one place decides a measure's status for a quarter and its direction of travel.
 *
 * Status for a quarter:
 * 1. Not due: an annual measure is reported in the financial year's fourth quarter (January to March) only;
 *    in any other quarter it is "Not due". Monthly and quarterly measures are due every quarter.
 * 2. Data awaited: due, and no value has been recorded for the quarter.
 * 3. Data only: the measure's polarity is "Data only" (it is reported, never rated).
 * 4. No target: a rated measure with no target for the quarter's financial year is reported but not rated.
 * 5. Otherwise it is rated against the target for the quarter's financial year (a year's own target when the
 *    register gives one, else the measure's target) with a tolerance band:
 *    - the band is the tolerance in the measure's unit ("Unit"), or that percentage of the target ("Percent",
 *      the default; 5 when none is set);
 *    - Higher is better: at or above target is Green, below it by no more than the band Amber, further below Red;
 *    - Lower is better mirrors it: at or below target Green, above it by no more than the band Amber, else Red.
 * Rated measures are Green, Amber or Red; summary percentages use these only (the others are counted apart).
 *
 * Direction of travel compares the quarter's value with the previous period's (the previous quarter; the
 * previous year for an annual measure) and with the same quarter last year: Improving, No change or Worsening by
 * the measure's polarity; a data-only measure is Up, Down or No change; no value on either side is
 * "Not comparable". Values within a millionth of each other are equal.
 */

export type RagStatus = 'Green' | 'Amber' | 'Red';
export type KpiStatus = RagStatus | 'Data only' | 'No target' | 'Data awaited' | 'Not due';
export type Direction = 'Improving' | 'No change' | 'Worsening' | 'Up' | 'Down' | 'Not comparable';
export type Polarity = 'Higher is better' | 'Lower is better' | 'Data only';
export type ToleranceKind = 'Percent' | 'Unit';

export const DEFAULT_TOLERANCE_PERCENT = 5;
/** Order for lists: reds first, then amber, green, then the unrated kinds. */
export const STATUS_ORDER: readonly KpiStatus[] = ['Red', 'Amber', 'Green', 'Data awaited', 'Data only', 'No target', 'Not due'];

/** What the rule needs of a measure (the register's fields). */
export interface IStatusMeasure {
  readonly polarity: Polarity | string;
  readonly target?: number;
  /** Targets that differ by financial year: "2025-26: 92" per line. */
  readonly targetsByYear?: string;
  readonly tolerance?: number;
  readonly toleranceKind?: ToleranceKind | string;
  readonly frequency?: string;
}

export interface IStatusResult {
  readonly status: KpiStatus;
  /** The target used (undefined when none applies). */
  readonly target?: number;
  /** The amber band's lower and upper edge, where the measure is rated. */
  readonly band?: { readonly from: number; readonly to: number };
}

export interface ITravel {
  readonly vsPrevious: Direction;
  readonly vsLastYear: Direction;
}

const EPSILON = 1e-6;

/** "2025-26: 92" lines as a map of financial year to target; lines that do not parse are ignored. */
export function parseYearTargets(text: string | undefined): Map<string, number> {
  const out = new Map<string, number>();
  for (const line of (text ?? '').split(/\r?\n|;/)) {
    const match = /^\s*(\d{4}-\d{2})\s*[:=]\s*(-?\d+(?:\.\d+)?)\s*$/.exec(line);
    if (match) out.set(match[1], Number(match[2]));
  }
  return out;
}

/** The target for the financial year holding the quarter. */
export function targetFor(measure: IStatusMeasure, periodStart: string): number | undefined {
  const year = quarterOf(periodStart).financialYear;
  const byYear = parseYearTargets(measure.targetsByYear).get(year);
  if (byYear !== undefined) return byYear;
  return typeof measure.target === 'number' && Number.isFinite(measure.target) ? measure.target : undefined;
}

/** The amber band's width in the measure's unit. */
export function toleranceBand(measure: IStatusMeasure, target: number): number {
  const tolerance = typeof measure.tolerance === 'number' && measure.tolerance >= 0 ? measure.tolerance : DEFAULT_TOLERANCE_PERCENT;
  return measure.toleranceKind === 'Unit' ? tolerance : (Math.abs(target) * tolerance) / 100;
}

/** Is a value due for the quarter? Annual measures are due in Q4 only. */
export function isDue(measure: IStatusMeasure, periodStart: string): boolean {
  return measure.frequency !== 'Annually' || quarterOf(periodStart).quarter === 4;
}

/** The status of a measure for the quarter starting `periodStart`, given the value recorded for it (if any). */
export function kpiStatus(measure: IStatusMeasure, periodStart: string, value: number | undefined): IStatusResult {
  if (!isDue(measure, periodStart)) return { status: 'Not due' };
  if (value === undefined || value === null || !Number.isFinite(value)) return { status: 'Data awaited' };
  if (measure.polarity === 'Data only') return { status: 'Data only' };
  const target = targetFor(measure, periodStart);
  if (target === undefined) return { status: 'No target' };
  const band = toleranceBand(measure, target);
  const higher = measure.polarity !== 'Lower is better';
  const shortfall = higher ? target - value : value - target;
  const status: RagStatus = shortfall <= EPSILON ? 'Green' : shortfall <= band + EPSILON ? 'Amber' : 'Red';
  return { status, target, band: higher ? { from: target - band, to: target } : { from: target, to: target + band } };
}

/** How a value moved from an earlier one, judged by the measure's polarity. */
export function direction(polarity: Polarity | string, now: number | undefined, before: number | undefined): Direction {
  if (now === undefined || before === undefined || now === null || before === null) return 'Not comparable';
  if (Math.abs(now - before) <= EPSILON) return 'No change';
  const up = now > before;
  if (polarity === 'Data only') return up ? 'Up' : 'Down';
  const better = polarity === 'Lower is better' ? !up : up;
  return better ? 'Improving' : 'Worsening';
}

/** The period a measure's value is compared with: the previous quarter, or the previous year for an annual measure. */
export function previousPeriod(measure: IStatusMeasure, periodStart: string): string {
  return shiftQuarter(periodStart, measure.frequency === 'Annually' ? -4 : -1).start;
}

export function sameQuarterLastYear(periodStart: string): string {
  return shiftQuarter(periodStart, -4).start;
}

/** Direction of travel against the previous period and the same quarter last year. `valueAt` reads a recorded value. */
export function travel(measure: IStatusMeasure, periodStart: string, valueAt: (periodStart: string) => number | undefined): ITravel {
  const now = valueAt(periodStart);
  return {
    vsPrevious: direction(measure.polarity, now, valueAt(previousPeriod(measure, periodStart))),
    vsLastYear: direction(measure.polarity, now, valueAt(sameQuarterLastYear(periodStart)))
  };
}

/** Words for a status, as reports print them: never colour alone. */
export const STATUS_WORDS: Record<KpiStatus, string> = {
  Green: 'On target',
  Amber: 'Within tolerance',
  Red: 'Off target',
  'Data awaited': 'Data awaited',
  'Data only': 'Data only (not rated)',
  'No target': 'No target set (not rated)',
  'Not due': 'Not due this quarter'
};

/** Arrow shapes for directions: the shape carries the meaning (up = better), the words say it. */
export const DIRECTION_ARROWS: Record<Direction, string> = {
  Improving: '▲',
  Worsening: '▼',
  'No change': '▶',
  Up: '↑',
  Down: '↓',
  'Not comparable': '–'
};

export function isRated(status: KpiStatus): status is RagStatus {
  return status === 'Green' || status === 'Amber' || status === 'Red';
}
