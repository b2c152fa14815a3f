import * as React from 'react';
import { useId } from '@fluentui/react-hooks';
import { departmentGaps, organisationGaps } from '../../../domain/maturity/gaps';
import { IOrganisationRollup } from '../../../domain/maturity/rollup';
import { formatLevel } from '../../../domain/maturity/resultsWording';
import { useHub } from '../../shared/HubContext';
import { resultsStyles } from './resultsStyles';

const ORGANISATION_LIMIT = 5;
const DEPARTMENT_LIMIT = 8;

/** The largest gaps between current and target: organisation-wide first, then by department and dimension. */
export const GapsList: React.FC<{ result: IOrganisationRollup }> = ({ result }) => {
  const { host } = useHub();
  const classes = React.useMemo(() => resultsStyles(host.theme), [host.theme]);
  const titleId = useId('maturity-gaps');
  const organisation = organisationGaps(result, ORGANISATION_LIMIT);
  const departments = departmentGaps(result, DEPARTMENT_LIMIT);
  const step = (current: number, target: number, gap: number): string =>
    `level ${formatLevel(current)} now, target ${formatLevel(target)}: ${formatLevel(gap)} ${gap === 1 ? 'level' : 'levels'} to go`;
  return (
    <section className={classes.section} aria-labelledby={titleId}>
      <h3 id={titleId} className={classes.sectionTitle}>
        Largest gaps to target
      </h3>
      {!organisation.length && !departments.length ? (
        <p className={classes.subtle}>Every department has reached its target levels, or no targets were given.</p>
      ) : (
        <>
          <h4 className={classes.subtle}>Organisation (median per dimension)</h4>
          {organisation.length ? (
            <ol className={classes.list} aria-label="Largest organisation gaps">
              {organisation.map((g) => (
                <li key={g.dimension}>
                  <strong>{g.dimension}</strong>: {step(g.current, g.target, g.gap)}
                </li>
              ))}
            </ol>
          ) : (
            <p className={classes.subtle}>The organisation median meets its target on every dimension.</p>
          )}
          <h4 className={classes.subtle}>By department and dimension</h4>
          <ol className={classes.list} aria-label="Largest department gaps">
            {departments.map((g) => (
              <li key={`${g.departmentId}-${g.dimensionIndex}`}>
                <strong>{g.department}</strong>, {g.dimension}: {step(g.current, g.target, g.gap)}
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
};
