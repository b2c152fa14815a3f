import type { IPageState } from '../../features/shared/pageState';

/** The suite's Teams app id, the `id` of teams/manifest.json (a test keeps the two equal): deep links name it. */
export const TEAMS_APP_ID = 'feb6c5b3-d9f5-4953-b562-1ce8a2141c70';

/** What the host knows of the Teams tab it runs in (from the Teams JavaScript SDK's context). */
export interface ITeamsTabInfo {
  /** The Teams app id; the suite's app (TEAMS_APP_ID) when Teams does not say. */
  readonly appId?: string;
  /** The tab's entity id: a personal tab's entityId in the app manifest, or the id Teams gave a channel tab. */
  readonly entityId?: string;
  /** The channel a channel tab is in: Teams needs it to open a deep link into that tab. */
  readonly channelId?: string;
  /** The deep link's subEntityId the tab was opened with. */
  readonly subPageId?: string;
}

/** A Teams deep link to a tab, carrying the state (subEntityId) the tab is to open with. */
export function teamsDeepLink(tab: ITeamsTabInfo, subEntityId: string): string {
  const context = encodeURIComponent(JSON.stringify({ subEntityId, ...(tab.channelId ? { channelId: tab.channelId } : {}) }));
  return `https://teams.microsoft.com/l/entity/${encodeURIComponent(tab.appId ?? TEAMS_APP_ID)}/${encodeURIComponent(tab.entityId ?? '')}?context=${context}`;
}

/** The tab and state a Teams deep link names (undefined when it is not a Teams tab deep link). */
export function parseTeamsDeepLink(link: string): ITeamsTabInfo | undefined {
  let url: URL;
  try {
    url = new URL(link.trim());
  } catch {
    return undefined;
  }
  const match = /^\/l\/entity\/([^/]+)\/([^/]+)\/?$/.exec(url.pathname);
  if (url.hostname !== 'teams.microsoft.com' || !match) return undefined;
  let context: { subEntityId?: unknown; channelId?: unknown } = {};
  try {
    context = JSON.parse(url.searchParams.get('context') ?? '{}') as typeof context;
  } catch {
    context = {};
  }
  return {
    appId: decodeURIComponent(match[1]),
    entityId: decodeURIComponent(match[2]),
    subPageId: typeof context.subEntityId === 'string' ? context.subEntityId : undefined,
    channelId: typeof context.channelId === 'string' ? context.channelId : undefined
  };
}

/**
 * Page state in a Teams tab: a tab cannot change Teams' own address, so the state is held in memory and
 * shared as a Teams deep link whose subEntityId carries it; opening that link hands it back as subPageId.
 */
export function teamsPageState(tab: ITeamsTabInfo): IPageState {
  let current = tab.subPageId ?? '';
  return {
    read: () => current,
    write: (query) => {
      current = query.replace(/^\?/, '');
    },
    linkTo: (query) => teamsDeepLink(tab, query.replace(/^\?/, ''))
  };
}
