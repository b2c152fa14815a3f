import { ITheme } from '@fluentui/react';

/**
 * Heatmap colours drawn from the theme: a cell's background runs from the theme's lightest to its darkest
 * theme colour (in a dark or high-contrast theme those are the other way round, so the scale follows the
 * theme), and its text is whichever of the theme's black and white reads better. If neither reaches the
 * WCAG AA ratio of 4.5:1 on that background, the background is moved away from the text until it does.
 */

type Rgb = [number, number, number];

export function parseColour(colour: string): Rgb | undefined {
  const hex = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(colour.trim());
  if (!hex) return undefined;
  const digits = hex[1].length === 3 ? hex[1].split('').map((d) => d + d).join('') : hex[1];
  return [0, 2, 4].map((i) => parseInt(digits.slice(i, i + 2), 16)) as Rgb;
}

const toHex = (rgb: Rgb): string => `#${rgb.map((c) => Math.round(Math.min(255, Math.max(0, c))).toString(16).padStart(2, '0')).join('')}`;

const mix = (a: Rgb, b: Rgb, t: number): Rgb => [0, 1, 2].map((i) => a[i] + (b[i] - a[i]) * t) as Rgb;

/** WCAG relative luminance. */
function luminance(rgb: Rgb): number {
  const [r, g, b] = rgb.map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio of two colours (1 to 21). */
export function contrastRatio(a: string, b: string): number {
  const ca = parseColour(a);
  const cb = parseColour(b);
  if (!ca || !cb) return 1;
  const [hi, lo] = [luminance(ca), luminance(cb)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

export interface ICellColours {
  readonly background: string;
  readonly text: string;
}

/** Colours for a share (0 = lowest, 1 = highest) of the scale. */
export function cellColours(theme: ITheme, share: number): ICellColours {
  const low = parseColour(theme.palette.themeLighterAlt) ?? [255, 255, 255];
  const high = parseColour(theme.palette.themeDarker) ?? [0, 0, 0];
  const t = Math.min(1, Math.max(0, share));
  let background = mix(low, high, t);
  const candidates = [theme.palette.black, theme.palette.white];
  const text = candidates.reduce((best, c) => (contrastRatio(c, toHex(background)) > contrastRatio(best, toHex(background)) ? c : best), candidates[0]);
  const away = parseColour(text) && luminance(parseColour(text) as Rgb) > 0.5 ? ([0, 0, 0] as Rgb) : ([255, 255, 255] as Rgb);
  for (let step = 0; step < 20 && contrastRatio(text, toHex(background)) < 4.5; step++) background = mix(background, away, 0.1);
  return { background: toHex(background), text };
}
