import type * as React from 'react';
import championsHubManifest from '../championsHub/ChampionsHubWebPart.manifest.json';
import kpiDashboardManifest from '../kpiDashboard/KpiDashboardWebPart.manifest.json';
import maturitySurveyManifest from '../maturitySurvey/MaturitySurveyWebPart.manifest.json';
import roadmapBoardManifest from '../roadmapBoard/RoadmapBoardWebPart.manifest.json';
import techTalksManifest from '../techTalks/TechTalksWebPart.manifest.json';

/** The parts a Teams channel tab (the hub tab web part) can show. */
export const HUB_PART_KEYS = ['roadmapBoard', 'maturitySurvey', 'techTalks', 'championsHub', 'kpiDashboard'] as const;
export type HubPartKey = (typeof HUB_PART_KEYS)[number];

interface IPartManifest {
  readonly id: string;
  readonly preconfiguredEntries: readonly { readonly title: { readonly default: string }; readonly properties: Record<string, unknown> }[];
}

/** What the hub tab needs to show a part: its feature and its property pane fields, loaded on demand. */
export interface IHubPart {
  readonly key: HubPartKey;
  readonly title: string;
  readonly componentId: string;
  /** The properties a site owner gets when adding the part to a page (its manifest's preconfigured entry). */
  readonly defaults: Readonly<Record<string, unknown>>;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  readonly loadFeature: () => Promise<React.ComponentType<any>>;
}

const part = (key: HubPartKey, manifest: IPartManifest, loadFeature: IHubPart['loadFeature']): IHubPart => ({
  key,
  title: manifest.preconfiguredEntries[0].title.default,
  componentId: manifest.id,
  defaults: manifest.preconfiguredEntries[0].properties,
  loadFeature
});

export const HUB_PARTS: readonly IHubPart[] = [
  part('roadmapBoard', roadmapBoardManifest, async () => (await import(/* webpackChunkName: 'roadmap-board' */ '../../features/roadmapBoard/RoadmapBoard')).RoadmapBoard),
  part('maturitySurvey', maturitySurveyManifest, async () => (await import(/* webpackChunkName: 'maturity-survey' */ '../../features/maturitySurvey/MaturitySurvey')).MaturitySurvey),
  part('techTalks', techTalksManifest, async () => (await import(/* webpackChunkName: 'tech-talks' */ '../../features/techTalks/TechTalks')).TechTalks),
  part('championsHub', championsHubManifest, async () => (await import(/* webpackChunkName: 'champions-hub' */ '../../features/championsHub/ChampionsHub')).ChampionsHub),
  part('kpiDashboard', kpiDashboardManifest, async () => (await import(/* webpackChunkName: 'kpi-dashboard' */ '../../features/kpiDashboard/KpiDashboard')).KpiDashboard)
];

export const hubPart = (key: string | undefined): IHubPart => HUB_PARTS.find((p) => p.key === key) ?? HUB_PARTS[0];

/**
 * The properties after choosing a part: that part's defaults for every property it has not been given, and its
 * title while the title is still another part's default (a title the team typed is kept).
 */
export function withPartDefaults(properties: Readonly<Record<string, unknown>>, key: HubPartKey): Record<string, unknown> {
  const chosen = hubPart(key);
  const next: Record<string, unknown> = { ...properties, part: chosen.key };
  for (const [name, value] of Object.entries(chosen.defaults)) if (next[name] === undefined) next[name] = value;
  const titles = HUB_PARTS.map((p) => p.title);
  if (typeof properties.title !== 'string' || properties.title === '' || titles.includes(properties.title)) next.title = chosen.title;
  return next;
}
