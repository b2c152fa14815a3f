/**
 * Merging two versions of a record after a concurrent edit (HTTP 412).
 *
 * "Base" is the record as the user first read it, "mine" what they want to save, "theirs" what the other
 * person saved meanwhile. A field changed only by one side takes that side's value; a field both changed
 * to different values is a clash and defaults to mine (the person in front of the screen typed it and can
 * switch to theirs). Values are compared by meaning: empty text, null and undefined are the same, people
 * and lookups by id, multi-choice lists as sets, links by address and description.
 */

export type MergeSide = 'mine' | 'theirs';

/** Who changed a field since the base: only me, only them, both (a clash), or nobody knows (no base). */
export type FieldChange = 'mine' | 'theirs' | 'both' | 'unknown';

export interface IFieldDiff {
  readonly key: string;
  readonly base: unknown;
  readonly mine: unknown;
  readonly theirs: unknown;
  /** Whether my version changed it from the base (false when there is no base). */
  readonly changedByMe: boolean;
  /** Whether their version changed it from the base (false when there is no base). */
  readonly changedByThem: boolean;
  readonly change: FieldChange;
}

const isEmpty = (value: unknown): boolean =>
  value === undefined || value === null || (typeof value === 'string' && value.trim() === '') || (Array.isArray(value) && value.length === 0);

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A comparable key for one value: people and lookups by id, links by url, everything else by content. */
function identity(value: unknown): string {
  if (isEmpty(value)) return '∅';
  if (Array.isArray(value)) {
    return `[${value.map(identity).sort().join('|')}]`;
  }
  if (isObject(value)) {
    if (typeof value.id === 'number' || typeof value.id === 'string') return `#${String(value.id)}`;
    if (typeof value.url === 'string') return `url:${value.url}|${String(value.description ?? '')}`;
    return `{${Object.keys(value)
      .filter((k) => !isEmpty(value[k]))
      .sort()
      .map((k) => `${k}:${identity(value[k])}`)
      .join(',')}}`;
  }
  if (typeof value === 'string') {
    const trimmed = value.trim();
    // The same instant written two ways (with or without milliseconds) is the same date.
    if (/^\d{4}-\d{2}-\d{2}T/.test(trimmed)) {
      const time = Date.parse(trimmed);
      if (!Number.isNaN(time)) return `date:${time}`;
    }
    return `s:${trimmed}`;
  }
  return `${typeof value}:${String(value)}`;
}

/** Whether two field values mean the same (see the module note). */
export function sameValue(a: unknown, b: unknown): boolean {
  return identity(a) === identity(b);
}

/**
 * One entry per key, saying who changed what. Keys missing from `mine` (not sent by the form) count as not
 * changed by me. Without a base nobody knows who changed what, so every difference is `unknown`.
 */
export function fieldDiffs(
  base: Record<string, unknown> | undefined,
  mine: Record<string, unknown>,
  theirs: Record<string, unknown>,
  keys: readonly string[]
): IFieldDiff[] {
  return keys.map((key) => {
    const mineHasKey = Object.prototype.hasOwnProperty.call(mine, key);
    const mineValue = mineHasKey ? mine[key] : base ? base[key] : theirs[key];
    const changedByMe = base !== undefined && mineHasKey && !sameValue(base[key], mineValue);
    const changedByThem = base !== undefined && !sameValue(base[key], theirs[key]);
    const differs = !sameValue(mineValue, theirs[key]);
    let change: FieldChange;
    if (!differs) change = changedByMe && changedByThem ? 'both' : changedByMe ? 'mine' : changedByThem ? 'theirs' : 'unknown';
    else if (base === undefined) change = mineHasKey ? 'unknown' : 'theirs';
    else if (changedByMe && changedByThem) change = 'both';
    else if (changedByThem || !mineHasKey) change = 'theirs';
    else change = 'mine';
    return { key, base: base?.[key], mine: mineValue, theirs: theirs[key], changedByMe, changedByThem, change };
  });
}

/** Whether the two versions hold different values for the field (the dialog shows only these). */
export function differs(diff: IFieldDiff): boolean {
  return !sameValue(diff.mine, diff.theirs);
}

/** The sensible default: their value where only they changed it; mine otherwise (a clash defaults to mine). */
export function defaultSide(diff: IFieldDiff): MergeSide {
  return diff.change === 'theirs' ? 'theirs' : 'mine';
}

/** The pre-selected side for every field that differs. */
export function defaultChoices(diffs: readonly IFieldDiff[]): Record<string, MergeSide> {
  const choices: Record<string, MergeSide> = {};
  for (const diff of diffs) if (differs(diff)) choices[diff.key] = defaultSide(diff);
  return choices;
}

/**
 * The values to write over their version: for each field, the chosen side's value (the default side when
 * no choice was made). Fields that are the same in both versions carry that value.
 */
export function mergeChoices(diffs: readonly IFieldDiff[], choices: Readonly<Record<string, MergeSide>> = {}): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const diff of diffs) {
    const side = choices[diff.key] ?? defaultSide(diff);
    values[diff.key] = side === 'mine' ? diff.mine : diff.theirs;
  }
  return values;
}

/**
 * One side's version over the other (Keep mine / Take theirs). "Keep mine" keeps every change I made, a clash
 * included, and keeps their change to a field only they changed (it is a change, not a disagreement: writing my
 * unchanged value back would undo their work unasked). "Take theirs" is their version whole, dropping my changes.
 */
export function allFrom(diffs: readonly IFieldDiff[], side: MergeSide): Record<string, unknown> {
  const choices: Record<string, MergeSide> = {};
  for (const diff of diffs) choices[diff.key] = side === 'mine' && diff.change === 'theirs' ? 'theirs' : side;
  return mergeChoices(diffs, choices);
}
