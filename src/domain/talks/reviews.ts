import { IProposalReview } from '../entities';
import { firstPerKey } from '../firstPerKey';

/**
 * Proposal reviews: each reviewer (the Talk Reviewers group or the Programme Office) scores a proposal on one scale
 * with a comment; the programme office sees every review with the mean and count. The list's schema holds the
 * same scale (src/data/schema/lists.ts, Talk Proposal Reviews' Score column), so SharePoint and the data layer refuse
 * other numbers.
 */

/** The review scale: whole numbers, 1 (do not run it) to 5 (run it soon). */
export const REVIEW_SCALE = { min: 1, max: 5 } as const;

/** What each point of the scale means, shown next to the choice. */
export const REVIEW_SCALE_WORDS: Readonly<Record<number, string>> = {
  1: 'do not run it',
  2: 'weak',
  3: 'worth running',
  4: 'strong',
  5: 'run it soon'
};

export interface IReviewSummary {
  readonly count: number;
  /** The mean score, undefined without reviews. */
  readonly mean: number | undefined;
}

/** Why a score is not on the scale, or undefined when it is. */
export function reviewScoreProblem(score: number | undefined): string | undefined {
  if (score === undefined || Number.isNaN(score)) return `Choose a score from ${REVIEW_SCALE.min} to ${REVIEW_SCALE.max}.`;
  if (!Number.isInteger(score) || score < REVIEW_SCALE.min || score > REVIEW_SCALE.max) {
    return `A score must be a whole number from ${REVIEW_SCALE.min} to ${REVIEW_SCALE.max} (it is ${score}).`;
  }
  return undefined;
}

type ReviewFacts = Pick<IProposalReview, 'score'> & Partial<Pick<IProposalReview, 'id' | 'author' | 'proposal'>>;

/**
 * The mean and count of a proposal's reviews; a score off the scale (none should reach here) is left out, and so is a
 * reviewer's second review of the same proposal (one per proposal and reviewer: the first by id counts, firstPerKey).
 */
export function summariseReviews(reviews: readonly ReviewFacts[]): IReviewSummary {
  const keyed = reviews.map((review, index) => ({ review, id: review.id ?? index }));
  const counted = firstPerKey(keyed, ({ review }) => (review.author && review.proposal ? `${review.proposal.id}|${review.author.id}` : undefined));
  const scores = counted.map(({ review }) => review.score).filter((s) => reviewScoreProblem(s) === undefined);
  if (!scores.length) return { count: 0, mean: undefined };
  return { count: scores.length, mean: scores.reduce((a, b) => a + b, 0) / scores.length };
}

/** Reviews grouped by the proposal they review, each group in the order the reviews were made (item id). */
export function reviewsByProposal<T extends Pick<IProposalReview, 'id' | 'proposal'>>(reviews: readonly T[]): Map<number, T[]> {
  const grouped = new Map<number, T[]>();
  for (const review of [...reviews].sort((a, b) => a.id - b.id)) {
    const list = grouped.get(review.proposal.id) ?? [];
    list.push(review);
    grouped.set(review.proposal.id, list);
  }
  return grouped;
}

/** "Mean 4.3 from 3 reviews", or "No reviews yet". */
export function describeReviews(summary: IReviewSummary): string {
  if (summary.mean === undefined) return 'No reviews yet';
  return `Mean ${summary.mean.toFixed(1)} out of ${REVIEW_SCALE.max} from ${summary.count} review${summary.count === 1 ? '' : 's'}`;
}
