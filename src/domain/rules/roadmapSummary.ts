import { IInitiative, Stage, Workstream } from '../entities';
import { STAGES } from '../vocabulary';

export interface IRoadmapSummary {
  readonly initiatives: number;
  readonly workstreams: readonly { readonly workstream: Workstream; readonly count: number }[];
  readonly byStage: readonly { readonly stage: Stage; readonly count: number }[];
  readonly mustDo: number;
}

/** Counts initiatives by workstream (in first-seen order) and by stage (in the lifecycle's order). */
export function summariseRoadmap(initiatives: readonly IInitiative[]): IRoadmapSummary {
  const workstreams = new Map<Workstream, number>();
  const stages = new Map<Stage, number>();
  for (const initiative of initiatives) {
    workstreams.set(initiative.workstream, (workstreams.get(initiative.workstream) ?? 0) + 1);
    stages.set(initiative.stage, (stages.get(initiative.stage) ?? 0) + 1);
  }
  return {
    initiatives: initiatives.length,
    workstreams: [...workstreams].map(([workstream, count]) => ({ workstream, count })),
    byStage: STAGES.filter((s) => stages.has(s)).map((stage) => ({ stage, count: stages.get(stage) as number })),
    mustDo: initiatives.filter((i) => i.mustDo).length
  };
}
