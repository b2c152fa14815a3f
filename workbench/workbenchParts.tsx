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

const parseValue = (text: string): unknown => {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
};

/**
 * A web part's properties as a site owner gets them when adding it to a page, with any the address sets as
 * `prop.<part>.<name>=<value>` (what a site owner would change in the property pane), e.g.
 * `?prop.maturitySurvey.anonymiseResults=true`. Values are read as JSON where they parse, else as text.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function properties(part: string, manifest: IManifest): any {
  const values: Record<string, unknown> = { ...manifest.preconfiguredEntries[0].properties };
  new URLSearchParams(window.location.search).forEach((value, key) => {
    const prefix = `prop.${part}.`;
    if (key.startsWith(prefix)) values[key.slice(prefix.length)] = parseValue(value);
  });
  return values;
}

export const WORKBENCH_PARTS: readonly IWorkbenchPart[] = [
  { title: 'Roadmap Board', wide: true, render: () => <RoadmapBoard {...properties('roadmapBoard', roadmapBoardManifest)} /> },
  { title: 'KPI Dashboard', wide: true, render: () => <KpiDashboard {...properties('kpiDashboard', kpiDashboardManifest)} /> },
  { title: 'Maturity Survey', render: () => <MaturitySurvey {...properties('maturitySurvey', maturitySurveyManifest)} /> },
  { title: 'Tech Talks', render: () => <TechTalks {...properties('techTalks', techTalksManifest)} /> },
  { title: 'Champions Hub', render: () => <ChampionsHub {...properties('championsHub', championsHubManifest)} /> }
];
