import { ITheme } from '@fluentui/react';
import { blendToward, contrastRatio, parseColour, relativeLuminance, Rgb, toHex } from '../../shared/colour/contrast';

/**
 * Heatmap colours drawn from the theme: a cell's background runs from the theme's lightest to its darkest
 * theme colour (in a dark or high-contrast theme those are the other way round, so the scale follows the
 * theme), and its text is whichever of the theme's black and white reads better. If neither reaches the
 * WCAG AA ratio of 4.5:1 on that background, the background is moved away from the text until it does.
 */

export interface ICellColours {
  readonly background: string;
  readonly text: string;
}

/** Colours for a share (0 = lowest, 1 = highest) of the scale. */
export function cellColours(theme: ITheme, share: number): ICellColours {
  const low: Rgb = parseColour(theme.palette.themeLighterAlt) ?? [255, 255, 255];
  const high: Rgb = parseColour(theme.palette.themeDarker) ?? [0, 0, 0];
  const t = Math.min(1, Math.max(0, share));
  let background = blendToward(low, high, t);
  const candidates = [theme.palette.black, theme.palette.white];
  const text = candidates.reduce((best, c) => (contrastRatio(c, toHex(background)) > contrastRatio(best, toHex(background)) ? c : best), candidates[0]);
  const away = parseColour(text) && relativeLuminance(parseColour(text) as Rgb) > 0.5 ? ([0, 0, 0] as Rgb) : ([255, 255, 255] as Rgb);
  for (let step = 0; step < 20 && contrastRatio(text, toHex(background)) < 4.5; step++) background = blendToward(background, away, 0.1);
  return { background: toHex(background), text };
}
