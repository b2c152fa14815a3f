import { IInitiative, Workstream } from '../../../domain/entities';
import { financialYearLabel, ITimelinePlacement, ITimelineQuarter, placeOnTimeline, timelineQuarters, timelineRange } from '../../../domain/roadmap';
import { WORKSTREAMS } from '../../../domain/vocabulary';

export interface ITimelineRow {
  readonly initiative: IInitiative;
  readonly placement: ITimelinePlacement;
}

export interface ITimelineModel {
  readonly quarters: readonly ITimelineQuarter[];
  readonly from: Date;
  readonly to: Date;
  /** Lanes by workstream, in the workstreams' order; rows by start, then title. */
  readonly lanes: readonly { readonly workstream: Workstream; readonly rows: readonly ITimelineRow[] }[];
  /** Initiatives with neither dates nor a timeframe the timeline can read. */
  readonly unplaced: readonly IInitiative[];
  /** Financial years across the top: label and how many quarters each spans here. */
  readonly years: readonly { readonly label: string; readonly quarters: number }[];
}

/** Places the initiatives and works out the quarters to show: all of them, and today. */
export function timelineModel(initiatives: readonly IInitiative[], today: Date): ITimelineModel | undefined {
  const rows: ITimelineRow[] = [];
  const unplaced: IInitiative[] = [];
  for (const initiative of initiatives) {
    const placement = placeOnTimeline(initiative);
    if (placement) rows.push({ initiative, placement });
    else unplaced.push(initiative);
  }
  const todayDay = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate()));
  const range = timelineRange([...rows.map((r) => r.placement), { start: todayDay, end: todayDay }]);
  if (!range) return undefined;
  const quarters = timelineQuarters(range.start, range.end);
  const byLane = new Map<string, ITimelineRow[]>();
  for (const row of rows) {
    const lane = byLane.get(row.initiative.workstream) ?? [];
    lane.push(row);
    byLane.set(row.initiative.workstream, lane);
  }
  const order = (a: ITimelineRow, b: ITimelineRow): number =>
    a.placement.start.getTime() - b.placement.start.getTime() || a.initiative.title.localeCompare(b.initiative.title, 'en-GB');
  const names = [...WORKSTREAMS.filter((w) => byLane.has(w)), ...[...byLane.keys()].filter((k) => !(WORKSTREAMS as readonly string[]).includes(k)).sort()];
  const years: { label: string; quarters: number }[] = [];
  for (const q of quarters) {
    const last = years[years.length - 1];
    if (last && last.label === q.financialYear) last.quarters += 1;
    else years.push({ label: q.financialYear, quarters: 1 });
  }
  return {
    quarters,
    from: range.start,
    to: range.end,
    lanes: names.map((w) => ({ workstream: w as Workstream, rows: (byLane.get(w) ?? []).sort(order) })),
    unplaced,
    years
  };
}

/** The financial year an initiative starts in, for the list shown at phone width. */
export const startYear = (placement: ITimelinePlacement): string =>
  financialYearLabel(placement.start.getUTCMonth() >= 3 ? placement.start.getUTCFullYear() : placement.start.getUTCFullYear() - 1);
