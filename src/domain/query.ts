/**
 * Typed list queries: features and domain rules ask for items in the entities' own property names, and the data
 * layer (src/data/query.ts) translates the question, from the list schema, into escaped OData on SharePoint's
 * internal names. No OData text and no internal name is written anywhere else.
 *
 * ```ts
 * services.maturityResponses.getAll({ where: { round: roundId, department: deptId, author: me.id } });
 * services.kpiMeasurements.getAll({
 *   where: { kpi: { in: [1, 2, 3] }, periodStart: { ge: '2025-04-01', lt: '2026-04-01' } },
 *   orderBy: [{ by: 'periodStart', descending: true }],
 *   top: 12
 * });
 * ```
 *
 * A condition on a lookup or a person compares its id (`round: 5`, `author: me.id`); a multi-choice field
 * matches when it holds the value. Dates are ISO strings (a date-only value like '2026-04-01' is that day at
 * midnight UTC). Conditions on several properties all apply (and); `in` matches any of its values (an empty
 * `in` matches nothing, and the repository answers [] without asking SharePoint).
 */

/** What a property is compared with: text, numbers, yes/no; lookups and people by id. */
export type QueryValue = string | number | boolean;

/** A range: any of the bounds that are given. */
export interface IRange<V> {
  readonly ge?: V;
  readonly gt?: V;
  readonly le?: V;
  readonly lt?: V;
}

/** Equality (a bare value), not equal, one of a set, or a range. */
export type Condition<V> = V | { readonly ne: V } | { readonly in: readonly V[] } | IRange<V>;

/** The value a property is queried by: a reference's id, a list's element, or the value itself. */
export type QueryValueOf<P> = NonNullable<P> extends { readonly id: number }
  ? number
  : NonNullable<P> extends readonly (infer E)[]
    ? E & QueryValue
    : NonNullable<P> & QueryValue;

/** Conditions per property of the entity, all of which must hold. */
export type Where<T> = { readonly [K in keyof T]?: Condition<QueryValueOf<T[K]>> };

export interface IOrder<T> {
  readonly by: keyof T & string;
  readonly descending?: boolean;
}

export interface IListQuery<T> {
  /** On a large list the first condition should be on an indexed column (see the schema's `indexed`). */
  readonly where?: Where<T>;
  readonly orderBy?: readonly IOrder<T>[];
  /** Most items to read (default: all, in pages). */
  readonly top?: number;
  /**
   * Read a list that may hold more than 5,000 items in windows of item ids (each window under the list view
   * threshold), so an indexed condition that matches more than 5,000 items still works.
   */
  readonly byIdWindows?: boolean;
  /**
   * Read only these properties besides id and modified, to cut the bytes of a large read. Lookups and people then
   * carry their id only (title ''), and no ETag comes back: use it for reads that are not edited.
   */
  readonly fields?: readonly (keyof T & string)[];
}

/** Whether a condition is a set (`in`), a negation (`ne`) or a range, rather than a bare value. */
export function conditionKind<V>(condition: Condition<V>): 'eq' | 'ne' | 'in' | 'range' {
  if (condition === null || typeof condition !== 'object') return 'eq';
  if ('in' in condition) return 'in';
  if ('ne' in condition) return 'ne';
  return 'range';
}
