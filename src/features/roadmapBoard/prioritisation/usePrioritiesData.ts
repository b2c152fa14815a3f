import * as React from 'react';
import { IInitiative, IInitiativeScore, IPersonRef, IPrioritisationCriterion, IScoringRound } from '../../../domain/entities';
import { IPrioritisation, quorumOf, scoreInitiatives } from '../../../domain/roadmap/prioritisation';
import { IRankingSnapshot, rankingFromSnapshot, roundSnapshot } from '../../../domain/roadmap/rankingSnapshot';
import { RANKING_SCORE_FIELDS, defaultRound, roundScoresQuery, sortRounds } from '../../../domain/roadmap/scoringRound';
import { IHubServices } from '../../../domain/services';
import { IAsyncState, useAsync } from '../../shared/useAsync';

export interface IPrioritiesBase {
  readonly rounds: IScoringRound[];
  readonly criteria: IPrioritisationCriterion[];
  /** May add in their own scoring folder: a scorer. */
  readonly canScore: boolean;
  /** Reads every score (the programme office, Full Control of Initiative Scores): sees an open round's live ranking. */
  readonly readsAllScores: boolean;
  readonly me: IPersonRef;
}

/**
 * Where the chosen round's ranking comes from. Scores are private (each scorer reads only their own folder), so:
 * - a closed round shows the snapshot taken when it closed, to everyone;
 * - an open round shows its live, provisional ranking to the programme office only; everyone else is told scores are
 *   published when it closes and sees the latest closed round's ranking instead (if there is one);
 * - a closed round without a snapshot (closed before snapshots were kept) is worked out live for the programme office,
 *   and shown to nobody else;
 * - a draft round counts no scores.
 */
export type RankingSource =
  | { readonly kind: 'live' }
  | { readonly kind: 'snapshot'; readonly snapshot: IRankingSnapshot }
  | { readonly kind: 'unpublished'; readonly lastClosed?: IScoringRound; readonly snapshot?: IRankingSnapshot }
  | { readonly kind: 'notRecorded' }
  | { readonly kind: 'draft' };

export function rankingSource(round: IScoringRound | undefined, rounds: readonly IScoringRound[], readsAllScores: boolean): RankingSource | undefined {
  if (!round) return undefined;
  if (round.status === 'Draft') return { kind: 'draft' };
  const snapshot = roundSnapshot(round);
  if (snapshot) return { kind: 'snapshot', snapshot };
  if (readsAllScores) return { kind: 'live' };
  if (round.status === 'Closed') return { kind: 'notRecorded' };
  const lastClosed = sortRounds(rounds).find((r) => r.status === 'Closed' && roundSnapshot(r));
  return { kind: 'unpublished', lastClosed, snapshot: roundSnapshot(lastClosed) };
}

/** The ranking to show of the given initiatives, or undefined while it cannot be worked out (scores still loading). */
export function rankingOf(
  source: RankingSource | undefined,
  round: IScoringRound | undefined,
  initiatives: readonly IInitiative[],
  criteria: readonly IPrioritisationCriterion[],
  liveScores: readonly IInitiativeScore[] | undefined,
  includeSmall: boolean
): IPrioritisation | undefined {
  if (!source || !round) return undefined;
  if (source.kind === 'snapshot') return rankingFromSnapshot(source.snapshot, initiatives, { includeSmall });
  if (source.kind === 'unpublished') return source.snapshot ? rankingFromSnapshot(source.snapshot, initiatives, { includeSmall }) : undefined;
  if (source.kind === 'notRecorded') return undefined;
  const scores = source.kind === 'draft' ? [] : liveScores;
  return scores ? scoreInitiatives(initiatives, criteria, scores, { includeSmall, round: round.title, quorum: quorumOf(round) }) : undefined;
}

export interface IPrioritiesData {
  readonly base: IAsyncState<IPrioritiesBase>;
  readonly round: IScoringRound | undefined;
  /** Where the chosen round's ranking comes from (undefined until the rounds are read, or with no round). */
  readonly source: RankingSource | undefined;
  chooseRound(title: string): void;
  /** The chosen round's scores when the ranking is live (the programme office), with this session's changes applied; else []. */
  readonly scores: IAsyncState<IInitiativeScore[]>;
  /** A score was saved or removed in the grid: a live ranking follows at once. */
  applyChange(score: IInitiativeScore, removed?: boolean): void;
  /** Rounds changed (opened or closed): read them again and show this one. */
  reloadRounds(show: string): void;
}

/** Reads the rounds, criteria and the reader's rights, then, only for a live ranking, the chosen round's scores in id windows. */
export function usePrioritiesData(services: IHubServices): IPrioritiesData {
  const base = useAsync(async (): Promise<IPrioritiesBase> => {
    const [rounds, criteria, permissions, me] = await Promise.all([
      services.scoringRounds.getAll(),
      services.criteria.getAll(),
      services.scores.permissions(),
      services.currentUser()
    ]);
    return { rounds, criteria, canScore: permissions.canAdd, readsAllScores: permissions.canEditAll, me };
  }, [services]);
  const [chosen, setChosen] = React.useState<string>();
  const rounds = base.value?.rounds ?? [];
  const round = rounds.find((r) => r.title === chosen) ?? defaultRound(rounds);
  const title = round?.title;
  const source = React.useMemo(() => rankingSource(round, rounds, base.value?.readsAllScores ?? false), [round, rounds, base.value?.readsAllScores]);
  const live = source?.kind === 'live';

  const read = useAsync(
    async () => ({
      round: title,
      scores: title === undefined || !live ? [] : await services.scores.getAll({ ...roundScoresQuery(title), fields: RANKING_SCORE_FIELDS })
    }),
    [services, title, round?.status, live]
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

  return {
    base,
    round,
    source,
    chooseRound: setChosen,
    scores: { loading: read.loading || (!current && read.error === undefined), error: read.error, reload: read.reload, value },
    applyChange,
    reloadRounds
  };
}
