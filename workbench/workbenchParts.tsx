import * as React from 'react';
import { ChampionsHub } from '../src/features/championsHub/ChampionsHub';
import { KpiDashboard } from '../src/features/kpiDashboard/KpiDashboard';
import { MaturitySurvey } from '../src/features/maturitySurvey/MaturitySurvey';
import { RoadmapBoard } from '../src/features/roadmapBoard/RoadmapBoard';
import { TechTalks } from '../src/features/techTalks/TechTalks';

/** The five web parts as the workbench page places them, with the properties a site owner would set. */
export interface IWorkbenchPart {
  readonly title: string;
  readonly wide?: boolean;
  readonly render: () => React.ReactElement;
}

export const WORKBENCH_PARTS: readonly IWorkbenchPart[] = [
  { title: 'Roadmap Board', wide: true, render: () => <RoadmapBoard title="Roadmap Board" /> },
  { title: 'KPI Dashboard', render: () => <KpiDashboard title="KPI Dashboard" /> },
  { title: 'Maturity Survey', render: () => <MaturitySurvey title="Maturity Survey" /> },
  { title: 'Tech Talks', render: () => <TechTalks title="Tech Talks" /> },
  { title: 'Champions Hub', render: () => <ChampionsHub title="Champions Hub" /> }
];
