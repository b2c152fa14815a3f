/**
 * Query options ($select, $expand, $filter, $orderby, $top, $skiptoken) read from a
 * request URL. URLSearchParams decodes the query as a form ('+' is a space), as
 * SharePoint does with what PnPjs sends.
 */
import { invalidRequest } from './errors';
import { parseFilter, type FilterNode } from './odataFilter';

export interface OrderClause { path: string; descending: boolean }

export interface SkipToken {
  /** PagedPrev=TRUE */
  previous: boolean;
  values: Map<string, string>;
}

export interface QueryOptions {
  select: string[] | null;
  expand: string[];
  filterText: string | null;
  filter: FilterNode | null;
  orderBy: OrderClause[];
  top: number | null;
  skipToken: SkipToken | null;
}

export const DEFAULT_ITEM_PAGE = 100;
export const MAX_PAGE = 5000;

function list(value: string | null): string[] {
  return (value ?? '').split(',').map((s) => s.trim()).filter(Boolean);
}

export function parseSkipToken(text: string): SkipToken {
  const params = new URLSearchParams(text);
  const values = new Map<string, string>();
  params.forEach((v, k) => {
    if (k.startsWith('p_')) values.set(k.slice(2), v);
  });
  return { previous: /^true$/i.test(params.get('PagedPrev') ?? ''), values };
}

export function formatSkipToken(values: [string, string][], previous = false): string {
  const parts = [previous ? 'Paged=TRUE&PagedPrev=TRUE' : 'Paged=TRUE'];
  for (const [k, v] of values) parts.push(`p_${k}=${encodeURIComponent(v)}`);
  return parts.join('&');
}

function param(params: URLSearchParams, name: string): string | null {
  // SharePoint accepts the options case-insensitively ($Select, $TOP ...)
  for (const [k, v] of params) {
    if (k.toLowerCase() === name) return v;
  }
  return null;
}

export function parseQueryOptions(params: URLSearchParams): QueryOptions {
  const selectText = param(params, '$select');
  const filterText = param(params, '$filter');
  const topText = param(params, '$top');
  let top: number | null = null;
  if (topText !== null) {
    top = Number(topText);
    if (!Number.isInteger(top) || top < 0) {
      throw invalidRequest(`Invalid value '${topText}' for $top query option found. The $top query option requires a non-negative integer value.`);
    }
  }
  const orderBy = list(param(params, '$orderby')).map((clause) => {
    const m = /^(\S+)(?:\s+(asc|desc))?$/i.exec(clause);
    if (!m) throw invalidRequest(`Syntax error in the $orderby query option '${clause}'.`);
    return { path: m[1], descending: (m[2] ?? '').toLowerCase() === 'desc' };
  });
  const skipText = param(params, '$skiptoken');
  return {
    select: selectText === null ? null : list(selectText),
    expand: list(param(params, '$expand')),
    filterText: filterText && filterText.trim() ? filterText : null,
    filter: filterText && filterText.trim() ? parseFilter(filterText) : null,
    orderBy,
    top,
    skipToken: skipText ? parseSkipToken(skipText) : null,
  };
}

/** The next-page link: the request URL with every option kept and $skiptoken replaced. */
export function nextLinkFor(requestUrl: URL, apiBase: string, skipToken: string): string {
  const params = new URLSearchParams();
  params.set('$skiptoken', skipToken);
  requestUrl.searchParams.forEach((v, k) => {
    if (k.toLowerCase() !== '$skiptoken') params.append(k, v);
  });
  const path = requestUrl.pathname.slice(requestUrl.pathname.toLowerCase().indexOf('/_api/') + '/_api'.length);
  return `${apiBase}${path}?${params.toString()}`;
}
