import { IEntity } from '../../src/domain/entities';
import { conditionKind, IListQuery, IRange } from '../../src/domain/query';

/**
 * The typed query (src/domain/query.ts) answered over items in memory, as SharePoint answers its OData: test fakes
 * filter, order and cut on the query itself, never by parsing OData. A lookup or person compares by id, a
 * multi-choice list matches when it holds the value, dates compare as instants.
 */

const scalar = (value: unknown): unknown => {
  if (value !== null && typeof value === 'object' && 'id' in (value as object)) return (value as { id: unknown }).id;
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value) && !Number.isNaN(Date.parse(value))) return Date.parse(value);
  return value;
};

const compare = (a: unknown, b: unknown): number => {
  const x = scalar(a);
  const y = scalar(b);
  if (x === y) return 0;
  if (x === undefined || x === null) return 1;
  if (y === undefined || y === null) return -1;
  if (typeof x === 'number' && typeof y === 'number') return x - y;
  return String(x).localeCompare(String(y), 'en-GB');
};

function holds(value: unknown, condition: unknown): boolean {
  const values = Array.isArray(value) ? value : [value];
  const equals = (v: unknown): boolean => values.some((x) => scalar(x) === scalar(v) || (scalar(x) === undefined && v === false));
  switch (conditionKind(condition as never)) {
    case 'eq':
      return equals(condition);
    case 'ne':
      return !equals((condition as { ne: unknown }).ne);
    case 'in':
      return (condition as { in: unknown[] }).in.some(equals);
    default: {
      const range = condition as IRange<unknown>;
      if (value === undefined || value === null) return false;
      return (
        (range.ge === undefined || compare(value, range.ge) >= 0) &&
        (range.gt === undefined || compare(value, range.gt) > 0) &&
        (range.le === undefined || compare(value, range.le) <= 0) &&
        (range.lt === undefined || compare(value, range.lt) < 0)
      );
    }
  }
}

/** Whether an item meets every condition of the query's `where`. */
export function matchesWhere<T extends IEntity>(item: T, where: IListQuery<T>['where'] = {}): boolean {
  const record = item as unknown as Record<string, unknown>;
  return Object.entries(where).every(([property, condition]) => condition === undefined || holds(record[property], condition));
}

/** The items the query selects, in its order, at most `top`. */
export function applyQuery<T extends IEntity>(items: readonly T[], query: IListQuery<T> = {}): T[] {
  let result = items.filter((item) => matchesWhere(item, query.where));
  const orders = query.orderBy ?? [];
  if (orders.length) {
    result = [...result].sort((a, b) => {
      for (const order of orders) {
        const c = compare((a as unknown as Record<string, unknown>)[order.by], (b as unknown as Record<string, unknown>)[order.by]);
        if (c) return order.descending ? -c : c;
      }
      return 0;
    });
  }
  return query.top !== undefined ? result.slice(0, query.top) : result;
}
