/**
 * Runs a list item query: read security, $filter, the list view threshold, $orderby
 * (ID as the tie-breaker), $skiptoken paging and $top (default 100, at most 5,000).
 */
import { compileFilter } from './filterCompile';
import { compareText } from './filterCompile';
import { ItemColumns, type ItemColumn } from './itemColumns';
import { DEFAULT_ITEM_PAGE, formatSkipToken, MAX_PAGE, type QueryOptions } from './odataQuery';
import { enforceListViewThreshold } from './threshold';
import type { ListState, LocalStore } from './store';
import type { ItemRecord } from './types';

export interface ItemPage {
  rows: ItemRecord[];
  /** $skiptoken value for the next page, if any */
  nextSkipToken: string | null;
}

interface SortKey { column: ItemColumn; desc: boolean; path: string }

type Cell = string | number | boolean | null;

function cell(column: ItemColumn, row: ItemRecord): Cell {
  const v = column.get(row);
  if (v === null || v === undefined || v === '') return null;
  if (column.kind === 'datetime') return Date.parse(String(v));
  if (column.kind === 'string') return String(v);
  return v as number | boolean;
}

function compareCell(a: Cell, b: Cell): number {
  if (a === b) return 0;
  if (a === null) return -1; // empty first when ascending, as SQL Server
  if (b === null) return 1;
  if (typeof a === 'string' && typeof b === 'string') return compareText(a, b);
  return a < b ? -1 : a > b ? 1 : 0;
}

function tokenValue(column: ItemColumn, text: string | undefined): Cell {
  if (text === undefined || text === '') return null;
  switch (column.kind) {
    case 'number': return Number(text);
    case 'boolean': return text === '1' || text.toLowerCase() === 'true';
    case 'datetime': return Date.parse(text);
    default: return text;
  }
}

function cellText(column: ItemColumn, v: Cell): string {
  if (v === null) return '';
  if (column.kind === 'datetime' && typeof v === 'number') return new Date(v).toISOString();
  if (typeof v === 'boolean') return v ? '1' : '0';
  return String(v);
}

/** `view` gives what this user sees of an item (itself, its last approved state, or nothing). */
export function queryItems(store: LocalStore, list: ListState, q: QueryOptions, view: (item: ItemRecord) => ItemRecord | null): ItemPage {
  const expand = new Set(q.expand);
  const filterColumns = new ItemColumns(store, list, expand, 'filter');
  const sortColumns = new ItemColumns(store, list, expand, 'sort');
  const predicate = q.filter ? compileFilter(q.filter, filterColumns, q.filterText ?? '') : null;
  const keys: SortKey[] = q.orderBy.map((o) => ({ column: sortColumns.bind(o.path), desc: o.descending, path: o.path }));
  enforceListViewThreshold(list.items.values(), list.items.size, q, filterColumns, sortColumns);

  const idKey = keys.find((k) => k.path === 'Id' || k.path === 'ID');
  const idDesc = idKey?.desc ?? false;
  const otherKeys = keys.filter((k) => k !== idKey);
  const compareRows = (a: ItemRecord, b: ItemRecord): number => {
    for (const k of otherKeys) {
      const c = compareCell(cell(k.column, a), cell(k.column, b));
      if (c !== 0) return k.desc ? -c : c;
    }
    return idDesc ? b.id - a.id : a.id - b.id;
  };

  let rows: ItemRecord[] = [];
  for (const item of list.items.values()) {
    const seen = view(item);
    if (seen && (!predicate || predicate(seen))) rows.push(seen);
  }
  if (otherKeys.length || idDesc) rows.sort(compareRows);

  if (q.skipToken) {
    const lastId = Number(q.skipToken.values.get('ID') ?? q.skipToken.values.get('Id') ?? NaN);
    const lastCells = otherKeys.map((k) => tokenValue(k.column, q.skipToken?.values.get(k.path.replace('/', '_'))));
    const compareToLast = (row: ItemRecord): number => {
      for (let i = 0; i < otherKeys.length; i += 1) {
        const c = compareCell(cell(otherKeys[i].column, row), lastCells[i]);
        if (c !== 0) return otherKeys[i].desc ? -c : c;
      }
      if (Number.isNaN(lastId)) return 1;
      return idDesc ? lastId - row.id : row.id - lastId;
    };
    if (q.skipToken.previous) {
      const before = rows.filter((r) => compareToLast(r) < 0);
      const size = Math.min(q.top ?? DEFAULT_ITEM_PAGE, MAX_PAGE);
      return { rows: before.slice(Math.max(0, before.length - size)), nextSkipToken: null };
    }
    rows = rows.filter((r) => compareToLast(r) > 0);
  }

  const size = Math.min(q.top ?? DEFAULT_ITEM_PAGE, MAX_PAGE);
  const page = rows.slice(0, size);
  let nextSkipToken: string | null = null;
  if (rows.length > size && page.length > 0) {
    const last = page[page.length - 1];
    const values: [string, string][] = otherKeys.map((k) => [k.path.replace('/', '_'), cellText(k.column, cell(k.column, last))]);
    values.push(['ID', String(last.id)]);
    nextSkipToken = formatSkipToken(values);
  }
  return { rows: page, nextSkipToken };
}
