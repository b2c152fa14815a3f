/**
 * Maturity levels in words, using the model's own level names (so any model, with any number of levels, reads
 * right). A whole level reads "level 2 (Open / Developing)"; a level between two whole levels (a median of an
 * even count, e.g. 1.5) reads "between levels 1 and 2 (E-Government / Initial and Open / Developing)".
 */

/** A level as a number for people: at most two decimals, no trailing zeros ("1.5", "1.75", "2"). */
export function formatLevel(value: number): string {
  return String(Math.round(value * 100) / 100);
}

/** The level's name from the model (1-based), if the model names it. */
export const levelName = (level: number, names: readonly string[]): string | undefined => names[level - 1];

const named = (level: number, names: readonly string[]): string => {
  const name = levelName(level, names);
  return name ? `level ${level} (${name})` : `level ${level}`;
};

/** "level 2 (Open / Developing)" or "between levels 1 and 2 (E-Government / Initial and Open / Developing)". */
export function describeLevel(value: number, names: readonly string[]): string {
  const lower = Math.floor(value);
  if (value === lower) return named(value, names);
  const upper = lower + 1;
  const lowerName = levelName(lower, names);
  const upperName = levelName(upper, names);
  const both = lowerName && upperName ? ` (${lowerName} and ${upperName})` : '';
  return `between levels ${lower} and ${upper}${both}`;
}

/** For a sentence: "is at level 2 (Open / Developing)" or "is between levels 1 and 2 (...)". */
export function isAtLevel(value: number, names: readonly string[]): string {
  return `${value === Math.floor(value) ? 'is at' : 'is'} ${describeLevel(value, names)}`;
}

/** A short form for tight spaces: "Open / Developing" or "between E-Government / Initial and Open / Developing". */
export function describeLevelBriefly(value: number, names: readonly string[]): string {
  const lower = Math.floor(value);
  if (value === lower) return levelName(value, names) ?? `level ${value}`;
  const lowerName = levelName(lower, names) ?? `level ${lower}`;
  const upperName = levelName(lower + 1, names) ?? `level ${lower + 1}`;
  return `between ${lowerName} and ${upperName}`;
}

/** "Organisation level: 1.5 — between E-Government / Initial and Open / Developing · target 4 · 2 of 12 departments responded". */
export function resultsHeadline(args: {
  readonly current?: number;
  readonly target?: number;
  readonly names: readonly string[];
  readonly responded: number;
  readonly departments: number;
}): string {
  const level = args.current === undefined ? 'Organisation level: not yet assessed' : `Organisation level: ${formatLevel(args.current)} — ${describeLevelBriefly(args.current, args.names)}`;
  const target = args.target === undefined ? undefined : `target ${formatLevel(args.target)}`;
  const total = Math.max(args.departments, args.responded);
  const responded = `${args.responded} of ${total} ${total === 1 ? 'department' : 'departments'} responded`;
  return [level, target, responded].filter(Boolean).join(' · ');
}
