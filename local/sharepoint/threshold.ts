/**
 * The list view threshold (5,000). On a list with more than 5,000 items:
 * - $orderby may use only indexed columns (ID is always indexed);
 * - $top may not exceed 5,000;
 * - a $filter must contain, among its top-level 'and' clauses, at least one "index seek"
 *   (a comparison eq/gt/ge/lt/le or startswith on an indexed column, or an 'or' whose
 *   branches are all index seeks) that on its own matches at most 5,000 items. The other
 *   clauses may then use any column. (Documented rule: SharePoint uses an indexed clause to
 *   narrow the rows first; we accept any such clause, not only the first.)
 * - no $filter: fine (ID-ordered paging).
 * Otherwise: 500 SPQueryThrottledException.
 */
import { listViewThreshold } from './errors';
import { compileFilter, type FilterBinder } from './filterCompile';
import { conjuncts, type FilterNode, type ValueNode } from './odataFilter';
import type { OrderClause } from './odataQuery';
import type { ItemColumn } from './itemColumns';
import type { ItemRecord } from './types';

export const LIST_VIEW_THRESHOLD = 5000;

type ItemBinder = FilterBinder<ItemRecord> & { bind(path: string): ItemColumn };

function indexedField(node: ValueNode, binder: ItemBinder): boolean {
  return node.type === 'field' && binder.bind(node.path).indexed;
}

function isIndexSeek(node: FilterNode, binder: ItemBinder): boolean {
  switch (node.type) {
    case 'compare': {
      if (node.op === 'ne') return false;
      const literalOk = (v: ValueNode) => v.type === 'literal' && v.literal.type !== 'null';
      return (indexedField(node.left, binder) && literalOk(node.right)) || (indexedField(node.right, binder) && literalOk(node.left));
    }
    case 'textMatch':
      return node.fn === 'startswith' && indexedField(node.field, binder);
    case 'or':
      return isIndexSeek(node.left, binder) && isIndexSeek(node.right, binder);
    case 'and':
      return conjuncts(node).some((c) => isIndexSeek(c, binder));
    default:
      return false;
  }
}

export interface ThresholdQuery {
  filter: FilterNode | null;
  filterText: string | null;
  orderBy: OrderClause[];
  top: number | null;
}

export function enforceListViewThreshold(
  items: Iterable<ItemRecord>,
  itemCount: number,
  query: ThresholdQuery,
  filterBinder: ItemBinder,
  sortBinder: ItemBinder,
): void {
  if (itemCount <= LIST_VIEW_THRESHOLD) return;
  if (query.top !== null && query.top > LIST_VIEW_THRESHOLD) throw listViewThreshold();
  for (const clause of query.orderBy) {
    if (!sortBinder.bind(clause.path).indexed) throw listViewThreshold();
  }
  if (!query.filter) return;
  const rows = Array.from(items);
  for (const clause of conjuncts(query.filter)) {
    if (!isIndexSeek(clause, filterBinder)) continue;
    const matches = compileFilter(clause, filterBinder, query.filterText ?? '');
    let count = 0;
    for (const row of rows) {
      if (matches(row) && ++count > LIST_VIEW_THRESHOLD) break;
    }
    if (count <= LIST_VIEW_THRESHOLD) return;
  }
  if (rangeSeekWithinThreshold(query.filter, rows, filterBinder, query.filterText ?? '')) return;
  throw listViewThreshold();
}

/**
 * A range on one indexed column, e.g. `ID gt 5000 and ID le 10000`, is one index seek in SharePoint (the
 * index is read from the lower bound to the upper), so the top-level comparisons on the same indexed column
 * count together: if together they match at most 5,000 items, the query is allowed. This is how a large list
 * is read in windows of item ids.
 */
function rangeSeekWithinThreshold(filter: FilterNode, rows: ItemRecord[], binder: ItemBinder, filterText: string): boolean {
  const byColumn = new Map<string, FilterNode[]>();
  for (const clause of conjuncts(filter)) {
    if (clause.type !== 'compare' || clause.op === 'ne' || !isIndexSeek(clause, binder)) continue;
    const field = clause.left.type === 'field' ? clause.left : clause.right.type === 'field' ? clause.right : undefined;
    if (!field || field.type !== 'field') continue;
    const key = (binder.bind(field.path) as ItemColumn).label.toLowerCase();
    byColumn.set(key, [...(byColumn.get(key) ?? []), clause]);
  }
  for (const clauses of byColumn.values()) {
    if (clauses.length < 2) continue;
    const tests = clauses.map((c) => compileFilter(c, binder, filterText));
    let count = 0;
    for (const row of rows) {
      if (tests.every((t) => t(row)) && ++count > LIST_VIEW_THRESHOLD) break;
    }
    if (count <= LIST_VIEW_THRESHOLD) return true;
  }
  return false;
}
