/**
 * $filter / $orderby / $top / $select on collections that are not list items
 * (lists, fields, users, groups, role definitions...). Columns are the entity's properties.
 */
import { fieldOrPropertyNotFound } from './errors';
import { CollectionValue, EntityValue } from './formats';
import { compileFilter, compareText, type BoundColumn, type FilterBinder, type ValueKind } from './filterCompile';
import type { QueryOptions } from './odataQuery';

function plain(v: unknown): unknown {
  return v instanceof CollectionValue ? v.items : v;
}

class EntityColumns implements FilterBinder<EntityValue> {
  constructor(private readonly rows: EntityValue[], private readonly known: ReadonlySet<string>) {}

  bind(path: string): BoundColumn<EntityValue> {
    const present = this.rows.some((r) => path in r.props);
    if (!present && !this.known.has(path)) throw fieldOrPropertyNotFound(path);
    let kind: ValueKind = 'string';
    for (const r of this.rows) {
      const v = plain(r.props[path]);
      if (v === null || v === undefined) continue;
      kind = typeof v === 'number' ? 'number' : typeof v === 'boolean' ? 'boolean' : Array.isArray(v) ? 'stringArray' : 'string';
      break;
    }
    return { kind, get: (r) => plain(r.props[path]), indexed: true };
  }
}

function compareCells(a: unknown, b: unknown): number {
  if (a === b) return 0;
  if (a === null || a === undefined) return -1;
  if (b === null || b === undefined) return 1;
  if (typeof a === 'string' && typeof b === 'string') return compareText(a, b);
  return a < b ? -1 : a > b ? 1 : 0;
}

function projectNested(v: unknown, subs: string[] | null): unknown {
  if (subs === null) return v;
  if (v instanceof EntityValue) return project(v, new Map(subs.map((s) => [s, null])));
  if (v instanceof CollectionValue) return new CollectionValue(v.elementType, v.items.map((i) => projectNested(i, subs)));
  return v;
}

function project(r: EntityValue, heads: Map<string, string[] | null>): EntityValue {
  const props: Record<string, unknown> = {};
  for (const [head, subs] of heads) {
    if (head in r.props) props[head] = projectNested(r.props[head], subs);
  }
  return new EntityValue(r.type, r.uri, props, r.meta);
}

/** Applies the query options; known = properties selectable even when no row shows them. */
export function queryEntities(rows: EntityValue[], q: QueryOptions, known: string[] = []): EntityValue[] {
  const knownSet = new Set(known);
  const columns = new EntityColumns(rows, knownSet);
  let result = rows;
  if (q.filter) {
    const predicate = compileFilter(q.filter, columns, q.filterText ?? '');
    result = result.filter(predicate);
  }
  if (q.orderBy.length) {
    const getters = q.orderBy.map((o) => ({ get: columns.bind(o.path).get, desc: o.descending }));
    result = [...result].sort((a, b) => {
      for (const g of getters) {
        const c = compareCells(g.get(a), g.get(b));
        if (c !== 0) return g.desc ? -c : c;
      }
      return 0;
    });
  }
  if (q.top !== null) result = result.slice(0, q.top);
  if (q.select && !q.select.includes('*')) {
    const select = q.select;
    const heads = new Map<string, string[] | null>();
    for (const n of select) {
      const [head, sub] = n.split('/');
      if (!knownSet.has(head) && rows.length > 0 && !rows.some((r) => head in r.props)) throw fieldOrPropertyNotFound(n);
      if (sub === undefined) heads.set(head, null);
      else if (heads.get(head) !== null) heads.set(head, [...(heads.get(head) ?? []), sub]);
    }
    result = result.map((r) => project(r, heads));
  }
  return result;
}

/** $select on a single entity. */
export function selectEntity(e: EntityValue, select: string[] | null, known: string[] = []): EntityValue {
  if (!select || select.includes('*')) return e;
  return queryEntities([e], { select, expand: [], filter: null, filterText: null, orderBy: [], top: null, skipToken: null }, known)[0];
}
