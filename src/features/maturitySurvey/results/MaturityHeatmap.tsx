import * as React from 'react';
import { ChoiceGroup, IChoiceGroupOption, mergeStyleSets } from '@fluentui/react';
import { ILevelPair, IOrganisationRollup } from '../../../domain/maturity/rollup';
import { formatLevel } from '../../../domain/maturity/resultsWording';
import { useHub } from '../../shared/HubContext';
import { ChartSection } from './ChartSection';
import { cellColours } from './levelColours';
import { levelCell } from './RadarTable';
import { resultsStyles } from './resultsStyles';

/**
 * The organisation heatmap: departments (rows) by dimensions (columns), each cell printing its level (or gap) on
 * a background shaded from the theme, so colour is never the only signal. It is a real table (headers for rows
 * and columns); "Show as table" gives a plain list of every department and dimension with current, target and gap.
 */

type Measure = 'current' | 'target' | 'gap';

const MEASURES: IChoiceGroupOption[] = [
  { key: 'current', text: 'Current level' },
  { key: 'target', text: 'Target level' },
  { key: 'gap', text: 'Gap to target' }
];

const valueOf = (pair: ILevelPair, measure: Measure): number | undefined => {
  if (measure !== 'gap') return pair[measure];
  return pair.current !== undefined && pair.target !== undefined ? pair.target - pair.current : undefined;
};

export const MaturityHeatmap: React.FC<{ result: IOrganisationRollup }> = ({ result }) => {
  const { host } = useHub();
  const theme = host.theme;
  const classes = React.useMemo(() => resultsStyles(theme), [theme]);
  const [measure, setMeasure] = React.useState<Measure>('current');
  const grid = React.useMemo(
    () =>
      mergeStyleSets({
        table: { selectors: { 'td.cell': { textAlign: 'center', fontWeight: 600, minWidth: 36, fontVariantNumeric: 'tabular-nums' }, 'th[scope=col]': { fontSize: 13 } } },
        summary: { selectors: { th: { fontWeight: 600 }, td: { borderTopWidth: 3 } } }
      }),
    []
  );
  const span = Math.max(1, result.levelCount - 1);
  const share = (value: number): number => (measure === 'gap' ? value / span : (value - 1) / span);
  const caption = `${MEASURES.find((m) => m.key === measure)?.text} by department and dimension`;

  const cell = (pair: ILevelPair, key: string): React.ReactElement => {
    const value = valueOf(pair, measure);
    if (value === undefined) {
      return (
        <td key={key} className="cell">
          <span aria-hidden="true">–</span>
          <span className={classes.hidden}>Not answered</span>
        </td>
      );
    }
    const colours = cellColours(theme, share(Math.max(0, value)));
    return (
      <td key={key} className="cell" style={{ background: colours.background, color: colours.text }}>
        {formatLevel(value)}
      </td>
    );
  };

  const heatmap = (): React.ReactNode => (
    <div className={classes.scroll} role="region" aria-label={caption} tabIndex={0}>
      <table className={`${classes.table} ${grid.table}`}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Department</th>
            {result.dimensions.map((d) => (
              <th key={d} scope="col">
                {d}
              </th>
            ))}
            <th scope="col">Overall</th>
          </tr>
        </thead>
        <tbody>
          {result.departments.map((department) => (
            <tr key={department.departmentId}>
              <th scope="row">{department.department}</th>
              {department.levels.map((pair, i) => cell(pair, String(i)))}
              {cell(department.overall, 'overall')}
            </tr>
          ))}
          <tr className={grid.summary}>
            <th scope="row">Organisation median</th>
            {result.byDimension.map((pair, i) => cell(pair, String(i)))}
            {cell(result.overall, 'overall')}
          </tr>
        </tbody>
      </table>
    </div>
  );

  const table = (): React.ReactNode => (
    <div className={classes.scroll} role="region" aria-label="Levels by department and dimension" tabIndex={0}>
      <table className={classes.table}>
        <caption>Levels by department and dimension</caption>
        <thead>
          <tr>
            <th scope="col">Department</th>
            <th scope="col">Dimension</th>
            <th scope="col" className="number">Current</th>
            <th scope="col" className="number">Target</th>
            <th scope="col" className="number">Gap</th>
          </tr>
        </thead>
        <tbody>
          {result.departments.flatMap((department) =>
            result.dimensions.map((dimension, i) => {
              const pair = department.levels[i];
              const gap = valueOf(pair, 'gap');
              return (
                <tr key={`${department.departmentId}-${i}`}>
                  <th scope="row">{department.department}</th>
                  <td>{dimension}</td>
                  <td className="number">{levelCell(pair.current)}</td>
                  <td className="number">{levelCell(pair.target)}</td>
                  <td className="number">{gap === undefined ? '' : formatLevel(gap)}</td>
                </tr>
              );
            })
          )}
        </tbody>
      </table>
    </div>
  );

  return (
    <ChartSection
      title="Organisation heatmap"
      controls={(showingTable) =>
        !showingTable && (
        <ChoiceGroup
          label="Show"
          selectedKey={measure}
          options={MEASURES}
          onChange={(_, option) => option && setMeasure(option.key as Measure)}
          styles={{ flexContainer: { display: 'flex', flexWrap: 'wrap', columnGap: '16px' } }}
        />
        )
      }
      chart={heatmap}
      table={table}
    />
  );
};
