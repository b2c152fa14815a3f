import { IInitiative } from '../entities';
import { corporatePlanOutcomeLabel } from '../vocabulary';
import { IRoadmapFilter, RoadmapFacet } from './roadmapFilter';

/**
 * The active filter as chips a person can remove one by one, and the changes the Filters panel makes.
 *
 * One chip per chosen value (in the facets' fixed order, values as chosen), then one for the search and one for
 * "including small initiatives". Departments and owners are named from the initiatives given ("#id" when none
 * names them).
 */
export type FilterChipKey = RoadmapFacet | 'search' | 'includeSmall';

export interface IFilterChip {
  readonly key: FilterChipKey;
  /** The chosen value the chip stands for (undefined for search and includeSmall). */
  readonly value?: string | number;
  /** "Workstream: Data & Information Management". */
  readonly label: string;
}

export const FACET_LABELS: { readonly [F in RoadmapFacet]: string } = {
  workstreams: 'Workstream',
  stages: 'Stage',
  waysOfWorking: 'Ways of working',
  outcomes: 'Corporate Plan outcome',
  departmentIds: 'Department',
  ownerIds: 'Owner',
  timeframes: 'Timeframe',
  mustDo: 'Must do',
  health: 'Health'
};

type ListFacet = Exclude<RoadmapFacet, 'mustDo'>;
const LIST_FACETS: readonly ListFacet[] = ['workstreams', 'stages', 'waysOfWorking', 'outcomes', 'departmentIds', 'ownerIds', 'timeframes'];

export function filterChips(filter: IRoadmapFilter, items: readonly IInitiative[] = []): IFilterChip[] {
  const names = new Map<string, string>();
  for (const item of items) {
    if (item.department) names.set(`departmentIds:${item.department.id}`, item.department.title);
    if (item.owner) names.set(`ownerIds:${item.owner.id}`, item.owner.title);
  }
  const chips: IFilterChip[] = [];
  const add = (facet: ListFacet): void => {
    for (const value of (filter[facet] ?? []) as readonly (string | number)[]) {
      const shown = typeof value === 'number' ? names.get(`${facet}:${value}`) || `#${value}` : facet === 'outcomes' ? corporatePlanOutcomeLabel(value) : value;
      chips.push({ key: facet, value, label: `${FACET_LABELS[facet]}: ${shown}` });
    }
  };
  LIST_FACETS.forEach(add);
  if (filter.mustDo) chips.push({ key: 'mustDo', value: filter.mustDo, label: filter.mustDo === 'only' ? 'Must do: only' : 'Must do: excluded' });
  for (const value of filter.health ?? []) chips.push({ key: 'health', value, label: `Health: ${value}` });
  const search = filter.search?.trim();
  if (search) chips.push({ key: 'search', label: `Search: "${search}"` });
  if (filter.includeSmall) chips.push({ key: 'includeSmall', label: "Including initiatives under one month's effort" });
  return chips;
}

const without = <T>(values: readonly T[] | undefined, value: T): T[] | undefined => {
  const left = (values ?? []).filter((v) => v !== value);
  return left.length > 0 ? left : undefined;
};

/** The filter without the chip's value (an emptied facet is removed). */
export function removeChip(filter: IRoadmapFilter, chip: IFilterChip): IRoadmapFilter {
  const next: Record<string, unknown> = { ...filter };
  if (chip.key === 'search' || chip.key === 'includeSmall' || chip.key === 'mustDo') delete next[chip.key];
  else next[chip.key] = without(filter[chip.key] as readonly unknown[] | undefined, chip.value);
  if (next[chip.key] === undefined) delete next[chip.key];
  return next as IRoadmapFilter;
}

/** The filter with one value of a list facet switched on or off (a ticked or unticked box). */
export function toggleFacetValue<F extends ListFacet | 'health'>(
  filter: IRoadmapFilter,
  facet: F,
  value: NonNullable<IRoadmapFilter[F]>[number],
  on: boolean
): IRoadmapFilter {
  const current = (filter[facet] ?? []) as readonly unknown[];
  const values = on ? (current.includes(value) ? current : [...current, value]) : current.filter((v) => v !== value);
  const next: Record<string, unknown> = { ...filter, [facet]: values };
  if (values.length === 0) delete next[facet];
  return next as IRoadmapFilter;
}

/** Every facet and the search cleared; whether small initiatives are included is kept. */
export function clearedFilter(filter: IRoadmapFilter): IRoadmapFilter {
  return filter.includeSmall ? { includeSmall: true } : {};
}
