import { describeReviews, reviewScoreProblem, reviewsByProposal, summariseReviews } from '../../../src/domain/talks/reviews';

const review = (id: number, proposalId: number, score: number) => ({ id, proposal: { id: proposalId, title: '' }, score });

describe('proposal reviews', () => {
  it('gives the mean and count of a proposal\'s scores', () => {
    expect(summariseReviews([{ score: 4 }, { score: 5 }, { score: 3 }])).toEqual({ count: 3, mean: 4 });
    expect(summariseReviews([{ score: 2 }, { score: 5 }])).toEqual({ count: 2, mean: 3.5 });
    expect(describeReviews(summariseReviews([{ score: 4 }, { score: 5 }, { score: 5 }]))).toBe('Mean 4.7 out of 5 from 3 reviews');
  });

  it('says when there are no reviews rather than showing a mean of nothing', () => {
    expect(summariseReviews([])).toEqual({ count: 0, mean: undefined });
    expect(describeReviews(summariseReviews([]))).toBe('No reviews yet');
    expect(describeReviews(summariseReviews([{ score: 1 }]))).toBe('Mean 1.0 out of 5 from 1 review');
  });

  it('leaves out a score off the scale instead of letting it skew the mean', () => {
    expect(summariseReviews([{ score: 4 }, { score: 9 }, { score: 2.5 }])).toEqual({ count: 1, mean: 4 });
  });

  it('names the scale when a score is off it', () => {
    expect(reviewScoreProblem(undefined)).toBe('Choose a score from 1 to 5.');
    expect(reviewScoreProblem(0)).toBe('A score must be a whole number from 1 to 5 (it is 0).');
    expect(reviewScoreProblem(6)).toBe('A score must be a whole number from 1 to 5 (it is 6).');
    expect(reviewScoreProblem(3.5)).toBe('A score must be a whole number from 1 to 5 (it is 3.5).');
    expect([1, 2, 3, 4, 5].map(reviewScoreProblem)).toEqual([undefined, undefined, undefined, undefined, undefined]);
  });

  it('groups reviews by proposal in the order they were made', () => {
    const grouped = reviewsByProposal([review(7, 2, 4), review(3, 1, 5), review(5, 2, 1)]);
    expect([...grouped.keys()].sort()).toEqual([1, 2]);
    expect(grouped.get(2)?.map((r) => r.id)).toEqual([5, 7]);
  });
});
