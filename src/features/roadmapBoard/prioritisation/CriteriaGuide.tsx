import * as React from 'react';
import { IPrioritisationCriterion } from '../../../domain/entities';
import { scaleOf } from '../../../domain/roadmap/scoringRound';
import { PrioritiesClasses } from './prioritiesStyles';

/** What each criterion means, its kind, weight and scale: what a scorer reads before scoring. */
export const CriteriaGuide: React.FC<{ criteria: readonly IPrioritisationCriterion[]; classes: PrioritiesClasses }> = ({ criteria, classes }) => (
  <details className={classes.disclosure}>
    <summary>The criteria and the scale</summary>
    <p>
      Score each initiative from 0 (none) to the criterion&apos;s maximum. For a benefit, a higher score means more benefit. For a
      cost, a higher score means more cost or effort; the ranking turns cost round, so cheaper initiatives rank higher.
    </p>
    <ul>
      {criteria.map((c) => (
        <li key={c.id}>
          <strong>{c.title}</strong> ({c.kind.toLowerCase()}, weight {c.weight}, 0 to {scaleOf(c)})
          {c.description ? `: ${c.description}` : ''}
        </li>
      ))}
    </ul>
  </details>
);
