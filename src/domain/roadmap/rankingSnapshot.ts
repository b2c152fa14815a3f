/**
 * A closed scoring round's ranking is a frozen snapshot.
 *
 * Closing a round (the programme office, in the Rounds tab) works out every initiative's figures from the round's
 * scores by the scoring rule and writes them to the round's item in Scoring Rounds (its Ranking column), which only the
 * programme office can edit. From then on the round's ranking is read from the snapshot, never from Initiative Scores:
 * a score added, changed or deleted after closing, by whoever and however, changes nothing in it.
 *
 * The snapshot holds figures only: per initiative its score, benefit and cost sub-scores, how many people scored it
 * (and on every criterion), and per criterion the weight, kind, means and number of scorers. No scorer's name, id or
 * rationale is in it, so everyone may read it. Figures are kept for every scored initiative that is not must-do
 * (small ones too); which initiatives are shown, and their ranks among them, follow the board's filter as for a live
 * ranking (arrangeInitiatives).
 */
import { IInitiative, IInitiativeScore, IPrioritisationCriterion, IScoringRound } from '../entities';
import { arrangeInitiatives, ICriterionMean, IInitiativeFigures, IPrioritisation, quorumOf, scoreInitiatives } from './prioritisation';

export const SNAPSHOT_VERSION = 1;

export interface ISnapshotInitiative extends IInitiativeFigures {
  /** The initiative's item id. */
  readonly id: number;
  /** Its title when the round closed (for the record; the view shows the current title). */
  readonly title: string;
}

export interface IRankingSnapshot {
  readonly version: typeof SNAPSHOT_VERSION;
  /** When it was taken (ISO date and time). */
  readonly takenOn: string;
  /** The quorum applied (the round's, when it closed). */
  readonly quorum: number;
  readonly initiatives: readonly ISnapshotInitiative[];
}

/** The snapshot of a round's ranking from its scores (the round's own; must-do initiatives have none). */
export function takeRankingSnapshot(
  round: Pick<IScoringRound, 'title' | 'quorum'>,
  initiatives: readonly IInitiative[],
  criteria: readonly IPrioritisationCriterion[],
  scores: readonly IInitiativeScore[],
  takenOn: string
): IRankingSnapshot {
  const quorum = quorumOf(round);
  const result = scoreInitiatives(initiatives, criteria, scores, { includeSmall: true, round: round.title, quorum });
  const entries: ISnapshotInitiative[] = [...result.ranked, ...result.provisional].map((r) => ({
    id: r.initiative.id,
    title: r.initiative.title,
    score: r.score,
    benefit: r.benefit,
    cost: r.cost,
    scorers: r.scorers,
    completeScorers: r.completeScorers,
    perCriterion: r.perCriterion
  }));
  return { version: SNAPSHOT_VERSION, takenOn, quorum, initiatives: entries.sort((a, b) => a.id - b.id) };
}

/** The text stored in the round's Ranking column. */
export const serializeSnapshot = (snapshot: IRankingSnapshot): string => JSON.stringify(snapshot);

const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const optionalNumber = (v: unknown): boolean => v === undefined || v === null || isNumber(v);

function criterionMean(raw: unknown): ICriterionMean | undefined {
  const c = raw as Record<string, unknown> | null;
  if (!c || !isNumber(c.criterionId) || !isNumber(c.weight) || !isNumber(c.mean) || !isNumber(c.meanScore) || !isNumber(c.scorers)) return undefined;
  if (c.kind !== 'Benefit' && c.kind !== 'Cost') return undefined;
  return { criterionId: c.criterionId, kind: c.kind, weight: c.weight, mean: c.mean, meanScore: c.meanScore, scorers: c.scorers };
}

function snapshotInitiative(raw: unknown): ISnapshotInitiative | undefined {
  const i = raw as Record<string, unknown> | null;
  if (!i || !isNumber(i.id) || !isNumber(i.score) || !isNumber(i.scorers) || !isNumber(i.completeScorers) || !optionalNumber(i.benefit) || !optionalNumber(i.cost)) return undefined;
  if (!Array.isArray(i.perCriterion)) return undefined;
  const perCriterion = i.perCriterion.map(criterionMean);
  if (perCriterion.some((c) => !c)) return undefined;
  return {
    id: i.id,
    title: typeof i.title === 'string' ? i.title : '',
    score: i.score,
    benefit: isNumber(i.benefit) ? i.benefit : undefined,
    cost: isNumber(i.cost) ? i.cost : undefined,
    scorers: i.scorers,
    completeScorers: i.completeScorers,
    perCriterion: perCriterion as ICriterionMean[]
  };
}

/** A round's stored snapshot, or undefined when it has none or the text is not one (then it is shown as not recorded). */
export function parseSnapshot(text: string | undefined): IRankingSnapshot | undefined {
  if (!text) return undefined;
  let raw: Record<string, unknown>;
  try {
    raw = JSON.parse(text) as Record<string, unknown>;
  } catch {
    return undefined;
  }
  if (!raw || raw.version !== SNAPSHOT_VERSION || typeof raw.takenOn !== 'string' || !isNumber(raw.quorum) || !Array.isArray(raw.initiatives)) return undefined;
  const initiatives = raw.initiatives.map(snapshotInitiative);
  if (initiatives.some((i) => !i)) return undefined;
  return { version: SNAPSHOT_VERSION, takenOn: raw.takenOn, quorum: raw.quorum, initiatives: initiatives as ISnapshotInitiative[] };
}

/** The ranking of the given initiatives (the board's filtered set) from a snapshot, as scoreInitiatives would give it. */
export function rankingFromSnapshot(snapshot: IRankingSnapshot, initiatives: readonly IInitiative[], options: { readonly includeSmall?: boolean } = {}): IPrioritisation {
  const figures = new Map<number, IInitiativeFigures>(
    snapshot.initiatives.map((i) => [i.id, { score: i.score, benefit: i.benefit, cost: i.cost, scorers: i.scorers, completeScorers: i.completeScorers, perCriterion: i.perCriterion }])
  );
  return arrangeInitiatives(initiatives, figures, { includeSmall: options.includeSmall, quorum: snapshot.quorum });
}

/** A closed round's snapshot (undefined for a round that is not closed, or closed without one). */
export const roundSnapshot = (round: IScoringRound | undefined): IRankingSnapshot | undefined =>
  round?.status === 'Closed' ? parseSnapshot(round.ranking) : undefined;
