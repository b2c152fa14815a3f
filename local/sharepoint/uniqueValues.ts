/**
 * EnforceUniqueValues: per list, per unique field, a map from normalized value to item id,
 * built lazily and kept up to date on writes (so bulk loads stay O(n)). Text compares
 * case-insensitively, as SharePoint does; empty values never clash.
 */
import { duplicateValues } from './errors';
import type { ListState } from './store';
import type { FieldDef, ItemRecord, StoredValue } from './types';

export function uniqueKey(v: StoredValue | undefined): string | null {
  if (v === null || v === undefined || v === '') return null;
  if (Array.isArray(v)) return v.length ? JSON.stringify([...v].map(String).sort()) : null;
  if (typeof v === 'object') return v.Url ? v.Url.toLowerCase() : null;
  return typeof v === 'string' ? `s:${v.toLowerCase()}` : `${typeof v}:${String(v)}`;
}

type FieldIndex = Map<string, number>;

export class UniqueValues {
  private readonly byList = new Map<string, Map<string, FieldIndex>>();

  static assertNoDuplicates(list: ListState, field: FieldDef): void {
    const seen = new Set<string>();
    for (const item of list.items.values()) {
      const key = uniqueKey(item.values[field.internalName]);
      if (key === null) continue;
      if (seen.has(key)) throw duplicateValues([field.title]);
      seen.add(key);
    }
  }

  clear(): void {
    this.byList.clear();
  }

  /** Drop a list's index (its fields changed); rebuilt on next use. */
  forget(listId: string): void {
    this.byList.delete(listId);
  }

  private indexFor(list: ListState): Map<string, FieldIndex> {
    let index = this.byList.get(list.data.id);
    if (!index) {
      index = new Map();
      for (const f of list.data.fields.filter((x) => x.enforceUniqueValues)) {
        const values: FieldIndex = new Map();
        for (const item of list.items.values()) {
          const key = uniqueKey(item.values[f.internalName]);
          if (key !== null) values.set(key, item.id);
        }
        index.set(f.internalName, values);
      }
      this.byList.set(list.data.id, index);
    }
    return index;
  }

  /** Throws SPDuplicateValuesFoundException when `values` clash with another item. */
  check(list: ListState, values: Record<string, StoredValue>, itemId: number): void {
    const violated: string[] = [];
    for (const [name, existing] of this.indexFor(list)) {
      const key = uniqueKey(values[name]);
      if (key === null) continue;
      const owner = existing.get(key);
      if (owner !== undefined && owner !== itemId) {
        violated.push(list.data.fields.find((f) => f.internalName === name)?.title ?? name);
      }
    }
    if (violated.length) throw duplicateValues(violated);
  }

  update(list: ListState, before: ItemRecord | null, after: ItemRecord | null): void {
    const index = this.byList.get(list.data.id);
    if (!index) return;
    for (const [name, values] of index) {
      const oldKey = before ? uniqueKey(before.values[name]) : null;
      if (oldKey !== null && values.get(oldKey) === before?.id) values.delete(oldKey);
      const newKey = after ? uniqueKey(after.values[name]) : null;
      if (newKey !== null && after) values.set(newKey, after.id);
    }
  }
}
