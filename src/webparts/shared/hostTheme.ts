import { createTheme, ITheme } from '@fluentui/react';
import { IReadonlyTheme } from '@microsoft/sp-component-base';
import { teamsTheme, TeamsThemeName } from '../../features/shared/themes';

/** The Fluent theme for the web part: the Teams theme in Teams, otherwise the SharePoint section's variant. */
export function hostTheme(variant: IReadonlyTheme | undefined, teams: TeamsThemeName | undefined): ITheme {
  if (teams) return teamsTheme(teams);
  if (!variant) return createTheme({});
  return createTheme({
    palette: variant.palette,
    semanticColors: variant.semanticColors,
    fonts: variant.fonts,
    isInverted: variant.isInverted
  } as Parameters<typeof createTheme>[0]);
}

export function teamsThemeName(theme: string | undefined): TeamsThemeName | undefined {
  if (theme === undefined) return undefined;
  return theme === 'dark' || theme === 'contrast' ? theme : 'default';
}
