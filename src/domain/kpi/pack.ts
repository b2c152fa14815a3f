import { IInitiative } from '../entities';
import { STAGES } from '../vocabulary';
import { IQuarter } from './periods';
import { IScorecardRow, ISummaryCounts, summarise } from './scorecard';
import { Direction, KpiStatus } from './status';

/**
 * The quarterly committee pack: what the committee is told about a quarter. Built from the scorecard and the
 * roadmap; when the programme office signs the quarter off it is stored frozen (JSON in KPI Committee Packs), so
 * later edits to the measurements cannot change it.
 */

export interface IPackMeasure {
  readonly kpiId: number;
  readonly title: string;
  readonly outcome: string;
  readonly unit: string;
  readonly polarity: string;
  readonly owner?: string;
  readonly target?: number;
  readonly targetIsSample: boolean;
  readonly value?: number;
  readonly valueIsSample: boolean;
  readonly status: KpiStatus;
  readonly vsPrevious: Direction;
  readonly vsLastYear: Direction;
  readonly commentary?: string;
  readonly correctiveAction?: string;
  readonly actionOwner?: string;
  readonly actionDue?: string;
  readonly computed: boolean;
  readonly history: readonly { readonly label: string; readonly value?: number }[];
}

export interface IRoadmapProgress {
  readonly workstream: string;
  /** Initiatives per stage, in STAGES order. */
  readonly byStage: readonly number[];
  readonly total: number;
}

export interface IPackSnapshot {
  readonly version: 1;
  readonly periodStart: string;
  readonly periodLabel: string;
  readonly preparedAt: string;
  readonly signedOffBy?: string;
  readonly signedOffAt?: string;
  readonly recommendation: string;
  readonly counts: ISummaryCounts;
  readonly measures: readonly IPackMeasure[];
  readonly stages: readonly string[];
  readonly roadmap: readonly IRoadmapProgress[];
  /** Some targets or values are sample data (the demo), so the pack says so. */
  readonly containsSampleData: boolean;
}

export function recommendationFor(quarter: IQuarter): string {
  return `Members are asked to note the performance of the Digital, Data and Technology Strategy 2024-29 measures for ${quarter.label}, the exceptions and their corrective actions, and the progress of the roadmap.`;
}

export function roadmapProgress(initiatives: readonly IInitiative[]): IRoadmapProgress[] {
  const byWorkstream = new Map<string, number[]>();
  for (const item of initiatives) {
    const counts = byWorkstream.get(item.workstream) ?? STAGES.map(() => 0);
    const stage = (STAGES as readonly string[]).indexOf(item.stage);
    if (stage >= 0) counts[stage] += 1;
    byWorkstream.set(item.workstream, counts);
  }
  return Array.from(byWorkstream.entries())
    .map(([workstream, byStage]) => ({ workstream, byStage, total: byStage.reduce((a, b) => a + b, 0) }))
    .sort((a, b) => a.workstream.localeCompare(b.workstream, 'en-GB'));
}

export function buildPack(rows: readonly IScorecardRow[], initiatives: readonly IInitiative[], quarter: IQuarter, preparedAt: Date): IPackSnapshot {
  const measures: IPackMeasure[] = rows.map((r) => ({
    kpiId: r.kpi.id,
    title: r.kpi.title,
    outcome: r.kpi.outcome,
    unit: r.kpi.unit,
    polarity: r.kpi.polarity,
    owner: r.kpi.owner?.title || undefined,
    target: r.target,
    targetIsSample: Boolean(r.kpi.targetIsSample),
    value: r.value,
    valueIsSample: Boolean(r.measurement?.isSample),
    status: r.status,
    vsPrevious: r.travel.vsPrevious,
    vsLastYear: r.travel.vsLastYear,
    commentary: r.measurement?.commentary || undefined,
    correctiveAction: r.measurement?.correctiveAction || undefined,
    actionOwner: r.measurement?.actionOwner?.title || undefined,
    actionDue: r.measurement?.actionDue ? r.measurement.actionDue.slice(0, 10) : undefined,
    computed: r.computed,
    history: r.history.map((h) => ({ label: h.label, value: h.value }))
  }));
  return {
    version: 1,
    periodStart: quarter.start,
    periodLabel: quarter.label,
    preparedAt: preparedAt.toISOString(),
    recommendation: recommendationFor(quarter),
    counts: summarise(rows),
    measures,
    stages: STAGES,
    roadmap: roadmapProgress(initiatives),
    containsSampleData: measures.some((m) => m.targetIsSample || m.valueIsSample)
  };
}

/** The red measures: the pack's exceptions. */
export const packExceptions = (pack: IPackSnapshot): IPackMeasure[] => pack.measures.filter((m) => m.status === 'Red');

/** The measures grouped by outcome, in the pack's order. */
export function byOutcome(measures: readonly IPackMeasure[]): [string, IPackMeasure[]][] {
  const groups = new Map<string, IPackMeasure[]>();
  for (const m of measures) groups.set(m.outcome, [...(groups.get(m.outcome) ?? []), m]);
  return Array.from(groups.entries());
}

/** Reads a stored snapshot; throws a clear error if it is not one. */
export function readSnapshot(json: string): IPackSnapshot {
  const parsed = JSON.parse(json) as IPackSnapshot;
  if (!parsed || parsed.version !== 1 || !Array.isArray(parsed.measures)) throw new Error('This is not a committee pack snapshot this version can read.');
  return parsed;
}

export interface IPackComparison {
  readonly title: string;
  readonly outcome: string;
  readonly unit: string;
  readonly earlier?: IPackMeasure;
  readonly later?: IPackMeasure;
  /** "Amber → Red", "Red (no change)", "New measure", "No longer reported". */
  readonly statusChange: string;
  readonly valueChange?: number;
}

/** Two quarters' packs side by side, measure by measure (matched by KPI id). */
export function comparePacks(earlier: IPackSnapshot, later: IPackSnapshot): IPackComparison[] {
  const before = new Map(earlier.measures.map((m) => [m.kpiId, m]));
  const out: IPackComparison[] = later.measures.map((m) => {
    const e = before.get(m.kpiId);
    before.delete(m.kpiId);
    const statusChange = !e ? 'New measure' : e.status === m.status ? `${m.status} (no change)` : `${e.status} → ${m.status}`;
    const valueChange = e?.value !== undefined && m.value !== undefined ? Math.round((m.value - e.value) * 100) / 100 : undefined;
    return { title: m.title, outcome: m.outcome, unit: m.unit, earlier: e, later: m, statusChange, valueChange };
  });
  for (const e of before.values()) out.push({ title: e.title, outcome: e.outcome, unit: e.unit, earlier: e, statusChange: 'No longer reported' });
  return out;
}
