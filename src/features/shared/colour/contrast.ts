/**
 * Colour and contrast maths (WCAG 2.2), for every part that picks colours from the theme: the roadmap's quiet
 * backgrounds (`subtleColour.ts`) and the maturity heatmap's shades. Colours are #rgb or #rrggbb.
 */

export type Rgb = readonly [number, number, number];

/** "#0f6cbd" or "0f6cbd" or "#fff" as red, green and blue (0 to 255); undefined for anything else. */
export function parseColour(colour: string): Rgb | undefined {
  const hex = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(colour.trim());
  if (!hex) return undefined;
  const digits = hex[1].length === 3 ? hex[1].replace(/./g, (d) => d + d) : hex[1];
  return [0, 2, 4].map((i) => parseInt(digits.slice(i, i + 2), 16)) as unknown as Rgb;
}

/** "#rrggbb", each channel rounded and kept within 0 to 255. */
export const toHex = (rgb: Rgb): string => `#${rgb.map((c) => Math.round(Math.min(255, Math.max(0, c))).toString(16).padStart(2, '0')).join('')}`;

/** `from` moved `share` (0 to 1) of the way towards `to`: 0 leaves `from`, 1 gives `to`. */
export const blendToward = (from: Rgb, to: Rgb, share: number): Rgb => [0, 1, 2].map((i) => from[i] + (to[i] - from[i]) * share) as unknown as Rgb;

const channel = (value: number): number => {
  const c = value / 255;
  return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
};

/** WCAG relative luminance, 0 (black) to 1 (white). */
export const relativeLuminance = (rgb: Rgb): number => 0.2126 * channel(rgb[0]) + 0.7152 * channel(rgb[1]) + 0.0722 * channel(rgb[2]);

/** WCAG contrast ratio of two colours, 1 to 21 (1 where either cannot be read). */
export function contrastRatio(a: Rgb | string, b: Rgb | string): number {
  const ca = typeof a === 'string' ? parseColour(a) : a;
  const cb = typeof b === 'string' ? parseColour(b) : b;
  if (!ca || !cb) return 1;
  const [hi, lo] = [relativeLuminance(ca), relativeLuminance(cb)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}
