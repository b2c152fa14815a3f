import { IInitiative, Stage, Workstream } from '../entities';
import { STAGES, WORKSTREAMS } from '../vocabulary';

/**
 * The Board view's layout: a column per stage, and optionally a swimlane per workstream.
 *
 * - The columns are the stages chosen in the filter, in the stages' order; every stage when none is chosen.
 * - Without swimlanes there is one lane holding every initiative. With swimlanes there is a lane per workstream
 *   that has initiatives, in the workstreams' order.
 * - Within a column initiatives keep the order given. An initiative whose stage is not a column is left out.
 * - Built in one pass over the initiatives, so 1,000 initiatives cost no more than a list of them.
 */
export interface IBoardColumn {
  readonly stage: Stage;
  readonly items: readonly IInitiative[];
}

export interface IBoardLane {
  /** The lane's workstream; undefined for the single lane without swimlanes. */
  readonly workstream?: Workstream;
  readonly columns: readonly IBoardColumn[];
  readonly count: number;
}

/** The board's columns: the chosen stages in order, or every stage. */
export function boardStages(chosen?: readonly Stage[]): Stage[] {
  return chosen && chosen.length > 0 ? STAGES.filter((s) => chosen.includes(s)) : [...STAGES];
}

export function boardLanes(items: readonly IInitiative[], stages: readonly Stage[], swimlanes: boolean): IBoardLane[] {
  const lanes = new Map<string, Map<Stage, IInitiative[]>>();
  const laneOf = (key: string): Map<Stage, IInitiative[]> => {
    let lane = lanes.get(key);
    if (!lane) {
      lane = new Map(stages.map((s) => [s, []]));
      lanes.set(key, lane);
    }
    return lane;
  };
  if (!swimlanes) laneOf('');
  for (const item of items) {
    if (!stages.includes(item.stage)) continue;
    (laneOf(swimlanes ? item.workstream : '').get(item.stage) as IInitiative[]).push(item);
  }
  const build = (key: string, workstream?: Workstream): IBoardLane => {
    const lane = lanes.get(key) as Map<Stage, IInitiative[]>;
    const columns = stages.map((stage) => ({ stage, items: lane.get(stage) ?? [] }));
    return { workstream, columns, count: columns.reduce((n, c) => n + c.items.length, 0) };
  };
  if (!swimlanes) return [build('')];
  const known = WORKSTREAMS.filter((w) => lanes.has(w)).map((w) => build(w, w));
  const others = [...lanes.keys()].filter((k) => !(WORKSTREAMS as readonly string[]).includes(k)).sort();
  return [...known, ...others.map((k) => build(k, k as Workstream))];
}

/**
 * The stage `steps` places along `stages` from `stage` (negative: to the left), stopping at either end.
 * A stage not in the list starts from the first column.
 */
export function stageStep(stage: Stage, stages: readonly Stage[], steps: number): Stage {
  if (stages.length === 0) return stage;
  const from = Math.max(0, stages.indexOf(stage));
  return stages[Math.min(stages.length - 1, Math.max(0, from + steps))];
}
