import * as React from 'react';
import championsHubManifest from '../src/webparts/championsHub/ChampionsHubWebPart.manifest.json';
import kpiDashboardManifest from '../src/webparts/kpiDashboard/KpiDashboardWebPart.manifest.json';
import maturitySurveyManifest from '../src/webparts/maturitySurvey/MaturitySurveyWebPart.manifest.json';
import roadmapBoardManifest from '../src/webparts/roadmapBoard/RoadmapBoardWebPart.manifest.json';
import techTalksManifest from '../src/webparts/techTalks/TechTalksWebPart.manifest.json';
import { ChampionsHub } from '../src/features/championsHub/ChampionsHub';
import { KpiDashboard } from '../src/features/kpiDashboard/KpiDashboard';
import { MaturitySurvey } from '../src/features/maturitySurvey/MaturitySurvey';
import { RoadmapBoard } from '../src/features/roadmapBoard/RoadmapBoard';
import { TechTalks } from '../src/features/techTalks/TechTalks';

/** The five web parts as the workbench page places them, with the properties their manifests preconfigure. */
export interface IWorkbenchPart {
  readonly title: string;
  readonly wide?: boolean;
  readonly render: () => React.ReactElement;
}

interface IManifest {
  readonly preconfiguredEntries: readonly { readonly properties: Record<string, unknown> }[];
}

/** A web part's properties as a site owner gets them when adding it to a page. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const defaults = (manifest: IManifest): any => manifest.preconfiguredEntries[0].properties;

export const WORKBENCH_PARTS: readonly IWorkbenchPart[] = [
  { title: 'Roadmap Board', wide: true, render: () => <RoadmapBoard {...defaults(roadmapBoardManifest)} /> },
  { title: 'KPI Dashboard', render: () => <KpiDashboard {...defaults(kpiDashboardManifest)} /> },
  { title: 'Maturity Survey', render: () => <MaturitySurvey {...defaults(maturitySurveyManifest)} /> },
  { title: 'Tech Talks', render: () => <TechTalks {...defaults(techTalksManifest)} /> },
  { title: 'Champions Hub', render: () => <ChampionsHub {...defaults(championsHubManifest)} /> }
];
