import * as React from 'react';
import { useTheme } from '@fluentui/react';
import { comparePacks, IPackSnapshot, readSnapshot } from '../../../domain/kpi/pack';
import { formatValue } from '../../../domain/kpi/scorecard';
import { useHub } from '../../shared/HubContext';
import { ErrorNotice, Loading } from '../../shared/StatusViews';
import { useAsync } from '../../shared/useAsync';
import { kpiStyles } from '../kpiStyles';

/** Two quarters' packs side by side: each measure's value and status in both, and what changed. */
export const ComparePacks: React.FC<{ current: IPackSnapshot; otherStart: string }> = ({ current, otherStart }) => {
  const { services } = useHub();
  const theme = useTheme();
  const classes = React.useMemo(() => kpiStyles(theme), [theme]);
  const other = useAsync(async () => {
    const [item] = await services.kpiPacks.getAll({ where: { periodStart: otherStart }, top: 1 });
    return item ? readSnapshot(item.snapshot) : undefined;
  }, [services, otherStart]);
  if (other.loading) return <Loading label="Loading the other quarter's pack…" />;
  if (other.error !== undefined) return <ErrorNotice error={other.error} onRetry={other.reload} />;
  if (!other.value) return null;
  const [earlier, later] = other.value.periodStart < current.periodStart ? [other.value, current] : [current, other.value];
  const rows = comparePacks(earlier, later);
  return (
    <section aria-label="Comparison of two quarters" className={classes.sectionGap}>
      <h3 className={classes.outcome}>
        {earlier.periodLabel} compared with {later.periodLabel}
      </h3>
      <p>
        Off target: {earlier.counts.byStatus.Red} of {earlier.counts.rated} rated in {earlier.periodLabel}, {later.counts.byStatus.Red} of {later.counts.rated} in {later.periodLabel}.
        On target: {earlier.counts.byStatus.Green} then {later.counts.byStatus.Green}.
      </p>
      <div className={classes.tableWrap} tabIndex={0} role="group" aria-label="Table, scrolls sideways on a narrow screen">
        <table className={classes.table}>
          <thead>
            <tr>
              <th scope="col">Measure</th>
              <th scope="col" className="num">{earlier.periodLabel}</th>
              <th scope="col" className="num">{later.periodLabel}</th>
              <th scope="col" className="num">Change</th>
              <th scope="col">Status</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={`${r.outcome}-${r.title}`}>
                <th scope="row">{r.title}</th>
                <td className="num">{formatValue(r.earlier?.value, r.unit)}</td>
                <td className="num">{formatValue(r.later?.value, r.unit)}</td>
                <td className="num">{r.valueChange === undefined ? '—' : `${r.valueChange > 0 ? '+' : ''}${formatValue(r.valueChange, r.unit)}`}</td>
                <td>{r.statusChange}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
};
