import { ITheme } from '@fluentui/react';

/**
 * Quiet backgrounds (board columns, lane and table headings, the chosen view) that never cost contrast: the
 * theme's text colour mixed faintly into its background, as strongly as asked but only as far as the body text
 * and the subtext keep 4.5:1 against it (or, where the theme itself is below that, keep what it has). Where a
 * colour cannot be read (not #rgb or #rrggbb), the plain background is used.
 */

type Rgb = readonly [number, number, number];

export function parseHex(colour: string): Rgb | undefined {
  const hex = colour.trim().replace(/^#/, '');
  const full = /^[0-9a-f]{3}$/i.test(hex) ? hex.replace(/./g, (c) => c + c) : hex;
  if (!/^[0-9a-f]{6}$/i.test(full)) return undefined;
  return [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16)) as unknown as Rgb;
}

const toHex = (rgb: Rgb): string => `#${rgb.map((v) => Math.round(v).toString(16).padStart(2, '0')).join('')}`;

/** `share` (0..1) of `a` mixed into `b`. */
export const mix = (a: Rgb, b: Rgb, share: number): Rgb => [0, 1, 2].map((i) => a[i] * share + b[i] * (1 - share)) as unknown as Rgb;

const channel = (v: number): number => {
  const c = v / 255;
  return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
};
const luminance = (rgb: Rgb): number => 0.2126 * channel(rgb[0]) + 0.7152 * channel(rgb[1]) + 0.0722 * channel(rgb[2]);

/** WCAG contrast ratio, 1 to 21. */
export function contrastRatio(a: Rgb, b: Rgb): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/** The tint for text colours on a background, `percent` strong at most, keeping their contrast (see above). */
export function subtleTint(text: string, subtext: string, background: string, percent: number): string {
  const [t, st, bg] = [parseHex(text), parseHex(subtext), parseHex(background)];
  if (!t || !st || !bg) return background;
  const needed = (c: Rgb): number => Math.min(4.5, contrastRatio(c, bg));
  for (let p = percent; p > 0; p -= 1) {
    const tint = mix(t, bg, p / 100);
    if (contrastRatio(t, tint) >= needed(t) && contrastRatio(st, tint) >= needed(st)) return toHex(tint);
  }
  return background;
}

export const subtleBackground = (theme: ITheme, percent = 5): string =>
  subtleTint(theme.semanticColors.bodyText, theme.semanticColors.bodySubtext, theme.semanticColors.bodyBackground, percent);
