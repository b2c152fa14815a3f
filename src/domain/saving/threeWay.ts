import { sameValue } from '../conflict';

/**
 * Three-way comparison after a concurrent edit (HTTP 412): `base` is the version the user started from, `mine` the
 * values they are saving, `theirs` what someone else saved meanwhile. Only a field both changed, to different
 * values, is a true clash that a person has to decide; anything else merges by itself.
 */

export type SameValue = (key: string, a: unknown, b: unknown) => boolean;

const defaultSame: SameValue = (_key, a, b) => sameValue(a, b);

const valueOf = (record: object | undefined, key: string): unknown => (record as Record<string, unknown> | undefined)?.[key];

/** The fields of `mine` that differ from `from` (what an update over `from` has to send). */
export function changesOver<T extends object>(from: T | undefined, mine: Partial<T>, same: SameValue = defaultSame): Partial<T> {
  const changes: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(mine)) if (!same(key, valueOf(from, key), value)) changes[key] = value;
  return changes as Partial<T>;
}

/** The fields of `mine` that both sides changed from `base`, to different values. */
export function clashes<T extends object>(base: T | undefined, mine: Partial<T>, theirs: T, same: SameValue = defaultSame): string[] {
  return Object.keys(mine).filter((key) => {
    const m = valueOf(mine, key);
    const t = valueOf(theirs, key);
    if (same(key, m, t)) return false;
    if (!base) return true;
    const b = valueOf(base, key);
    return !same(key, b, m) && !same(key, b, t);
  });
}
