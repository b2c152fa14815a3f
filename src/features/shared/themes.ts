import { createTheme, ITheme } from '@fluentui/react';

/**
 * Fluent themes for the hosts a web part meets: Microsoft Teams' three themes and SharePoint's section
 * backgrounds. Hosts pick one and pass it down; components only read semantic colours from it.
 */

export type TeamsThemeName = 'default' | 'dark' | 'contrast';
export type SectionBackground = 'none' | 'neutral' | 'soft' | 'strong';

const sharePointPalette = { themePrimary: '#0f6cbd', themeDark: '#0c3b5e', themeDarker: '#0a2e4a', themeLighter: '#deecf9', themeLighterAlt: '#eff6fc' };

export function teamsTheme(name: TeamsThemeName): ITheme {
  if (name === 'dark') {
    return createTheme({
      isInverted: true,
      palette: {
        themePrimary: '#7f85f5', themeDarkAlt: '#9298f7', themeDark: '#aaaff9', themeDarker: '#c5c8fb', themeLighter: '#2f2f4a',
        themeLighterAlt: '#25253a', themeSecondary: '#8e93f6', themeTertiary: '#4f52b2',
        neutralPrimary: '#ffffff', neutralPrimaryAlt: '#e0e0e0', neutralSecondary: '#d6d6d6', neutralTertiary: '#adadad',
        neutralTertiaryAlt: '#5c5c5c', neutralLight: '#3d3d3d', neutralLighter: '#333333', neutralLighterAlt: '#2b2b2b',
        neutralQuaternary: '#474747', neutralQuaternaryAlt: '#424242', neutralDark: '#f4f4f4', black: '#f8f8f8', white: '#1f1f1f'
      },
      semanticColors: { bodyBackground: '#1f1f1f', bodyText: '#ffffff', bodyDivider: '#3d3d3d', bodySubtext: '#d6d6d6' }
    });
  }
  if (name === 'contrast') {
    return createTheme({
      isInverted: true,
      palette: {
        themePrimary: '#ffff01', themeDarkAlt: '#ffff01', themeDark: '#ffff01', themeDarker: '#ffff01', themeLighter: '#1aebff',
        themeLighterAlt: '#000000', themeSecondary: '#ffff01', themeTertiary: '#1aebff',
        neutralPrimary: '#ffffff', neutralPrimaryAlt: '#ffffff', neutralSecondary: '#ffffff', neutralTertiary: '#ffffff',
        neutralTertiaryAlt: '#ffffff', neutralLight: '#1a1a1a', neutralLighter: '#0d0d0d', neutralLighterAlt: '#000000',
        neutralQuaternary: '#333333', neutralQuaternaryAlt: '#262626', neutralDark: '#ffffff', black: '#ffffff', white: '#000000'
      },
      semanticColors: {
        bodyBackground: '#000000', bodyText: '#ffffff', bodyDivider: '#ffffff', bodySubtext: '#ffffff',
        primaryButtonBackground: '#ffff01', primaryButtonText: '#000000', primaryButtonBackgroundHovered: '#1aebff', link: '#ffff01'
      }
    });
  }
  return createTheme({ palette: { themePrimary: '#5b5fc7', themeDarkAlt: '#4f52b2', themeDark: '#444791', themeDarker: '#33344a', themeLighter: '#e8ebfa', themeLighterAlt: '#f5f5fc' } });
}

export function sharePointTheme(section: SectionBackground): ITheme {
  if (section === 'strong') {
    return createTheme({
      isInverted: true,
      palette: { ...sharePointPalette, neutralPrimary: '#ffffff', neutralSecondary: '#f3f2f1', black: '#ffffff', white: '#0f6cbd', themePrimary: '#ffffff', themeDarkAlt: '#f3f2f1' },
      semanticColors: { bodyBackground: '#0f6cbd', bodyText: '#ffffff', bodyDivider: '#5fa1d8', bodySubtext: '#f3f2f1', link: '#ffffff', primaryButtonBackground: '#ffffff', primaryButtonText: '#0f6cbd' }
    });
  }
  const background = section === 'neutral' ? '#f8f8f8' : section === 'soft' ? '#eff6fc' : '#ffffff';
  return createTheme({ palette: sharePointPalette, semanticColors: { bodyBackground: background } });
}
