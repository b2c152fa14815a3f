import { ITheme } from '@fluentui/react';
import { IHostInfo } from '../src/features/shared/HubContext';
import { SectionBackground, sharePointTheme, teamsTheme, TeamsThemeName } from '../src/features/shared/themes';

/** The hosts the workbench can imitate: SharePoint section backgrounds and Teams' three themes. */
export interface IHostChoice {
  readonly key: string;
  readonly label: string;
  /** The host as a web part sees it (the workbench adds where view state is kept). */
  readonly host: Omit<IHostInfo, 'pageState'>;
  /** The page around the web parts. */
  readonly page: ITheme;
}

const sharePoint = (key: SectionBackground, label: string): IHostChoice => ({
  key: `sharepoint-${key}`,
  label,
  host: { kind: 'SharePoint', theme: sharePointTheme(key) },
  page: sharePointTheme('none')
});

const teams = (key: TeamsThemeName, label: string): IHostChoice => ({
  key: `teams-${key}`,
  label,
  host: { kind: 'Teams', teamsTheme: key, theme: teamsTheme(key) },
  page: teamsTheme(key)
});

export const HOST_CHOICES: readonly IHostChoice[] = [
  sharePoint('none', 'SharePoint'),
  sharePoint('neutral', 'SharePoint, neutral section'),
  sharePoint('soft', 'SharePoint, soft section'),
  sharePoint('strong', 'SharePoint, strong section'),
  teams('default', 'Teams'),
  teams('dark', 'Teams, dark'),
  teams('contrast', 'Teams, high contrast')
];

export const hostChoice = (key: string | null): IHostChoice => HOST_CHOICES.find((c) => c.key === key) ?? HOST_CHOICES[0];
