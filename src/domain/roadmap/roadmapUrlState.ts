import { CORPORATE_PLAN_OUTCOMES, HEALTH, STAGES, WAYS_OF_WORKING, WORKSTREAMS } from '../vocabulary';
import { IRoadmapSort, isRoadmapColumn } from './roadmapColumns';
import { IRoadmapFilter, MUST_DO_FILTERS, MustDoFilter } from './roadmapFilter';

/**
 * The Roadmap Board's view and filter as a query string, so a link (a Teams deep link too) opens the same view.
 *
 * Keys, in this order: v (view), ws (workstreams), st (stages), ww (ways of working), oc (Corporate Plan
 * outcomes), dp (department ids), ow (owner ids), tf (timeframes), md (must-do: only|exclude), hl (health),
 * q (search), sm (include small: 1|0), sl (swimlanes: 1|0), so (sort: column, "-column" when descending),
 * sel (selected initiative id).
 *
 * - A value equal to the default is left out. A list that is empty where the default is not is written as
 *   `ws=` ("none chosen").
 * - A list is one parameter, its values joined with ","; within a value "%" and "," are escaped as %25 and %2C
 *   first, so values such as "Data & Information Management" or "A, B" come back whole.
 * - Reading ignores unknown keys (a page's own parameters) and invalid values (a stage not in STAGES, an id
 *   that is not a positive whole number, an unknown view or column). A parameter left with no valid value
 *   is ignored, so the default applies.
 * - Lists keep their order (duplicates dropped). States round-trip exactly when written in their canonical form:
 *   no empty lists and no empty search (an empty list and a missing one mean the same).
 */

export const ROADMAP_VIEWS = ['board', 'timeline', 'table', 'matrix', 'priorities'] as const;
export type RoadmapView = (typeof ROADMAP_VIEWS)[number];

export interface IRoadmapViewState {
  readonly view: RoadmapView;
  readonly filter: IRoadmapFilter;
  /** Board: swimlanes by workstream. */
  readonly swimlanes?: boolean;
  /** Table: the sorted column. */
  readonly sort?: IRoadmapSort;
  /** The initiative whose details are open. */
  readonly selectedId?: number;
}

export const DEFAULT_ROADMAP_VIEW_STATE: IRoadmapViewState = { view: 'board', filter: {} };

type ListKey = 'workstreams' | 'stages' | 'waysOfWorking' | 'outcomes' | 'departmentIds' | 'ownerIds' | 'timeframes' | 'health';

const canonical = (vocabulary: readonly string[]) => (value: string): string | undefined =>
  vocabulary.find((v) => v.toLowerCase() === value.trim().toLowerCase());

const positiveId = (value: string): number | undefined => {
  if (!/^\d{1,15}$/.test(value)) return undefined;
  const id = Number(value);
  return id > 0 ? id : undefined;
};

const timeframe = (value: string): string | undefined => (value.trim() && value.length <= 60 ? value : undefined);

/** The list facets: query key and how a value is read back (undefined = invalid). */
const LISTS: readonly { readonly key: string; readonly facet: ListKey; readonly read: (value: string) => string | number | undefined }[] = [
  { key: 'ws', facet: 'workstreams', read: canonical(WORKSTREAMS) },
  { key: 'st', facet: 'stages', read: canonical(STAGES) },
  { key: 'ww', facet: 'waysOfWorking', read: canonical(WAYS_OF_WORKING) },
  { key: 'oc', facet: 'outcomes', read: canonical(CORPORATE_PLAN_OUTCOMES) },
  { key: 'dp', facet: 'departmentIds', read: positiveId },
  { key: 'ow', facet: 'ownerIds', read: positiveId },
  { key: 'tf', facet: 'timeframes', read: timeframe },
  { key: 'hl', facet: 'health', read: canonical(HEALTH) }
];

/** Every key this module writes; anything else in a query belongs to someone else. */
export const ROADMAP_QUERY_KEYS: readonly string[] = ['v', ...LISTS.map((l) => l.key), 'md', 'q', 'sm', 'sl', 'so', 'sel'];

const escapeValue = (value: string): string => value.replace(/%/g, '%25').replace(/,/g, '%2C');
const unescapeValue = (value: string): string => value.replace(/%(25|2C)/gi, (m) => (m === '%25' ? '%' : ','));

const sameList = (a: readonly unknown[] | undefined, b: readonly unknown[] | undefined): boolean =>
  (a ?? []).length === (b ?? []).length && (a ?? []).every((v, i) => v === (b ?? [])[i]);

const sortText = (sort: IRoadmapSort | undefined): string => (sort ? `${sort.descending ? '-' : ''}${sort.column}` : '');

const flag = (value: boolean): string => (value ? '1' : '0');

/** The state as query parameters (no leading "?"), defaults left out. */
export function toQuery(state: IRoadmapViewState, defaults: IRoadmapViewState = DEFAULT_ROADMAP_VIEW_STATE): string {
  const params = new URLSearchParams();
  const { filter } = state;
  if (state.view !== defaults.view) params.set('v', state.view);
  for (const { key, facet } of LISTS) {
    const values = filter[facet] as readonly (string | number)[] | undefined;
    if (!sameList(values, defaults.filter[facet] as readonly unknown[] | undefined)) {
      params.set(key, (values ?? []).map((v) => escapeValue(String(v))).join(','));
    }
  }
  if (filter.mustDo !== defaults.filter.mustDo) params.set('md', filter.mustDo ?? '');
  if ((filter.search ?? '') !== (defaults.filter.search ?? '')) params.set('q', filter.search ?? '');
  if (filter.includeSmall !== defaults.filter.includeSmall) params.set('sm', flag(Boolean(filter.includeSmall)));
  if (state.swimlanes !== defaults.swimlanes) params.set('sl', flag(Boolean(state.swimlanes)));
  if (sortText(state.sort) !== sortText(defaults.sort)) params.set('so', sortText(state.sort));
  if (state.selectedId !== defaults.selectedId) params.set('sel', state.selectedId === undefined ? '' : String(state.selectedId));
  return params.toString();
}

const readFlag = (value: string): boolean | undefined => (value === '1' || value === 'true' ? true : value === '0' || value === 'false' ? false : undefined);

const readSort = (value: string): IRoadmapSort | undefined => {
  const descending = value.startsWith('-');
  const column = descending ? value.slice(1) : value;
  return isRoadmapColumn(column) ? { column, descending } : undefined;
};

/**
 * The state a query string describes, on top of the defaults. Accepts a leading "?" or "#", other parameters
 * and invalid values (both ignored).
 */
export function fromQuery(query: string, defaults: IRoadmapViewState = DEFAULT_ROADMAP_VIEW_STATE): IRoadmapViewState {
  const params = new URLSearchParams(query.replace(/^[?#]/, ''));
  const filter: { -readonly [K in keyof IRoadmapFilter]: IRoadmapFilter[K] } = { ...defaults.filter };
  const state: { -readonly [K in keyof IRoadmapViewState]: IRoadmapViewState[K] } = { ...defaults, filter };

  const view = params.get('v');
  if (view !== null && (ROADMAP_VIEWS as readonly string[]).includes(view)) state.view = view as RoadmapView;

  for (const { key, facet, read } of LISTS) {
    const raw = params.get(key);
    if (raw === null) continue;
    const values = raw === '' ? [] : raw.split(',').map((v) => read(unescapeValue(v)));
    const valid = [...new Set(values.filter((v): v is string | number => v !== undefined))];
    if (raw !== '' && valid.length === 0) continue;
    if (valid.length > 0) (filter as Record<string, unknown>)[facet] = valid;
    else delete filter[facet];
  }

  const mustDo = params.get('md');
  if (mustDo === '') delete filter.mustDo;
  else if (mustDo !== null && (MUST_DO_FILTERS as readonly string[]).includes(mustDo)) filter.mustDo = mustDo as MustDoFilter;

  const search = params.get('q');
  if (search === '') delete filter.search;
  else if (search !== null) filter.search = search;

  const small = readFlag(params.get('sm') ?? '');
  if (small !== undefined) filter.includeSmall = small;

  const swimlanes = readFlag(params.get('sl') ?? '');
  if (swimlanes !== undefined) state.swimlanes = swimlanes;

  const sort = params.get('so');
  if (sort === '') delete state.sort;
  else if (sort !== null && readSort(sort)) state.sort = readSort(sort);

  const selected = params.get('sel');
  if (selected === '') delete state.selectedId;
  else if (selected !== null && positiveId(selected) !== undefined) state.selectedId = positiveId(selected);

  return state;
}

/**
 * A page's query with the roadmap's parameters replaced by the state's (the page's own parameters kept), for
 * history.replaceState after each change.
 */
export function withRoadmapQuery(pageQuery: string, state: IRoadmapViewState, defaults: IRoadmapViewState = DEFAULT_ROADMAP_VIEW_STATE): string {
  const params = new URLSearchParams(pageQuery.replace(/^\?/, ''));
  for (const key of ROADMAP_QUERY_KEYS) params.delete(key);
  new URLSearchParams(toQuery(state, defaults)).forEach((value, key) => params.append(key, value));
  return params.toString();
}

/**
 * The state for a Teams deep link's subEntityId: the same parameters as toQuery (short keys, defaults left out),
 * so it stays short; Teams hands it back to the tab as `page.subPageId` (subEntityId).
 */
export function toTeamsSubEntityId(state: IRoadmapViewState, defaults: IRoadmapViewState = DEFAULT_ROADMAP_VIEW_STATE): string {
  return toQuery(state, defaults);
}

/** The state in a subEntityId written by toTeamsSubEntityId; the defaults when it is missing or not ours. */
export function fromTeamsSubEntityId(subEntityId: string | undefined, defaults: IRoadmapViewState = DEFAULT_ROADMAP_VIEW_STATE): IRoadmapViewState {
  return fromQuery(subEntityId ?? '', defaults);
}
