import * as React from 'react';
import { IInitiativeScore, IPersonRef, IPrioritisationCriterion, IScoringRound } from '../../../domain/entities';
import { RANKING_SCORE_FIELDS, countedScores, defaultRound, roundScoresQuery } from '../../../domain/roadmap/scoringRound';
import { IHubServices } from '../../../domain/services';
import { IAsyncState, useAsync } from '../../shared/useAsync';

export interface IPrioritiesBase {
  readonly rounds: IScoringRound[];
  readonly criteria: IPrioritisationCriterion[];
  /** May add to Initiative Scores: a scorer. */
  readonly canScore: boolean;
  readonly me: IPersonRef;
}

export interface IPrioritiesData {
  readonly base: IAsyncState<IPrioritiesBase>;
  readonly round: IScoringRound | undefined;
  chooseRound(title: string): void;
  /** The chosen round's scores (lean: ids, score, round, scorer), with this session's changes applied. */
  readonly scores: IAsyncState<IInitiativeScore[]>;
  /** A score was saved or removed in the grid: the ranking follows at once. */
  applyChange(score: IInitiativeScore, removed?: boolean): void;
  /** Rounds changed (opened or closed): read them again and show this one. */
  reloadRounds(show: string): void;
}

/** Reads the rounds, criteria and the scorer's rights, then only the chosen round's scores, in id windows. */
export function usePrioritiesData(services: IHubServices): IPrioritiesData {
  const base = useAsync(async (): Promise<IPrioritiesBase> => {
    const [rounds, criteria, permissions, me] = await Promise.all([
      services.scoringRounds.getAll(),
      services.criteria.getAll(),
      services.scores.permissions(),
      services.currentUser()
    ]);
    return { rounds, criteria, canScore: permissions.canAdd, me };
  }, [services]);
  const [chosen, setChosen] = React.useState<string>();
  const rounds = base.value?.rounds ?? [];
  const round = rounds.find((r) => r.title === chosen) ?? defaultRound(rounds);
  const title = round?.title;

  const read = useAsync(
    async () => ({
      round: title,
      scores: title === undefined ? [] : countedScores(round, await services.scores.getAll({ ...roundScoresQuery(title), fields: RANKING_SCORE_FIELDS }))
    }),
    [services, title, round?.status, round?.lastScoreId]
  );
  const [changes, setChanges] = React.useState<{ round?: string; byId: Map<number, IInitiativeScore | undefined> }>({ byId: new Map() });
  React.useEffect(() => setChanges({ round: title, byId: new Map() }), [read.value, title]);

  // Only this round's answer counts: while another round's scores are still on hand, the view shows loading.
  const current = read.value && read.value.round === title && !read.loading ? read.value.scores : undefined;
  const value = React.useMemo(() => {
    if (!current) return undefined;
    if (changes.round !== title || changes.byId.size === 0) return current;
    const kept = current.filter((s) => !changes.byId.has(s.id));
    for (const score of changes.byId.values()) if (score) kept.push(score);
    return kept;
  }, [current, changes, title]);

  const applyChange = React.useCallback(
    (score: IInitiativeScore, removed?: boolean) =>
      setChanges((c) => {
        const byId = new Map(c.byId);
        byId.set(score.id, removed ? undefined : score);
        return { round: c.round, byId };
      }),
    []
  );

  const reloadRounds = React.useCallback(
    (show: string) => {
      setChosen(show);
      base.reload();
    },
    [base]
  );

  return { base, round, chooseRound: setChosen, scores: { loading: read.loading || (!current && read.error === undefined), error: read.error, reload: read.reload, value }, applyChange, reloadRounds };
}
