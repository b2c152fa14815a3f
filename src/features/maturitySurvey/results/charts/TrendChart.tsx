import * as React from 'react';
import { ILineChartPoints, LineChart } from '@fluentui/react-charting';
import { formatLevel } from '../../../../domain/maturity/resultsWording';
import { useHub } from '../../../shared/HubContext';
import { ITrendLine } from '../trendSeries';

/**
 * The organisation's level across rounds (react-charting's LineChart): current and target medians, told apart
 * by line style and marker shape as well as colour, with the rounds' titles on the x axis. Each point is
 * keyboard reachable in LineChart's own focus order and announces its round and level.
 */

export interface ITrendChartProps {
  readonly title: string;
  readonly rounds: readonly { readonly title: string; readonly opensOn?: string }[];
  readonly lines: readonly ITrendLine[];
  readonly levelCount: number;
  readonly width: number;
}

/** A date per round for the x axis (its opening date; a round without one a year after the previous). */
function roundDates(rounds: ITrendChartProps['rounds']): Date[] {
  const dates: Date[] = [];
  rounds.forEach((round, i) => {
    const own = round.opensOn ? new Date(round.opensOn) : undefined;
    const previous = dates[i - 1];
    const next = own && (!previous || own > previous) ? own : new Date((previous ?? new Date(2000, 0, 1)).getTime() + 365 * 86400000);
    dates.push(next);
  });
  return dates;
}

export const TrendChart: React.FC<ITrendChartProps> = ({ title, rounds, lines, levelCount, width }) => {
  const { host } = useHub();
  const theme = host.theme;
  const dates = React.useMemo(() => roundDates(rounds), [rounds]);
  const titleByTime = new Map(dates.map((d, i) => [d.getTime(), rounds[i].title]));
  const data: ILineChartPoints[] = lines.map((line) => ({
    legend: line.label,
    color: line.key === 'current' ? theme.palette.themePrimary : theme.semanticColors.bodyText,
    lineOptions: line.key === 'target' ? { strokeDasharray: '7 4', strokeWidth: 2 } : { strokeWidth: 3 },
    data: line.values
      .map((value, i) => ({ value, i }))
      .filter((p): p is { value: number; i: number } => p.value !== undefined)
      .map(({ value, i }) => ({
        x: dates[i],
        y: value,
        xAxisCalloutData: rounds[i].title,
        yAxisCalloutData: formatLevel(value),
        callOutAccessibilityData: { ariaLabel: `${rounds[i].title}, ${line.label}: ${formatLevel(value)}` }
      }))
  }));
  return (
    <LineChart
      data={{ chartTitle: title, lineChartData: data }}
      width={width}
      height={260}
      yMinValue={0}
      yMaxValue={levelCount}
      yAxisTickCount={levelCount}
      tickValues={dates}
      customDateTimeFormatter={(date: Date) => titleByTime.get(date.getTime()) ?? ''}
      allowMultipleShapesForPoints
      legendProps={{ allowFocusOnLegends: true, canSelectMultipleLegends: false, enabledWrapLines: true }}
      theme={theme}
      margins={{ left: 40, right: 24, top: 20, bottom: 36 }}
    />
  );
};
