import { ITheme } from '@fluentui/react';
import { blendToward, contrastRatio, parseColour, Rgb, toHex } from './contrast';

/**
 * Quiet backgrounds (board columns, lane and table headings, the chosen view) that never cost contrast: the
 * theme's text colour mixed faintly into its background, as strongly as asked but only as far as the body text
 * and the subtext keep 4.5:1 against it (or, where the theme itself is below that, keep what it has). Where a
 * colour cannot be read (not #rgb or #rrggbb), the plain background is used.
 */

/** The tint for text colours on a background, `percent` strong at most, keeping their contrast (see above). */
export function subtleTint(text: string, subtext: string, background: string, percent: number): string {
  const [t, st, bg] = [parseColour(text), parseColour(subtext), parseColour(background)];
  if (!t || !st || !bg) return background;
  const needed = (c: Rgb): number => Math.min(4.5, contrastRatio(c, bg));
  for (let p = percent; p > 0; p -= 1) {
    const tint = blendToward(bg, t, p / 100);
    if (contrastRatio(t, tint) >= needed(t) && contrastRatio(st, tint) >= needed(st)) return toHex(tint);
  }
  return background;
}

export const subtleBackground = (theme: ITheme, percent = 5): string =>
  subtleTint(theme.semanticColors.bodyText, theme.semanticColors.bodySubtext, theme.semanticColors.bodyBackground, percent);
