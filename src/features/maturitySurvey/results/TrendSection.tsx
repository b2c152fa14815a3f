import * as React from 'react';
import { Dropdown } from '@fluentui/react';
import { IAssessmentRound } from '../../../domain/entities';
import { trendFromResults } from '../../../domain/maturity/trend';
import { useHub } from '../../shared/HubContext';
import { ErrorNotice, Loading } from '../../shared/StatusViews';
import { useAsync } from '../../shared/useAsync';
import { ChartSection } from './ChartSection';
import { useTrendModule } from './lazyCharts';
import { levelCell } from './RadarTable';
import { resultsStyles } from './resultsStyles';
import { TrendFocus, trendLines } from './trendSeries';
import { roundResultsFor } from './useResultsData';
import { useElementWidth } from '../../shared/useElementWidth';

export interface ITrendSectionProps {
  /** The model's rounds, oldest first. */
  readonly rounds: readonly IAssessmentRound[];
  readonly dimensions: readonly string[];
  readonly levelCount: number;
  /** The viewer is the programme office (sees an open round's live results). */
  readonly office: boolean;
}

/** The organisation's level across rounds, overall or for one dimension, as a line chart or a table. */
export const TrendSection: React.FC<ITrendSectionProps> = ({ rounds, dimensions, levelCount, office }) => {
  const { services, host } = useHub();
  const classes = React.useMemo(() => resultsStyles(host.theme), [host.theme]);
  const [focus, setFocus] = React.useState<TrendFocus>({ kind: 'overall' });
  const [ref, width] = useElementWidth<HTMLDivElement>(600);
  const roundKey = rounds.map((r) => `${r.id}:${r.status}`).join(',');
  const trend = useAsync(async () => {
    // Only organisation-wide results make a trend point: closed rounds' snapshots, and open rounds for the programme office.
    const results = await Promise.all(rounds.map((r) => roundResultsFor(services, r, dimensions, levelCount, office)));
    const wide = results.map((r) => (r.source === 'snapshot' || r.source === 'live' ? r.result : undefined));
    return trendFromResults(rounds, new Map(rounds.map((r, i) => [r.id, wide[i]])));
  }, [services, roundKey, dimensions.join('\n'), levelCount, office]);
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
                  {p.shown === false ? 'Shown when the round closes' : p.departments ? levelCell(l.values[i]) : 'No responses'}
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
