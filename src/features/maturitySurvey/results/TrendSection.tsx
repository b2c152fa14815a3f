import * as React from 'react';
import { Dropdown } from '@fluentui/react';
import { IAssessmentRound } from '../../../domain/entities';
import { maturityTrend } from '../../../domain/maturity/trend';
import { useHub } from '../../shared/HubContext';
import { ErrorNotice, Loading } from '../../shared/StatusViews';
import { useAsync } from '../../shared/useAsync';
import { ChartSection } from './ChartSection';
import { useTrendModule } from './lazyCharts';
import { levelCell } from './RadarTable';
import { resultsStyles } from './resultsStyles';
import { TrendFocus, trendLines } from './trendSeries';
import { countedResponses } from '../../../domain/maturity/countedResponses';
import { submittedResponses } from './useResultsData';
import { useElementWidth } from '../../shared/useElementWidth';

export interface ITrendSectionProps {
  /** The model's rounds, oldest first. */
  readonly rounds: readonly IAssessmentRound[];
  readonly dimensions: readonly string[];
  readonly levelCount: number;
}

/** The organisation's level across rounds, overall or for one dimension, as a line chart or a table. */
export const TrendSection: React.FC<ITrendSectionProps> = ({ rounds, dimensions, levelCount }) => {
  const { services, host } = useHub();
  const classes = React.useMemo(() => resultsStyles(host.theme), [host.theme]);
  const [focus, setFocus] = React.useState<TrendFocus>({ kind: 'overall' });
  const [ref, width] = useElementWidth<HTMLDivElement>(600);
  const roundKey = rounds.map((r) => r.id).join(',');
  const trend = useAsync(async () => {
    const lists = await Promise.all(rounds.map((r) => submittedResponses(services, r.id)));
    // The same responses as each round's results count (countedResponses).
    return maturityTrend(rounds, new Map(rounds.map((r, i) => [r.id, countedResponses(lists[i], true).counted])), dimensions, levelCount);
  }, [services, roundKey, dimensions.join('\n'), levelCount]);
  const chartModule = useTrendModule();

  const focusLabel = focus.kind === 'overall' ? 'Organisation overall' : dimensions[focus.index];
  const title = `${focusLabel}: median level by round`;
  const points = trend.value ?? [];
  const lines = trendLines(points, focus);

  const body = (render: () => React.ReactNode) => (): React.ReactNode => {
    if (trend.loading) return <Loading label="Loading earlier rounds…" />;
    if (trend.error !== undefined) return <ErrorNotice error={trend.error} onRetry={trend.reload} />;
    return render();
  };
  const chart = body(() => {
    if (chartModule.loading) return <Loading label="Loading the chart…" />;
    if (chartModule.error !== undefined || !chartModule.value) return <ErrorNotice error={chartModule.error} onRetry={chartModule.reload} />;
    const { TrendChart } = chartModule.value;
    return <TrendChart title={title} rounds={points.map((p) => rounds.find((r) => r.id === p.roundId) ?? { title: p.round })} lines={lines} levelCount={levelCount} width={Math.max(260, width - 26)} />;
  });
  const table = body(() => (
    <div className={classes.scroll} role="region" aria-label={title} tabIndex={0}>
      <table className={classes.table}>
        <caption>{title}</caption>
        <thead>
          <tr>
            <th scope="col">Round</th>
            {lines.map((l) => (
              <th key={l.key} scope="col" className="number">
                {l.label}
              </th>
            ))}
            <th scope="col" className="number">Departments responded</th>
          </tr>
        </thead>
        <tbody>
          {points.map((p, i) => (
            <tr key={p.roundId}>
              <th scope="row">{p.round}</th>
              {lines.map((l) => (
                <td key={l.key} className="number">
                  {p.departments ? levelCell(l.values[i]) : 'No responses'}
                </td>
              ))}
              <td className="number">{p.departments}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  ));

  return (
    <div ref={ref}>
      <ChartSection
        title="Trend across rounds"
        controls={
          <Dropdown
            label="Show the trend for"
            className={classes.picker}
            selectedKey={focus.kind === 'overall' ? 'overall' : String(focus.index)}
            options={[{ key: 'overall', text: 'Organisation overall' }, ...dimensions.map((d, i) => ({ key: String(i), text: d }))]}
            onChange={(_, option) => option && setFocus(option.key === 'overall' ? { kind: 'overall' } : { kind: 'dimension', index: Number(option.key) })}
          />
        }
        chart={chart}
        table={table}
      />
    </div>
  );
};
