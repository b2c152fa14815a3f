/**
 * Turns a parsed $filter into a row predicate, given a binder that knows the row's columns.
 * Comparison semantics follow SharePoint (SQL underneath):
 * - text comparisons are case-insensitive (and accent-sensitive);
 * - a null/empty column matches only `eq null` (and `ne <value>` does NOT match it);
 * - a multi-choice column `eq 'A'` matches when the values contain A;
 * - booleans accept true/false and 1/0; dates accept datetime'...' or a quoted ISO string.
 */
import { invalidRequest, unsupportedExpression } from './errors';
import type { CompareOp, FilterNode, Literal, ValueNode } from './odataFilter';

export type ValueKind = 'string' | 'number' | 'boolean' | 'datetime' | 'stringArray';

export interface BoundColumn<Row> {
  kind: ValueKind;
  get(row: Row): unknown;
  /** true when a list index covers this column (threshold rule) */
  indexed: boolean;
}

export interface FilterBinder<Row> {
  /** Resolves a column path for $filter; throws an SpError when unknown or not filterable. */
  bind(path: string): BoundColumn<Row>;
}

export type Predicate<Row> = (row: Row) => boolean;

const collator = new Intl.Collator('en', { sensitivity: 'accent', numeric: false });

export function compareText(a: string, b: string): number {
  return collator.compare(a, b);
}

function isEmpty(v: unknown): boolean {
  return v === null || v === undefined || v === '' || (Array.isArray(v) && v.length === 0);
}

function parseDate(text: string, filterText: string): number {
  const ms = Date.parse(text);
  if (Number.isNaN(ms)) {
    throw invalidRequest(`The DateTime value '${text}' in the filter '${filterText}' is not valid.`);
  }
  return ms;
}

/** Converts a literal to the column's kind (null stays null). */
function coerceLiteral(lit: Literal, kind: ValueKind, filterText: string): string | number | boolean | null {
  if (lit.type === 'null') {
    return null;
  }
  switch (kind) {
    case 'string':
    case 'stringArray':
      if (lit.type === 'string' || lit.type === 'datetime') {
        return lit.value.toLowerCase();
      }
      return String(lit.value).toLowerCase();
    case 'number': {
      const n = lit.type === 'number' ? lit.value : lit.type === 'string' ? Number(lit.value) : NaN;
      if (lit.type === 'boolean' || Number.isNaN(n)) {
        throw invalidRequest(`The value in the filter '${filterText}' is not a valid number.`);
      }
      return n;
    }
    case 'boolean':
      if (lit.type === 'boolean') {
        return lit.value;
      }
      if ((lit.type === 'number' || lit.type === 'string') && ['0', '1'].includes(String(lit.value))) {
        return String(lit.value) === '1';
      }
      throw invalidRequest(`The value in the filter '${filterText}' is not a valid boolean.`);
    case 'datetime':
      if (lit.type === 'datetime' || lit.type === 'string') {
        return parseDate(lit.value, filterText);
      }
      throw invalidRequest(`The value in the filter '${filterText}' is not a valid date.`);
    default:
      return null;
  }
}

function normalizeCell(v: unknown, kind: ValueKind): string | number | boolean | null {
  if (isEmpty(v)) {
    return null;
  }
  switch (kind) {
    case 'string':
      return String(v).toLowerCase();
    case 'number':
      return typeof v === 'number' ? v : Number(v);
    case 'boolean':
      return Boolean(v);
    case 'datetime':
      return typeof v === 'number' ? v : Date.parse(String(v));
    default:
      return null;
  }
}

function applyOp(op: CompareOp, cell: string | number | boolean | null, lit: string | number | boolean | null): boolean {
  if (lit === null) {
    if (op === 'eq') {
      return cell === null;
    }
    if (op === 'ne') {
      return cell !== null;
    }
    return false;
  }
  if (cell === null) {
    return false;
  }
  const c = typeof cell === 'string' && typeof lit === 'string' ? compareText(cell, lit) : cell < lit ? -1 : cell > lit ? 1 : 0;
  switch (op) {
    case 'eq': return c === 0;
    case 'ne': return c !== 0;
    case 'gt': return c > 0;
    case 'ge': return c >= 0;
    case 'lt': return c < 0;
    case 'le': return c <= 0;
    default: return false;
  }
}

const FLIP: Record<CompareOp, CompareOp> = { eq: 'eq', ne: 'ne', gt: 'lt', ge: 'le', lt: 'gt', le: 'ge' };

interface Operand<Row> { kind: ValueKind; get(row: Row): unknown }

function operandOf<Row>(node: ValueNode, binder: FilterBinder<Row>, text: string): Operand<Row> | null {
  if (node.type === 'field') {
    return binder.bind(node.path);
  }
  if (node.type === 'datePart') {
    const inner = operandOf(node.arg, binder, text);
    if (!inner || inner.kind !== 'datetime') {
      throw unsupportedExpression(text);
    }
    const part = node.fn;
    return {
      kind: 'number',
      get: (row: Row) => {
        const v = inner.get(row);
        if (isEmpty(v)) {
          return null;
        }
        const d = new Date(String(v));
        return part === 'day' ? d.getUTCDate() : part === 'month' ? d.getUTCMonth() + 1 : d.getUTCFullYear();
      },
    };
  }
  if (node.type === 'textMatch') {
    throw unsupportedExpression(text);
  }
  return null;
}

function compileCompare<Row>(node: Extract<FilterNode, { type: 'compare' }>, binder: FilterBinder<Row>, text: string): Predicate<Row> {
  let op = node.op;
  let left = operandOf(node.left, binder, text);
  let literalNode = node.right;
  if (!left) {
    left = operandOf(node.right, binder, text);
    literalNode = node.left;
    op = FLIP[op];
  }
  if (!left || literalNode.type !== 'literal') {
    throw unsupportedExpression(text);
  }
  const column = left;
  const lit = coerceLiteral(literalNode.literal, column.kind, text);
  if (column.kind === 'stringArray') {
    if (op !== 'eq' && op !== 'ne') {
      throw unsupportedExpression(text);
    }
    return (row) => {
      const v = column.get(row);
      const values = Array.isArray(v) ? v.map((x) => String(x).toLowerCase()) : [];
      if (lit === null) {
        return (values.length === 0) === (op === 'eq');
      }
      const contains = values.includes(String(lit));
      return op === 'eq' ? contains : values.length > 0 && !contains;
    };
  }
  const kind = column.kind;
  return (row) => applyOp(op, normalizeCell(column.get(row), kind), lit);
}

function compileTextMatch<Row>(node: Extract<FilterNode, { type: 'textMatch' }>, binder: FilterBinder<Row>, text: string): Predicate<Row> {
  const column = operandOf(node.field, binder, text);
  if (!column || column.kind !== 'string' || node.text.type !== 'literal' || node.text.literal.type !== 'string') {
    throw unsupportedExpression(text);
  }
  const needle = node.text.literal.value.toLowerCase();
  const fn = node.fn;
  return (row) => {
    const v = column.get(row);
    if (isEmpty(v)) {
      return false;
    }
    const s = String(v).toLowerCase();
    return fn === 'startswith' ? s.startsWith(needle) : s.includes(needle);
  };
}

export function compileFilter<Row>(node: FilterNode, binder: FilterBinder<Row>, text: string): Predicate<Row> {
  switch (node.type) {
    case 'and': {
      const l = compileFilter(node.left, binder, text);
      const r = compileFilter(node.right, binder, text);
      return (row) => l(row) && r(row);
    }
    case 'or': {
      const l = compileFilter(node.left, binder, text);
      const r = compileFilter(node.right, binder, text);
      return (row) => l(row) || r(row);
    }
    case 'not': {
      const inner = compileFilter(node.operand, binder, text);
      return (row) => !inner(row);
    }
    case 'compare':
      return compileCompare(node, binder, text);
    case 'textMatch':
      return compileTextMatch(node, binder, text);
    default:
      throw unsupportedExpression(text);
  }
}
