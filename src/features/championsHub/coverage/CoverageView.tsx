import * as React from 'react';
import { coverage } from '../../../domain/champions/coverage';
import { directoryEntries } from '../../../domain/champions/network';
import { EXPERTISE_AREAS } from '../../../domain/vocabulary';
import { useHub } from '../../shared/HubContext';
import { ErrorNotice, Loading } from '../../shared/StatusViews';
import { useAsync } from '../../shared/useAsync';
import { ChampionsClasses } from '../championsStyles';

export interface ICoverageViewProps {
  readonly classes: ChampionsClasses;
  /** The target: one active champion per this many staff. */
  readonly staffPerChampion: number;
}

const STATUS_TEXT = { None: 'No active champion', 'Below target': 'Below target', Met: 'Target met', 'No headcount': 'Headcount not recorded' };

/** Active champions per department against headcount and target; departments with none; expertise nobody covers. */
export const CoverageView: React.FC<ICoverageViewProps> = ({ classes, staffPerChampion }) => {
  const { services } = useHub();
  const state = useAsync(async () => {
    const [config, departments, headcounts] = await Promise.all([services.championsData.config(), services.departments.getAll(), services.departmentHeadcounts.getAll()]);
    const staff = new Map(headcounts.map((h) => [h.department?.id, h.headcount]));
    const entries = directoryEntries(config);
    return coverage(
      departments.filter((d) => d.active !== false).map((d) => ({ id: d.id, title: d.title, headcount: staff.get(d.id) })),
      entries.map((e) => ({ departmentId: e.departmentId, status: e.status, expertiseAreas: e.expertiseAreas })),
      EXPERTISE_AREAS,
      staffPerChampion
    );
  }, [services, staffPerChampion]);
  if (state.loading) return <Loading label="Working out coverage…" />;
  if (state.error !== undefined) return <ErrorNotice error={state.error} onRetry={state.reload} />;
  const result = state.value;
  if (!result) return null;
  return (
    <div>
      <p>Target: one active champion for every {staffPerChampion} staff in a department (set in the web part&apos;s properties).</p>
      <h3 className={classes.subheading}>Departments with no active champion</h3>
      {result.withoutChampion.length ? (
        <ul>
          {result.withoutChampion.map((d) => (
            <li key={d}>{d}</li>
          ))}
        </ul>
      ) : (
        <p>Every department has at least one active champion.</p>
      )}
      <h3 className={classes.subheading}>Expertise no active champion offers</h3>
      <p>{result.uncoveredExpertise.length ? result.uncoveredExpertise.join(', ') : 'Every expertise area is covered.'}</p>
      <h3 className={classes.subheading}>Coverage by department</h3>
      <div className={classes.tableWrap} tabIndex={0} role="region" aria-label="Coverage by department">
        <table className={classes.table} aria-label="Champions coverage by department">
          <thead>
            <tr>
              <th scope="col">Department</th>
              <th scope="col" className="num">
                Staff
              </th>
              <th scope="col" className="num">
                Active champions
              </th>
              <th scope="col" className="num">
                Target
              </th>
              <th scope="col" className="num">
                Of target
              </th>
              <th scope="col">Status</th>
            </tr>
          </thead>
          <tbody>
            {result.rows.map((r) => (
              <tr key={r.departmentId}>
                <th scope="row" style={{ fontWeight: 400 }}>
                  {r.department}
                </th>
                <td className="num">{r.headcount ?? '–'}</td>
                <td className="num">{r.activeChampions}</td>
                <td className="num">{r.target ?? '–'}</td>
                <td className="num">{r.ratio === undefined ? '–' : `${Math.round(r.ratio * 100)}%`}</td>
                <td>{STATUS_TEXT[r.status]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
};
