import type { IPageState } from '../../features/shared/pageState';

/** What the host knows of the Teams tab it runs in (from the Teams JavaScript SDK's context). */
export interface ITeamsTabInfo {
  /** The Teams app id (for an SPFx web part synced to Teams, the app catalog's id for it). */
  readonly appId?: string;
  /** The tab's entity id. */
  readonly entityId?: string;
  /** The deep link's subEntityId the tab was opened with. */
  readonly subPageId?: string;
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
    linkTo: (query) => {
      const context = encodeURIComponent(JSON.stringify({ subEntityId: query.replace(/^\?/, '') }));
      return `https://teams.microsoft.com/l/entity/${encodeURIComponent(tab.appId ?? '')}/${encodeURIComponent(tab.entityId ?? '')}?context=${context}`;
    }
  };
}
