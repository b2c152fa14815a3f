import * as React from 'react';
import { ActionButton, Checkbox, ChoiceGroup, DefaultButton, mergeStyleSets, Panel, PanelType, PrimaryButton, Stack, Toggle, useTheme } from '@fluentui/react';
import { Workstream } from '../../../domain/entities';
import { clearedFilter, FACET_LABELS, IFacetCount, IRoadmapFilter, MustDoFilter, RoadmapFacetCounts, toggleFacetValue } from '../../../domain/roadmap';
import { corporatePlanOutcomeLabel } from '../../../domain/vocabulary';
import { plural } from '../../shared/format';

type CheckboxFacet = 'workstreams' | 'stages' | 'waysOfWorking' | 'outcomes' | 'departmentIds' | 'ownerIds' | 'timeframes' | 'health';

export interface IFilterPanelProps {
  readonly isOpen: boolean;
  readonly filter: IRoadmapFilter;
  readonly counts: RoadmapFacetCounts;
  /** The workstreams this web part shows (all when empty). */
  readonly workstreams: readonly Workstream[];
  /** How many initiatives the filter lets through now. */
  readonly matching: number;
  onChange(filter: IRoadmapFilter): void;
  onDismiss(): void;
}

const SECTIONS: readonly { readonly facet: CheckboxFacet; readonly columns?: number }[] = [
  { facet: 'workstreams' },
  { facet: 'stages' },
  { facet: 'waysOfWorking' },
  { facet: 'outcomes', columns: 2 },
  { facet: 'health' },
  { facet: 'departmentIds' },
  { facet: 'ownerIds' },
  { facet: 'timeframes', columns: 2 }
];

const EMPTY_NOTE: Partial<Record<CheckboxFacet, string>> = {
  departmentIds: 'No initiative names a department yet.',
  ownerIds: 'No initiative names an owner yet.',
  timeframes: 'No initiative has a timeframe yet.'
};

const sectionLabel = (facet: CheckboxFacet): string => (facet === 'outcomes' ? 'Corporate Plan outcome' : FACET_LABELS[facet]);
const valueLabel = (facet: CheckboxFacet, value: IFacetCount<string | number>): string => (facet === 'outcomes' ? corporatePlanOutcomeLabel(String(value.value)) : value.label);

/** Values that would show nothing (and are not chosen) go last, behind a "Show more" in each section. */
const splitEmpty = (values: readonly IFacetCount<string | number>[], isChecked: (v: string | number) => boolean): [IFacetCount<string | number>[], IFacetCount<string | number>[]] => [
  values.filter((v) => v.count > 0 || isChecked(v.value)),
  values.filter((v) => v.count === 0 && !isChecked(v.value))
];

/** Every facet of the filter, with how many initiatives each value would show; changes apply as they are made. */
export const FilterPanel: React.FC<IFilterPanelProps> = ({ isOpen, filter, counts, workstreams, matching, onChange, onDismiss }) => {
  const theme = useTheme();
  const classes = React.useMemo(
    () =>
      mergeStyleSets({
        fieldset: { border: 0, margin: '0 0 20px', padding: 0, minWidth: 0 },
        legend: { fontWeight: 600, fontSize: 14, padding: '0 0 8px', color: theme.semanticColors.bodyText },
        options: { display: 'grid', gap: 8 },
        note: { color: theme.semanticColors.bodySubtext, fontSize: 13, display: 'block' },
        more: { height: 28, padding: 0, marginTop: 4 }
      }),
    [theme]
  );
  const valuesOf = (facet: CheckboxFacet): readonly IFacetCount<string | number>[] => {
    const values = counts[facet] as readonly IFacetCount<string | number>[];
    if (facet !== 'workstreams' || workstreams.length === 0) return values;
    return values.filter((v) => (workstreams as readonly (string | number)[]).includes(v.value));
  };
  const isChecked = (facet: CheckboxFacet, value: string | number): boolean => ((filter[facet] ?? []) as readonly (string | number)[]).includes(value);
  const [showingEmpty, setShowingEmpty] = React.useState<ReadonlySet<CheckboxFacet>>(new Set());
  const toggleEmpty = (facet: CheckboxFacet): void =>
    setShowingEmpty((shown) => {
      const next = new Set(shown);
      if (next.has(facet)) next.delete(facet);
      else next.add(facet);
      return next;
    });
  const mustDoCounts = new Map(counts.mustDo.map((c) => [c.value, c.count]));
  const footer = (): JSX.Element => (
    <Stack horizontal wrap tokens={{ childrenGap: 8 }}>
      <PrimaryButton text={`Show ${plural(matching, 'initiative')}`} onClick={onDismiss} />
      <DefaultButton text="Clear filters" onClick={() => onChange(clearedFilter(filter))} />
    </Stack>
  );
  return (
    <Panel
      isOpen={isOpen}
      onDismiss={onDismiss}
      type={PanelType.smallFixedFar}
      headerText="Filters"
      closeButtonAriaLabel="Close filters"
      isLightDismiss
      isFooterAtBottom
      onRenderFooterContent={footer}
    >
      <Stack tokens={{ childrenGap: 4 }} styles={{ root: { paddingTop: 12 } }}>
        {SECTIONS.map(({ facet, columns }) => {
          const [withItems, empty] = splitEmpty(valuesOf(facet), (v) => isChecked(facet, v));
          const shown = showingEmpty.has(facet) ? [...withItems, ...empty] : withItems;
          const checkbox = (v: IFacetCount<string | number>): JSX.Element => (
            <Checkbox
              key={String(v.value)}
              label={`${valueLabel(facet, v)} (${v.count})`}
              checked={isChecked(facet, v.value)}
              onChange={(_e, on) => onChange(toggleFacetValue(filter, facet, v.value as never, Boolean(on)))}
            />
          );
          return (
            <fieldset key={facet} className={classes.fieldset}>
              <legend className={classes.legend}>{sectionLabel(facet)}</legend>
              {withItems.length === 0 && empty.length === 0 && <span className={classes.note}>{EMPTY_NOTE[facet]}</span>}
              {withItems.length === 0 && empty.length > 0 && <span className={classes.note}>No initiative in this view has one yet.</span>}
              {shown.length > 0 && (
                <div className={classes.options} style={columns && facet !== 'outcomes' ? { gridTemplateColumns: `repeat(${columns}, minmax(0, 1fr))` } : undefined}>
                  {shown.map(checkbox)}
                </div>
              )}
              {empty.length > 0 && (
                <ActionButton className={classes.more} aria-expanded={showingEmpty.has(facet)} onClick={() => toggleEmpty(facet)}>
                  {showingEmpty.has(facet) ? `Hide the ${empty.length} with no initiatives` : `Show ${empty.length} more with no initiatives`}
                </ActionButton>
              )}
            </fieldset>
          );
        })}
        <ChoiceGroup
          label="Must do"
          selectedKey={filter.mustDo ?? 'all'}
          onChange={(_e, option) => {
            const mustDo = option?.key === 'all' ? undefined : (option?.key as MustDoFilter);
            const next: Record<string, unknown> = { ...filter, mustDo };
            if (!mustDo) delete next.mustDo;
            onChange(next as IRoadmapFilter);
          }}
          options={[
            { key: 'all', text: 'All initiatives' },
            { key: 'only', text: `Must-do only (${mustDoCounts.get('only') ?? 0})` },
            { key: 'exclude', text: `Not must-do (${mustDoCounts.get('exclude') ?? 0})` }
          ]}
          styles={{ root: { marginBottom: 20 } }}
        />
        <Toggle
          label="Initiatives under one month's effort"
          onText="Shown"
          offText="Left out (as the roadmap does)"
          checked={Boolean(filter.includeSmall)}
          onChange={(_e, on) => {
            const next: Record<string, unknown> = { ...filter, includeSmall: Boolean(on) };
            if (!on) delete next.includeSmall;
            onChange(next as IRoadmapFilter);
          }}
        />
      </Stack>
    </Panel>
  );
};
