import { ILevelPair, IOrganisationRollup, IRollupResponse, rollupOrganisation } from './rollup';

/**
 * The organisation's maturity across rounds: for each round, the organisation's overall level and its level per
 * dimension, by the roll-up rule in `rollup.ts`. Rounds are in the order they opened (OpensOn); a round with no
 * opening date comes after the dated ones, and equal dates fall back to the round's id (the order it was created).
 * Rounds with no submitted responses stay in the trend with no levels, so a gap shows as a gap.
 */

export interface ITrendRound {
  readonly id: number;
  readonly title: string;
  readonly opensOn?: string;
}

export interface ITrendPoint {
  readonly roundId: number;
  readonly round: string;
  readonly departments: number;
  /** False when the round's organisation-wide results are not shown to this viewer (an open round, for most people). */
  readonly shown?: boolean;
  readonly overall: ILevelPair;
  /** In the model's dimension order. */
  readonly byDimension: readonly ILevelPair[];
}

/** Rounds in the order they opened. */
export function roundsInOrder<T extends ITrendRound>(rounds: readonly T[]): T[] {
  const time = (r: ITrendRound): number => (r.opensOn ? new Date(r.opensOn).getTime() : Number.POSITIVE_INFINITY);
  return [...rounds].sort((a, b) => {
    const ta = time(a);
    const tb = time(b);
    if (ta !== tb) return ta < tb ? -1 : 1;
    return a.id - b.id;
  });
}

/** The trend across the given rounds, from each round's submitted responses (by round id). */
export function maturityTrend(
  rounds: readonly ITrendRound[],
  responsesByRound: ReadonlyMap<number, readonly IRollupResponse[]>,
  dimensions: readonly string[],
  levelCount: number
): ITrendPoint[] {
  return trendFromResults(rounds, new Map(rounds.map((r) => [r.id, rollupOrganisation(responsesByRound.get(r.id) ?? [], dimensions, levelCount)])));
}

/** The trend across the given rounds from each round's results (a closed round's snapshot, say); a round without any has no levels. */
export function trendFromResults(rounds: readonly ITrendRound[], resultsByRound: ReadonlyMap<number, IOrganisationRollup | undefined>): ITrendPoint[] {
  return roundsInOrder(rounds).map((round) => {
    const result = resultsByRound.get(round.id);
    return { roundId: round.id, round: round.title, departments: result?.departments.length ?? 0, shown: result !== undefined, overall: result?.overall ?? {}, byDimension: result?.byDimension ?? [] };
  });
}
