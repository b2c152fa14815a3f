import * as React from 'react';
import { IInitiative } from '../../../domain/entities';
import { scoreInitiatives } from '../../../domain/roadmap/prioritisation';
import { useHub } from '../../shared/HubContext';
import { ErrorNotice, Loading } from '../../shared/StatusViews';
import { useAsync } from '../../shared/useAsync';

export interface IPrioritiesViewProps {
  /** The board's filtered set. */
  readonly initiatives: readonly IInitiative[];
  /** Programme office: may run scoring rounds and see the score audit. */
  readonly canManage: boolean;
  onOpenInitiative(id: number): void;
  /** Include initiatives under one month's effort. */
  readonly includeSmall: boolean;
}

/** The Priorities view: the ranked list of initiatives by the agreed scoring system (first cut). */
export const PrioritiesView: React.FC<IPrioritiesViewProps> = ({ initiatives, onOpenInitiative, includeSmall }) => {
  const { services } = useHub();
  const state = useAsync(async () => {
    const [criteria, scores] = await Promise.all([services.criteria.getAll(), services.scores.getAll({ byIdWindows: true })]);
    return { criteria, scores };
  }, [services]);
  if (state.loading) return <Loading label="Loading the priorities…" />;
  if (state.error !== undefined || !state.value) return <ErrorNotice error={state.error} onRetry={state.reload} />;
  const result = scoreInitiatives(initiatives, state.value.criteria, state.value.scores, { includeSmall });
  return (
    <ol aria-label="Initiatives by priority">
      {result.ranked.map((r) => (
        <li key={r.initiative.id}>
          <button type="button" onClick={() => onOpenInitiative(r.initiative.id)}>
            {r.initiative.title}
          </button>{' '}
          {r.score}
        </li>
      ))}
    </ol>
  );
};
