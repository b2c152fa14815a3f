import * as React from 'react';
import { Dropdown, IDropdownOption, Link, Text, Toggle, useTheme } from '@fluentui/react';
import { countWithDenominator, exceptionsFirst, filterRows, formatValue, IScorecardRow, summarise } from '../../domain/kpi/scorecard';
import { isRated, KpiStatus, STATUS_ORDER, STATUS_WORDS } from '../../domain/kpi/status';
import { OUTCOMES } from '../../domain/vocabulary';
import { plural } from '../shared/format';
import { KpiClasses, kpiStyles } from './kpiStyles';
import { Sparkline, StatusBadge, STATUS_SHAPES, Travel } from './KpiParts';
import { IKpiPageState } from './useKpiPageState';

export interface IScorecardProps {
  readonly rows: readonly IScorecardRow[];
  readonly state: IKpiPageState;
  readonly onChange: (change: Partial<IKpiPageState>) => void;
  readonly narrow: boolean;
}

const ALL = '';

/** The summary counts: each rated status with its denominator (rated measures only), the others counted apart. */
export const SummaryCounts: React.FC<{ rows: readonly IScorecardRow[]; classes: KpiClasses }> = ({ rows, classes }) => {
  const counts = summarise(rows);
  const rated: KpiStatus[] = ['Red', 'Amber', 'Green'];
  const apart = STATUS_ORDER.filter((s) => !isRated(s) && counts.byStatus[s] > 0);
  return (
    <ul className={classes.summary} aria-label="Summary of the measures">
      {rated.map((s) => (
        <li key={s} className={classes.summaryItem}>
          <span className={classes.summaryFigure}>
            <span aria-hidden="true">{STATUS_SHAPES[s]} </span>
            {counts.byStatus[s]}
          </span>
          {STATUS_WORDS[s]}: {countWithDenominator(counts.byStatus[s], counts.rated)}
        </li>
      ))}
      {apart.map((s) => (
        <li key={s} className={classes.summaryItem}>
          <span className={classes.summaryFigure}>{counts.byStatus[s]}</span>
          {STATUS_WORDS[s].replace(' (not rated)', '')} (not rated)
        </li>
      ))}
      <li className={classes.summaryItem}>
        <span className={classes.summaryFigure}>{counts.total}</span>
        {plural(counts.total, 'measure')} in all
      </li>
    </ul>
  );
};

const MeasureCells: React.FC<{ row: IScorecardRow; classes: KpiClasses }> = ({ row, classes }) => (
  <>
    <td className="num">
      {formatValue(row.target, row.kpi.unit)}
      {row.kpi.targetIsSample && row.target !== undefined && <div className={classes.sample}>sample</div>}
    </td>
    <td className="num">
      {formatValue(row.value, row.kpi.unit)}
      {row.computed && <div className={classes.sample}>computed</div>}
    </td>
    <td>
      <StatusBadge status={row.status} />
    </td>
    <td>
      <Travel direction={row.travel.vsPrevious} against="against the previous quarter" />
    </td>
    <td>
      <Travel direction={row.travel.vsLastYear} against="against the same quarter last year" />
    </td>
    <td>
      <Sparkline history={row.history} unit={row.kpi.unit} target={row.target} />
    </td>
  </>
);

const Commentary: React.FC<{ row: IScorecardRow; classes: KpiClasses }> = ({ row, classes }) => (
  <>
    {row.latestCommentary ? <div>{row.latestCommentary}</div> : <div className={classes.muted}>No commentary yet</div>}
    {row.status === 'Red' && (
      <div className={classes.action}>
        <strong>Corrective action: </strong>
        {row.measurement?.correctiveAction || 'none recorded'}
        {row.measurement?.actionDue ? ` (due ${row.measurement.actionDue.slice(0, 10)})` : ''}
      </div>
    )}
  </>
);

/** The scorecard: summary counts, filters, and a row per measure by outcome (or reds first). */
export const Scorecard: React.FC<IScorecardProps> = ({ rows, state, onChange, narrow }) => {
  const theme = useTheme();
  const classes = React.useMemo(() => kpiStyles(theme), [theme]);
  const [redsFirst, setRedsFirst] = React.useState(false);
  const owners = React.useMemo(() => {
    const map = new Map<number, string>();
    for (const r of rows) if (r.kpi.owner) map.set(r.kpi.owner.id, r.kpi.owner.title);
    return Array.from(map.entries()).sort((a, b) => a[1].localeCompare(b[1]));
  }, [rows]);
  const shown = filterRows(rows, { outcome: state.outcome, ownerId: state.owner, status: state.status });
  const ordered = redsFirst ? exceptionsFirst(shown) : shown;
  const groups: [string, IScorecardRow[]][] = redsFirst
    ? [['All measures, off target first', ordered]]
    : OUTCOMES.map((o) => [o, ordered.filter((r) => r.kpi.outcome === o)] as [string, IScorecardRow[]]).filter(([, list]) => list.length > 0);
  const option = (key: string, text: string): IDropdownOption => ({ key, text });
  const open = (row: IScorecardRow): void => onChange({ measure: row.kpi.id });
  return (
    <div>
      <SummaryCounts rows={rows} classes={classes} />
      <div className={classes.filters} role="group" aria-label="Filters">
        <Dropdown
          className={classes.filter}
          label="Outcome"
          selectedKey={state.outcome ?? ALL}
          options={[option(ALL, 'All outcomes'), ...OUTCOMES.map((o) => option(o, o))]}
          onChange={(_, o) => onChange({ outcome: o && o.key !== ALL ? String(o.key) : undefined })}
        />
        <Dropdown
          className={classes.filter}
          label="Owner"
          selectedKey={state.owner !== undefined ? String(state.owner) : ALL}
          options={[option(ALL, 'All owners'), ...owners.map(([id, name]) => option(String(id), name))]}
          onChange={(_, o) => onChange({ owner: o && o.key !== ALL ? Number(o.key) : undefined })}
        />
        <Dropdown
          className={classes.filter}
          label="Status"
          selectedKey={state.status ?? ALL}
          options={[option(ALL, 'Any status'), ...STATUS_ORDER.map((s) => option(s, STATUS_WORDS[s]))]}
          onChange={(_, o) => onChange({ status: o && o.key !== ALL ? (o.key as KpiStatus) : undefined })}
        />
        <Toggle label="Off target first" checked={redsFirst} onChange={(_, v) => setRedsFirst(Boolean(v))} />
      </div>
      <Text role="status" aria-live="polite" block className={classes.muted}>
        Showing {plural(shown.length, 'measure')} of {rows.length}.
      </Text>
      {groups.map(([heading, list]) => (
        <section key={heading} aria-label={heading}>
          <h3 className={classes.outcome}>{heading}</h3>
          {narrow ? (
            list.map((row) => (
              <div key={row.kpi.id} className={classes.card}>
                <div className={classes.cardHead}>
                  <Link className={classes.measureButton} onClick={() => open(row)}>
                    {row.kpi.title}
                  </Link>
                  <StatusBadge status={row.status} />
                </div>
                <div>
                  Target {formatValue(row.target, row.kpi.unit)}
                  {row.kpi.targetIsSample && row.target !== undefined ? ' (sample)' : ''} · Value {formatValue(row.value, row.kpi.unit)}
                </div>
                <div>
                  <Travel direction={row.travel.vsPrevious} against="against the previous quarter" /> on last quarter ·{' '}
                  <Travel direction={row.travel.vsLastYear} against="against the same quarter last year" /> on last year
                </div>
                <Commentary row={row} classes={classes} />
              </div>
            ))
          ) : (
            <div className={classes.tableWrap} tabIndex={0} role="group" aria-label="Table, scrolls sideways on a narrow screen">
              <table className={`${classes.table} ${classes.fixed}`}>
                <colgroup>
                  <col style={{ width: '18%' }} />
                  <col style={{ width: '8%' }} />
                  <col style={{ width: '8%' }} />
                  <col style={{ width: '13%' }} />
                  <col style={{ width: '11%' }} />
                  <col style={{ width: '11%' }} />
                  <col style={{ width: 112 }} />
                  <col />
                </colgroup>
                <thead>
                  <tr>
                    <th scope="col">Measure</th>
                    <th scope="col" className="num">Target</th>
                    <th scope="col" className="num">Value</th>
                    <th scope="col">Status</th>
                    <th scope="col">On last quarter</th>
                    <th scope="col">On last year</th>
                    <th scope="col">Trend</th>
                    <th scope="col">Latest commentary</th>
                  </tr>
                </thead>
                <tbody>
                  {list.map((row) => (
                    <tr key={row.kpi.id} data-kpi={row.kpi.title}>
                      <th scope="row">
                        <Link className={classes.measureButton} onClick={() => open(row)}>
                          {row.kpi.title}
                        </Link>
                        {row.kpi.owner && <div className={classes.muted}>{row.kpi.owner.title}</div>}
                      </th>
                      <MeasureCells row={row} classes={classes} />
                      <td>
                        <Commentary row={row} classes={classes} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </section>
      ))}
    </div>
  );
};
