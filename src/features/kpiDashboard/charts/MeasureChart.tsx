import * as React from 'react';
import { ILineChartPoints, LineChart } from '@fluentui/react-charting';
import { useTheme } from '@fluentui/react';
import { formatValue } from '../../../domain/kpi/scorecard';

export interface IMeasureChartPoint {
  readonly label: string;
  readonly periodStart: string;
  readonly value?: number;
  readonly target?: number;
  /** The amber band's edge away from the target (below it when higher is better, above when lower is). */
  readonly bandEdge?: number;
}

export interface IMeasureChartProps {
  readonly title: string;
  readonly unit: string;
  readonly points: readonly IMeasureChartPoint[];
  readonly width: number;
}

/**
 * A measure's history (react-charting's LineChart): the values as a solid line with markers, the target as a dashed
 * line and the tolerance band's far edge as a dotted line, told apart by line style as well as colour. The same
 * figures are in the table beside it.
 */
export const MeasureChart: React.FC<IMeasureChartProps> = ({ title, unit, points, width }) => {
  const theme = useTheme();
  const at = (p: IMeasureChartPoint): Date => new Date(`${p.periodStart}T00:00:00Z`);
  const series = (legend: string, pick: (p: IMeasureChartPoint) => number | undefined, color: string, lineOptions: ILineChartPoints['lineOptions']): ILineChartPoints => ({
    legend,
    color,
    lineOptions,
    data: points
      .filter((p) => pick(p) !== undefined)
      .map((p) => ({
        x: at(p),
        y: pick(p) as number,
        xAxisCalloutData: p.label,
        yAxisCalloutData: formatValue(pick(p), unit),
        callOutAccessibilityData: { ariaLabel: `${p.label}, ${legend}: ${formatValue(pick(p), unit)}` }
      }))
  });
  const data = [
    series('Value', (p) => p.value, theme.palette.themePrimary, { strokeWidth: 3 }),
    series('Target', (p) => p.target, theme.semanticColors.bodyText, { strokeDasharray: '7 4', strokeWidth: 2 }),
    series('Edge of tolerance band', (p) => p.bandEdge, theme.semanticColors.bodySubtext, { strokeDasharray: '2 3', strokeWidth: 2 })
  ].filter((s) => s.data.length > 0);
  const labels = new Map(points.map((p) => [at(p).getTime(), p.label]));
  return (
    <LineChart
      data={{ chartTitle: title, lineChartData: data }}
      width={width}
      height={240}
      tickValues={points.map(at)}
      customDateTimeFormatter={(date: Date) => labels.get(date.getTime()) ?? ''}
      allowMultipleShapesForPoints
      legendProps={{ allowFocusOnLegends: true, canSelectMultipleLegends: false, enabledWrapLines: true }}
      theme={theme}
      margins={{ left: 48, right: 24, top: 20, bottom: 36 }}
    />
  );
};
