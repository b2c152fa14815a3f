import * as React from 'react';
import { ChoiceGroup } from '@fluentui/react';
import { buildLeaderboard } from '../../../domain/champions/leaderboard';
import { leaderboardPeople, scorePeriod } from '../../../domain/champions/network';
import { IPeriod } from '../../../domain/champions/periods';
import { BrokenItemsNotice } from '../../shared/BrokenItems';
import { plural } from '../../shared/format';
import { useHub } from '../../shared/HubContext';
import { ErrorNotice, Loading } from '../../shared/StatusViews';
import { useAsync } from '../../shared/useAsync';
import { ChampionsClasses } from '../championsStyles';
import { PeriodPicker } from './PeriodPicker';

export interface ILeaderboardViewProps {
  readonly classes: ChampionsClasses;
  readonly period: IPeriod;
  readonly onPeriod: (period: IPeriod) => void;
}

/**
 * The leaderboard for a quarter, a financial year or all time, by champion and by department. Champions who opted
 * out are not named, but their work counts for their department and in the totals.
 */
export const LeaderboardView: React.FC<ILeaderboardViewProps> = ({ classes, period, onPeriod }) => {
  const { services } = useHub();
  const [by, setBy] = React.useState<'champion' | 'department'>('champion');
  const state = useAsync(() => services.championsData.period(period.start, period.end), [services, period.key]);
  const board = React.useMemo(() => (state.value ? buildLeaderboard(scorePeriod(state.value), leaderboardPeople(state.value)) : undefined), [state.value]);
  return (
    <div>
      <div className={classes.row}>
        <PeriodPicker classes={classes} period={period} onChange={onPeriod} />
        <ChoiceGroup
          label="Rank"
          selectedKey={by}
          onChange={(_, o) => o && setBy(o.key as 'champion' | 'department')}
          options={[
            { key: 'champion', text: 'Champions' },
            { key: 'department', text: 'Departments' }
          ]}
          styles={{ flexContainer: { display: 'flex', gap: 12 } }}
        />
      </div>
      {state.loading && <Loading label="Counting points…" />}
      {state.error !== undefined && <ErrorNotice error={state.error} onRetry={state.reload} />}
      {board && !state.loading && (
        <>
          <BrokenItemsNotice items={state.value?.brokenActivities ?? []} noun="activity" plural="activities" effect="counts without the values that could not be read" />
          <p>
            {plural(board.totals.activities, 'activity', 'activities')}, {plural(board.totals.points, 'point')} and{' '}
            {plural(board.totals.peopleReached, 'person', 'people')} reached in {period.kind === 'all' ? 'all' : period.key}.
            {board.optedOut > 0 && ` ${plural(board.optedOut, 'champion')} chose not to be named; their work counts for their department.`}
          </p>
          {!board.totals.activities ? (
            <p>No activities were logged in this period.</p>
          ) : (
            <div className={classes.tableWrap} tabIndex={0} role="region" aria-label="Leaderboard">
              <table className={classes.table} aria-label={`Leaderboard by ${by}, ${period.label}`}>
                <thead>
                  <tr>
                    <th scope="col" className="num">
                      Rank
                    </th>
                    <th scope="col">{by === 'champion' ? 'Champion' : 'Department'}</th>
                    {by === 'champion' && <th scope="col">Department</th>}
                    {by === 'department' && (
                      <th scope="col" className="num">
                        Champions
                      </th>
                    )}
                    <th scope="col" className="num">
                      Points
                    </th>
                    <th scope="col" className="num">
                      Activities
                    </th>
                    <th scope="col" className="num">
                      People reached
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {by === 'champion'
                    ? board.champions.map((r) => (
                        <tr key={r.key}>
                          <td className="num">{r.rank}</td>
                          <th scope="row" style={{ fontWeight: 400 }}>
                            {r.name}
                          </th>
                          <td>{r.department ?? ''}</td>
                          <td className="num">{r.points}</td>
                          <td className="num">{r.activities}</td>
                          <td className="num">{r.peopleReached}</td>
                        </tr>
                      ))
                    : board.departments.map((r) => (
                        <tr key={r.key}>
                          <td className="num">{r.rank}</td>
                          <th scope="row" style={{ fontWeight: 400 }}>
                            {r.name}
                          </th>
                          <td className="num">{r.champions}</td>
                          <td className="num">{r.points}</td>
                          <td className="num">{r.activities}</td>
                          <td className="num">{r.peopleReached}</td>
                        </tr>
                      ))}
                </tbody>
              </table>
            </div>
          )}
        </>
      )}
    </div>
  );
};
