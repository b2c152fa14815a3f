import { DataError } from '../../domain/dataErrors';
import { IInitiative, IInitiativeScore, IPrioritisationCriterion, IScoringRound } from '../../domain/entities';
import { serializeSnapshot, takeRankingSnapshot } from '../../domain/roadmap/rankingSnapshot';
import { RANKING_SCORE_FIELDS, roundScoresQuery } from '../../domain/roadmap/scoringRound';
import { IRepository } from '../../domain/services';

export interface IRoundRepositories {
  readonly initiatives: IRepository<IInitiative>;
  readonly criteria: IRepository<IPrioritisationCriterion>;
  readonly scores: IRepository<IInitiativeScore>;
  readonly scoringRounds: IRepository<IScoringRound>;
}

/**
 * Closes a scoring round (or records the ranking of one closed before snapshots), as the programme office: reads every
 * initiative, the criteria and all of the round's scores, works out the ranking by the scoring rule and writes it, with
 * the Closed status, to the round's item (rankingSnapshot.ts). Only someone who reads every score (the programme
 * office: Full Control of Initiative Scores) may do it, else the snapshot would hold only the scores they can see.
 * The update carries the round's ETag: a round changed meanwhile is a conflict.
 */
export async function closeScoringRound(repos: IRoundRepositories, round: IScoringRound, now: Date = new Date()): Promise<IScoringRound> {
  if (!(await repos.scores.permissions()).canEditAll) {
    throw new DataError('AccessDenied', 'Only the programme office can close a round: it needs to read every score to record the ranking.', 403);
  }
  const [initiatives, criteria, scores] = await Promise.all([
    repos.initiatives.getAll(),
    repos.criteria.getAll(),
    repos.scores.getAll({ ...roundScoresQuery(round.title), fields: RANKING_SCORE_FIELDS })
  ]);
  const snapshot = takeRankingSnapshot(round, initiatives, criteria, scores, now.toISOString());
  return repos.scoringRounds.update(round.id, { status: 'Closed', ranking: serializeSnapshot(snapshot) }, round.etag ?? '*');
}
