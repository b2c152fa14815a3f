/**
 * How scores work
 *
 * 1. Only active criteria with a weight above zero count.
 * 2. Each score is divided by its criterion's scale (the maximum score, 5 when not set). A score that is not a whole number from 0 to the scale (one written around the app) counts for nothing.
 * 3. For cost criteria that value is turned round (1 minus the value), so a cheaper initiative scores higher.
 * 4. For each criterion, take the mean over the scorers who scored it. A scorer who did not score a criterion is left out of that criterion's mean. If a scorer scored the same initiative and criterion more than once, only their latest score counts.
 * 5. An initiative's score is 100 x sum(weight x mean) / sum(weight), over the criteria that have at least one score, to one decimal place. The benefit and cost sub-scores use the same sum over the benefit criteria alone and the cost criteria alone (for cost, higher means cheaper).
 * 6. An initiative with no scores is listed as unscored. Must-do initiatives are listed apart and never scored, even if they have scores. Initiatives under one month's effort are left out unless you ask to see them.
 * 7. Ties (the same score to one decimal place) are broken by the higher benefit sub-score, then the fewer effort months (unknown effort last), then the title A to Z.
 * 8. An initiative is ranked only when at least the round's quorum of scorers (3 unless the round sets another number) have each scored every active criterion. An initiative with scores from fewer complete scorers is provisional: it is listed apart with its score and how many complete scorers it has (for example "2 of 3 scorers"), below every ranked initiative and without a rank, in the same order as rule 7.
 */
import { IInitiative, IInitiativeScore, IPrioritisationCriterion } from '../entities';
import { isSmall } from './roadmapFilter';

/** The rule above, word for word, for the UI's "How scores work" note. */
export const SCORING_RULE = `How scores work

1. Only active criteria with a weight above zero count.
2. Each score is divided by its criterion's scale (the maximum score, 5 when not set). A score that is not a whole number from 0 to the scale (one written around the app) counts for nothing.
3. For cost criteria that value is turned round (1 minus the value), so a cheaper initiative scores higher.
4. For each criterion, take the mean over the scorers who scored it. A scorer who did not score a criterion is left out of that criterion's mean. If a scorer scored the same initiative and criterion more than once, only their latest score counts.
5. An initiative's score is 100 x sum(weight x mean) / sum(weight), over the criteria that have at least one score, to one decimal place. The benefit and cost sub-scores use the same sum over the benefit criteria alone and the cost criteria alone (for cost, higher means cheaper).
6. An initiative with no scores is listed as unscored. Must-do initiatives are listed apart and never scored, even if they have scores. Initiatives under one month's effort are left out unless you ask to see them.
7. Ties (the same score to one decimal place) are broken by the higher benefit sub-score, then the fewer effort months (unknown effort last), then the title A to Z.
8. An initiative is ranked only when at least the round's quorum of scorers (3 unless the round sets another number) have each scored every active criterion. An initiative with scores from fewer complete scorers is provisional: it is listed apart with its score and how many complete scorers it has (for example "2 of 3 scorers"), below every ranked initiative and without a rank, in the same order as rule 7.`;

export const DEFAULT_SCALE = 5;

/** How many scorers must score every active criterion before an initiative is ranked, unless the round says otherwise. */
export const DEFAULT_QUORUM = 3;

export interface ICriterionMean {
  readonly criterionId: number;
  readonly kind: IPrioritisationCriterion['kind'];
  readonly weight: number;
  /** The mean over scorers of the normalised value, 0..1, as used in the score (for cost criteria: higher = cheaper). */
  readonly mean: number;
  /** The mean of the scores as given, on the criterion's scale. */
  readonly meanScore: number;
  readonly scorers: number;
}

export interface IRankedInitiative {
  readonly initiative: IInitiative;
  /** 0-100, one decimal place. */
  readonly score: number;
  /** 1-based; every rank is different (ties are broken by the rule). */
  readonly rank: number;
  /** 0-100 over the benefit criteria; undefined when none was scored. */
  readonly benefit: number | undefined;
  /** 0-100 over the cost criteria, higher = cheaper; undefined when none was scored. */
  readonly cost: number | undefined;
  /** How many people scored it (on any active criterion). */
  readonly scorers: number;
  /** How many people scored it on every active criterion (the quorum counts these). */
  readonly completeScorers: number;
  /** One entry per active criterion that has a score, in the criteria's order. */
  readonly perCriterion: readonly ICriterionMean[];
}

/** A scored initiative below the quorum: listed apart, without a rank. */
export type IProvisionalInitiative = Omit<IRankedInitiative, 'rank'>;

export interface IPrioritisation {
  readonly ranked: readonly IRankedInitiative[];
  /** Scored, but by fewer complete scorers than the quorum; in rule 7's order, never above a ranked one. */
  readonly provisional: readonly IProvisionalInitiative[];
  /** The quorum applied. */
  readonly quorum: number;
  /** Must-do initiatives, never scored; in the order given. */
  readonly mustDo: readonly IInitiative[];
  /** Initiatives with no score on an active criterion; in the order given. */
  readonly unscored: readonly IInitiative[];
  /** Initiatives under one month's effort, left out because includeSmall was not set; in the order given. */
  readonly excludedSmall: readonly IInitiative[];
}

export interface IScoringOptions {
  /** Score initiatives under one month's effort too. */
  readonly includeSmall?: boolean;
  /** Use only this scoring round's scores. Without it every score given counts (each scorer's latest). */
  readonly round?: string;
  /** Complete scorers needed for a rank (rule 8); DEFAULT_QUORUM when not given. 0 ranks every scored initiative. */
  readonly quorum?: number;
}

/** The quorum a round sets, or the default when it sets none (or an unusable number). */
export const quorumOf = (round: { readonly quorum?: number } | undefined): number =>
  round?.quorum !== undefined && Number.isFinite(round.quorum) && round.quorum >= 0 ? Math.floor(round.quorum) : DEFAULT_QUORUM;

/** Rounds to one decimal place without floating-point surprises (66.65 -> 66.7). */
export const oneDecimal = (value: number): number => Math.round(Number((value * 10).toPrecision(12))) / 10;

/**
 * Who scored. A score read from Initiative Scores (it has a folder path) is the owner's of the scorer's folder it is in,
 * never its Created By (which whoever can edit an item can re-attribute); one outside any scorer's folder belongs to
 * nobody and counts for nothing. Scores given without a folder (worked examples) are their author's.
 */
export const scorerIdOf = (score: IInitiativeScore): number | undefined => (score.folderPath !== undefined ? score.ownerId : score.author?.id);

/** A score that counts for somebody (see scorerIdOf). */
const hasScorer = (score: IInitiativeScore): boolean => score.folderPath === undefined || score.ownerId !== undefined;

/** A score with no scorer at all (no folder, no author) counts as a scorer of its own. */
const scorerOf = (score: IInitiativeScore): string => {
  const id = scorerIdOf(score);
  return id !== undefined ? `person:${id}` : `item:${score.id}`;
};

const when = (score: IInitiativeScore): number => {
  const time = Date.parse(score.modified ?? score.created ?? '');
  return Number.isNaN(time) ? Number.NEGATIVE_INFINITY : time;
};

const isLater = (a: IInitiativeScore, b: IInitiativeScore): boolean => when(a) > when(b) || (when(a) === when(b) && a.id > b.id);

function keepLatest(scores: readonly IInitiativeScore[], keyOf: (score: IInitiativeScore) => string): IInitiativeScore[] {
  const latest = new Map<string, IInitiativeScore>();
  for (const score of scores) {
    const key = keyOf(score);
    const kept = latest.get(key);
    if (!kept || isLater(score, kept)) latest.set(key, score);
  }
  const keep = new Set(latest.values());
  return scores.filter((s) => keep.has(s));
}

/**
 * Where a scorer scored the same initiative and criterion in the same round more than once, keeps the latest
 * (by modified date, else created date; the higher item id when those are equal or missing). Order is kept.
 */
export function latestScoresPerScorer(scores: readonly IInitiativeScore[]): IInitiativeScore[] {
  return keepLatest(scores, (s) => JSON.stringify([scorerOf(s), s.initiative.id, s.criterion.id, s.scoringRound]));
}

const scaleOf = (criterion: IPrioritisationCriterion): number =>
  criterion.scale !== undefined && Number.isFinite(criterion.scale) && criterion.scale > 0 ? criterion.scale : DEFAULT_SCALE;

const counts = (criterion: IPrioritisationCriterion): boolean =>
  criterion.active !== false && Number.isFinite(criterion.weight) && criterion.weight > 0;

const byOrder = (a: IPrioritisationCriterion, b: IPrioritisationCriterion): number =>
  (a.order ?? Number.POSITIVE_INFINITY) - (b.order ?? Number.POSITIVE_INFINITY) || a.title.localeCompare(b.title, 'en-GB') || a.id - b.id;

/** 100 x sum(weight x mean) / sum(weight), or undefined over no criteria. */
function weighted(means: readonly ICriterionMean[]): number | undefined {
  const weights = means.reduce((sum, m) => sum + m.weight, 0);
  return weights > 0 ? (100 * means.reduce((sum, m) => sum + m.weight * m.mean, 0)) / weights : undefined;
}

const higherFirst = (a: number | undefined, b: number | undefined): number =>
  a === b ? 0 : a === undefined ? 1 : b === undefined ? -1 : b - a;

const lowerFirst = (a: number | undefined, b: number | undefined): number =>
  a === b ? 0 : a === undefined ? 1 : b === undefined ? -1 : a - b;

/** Score order, then the tie-break: higher benefit, fewer effort months (unknown last), title A-Z, then id. */
function compareRanked(a: Omit<IRankedInitiative, 'rank'>, b: Omit<IRankedInitiative, 'rank'>): number {
  return (
    b.score - a.score ||
    higherFirst(a.benefit, b.benefit) ||
    lowerFirst(a.initiative.effortMonths, b.initiative.effortMonths) ||
    a.initiative.title.localeCompare(b.initiative.title, 'en-GB', { sensitivity: 'base' }) ||
    a.initiative.id - b.initiative.id
  );
}

/** Scores and ranks the initiatives by SCORING_RULE. */
export function scoreInitiatives(
  initiatives: readonly IInitiative[],
  criteria: readonly IPrioritisationCriterion[],
  scores: readonly IInitiativeScore[],
  options: IScoringOptions = {}
): IPrioritisation {
  const active = criteria.filter(counts).sort(byOrder);
  const activeIds = new Set(active.map((c) => c.id));
  const usable = scores.filter(
    (s) => hasScorer(s) && activeIds.has(s.criterion.id) && Number.isFinite(s.score) && (options.round === undefined || s.scoringRound === options.round)
  );
  const latest = keepLatest(usable, (s) => JSON.stringify([scorerOf(s), s.initiative.id, s.criterion.id]));
  const byInitiative = new Map<number, IInitiativeScore[]>();
  for (const score of latest) {
    const list = byInitiative.get(score.initiative.id) ?? [];
    list.push(score);
    byInitiative.set(score.initiative.id, list);
  }

  const figures = new Map<number, IInitiativeFigures>();
  for (const initiative of initiatives) {
    if (initiative.mustDo || (!options.includeSmall && isSmall(initiative))) continue;
    const own = byInitiative.get(initiative.id) ?? [];
    const perCriterion = active.flatMap((criterion): ICriterionMean[] => {
      const scale = scaleOf(criterion);
      const given = own.filter((s) => s.criterion.id === criterion.id && Number.isInteger(s.score) && s.score >= 0 && s.score <= scale);
      if (given.length === 0) return [];
      const values = given.map((s) => {
        const v = s.score / scale;
        return criterion.kind === 'Cost' ? 1 - v : v;
      });
      return [
        {
          criterionId: criterion.id,
          kind: criterion.kind,
          weight: criterion.weight,
          mean: values.reduce((a, b) => a + b, 0) / values.length,
          meanScore: given.reduce((a, s) => a + s.score, 0) / given.length,
          scorers: given.length
        }
      ];
    });
    const score = weighted(perCriterion);
    if (score === undefined) continue;
    const completeScorers = [...new Set(own.map(scorerOf))].filter((scorer) =>
      active.every((criterion) => own.some((s) => s.criterion.id === criterion.id && scorerOf(s) === scorer))
    ).length;
    const benefit = weighted(perCriterion.filter((m) => m.kind === 'Benefit'));
    const cost = weighted(perCriterion.filter((m) => m.kind === 'Cost'));
    figures.set(initiative.id, {
      score: oneDecimal(score),
      benefit: benefit === undefined ? undefined : oneDecimal(benefit),
      cost: cost === undefined ? undefined : oneDecimal(cost),
      scorers: new Set(own.map(scorerOf)).size,
      completeScorers,
      perCriterion
    });
  }
  return arrangeInitiatives(initiatives, figures, options);
}

/** What scoring gives one initiative: every figure of IRankedInitiative but the initiative and its rank. */
export type IInitiativeFigures = Omit<IRankedInitiative, 'initiative' | 'rank'>;

/**
 * Rules 6 to 8 over figures already worked out (by scoreInitiatives, or a closed round's frozen snapshot): must-do and
 * small initiatives apart, initiatives without figures unscored, the rest in rule 7's order, ranked when they reach
 * the quorum and provisional otherwise.
 */
export function arrangeInitiatives(initiatives: readonly IInitiative[], figures: ReadonlyMap<number, IInitiativeFigures>, options: IScoringOptions = {}): IPrioritisation {
  const mustDo: IInitiative[] = [];
  const unscored: IInitiative[] = [];
  const excludedSmall: IInitiative[] = [];
  const scored: Omit<IRankedInitiative, 'rank'>[] = [];
  for (const initiative of initiatives) {
    if (initiative.mustDo) mustDo.push(initiative);
    else if (!options.includeSmall && isSmall(initiative)) excludedSmall.push(initiative);
    else {
      const found = figures.get(initiative.id);
      if (found) scored.push({ initiative, ...found });
      else unscored.push(initiative);
    }
  }
  const quorum = options.quorum ?? DEFAULT_QUORUM;
  const sorted = scored.sort(compareRanked);
  const ranked = sorted.filter((r) => r.completeScorers >= quorum).map((r, index) => ({ ...r, rank: index + 1 }));
  const provisional = sorted.filter((r) => r.completeScorers < quorum);
  return { ranked, provisional, quorum, mustDo, unscored, excludedSmall };
}

export type ValueEffortQuadrant = 'Quick wins' | 'Major projects' | 'Fill-ins' | 'Money pit';

/**
 * The value-versus-effort matrix. Value (y) is the benefit sub-score; effort (x) is the cost sub-score turned
 * back round (100 - cost), so higher means more effort. The matrix splits at 50 on both axes; 50 itself counts
 * as high.
 */
export const VALUE_EFFORT_QUADRANTS: readonly { readonly name: ValueEffortQuadrant; readonly description: string }[] = [
  { name: 'Quick wins', description: 'High value, low effort: do these first.' },
  { name: 'Major projects', description: 'High value, high effort: plan and resource them.' },
  { name: 'Fill-ins', description: 'Low value, low effort: do them when there is spare capacity.' },
  { name: 'Money pit', description: 'Low value, high effort: question whether to do them at all.' }
];

export const VALUE_EFFORT_MIDPOINT = 50;

export interface IValueEffortPoint {
  /** Effort, 0..100: higher = more effort. */
  readonly x: number;
  /** Value (the benefit sub-score), 0..100. */
  readonly y: number;
  readonly quadrant: ValueEffortQuadrant;
}

export function valueEffortQuadrant(x: number, y: number): ValueEffortQuadrant {
  const highValue = y >= VALUE_EFFORT_MIDPOINT;
  const highEffort = x >= VALUE_EFFORT_MIDPOINT;
  if (highValue) return highEffort ? 'Major projects' : 'Quick wins';
  return highEffort ? 'Money pit' : 'Fill-ins';
}

/** The initiative's point on the matrix, or undefined unless it has both benefit and cost scores. */
export function valueEffortPoint(ranked: Pick<IRankedInitiative, 'benefit' | 'cost'>): IValueEffortPoint | undefined {
  if (ranked.benefit === undefined || ranked.cost === undefined) return undefined;
  const x = oneDecimal(100 - ranked.cost);
  return { x, y: ranked.benefit, quadrant: valueEffortQuadrant(x, ranked.benefit) };
}

/** Where one initiative stands in a prioritisation: ranked (with how many were ranked), or why it is not. */
export type InitiativeStanding =
  | { readonly kind: 'ranked'; readonly ranked: IRankedInitiative; readonly of: number }
  | { readonly kind: 'provisional'; readonly provisional: IProvisionalInitiative; readonly quorum: number }
  | { readonly kind: 'mustDo' }
  | { readonly kind: 'small' }
  | { readonly kind: 'unscored' };

/** The initiative's standing in the result, or undefined when it was not among the initiatives scored. */
export function initiativeStanding(result: IPrioritisation, initiativeId: number): InitiativeStanding | undefined {
  const ranked = result.ranked.find((r) => r.initiative.id === initiativeId);
  if (ranked) return { kind: 'ranked', ranked, of: result.ranked.length };
  const provisional = result.provisional.find((r) => r.initiative.id === initiativeId);
  if (provisional) return { kind: 'provisional', provisional, quorum: result.quorum };
  if (result.mustDo.some((i) => i.id === initiativeId)) return { kind: 'mustDo' };
  if (result.excludedSmall.some((i) => i.id === initiativeId)) return { kind: 'small' };
  if (result.unscored.some((i) => i.id === initiativeId)) return { kind: 'unscored' };
  return undefined;
}
