import * as React from 'react';
import { median, overallCurrentLevel } from '../../../domain/rules/maturityLevel';
import { useHub } from '../../shared/HubContext';
import { Empty, ErrorNotice, Loading } from '../../shared/StatusViews';
import { useAsync } from '../../shared/useAsync';

export interface IMaturityResultsProps {
  /** The model to show; default: the round's model, else the first active model. */
  readonly modelId?: number;
  /** The round to show first; default: the open round, else the latest closed one. */
  readonly roundId?: number;
  /** Hide department names (Department A, B, ...) except the viewer's own. */
  readonly anonymise: boolean;
}

/** The organisation's maturity results for a round (first version: the organisation level only). */
export const MaturityResults: React.FC<IMaturityResultsProps> = ({ roundId }) => {
  const { services } = useHub();
  const state = useAsync(async () => {
    const rounds = await services.assessmentRounds.getAll();
    const round = rounds.find((r) => r.id === roundId) ?? rounds.find((r) => r.status === 'Open') ?? rounds.filter((r) => r.status === 'Closed').pop();
    if (!round) return undefined;
    const responses = await services.maturityResponses.getAll({ filter: `RoundId eq ${round.id} and Status eq 'Submitted'` });
    return { round, responses: responses.filter((r) => r.status === 'Submitted') };
  }, [services, roundId]);
  if (state.loading) return <Loading label="Loading the results…" />;
  if (state.error !== undefined) return <ErrorNotice error={state.error} onRetry={state.reload} />;
  if (!state.value) return <Empty message="No assessment round has been set up yet." />;
  const { round, responses } = state.value;
  if (!responses.length) return <Empty message={`No responses submitted for ${round.title} yet.`} />;
  const level = median(responses.map(overallCurrentLevel).filter((v): v is number => v !== undefined));
  return <Empty message={`Organisation level: ${level === undefined ? 'not yet assessed' : level.toFixed(1)}`} />;
};
