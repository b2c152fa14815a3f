import * as React from 'react';
import { SCORING_RULE } from '../../../domain/roadmap/prioritisation';
import { PrioritiesClasses } from './prioritiesStyles';

/** "How scores work": the documented rule, word for word, as a disclosure. */
export const ScoringRuleNote: React.FC<{ classes: PrioritiesClasses }> = ({ classes }) => {
  const [heading, ...lines] = SCORING_RULE.split('\n').filter((l) => l.trim());
  return (
    <details className={classes.disclosure}>
      <summary>{heading}</summary>
      <ol>
        {lines.map((line) => (
          <li key={line}>{line.replace(/^\d+\.\s*/, '')}</li>
        ))}
      </ol>
    </details>
  );
};
