import { curveLinear, curveLinearClosed, lineRadial } from 'd3-shape';

/**
 * Where things sit on a radar of maturity levels: one spoke per dimension, clockwise from twelve o'clock, the
 * centre at 0 and the rim at the model's top level. Works for any number of dimensions (three or more) and levels.
 */

/** The radius on a wide screen; narrower screens pass a smaller one (text stays at its size). */
export const RADIUS = 120;

export interface IPoint {
  readonly x: number;
  readonly y: number;
}

export const angleOf = (index: number, count: number): number => (index * 2 * Math.PI) / count;

export const radiusOf = (level: number, levelCount: number, radius = RADIUS): number => (Math.max(0, level) / levelCount) * radius;

/** The point for a level on a dimension's spoke (SVG coordinates, y down). */
export function pointAt(index: number, count: number, level: number, levelCount: number, radius = RADIUS): IPoint {
  const a = angleOf(index, count);
  const r = radiusOf(level, levelCount, radius);
  return { x: r * Math.sin(a), y: -r * Math.cos(a) };
}

/**
 * The outline of a series through its levels (d3-shape's lineRadial). Closed when every dimension has a level;
 * otherwise the known stretches are drawn and the unanswered dimensions left as breaks.
 */
export function seriesPath(values: readonly (number | undefined)[], levelCount: number, radius = RADIUS): string {
  const count = values.length;
  const complete = values.every((v) => v !== undefined);
  const line = lineRadial<number | undefined>()
    .angle((_, i) => angleOf(i, count))
    .radius((v) => radiusOf(v ?? 0, levelCount, radius))
    .defined((v) => v !== undefined)
    .curve(complete ? curveLinearClosed : curveLinear);
  return line([...values]) ?? '';
}

/** A ring at a level (a polygon through every spoke). */
export function ringPath(level: number, count: number, levelCount: number, radius = RADIUS): string {
  return seriesPath(Array.from({ length: count }, () => level), levelCount, radius);
}

/** Splits a label into lines of about `width` characters at spaces. */
export function wrapLabel(text: string, width = 14): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = lines[lines.length - 1];
    if (last !== undefined && `${last} ${word}`.length <= width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

/** Where a dimension's label goes and how it is anchored, just outside the rim. */
export function labelPlacement(index: number, count: number, radius = RADIUS): { x: number; y: number; anchor: 'start' | 'middle' | 'end'; vertical: 'above' | 'middle' | 'below' } {
  const a = angleOf(index, count);
  const r = radius + 12;
  const sin = Math.sin(a);
  const cos = Math.cos(a);
  return {
    x: r * sin,
    y: -r * cos,
    anchor: sin > 0.2 ? 'start' : sin < -0.2 ? 'end' : 'middle',
    vertical: cos > 0.2 ? 'above' : cos < -0.2 ? 'below' : 'middle'
  };
}

/** Room either side for the dimension labels, in pixels (text is drawn at its real size). */
export const LABEL_ROOM = { side: 84, top: 44, bottom: 44 };

/** The radar's radius and view box for a width in pixels: as large as fits, up to RADIUS, at least 56. */
export function layoutFor(width: number): { radius: number; view: { x: number; y: number; width: number; height: number } } {
  const radius = Math.max(56, Math.min(RADIUS, Math.floor((width - 2 * LABEL_ROOM.side) / 2)));
  const half = radius + LABEL_ROOM.side;
  return { radius, view: { x: -half, y: -(radius + LABEL_ROOM.top), width: 2 * half, height: 2 * radius + LABEL_ROOM.top + LABEL_ROOM.bottom } };
}
