import * as React from 'react';
import { ITheme } from '@fluentui/react';
import { IHubServices } from '../../domain/services';
import { IPageState } from './pageState';
import type { IPeopleDirectory } from './people/peopleDirectory';

/** Where the feature is shown. Features adapt to it (e.g. compact layout in Teams) but never call the host. */
export interface IHostInfo {
  readonly kind: 'SharePoint' | 'Teams';
  readonly theme: ITheme;
  /** Teams theme name when in Teams: default, dark or contrast. */
  readonly teamsTheme?: 'default' | 'dark' | 'contrast';
  /** Where the feature keeps its view state (filters, view) so a link or a reload opens the same view. */
  readonly pageState: IPageState;
  /** An access token for Microsoft Graph, where the host has one (a web part in a tenant); people then show photo and presence. */
  readonly graphToken?: () => Promise<string>;
  /** Photos and presence through the host's own Graph client (SPFx's MSGraphClientV3), where it has one. */
  readonly people?: IPeopleDirectory;
}

export interface IHubContext {
  readonly services: IHubServices;
  readonly host: IHostInfo;
}

const Context = React.createContext<IHubContext | undefined>(undefined);

export const HubProvider: React.FC<{ value: IHubContext }> = ({ value, children }) => (
  <Context.Provider value={value}>{children}</Context.Provider>
);

export function useHub(): IHubContext {
  const value = React.useContext(Context);
  if (!value) throw new Error('useHub must be used inside a HubProvider.');
  return value;
}
