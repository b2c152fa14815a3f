import { IEntity } from '../domain/entities';
import { conditionKind, IListQuery, IRange, QueryValue } from '../domain/query';
import { DataError } from './errors';
import { propertyName } from './mapping';
import { and, odataDate, odataField, odataString } from './odata';
import { FieldKind, IListDefinition } from './schema/fieldTypes';

/**
 * Translates a typed query (src/domain/query.ts) into OData on the list's internal names, from the schema:
 * `{ round: 5, status: 'Submitted' }` on Maturity Responses becomes `RoundId eq 5 and Status eq 'Submitted'`.
 * Every literal is escaped here; a property the list does not have is a Validation error, never a guess.
 */

/** A property as SharePoint filters and sorts it. */
export interface IQueryColumn {
  /** The internal name in `$filter` (a lookup or person by its `…Id` column). */
  readonly filterName: string;
  /** The internal name in `$orderby`. */
  readonly orderName: string;
  readonly kind: FieldKind | 'Counter';
}

const BUILT_IN: Record<string, IQueryColumn> = {
  id: { filterName: 'ID', orderName: 'ID', kind: 'Counter' },
  title: { filterName: 'Title', orderName: 'Title', kind: 'Text' },
  created: { filterName: 'Created', orderName: 'Created', kind: 'DateTime' },
  modified: { filterName: 'Modified', orderName: 'Modified', kind: 'DateTime' },
  author: { filterName: 'AuthorId', orderName: 'Author', kind: 'User' },
  editor: { filterName: 'EditorId', orderName: 'Editor', kind: 'User' }
};

/** The column behind an entity property of this list. */
export function queryColumn(definition: IListDefinition, property: string): IQueryColumn {
  const builtIn = BUILT_IN[property];
  if (builtIn) return builtIn;
  const field = definition.fields.find((f) => propertyName(f.internalName) === property);
  if (!field) throw new DataError('Validation', `${definition.title} has no field '${property}'.`);
  const reference = field.kind === 'Lookup' || field.kind === 'User';
  return { filterName: reference ? `${field.internalName}Id` : field.internalName, orderName: field.internalName, kind: field.kind };
}

/** An escaped OData literal for a value of the column. */
function literal(column: IQueryColumn, value: unknown): string {
  if (column.kind === 'DateTime') {
    if (typeof value !== 'string' || Number.isNaN(Date.parse(value))) throw new DataError('Validation', `'${String(value)}' is not a date.`);
    return odataDate(value);
  }
  if (typeof value === 'boolean') return value ? '1' : '0';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new DataError('Validation', `'${value}' is not a number.`);
    return String(value);
  }
  if (typeof value === 'string') return odataString(value);
  throw new DataError('Validation', `A query cannot compare with ${JSON.stringify(value)}.`);
}

const RANGE_OPERATORS: readonly (keyof IRange<QueryValue>)[] = ['ge', 'gt', 'le', 'lt'];

/** The query as `$filter` and `$orderby` parts; `none` when it can match nothing (an empty `in`). */
export interface IODataQuery {
  readonly filter?: string;
  readonly orderBy: readonly { readonly field: string; readonly ascending: boolean }[];
  readonly none: boolean;
}

export function toODataQuery<T extends IEntity>(definition: IListDefinition, query: IListQuery<T> = {}): IODataQuery {
  const clauses: string[] = [];
  let none = false;
  for (const [property, condition] of Object.entries(query.where ?? {})) {
    if (condition === undefined) continue;
    const column = queryColumn(definition, property);
    const name = odataField(column.filterName);
    switch (conditionKind(condition)) {
      case 'eq':
        clauses.push(`${name} eq ${literal(column, condition)}`);
        break;
      case 'ne':
        clauses.push(`${name} ne ${literal(column, (condition as { ne: unknown }).ne)}`);
        break;
      case 'in': {
        const values = (condition as { in: readonly unknown[] }).in;
        if (values.length === 0) none = true;
        const parts = values.map((v) => `${name} eq ${literal(column, v)}`);
        if (parts.length) clauses.push(parts.length > 1 ? `(${parts.join(' or ')})` : parts[0]);
        break;
      }
      default: {
        const range = condition as IRange<unknown>;
        for (const operator of RANGE_OPERATORS) if (range[operator] !== undefined) clauses.push(`${name} ${operator} ${literal(column, range[operator])}`);
      }
    }
  }
  const orderBy = (query.orderBy ?? []).map((o) => ({ field: odataField(queryColumn(definition, o.by).orderName), ascending: !o.descending }));
  const filter = and(...clauses);
  return { filter: filter || undefined, orderBy, none };
}
