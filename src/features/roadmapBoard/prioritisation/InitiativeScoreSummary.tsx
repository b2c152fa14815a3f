import * as React from 'react';
import { Link, Text, useTheme } from '@fluentui/react';
import { IInitiative } from '../../../domain/entities';
import { initiativeStanding, quorumOf, scoreInitiatives } from '../../../domain/roadmap/prioritisation';
import { plural } from '../../shared/format';
import { useHub } from '../../shared/HubContext';
import { usePrioritiesData } from './usePrioritiesData';

export interface IInitiativeScoreSummaryProps {
  readonly initiative: IInitiative;
  /** Every initiative the board shows (the rank is among these, by the scoring rule). */
  readonly initiatives: readonly IInitiative[];
  /** Opens the Priorities view. */
  onOpenPriorities(): void;
}

const fmt = (value: number | undefined): string => (value === undefined ? '–' : value.toFixed(1));

/** An initiative's score and rank in the current scoring round (the open one, else the latest closed), for its details. */
export const InitiativeScoreSummary: React.FC<IInitiativeScoreSummaryProps> = ({ initiative, initiatives, onOpenPriorities }) => {
  const { services } = useHub();
  const theme = useTheme();
  const { base, round, scores } = usePrioritiesData(services);
  const criteria = base.value?.criteria;
  const result = React.useMemo(
    () => (criteria && scores.value ? scoreInitiatives(initiatives, criteria, scores.value, { round: round?.title, quorum: quorumOf(round) }) : undefined),
    [initiatives, criteria, scores.value, round]
  );
  let text: React.ReactNode;
  if (base.error !== undefined || scores.error !== undefined) text = 'The priority score could not be read just now.';
  else if (!base.value || (round && !result)) text = 'Working out the priority score…';
  else if (!round) text = 'No scoring round has been run yet.';
  else {
    const standing = result && initiativeStanding(result, initiative.id);
    if (standing?.kind === 'ranked') {
      const r = standing.ranked;
      text = (
        <>
          <strong>Score {fmt(r.score)} out of 100, rank {r.rank} of {standing.of}</strong> in {round.title} (benefit {fmt(r.benefit)}, cost {fmt(r.cost)},{' '}
          {plural(r.scorers, 'scorer')}).
        </>
      );
    } else if (standing?.kind === 'provisional') {
      const r = standing.provisional;
      text = (
        <>
          <strong>Provisional: {r.completeScorers} of {standing.quorum} scorers</strong> have scored it on every criterion in {round.title} (provisional score{' '}
          {fmt(r.score)}); it is ranked once {standing.quorum} have.
        </>
      );
    } else if (standing?.kind === 'mustDo') text = `Must do: always in the plan, so it is not scored.`;
    else if (standing?.kind === 'small') text = `Under one month's effort: left out of the ranking in ${round.title}.`;
    else text = `Not scored yet in ${round.title}.`;
  }
  return (
    <div role="group" aria-label="Priority" style={{ margin: '12px 0', padding: '8px 12px', borderLeft: `3px solid ${theme.palette.themePrimary}` }}>
      <Text block>
        {text} <Link onClick={onOpenPriorities}>See the priorities</Link>
      </Text>
    </div>
  );
};
