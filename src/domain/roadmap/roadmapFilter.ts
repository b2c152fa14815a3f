import { Health, IInitiative, Stage, WayOfWorking, Workstream } from '../entities';
import { CORPORATE_PLAN_OUTCOMES, HEALTH, STAGES, WAYS_OF_WORKING, WORKSTREAMS } from '../vocabulary';

/**
 * The Roadmap Board's filter: every view shows the same filtered set.
 *
 * - Facets combine with AND; the values chosen within one facet combine with OR. An empty or missing facet is
 *   not applied. An initiative with no value for an applied facet (no department, say) does not match it.
 * - Ways of working and Corporate Plan outcomes are multi-valued: an initiative matches when it has any chosen value.
 * - Search is case-insensitive over title and description; every word must appear (in either).
 * - Small initiatives (effortMonths below 1) are left out unless includeSmall; an initiative whose effort is
 *   not known is not small.
 */
export interface IRoadmapFilter {
  readonly workstreams?: readonly Workstream[];
  readonly stages?: readonly Stage[];
  readonly waysOfWorking?: readonly WayOfWorking[];
  /** Corporate Plan outcome numbers, as strings ('1'..'12'). */
  readonly outcomes?: readonly string[];
  readonly departmentIds?: readonly number[];
  readonly ownerIds?: readonly number[];
  /** TimeframeLabel values, matched exactly (after trimming). */
  readonly timeframes?: readonly string[];
  readonly mustDo?: MustDoFilter;
  readonly health?: readonly Health[];
  readonly search?: string;
  readonly includeSmall?: boolean;
}

export type MustDoFilter = 'only' | 'exclude';
export const MUST_DO_FILTERS: readonly MustDoFilter[] = ['only', 'exclude'];

/** The facets shown as filter chips (search and includeSmall are not facets). */
export type RoadmapFacet = 'workstreams' | 'stages' | 'waysOfWorking' | 'outcomes' | 'departmentIds' | 'ownerIds' | 'timeframes' | 'mustDo' | 'health';

/** An initiative under one month's effort. Unknown effort is not small. */
export const isSmall = (initiative: IInitiative): boolean => initiative.effortMonths !== undefined && initiative.effortMonths < 1;

const words = (search: string | undefined): string[] => (search ?? '').toLowerCase().split(/\s+/).filter(Boolean);

const chosen = <T>(values: readonly T[] | undefined): values is readonly T[] => values !== undefined && values.length > 0;

const matchesOne = <T>(values: readonly T[] | undefined, value: T | undefined): boolean =>
  !chosen(values) || (value !== undefined && values.includes(value));

const matchesAny = <T>(values: readonly T[] | undefined, present: readonly T[] | undefined): boolean =>
  !chosen(values) || (present ?? []).some((v) => values.includes(v));

const facetTests: { readonly [F in RoadmapFacet]: (item: IInitiative, filter: IRoadmapFilter) => boolean } = {
  workstreams: (i, f) => matchesOne(f.workstreams, i.workstream),
  stages: (i, f) => matchesOne(f.stages, i.stage),
  waysOfWorking: (i, f) => matchesAny(f.waysOfWorking, i.waysOfWorking),
  outcomes: (i, f) => matchesAny(f.outcomes, i.corporatePlanOutcomes),
  departmentIds: (i, f) => matchesOne(f.departmentIds, i.department?.id),
  ownerIds: (i, f) => matchesOne(f.ownerIds, i.owner?.id),
  timeframes: (i, f) => matchesOne(f.timeframes?.map((t) => t.trim()), i.timeframeLabel?.trim()),
  mustDo: (i, f) => f.mustDo === undefined || (f.mustDo === 'only') === Boolean(i.mustDo),
  health: (i, f) => matchesOne(f.health, i.health)
};

const FACETS = Object.keys(facetTests) as RoadmapFacet[];

function matches(item: IInitiative, filter: IRoadmapFilter, skip?: RoadmapFacet): boolean {
  if (!filter.includeSmall && isSmall(item)) return false;
  const searchWords = words(filter.search);
  if (searchWords.length > 0) {
    const text = `${item.title} ${item.description ?? ''}`.toLowerCase();
    if (!searchWords.every((w) => text.includes(w))) return false;
  }
  return FACETS.every((facet) => facet === skip || facetTests[facet](item, filter));
}

/** The initiatives that pass the filter, in their given order. */
export function filterInitiatives(items: readonly IInitiative[], filter: IRoadmapFilter): IInitiative[] {
  return items.filter((item) => matches(item, filter));
}

export interface IFacetCount<V> {
  readonly value: V;
  readonly label: string;
  readonly count: number;
}

export type RoadmapFacetCounts = {
  readonly workstreams: readonly IFacetCount<Workstream>[];
  readonly stages: readonly IFacetCount<Stage>[];
  readonly waysOfWorking: readonly IFacetCount<WayOfWorking>[];
  readonly outcomes: readonly IFacetCount<string>[];
  readonly departmentIds: readonly IFacetCount<number>[];
  readonly ownerIds: readonly IFacetCount<number>[];
  readonly timeframes: readonly IFacetCount<string>[];
  readonly mustDo: readonly IFacetCount<MustDoFilter>[];
  readonly health: readonly IFacetCount<Health>[];
};

function tally<V>(
  items: readonly IInitiative[],
  filter: IRoadmapFilter,
  facet: RoadmapFacet,
  valuesOf: (item: IInitiative) => readonly V[]
): Map<V, number> {
  const counts = new Map<V, number>();
  for (const item of items) {
    if (!matches(item, filter, facet)) continue;
    for (const value of new Set(valuesOf(item))) counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  return counts;
}

/** How an id no item names is shown: "#12". */
const unknownId = (id: number): string => `#${id}`;

/** Every value of a fixed vocabulary, in the vocabulary's order, zero counts included. */
function vocabularyCounts<V extends string>(vocabulary: readonly V[], counts: Map<V, number>): IFacetCount<V>[] {
  return vocabulary.map((value) => ({ value, label: value, count: counts.get(value) ?? 0 }));
}

/** The values found in the items (whatever the filter) plus any chosen ones, by label A-Z. */
function foundCounts<V>(
  items: readonly IInitiative[],
  chosenValues: readonly V[] | undefined,
  counts: Map<V, number>,
  labelOf: (item: IInitiative) => [V, string] | undefined,
  unknownLabel: (value: V) => string
): IFacetCount<V>[] {
  const labels = new Map<V, string>();
  for (const item of items) {
    const found = labelOf(item);
    if (found && !labels.has(found[0])) labels.set(found[0], found[1]);
  }
  for (const value of chosenValues ?? []) if (!labels.has(value)) labels.set(value, unknownLabel(value));
  return [...labels]
    .map(([value, label]) => ({ value, label, count: counts.get(value) ?? 0 }))
    .sort((a, b) => a.label.localeCompare(b.label, 'en-GB', { numeric: true }) || String(a.value).localeCompare(String(b.value)));
}

/**
 * For each facet value, how many initiatives would match if that facet were not applied (all the other facets,
 * the search and the small-initiative rule still are): the number on a filter chip. Vocabulary facets list every
 * value in the vocabulary's order; departments, owners and timeframes list those the items have (and any chosen).
 * An initiative counts once for each of its ways of working and outcomes.
 */
export function facetCounts(items: readonly IInitiative[], filter: IRoadmapFilter): RoadmapFacetCounts {
  const one = <V>(value: V | undefined): V[] => (value === undefined ? [] : [value]);
  const timeframe = (i: IInitiative): string | undefined => i.timeframeLabel?.trim() || undefined;
  return {
    workstreams: vocabularyCounts(WORKSTREAMS, tally(items, filter, 'workstreams', (i) => [i.workstream])),
    stages: vocabularyCounts(STAGES, tally(items, filter, 'stages', (i) => [i.stage])),
    waysOfWorking: vocabularyCounts(WAYS_OF_WORKING, tally(items, filter, 'waysOfWorking', (i) => i.waysOfWorking ?? [])),
    outcomes: vocabularyCounts(CORPORATE_PLAN_OUTCOMES, tally<string>(items, filter, 'outcomes', (i) => i.corporatePlanOutcomes ?? [])),
    departmentIds: foundCounts(
      items,
      filter.departmentIds,
      tally(items, filter, 'departmentIds', (i) => one(i.department?.id)),
      (i) => (i.department ? [i.department.id, i.department.title] : undefined),
      unknownId
    ),
    ownerIds: foundCounts(
      items,
      filter.ownerIds,
      tally(items, filter, 'ownerIds', (i) => one(i.owner?.id)),
      (i) => (i.owner ? [i.owner.id, i.owner.title] : undefined),
      unknownId
    ),
    timeframes: foundCounts(
      items,
      filter.timeframes,
      tally(items, filter, 'timeframes', (i) => one(timeframe(i))),
      (i) => {
        const label = timeframe(i);
        return label ? [label, label] : undefined;
      },
      (label) => label
    ),
    mustDo: (() => {
      const counts = tally(items, filter, 'mustDo', (i): MustDoFilter[] => [i.mustDo ? 'only' : 'exclude']);
      return [
        { value: 'only' as const, label: 'Must-do only', count: counts.get('only') ?? 0 },
        { value: 'exclude' as const, label: 'Not must-do', count: counts.get('exclude') ?? 0 }
      ];
    })(),
    health: vocabularyCounts(HEALTH, tally(items, filter, 'health', (i) => one(i.health)))
  };
}

/** True when the filter would let every initiative through (small ones aside). */
export function isEmptyFilter(filter: IRoadmapFilter): boolean {
  return FACETS.every((facet) => {
    const value = filter[facet];
    return value === undefined || (Array.isArray(value) && value.length === 0);
  }) && words(filter.search).length === 0;
}

/**
 * The filter in words, for print headers and exports: `Workstream: Data & Information Management; Search: "Intune"`.
 * Facets appear in a fixed order, values as chosen, joined by ", ". Departments and owners are named from the
 * items given (falling back to `#id`). An empty filter reads "All initiatives".
 */
export function describeFilter(filter: IRoadmapFilter, items: readonly IInitiative[] = []): string {
  const departments = new Map(items.flatMap((i) => (i.department ? [[i.department.id, i.department.title] as const] : [])));
  const owners = new Map(items.flatMap((i) => (i.owner ? [[i.owner.id, i.owner.title] as const] : [])));
  const named = (names: Map<number, string>) => (id: number): string => names.get(id) || unknownId(id);
  const parts: string[] = [];
  const add = <T>(label: string, values: readonly T[] | undefined, show: (v: T) => string = String): void => {
    if (chosen(values)) parts.push(`${label}: ${values.map(show).join(', ')}`);
  };
  add('Workstream', filter.workstreams);
  add('Stage', filter.stages);
  add('Ways of working', filter.waysOfWorking);
  add('Corporate Plan outcome', filter.outcomes);
  add('Department', filter.departmentIds, named(departments));
  add('Owner', filter.ownerIds, named(owners));
  add('Timeframe', filter.timeframes);
  if (filter.mustDo) parts.push(filter.mustDo === 'only' ? 'Must-do: only' : 'Must-do: excluded');
  add('Health', filter.health);
  const search = filter.search?.trim();
  if (search) parts.push(`Search: "${search}"`);
  if (filter.includeSmall) parts.push("Including initiatives under one month's effort");
  return parts.length > 0 ? parts.join('; ') : 'All initiatives';
}
