import teamsApp from '../teams/manifest.json';
import championsHubManifest from '../src/webparts/championsHub/ChampionsHubWebPart.manifest.json';
import kpiDashboardManifest from '../src/webparts/kpiDashboard/KpiDashboardWebPart.manifest.json';
import maturitySurveyManifest from '../src/webparts/maturitySurvey/MaturitySurveyWebPart.manifest.json';
import roadmapBoardManifest from '../src/webparts/roadmapBoard/RoadmapBoardWebPart.manifest.json';
import techTalksManifest from '../src/webparts/techTalks/TechTalksWebPart.manifest.json';
import { IPageState } from '../src/features/shared/pageState';
import { addressBarPageState } from '../src/features/shared/pageState';
import { ITeamsTabInfo, parseTeamsDeepLink, TEAMS_APP_ID, teamsDeepLink } from '../src/webparts/shared/teamsPageState';

/**
 * The workbench's Teams hosts show each web part as the Teams app's personal tab for it (teams/manifest.json), so
 * its links are real Teams deep links, and a deep link pasted into "Open a Teams link" opens the parts on the state
 * it carries, as Teams hands a tab its subEntityId.
 */
const MANIFESTS = [roadmapBoardManifest, maturitySurveyManifest, techTalksManifest, championsHubManifest, kpiDashboardManifest];

/** The personal tab's entityId for a web part, by the part's title. */
export function tabEntityId(partTitle: string): string | undefined {
  const manifest = MANIFESTS.find((m) => m.preconfiguredEntries[0].title.default === partTitle);
  return manifest ? teamsApp.staticTabs.find((t) => t.contentUrl.includes(`componentId=${manifest.id}`))?.entityId : undefined;
}

/** The tab a link opens, if it is a deep link into one of the suite's tabs. */
export function openedTab(link: string | undefined): ITeamsTabInfo | undefined {
  const tab = link ? parseTeamsDeepLink(link) : undefined;
  return tab && tab.appId === TEAMS_APP_ID && teamsApp.staticTabs.some((t) => t.entityId === tab.entityId) ? tab : undefined;
}

/**
 * A part's page state in a Teams host. The workbench's address stands in for the subEntityId Teams hands the tab
 * (so a reload keeps the view, as the other hosts do); the part's links are Teams deep links to its personal tab.
 */
export function tabPageState(partTitle: string): IPageState {
  const tab: ITeamsTabInfo = { appId: TEAMS_APP_ID, entityId: tabEntityId(partTitle) };
  return { ...addressBarPageState(), linkTo: (query) => teamsDeepLink(tab, query.replace(/^\?/, '')) };
}

/** The workbench's own address parameters, kept when a deep link replaces the view state. */
const WORKBENCH_PARAMS = (key: string): boolean => key === 'as' || key === 'host' || key.startsWith('prop.');

/**
 * Opens a Teams deep link as Teams would: the address keeps the workbench's choices (person, host, properties) and
 * takes the link's subEntityId as the view state. False when the link is not to one of the suite's tabs.
 */
export function openTeamsLink(link: string, win: Window = window): boolean {
  const tab = openedTab(link);
  if (!tab) return false;
  const params = new URLSearchParams();
  new URLSearchParams(win.location.search).forEach((value, key) => WORKBENCH_PARAMS(key) && params.append(key, value));
  new URLSearchParams(tab.subPageId ?? '').forEach((value, key) => !WORKBENCH_PARAMS(key) && params.append(key, value));
  win.history.replaceState(null, '', `${win.location.pathname}?${params.toString()}`);
  return true;
}
