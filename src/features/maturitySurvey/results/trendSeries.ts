import { ITrendPoint } from '../../../domain/maturity/trend';

/** What the trend shows: the organisation overall, or one dimension. */
export type TrendFocus = { readonly kind: 'overall' } | { readonly kind: 'dimension'; readonly index: number };

export interface ITrendLine {
  readonly key: 'current' | 'target';
  readonly label: string;
  /** One value per round, in round order. */
  readonly values: readonly (number | undefined)[];
}

/** The two lines (current and target) the trend chart and its table show, with the same numbers. */
export function trendLines(points: readonly ITrendPoint[], focus: TrendFocus): ITrendLine[] {
  const pair = (p: ITrendPoint): { current?: number; target?: number } => (focus.kind === 'overall' ? p.overall : p.byDimension[focus.index] ?? {});
  return [
    { key: 'current', label: 'Current level (median)', values: points.map((p) => pair(p).current) },
    { key: 'target', label: 'Target level (median)', values: points.map((p) => pair(p).target) }
  ];
}
