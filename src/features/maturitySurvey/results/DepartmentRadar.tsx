import * as React from 'react';
import { Dropdown, Text } from '@fluentui/react';
import { IOrganisationRollup } from '../../../domain/maturity/rollup';
import { isAtLevel } from '../../../domain/maturity/resultsWording';
import { useHub } from '../../shared/HubContext';
import { ErrorNotice, Loading } from '../../shared/StatusViews';
import { ChartSection } from './ChartSection';
import { useRadarModule } from './lazyCharts';
import { radarSeries } from './radarSeries';
import { RadarTable } from './RadarTable';
import { resultsStyles } from './resultsStyles';

export interface IDepartmentRadarProps {
  /** The round's results with real department names (never shown for other departments when anonymised). */
  readonly result: IOrganisationRollup;
  readonly levelNames: readonly string[];
  readonly anonymise: boolean;
  readonly ownDepartmentIds: readonly number[];
}

/**
 * Per department: current versus target versus the organisation median. When results are anonymised, only the
 * viewer's own departments (the ones they responded for) are offered, by name.
 */
export const DepartmentRadar: React.FC<IDepartmentRadarProps> = ({ result, levelNames, anonymise, ownDepartmentIds }) => {
  const { host } = useHub();
  const classes = React.useMemo(() => resultsStyles(host.theme), [host.theme]);
  const offered = result.departments.filter((d) => !anonymise || ownDepartmentIds.includes(d.departmentId));
  const preferred = offered.find((d) => ownDepartmentIds.includes(d.departmentId)) ?? offered[0];
  const [chosenId, setChosenId] = React.useState<number | undefined>(preferred?.departmentId);
  const department = offered.find((d) => d.departmentId === chosenId) ?? preferred;
  const radar = useRadarModule();

  if (!department) {
    return (
      <ChartSection title="Your department" hasChart={false} chart={() => null} table={() => null}>
        <Text className={classes.subtle}>
          {"Results are anonymised, so departments are not named. Once you submit your own department's assessment, its radar appears here."}
        </Text>
      </ChartSection>
    );
  }
  const series = radarSeries(department, result);
  const title = `${department.department}: current and target levels against the organisation median`;
  const overall = department.overall.current;
  const picker =
    offered.length > 1 ? (
      <Dropdown
        label="Department"
        className={classes.picker}
        selectedKey={department.departmentId}
        options={offered.map((d) => ({ key: d.departmentId, text: d.department }))}
        onChange={(_, option) => option && setChosenId(Number(option.key))}
      />
    ) : undefined;
  const chart = (): React.ReactNode => {
    if (radar.loading) return <Loading label="Loading the chart…" />;
    if (radar.error !== undefined || !radar.value) return <ErrorNotice error={radar.error} onRetry={radar.reload} />;
    const { RadarChart } = radar.value;
    return <RadarChart title={title} dimensions={result.dimensions} series={series} levelCount={result.levelCount} levelNames={levelNames} />;
  };
  return (
    <ChartSection
      title={offered.length > 1 || !anonymise ? 'By department' : `Your department: ${department.department}`}
      controls={
        <>
          {picker}
          <Text className={classes.subtle}>
            {`${department.department} ${overall === undefined ? 'has no level yet' : isAtLevel(overall, levelNames)}` +
              (department.responses > 1 ? ` (the median of ${department.responses} managers' answers).` : '.')}
          </Text>
        </>
      }
      hasChart={result.dimensions.length >= 3}
      chart={chart}
      table={() => <RadarTable caption={title} dimensions={result.dimensions} series={series} className={classes.table} scrollClassName={classes.scroll} />}
    />
  );
};
