import * as React from 'react';
import { ChoiceGroup, DefaultButton } from '@fluentui/react';
import { activityCount, activeChampionCount, peopleReached } from '../../../domain/champions/figures';
import { IPeriod } from '../../../domain/champions/periods';
import { ReportDimension, reportBy, reportCsv } from '../../../domain/champions/reports';
import { ILookupRef } from '../../../domain/entities';
import { BrokenItemsNotice } from '../../shared/BrokenItems';
import { downloadText } from '../../shared/download';
import { useHub } from '../../shared/HubContext';
import { ErrorNotice, Loading } from '../../shared/StatusViews';
import { useAsync } from '../../shared/useAsync';
import { ChampionsClasses } from '../championsStyles';
import { PeriodPicker } from './PeriodPicker';

const HEADINGS: Record<ReportDimension, string> = { month: 'Month', type: 'Activity type', department: 'Department', way: 'Way of working' };

export interface IReportsViewProps {
  readonly classes: ChampionsClasses;
  readonly period: IPeriod;
  readonly onPeriod: (period: IPeriod) => void;
  readonly departments: readonly ILookupRef[];
}

/** Activities and people reached by month, type, department or way of working, for a period, with CSV export. */
export const ReportsView: React.FC<IReportsViewProps> = ({ classes, period, onPeriod, departments }) => {
  const { services } = useHub();
  const [dimension, setDimension] = React.useState<ReportDimension>('month');
  const state = useAsync(() => services.championsData.period(period.start, period.end), [services, period.key]);
  const names = React.useMemo(() => new Map(departments.map((d) => [d.id, d.title])), [departments]);
  const rows = React.useMemo(
    () => (state.value ? reportBy(state.value.activities, dimension, (id) => (id === undefined ? 'Not recorded' : names.get(id) ?? 'Not recorded')) : []),
    [state.value, dimension, names]
  );
  return (
    <div>
      <div className={classes.row}>
        <PeriodPicker classes={classes} period={period} onChange={onPeriod} />
        <ChoiceGroup
          label="Group by"
          selectedKey={dimension}
          onChange={(_, o) => o && setDimension(o.key as ReportDimension)}
          options={(Object.keys(HEADINGS) as ReportDimension[]).map((k) => ({ key: k, text: HEADINGS[k] }))}
          styles={{ flexContainer: { display: 'flex', flexWrap: 'wrap', gap: 12 } }}
        />
      </div>
      {state.loading && <Loading label="Building the report…" />}
      {state.error !== undefined && <ErrorNotice error={state.error} onRetry={state.reload} />}
      {state.value && !state.loading && (
        <>
          <BrokenItemsNotice items={state.value.brokenActivities ?? []} noun="activity" plural="activities" effect="counts without the values that could not be read" />
          <div className={classes.stats} role="group" aria-label="Network figures">
            <div className={classes.stat}>
              <span className={classes.statValue}>{activeChampionCount(state.value.champions)}</span>
              <span className={classes.statLabel}>active champions now</span>
            </div>
            <div className={classes.stat}>
              <span className={classes.statValue}>{activityCount(state.value.activities)}</span>
              <span className={classes.statLabel}>activities</span>
            </div>
            <div className={classes.stat}>
              <span className={classes.statValue}>{peopleReached(state.value.activities)}</span>
              <span className={classes.statLabel}>people reached</span>
            </div>
          </div>
          <DefaultButton
            iconProps={{ iconName: 'Download' }}
            text="Export CSV"
            onClick={() => downloadText(`champions-${HEADINGS[dimension].toLowerCase().replace(/ /g, '-')}-${period.key.replace(/ /g, '-')}.csv`, reportCsv(HEADINGS[dimension], rows))}
          />
          <div className={classes.tableWrap} style={{ marginTop: 8 }} tabIndex={0} role="region" aria-label="Report">
            <table className={classes.table} aria-label={`Activities by ${HEADINGS[dimension].toLowerCase()}, ${period.label}`}>
              <thead>
                <tr>
                  <th scope="col">{HEADINGS[dimension]}</th>
                  <th scope="col" className="num">
                    Activities
                  </th>
                  <th scope="col" className="num">
                    People reached
                  </th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={r.key}>
                    <th scope="row" style={{ fontWeight: 400 }}>
                      {r.key}
                    </th>
                    <td className="num">{r.activities}</td>
                    <td className="num">{r.peopleReached}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </div>
  );
};
