import { ISurveyAnswer } from '../../../src/domain/maturity/answers';
import { overallLevels, submissionValues } from '../../../src/domain/maturity/overallLevels';
import { SURVEY } from './surveyFixtures';

const answers = (...pairs: [number | undefined, number | undefined][]): ISurveyAnswer[] =>
  pairs.map(([current, target], i) => ({ dimension: SURVEY.dimensions[i]?.title ?? `Extra ${i}`, current, target }));

describe('a response\'s overall levels: the median of its dimension levels', () => {
  test.each<[string, ISurveyAnswer[], { current?: number; target?: number }]>([
    ['three dimensions', answers([1, 3], [2, 3], [2, 4]), { current: 2, target: 3 }],
    ['an even count: the mean of the middle two', answers([1, 3], [2, 4]), { current: 1.5, target: 3.5 }],
    ['an unanswered dimension is left out, not counted as 0', answers([1, 3], [undefined, undefined], [3, 5]), { current: 2, target: 4 }],
    ['a dimension the model does not have is left out', answers([1, 2], [1, 2], [1, 2], [5, 5]), { current: 1, target: 2 }],
    ['nothing answered', [], { current: undefined, target: undefined }]
  ])('%s', (_case, given, expected) => {
    expect(overallLevels(SURVEY, given)).toEqual(expected);
  });

  it('submits with Status, SubmittedOn, the answers in order and the overall levels', () => {
    const now = new Date('2026-11-02T10:42:00Z');
    expect(submissionValues(SURVEY, answers([1, 3], [2, 3], [2, 4]).reverse(), now)).toEqual({
      status: 'Submitted',
      submittedOn: '2026-11-02T10:42:00.000Z',
      answers: JSON.stringify(answers([1, 3], [2, 3], [2, 4])),
      overallCurrent: 2,
      overallTarget: 3
    });
  });

  it('keeps the first submission date when a submitted response is changed', () => {
    expect(submissionValues(SURVEY, answers([1, 1]), new Date('2026-11-20T00:00:00Z'), '2026-11-02T10:42:00Z').submittedOn).toBe('2026-11-02T10:42:00Z');
  });
});
