import { ISurveyAnswer } from '../../../src/domain/maturity/answers';
import { answerIssues, checkResponse, EVIDENCE_MAX_LENGTH, REASON_MAX_LENGTH } from '../../../src/domain/maturity/validateResponse';
import { SURVEY } from './surveyFixtures';

const answer = (values: Partial<ISurveyAnswer>): ISurveyAnswer => ({ dimension: 'Platform', ...values });

describe('validating an answer', () => {
  test.each<[string, Partial<ISurveyAnswer>, string[]]>([
    ['levels within the model', { current: 1, target: 5 }, []],
    ['no levels yet (a draft)', {}, []],
    ['a current level of 0', { current: 0, target: 2 }, ['current: Choose a current level from 1 to 5.']],
    ['a target level of 6', { current: 2, target: 6 }, ['target: Choose a target level from 1 to 5.']],
    ['a level that is not whole', { current: 2.5, target: 3 }, ['current: Choose a current level from 1 to 5.']],
    ['the same target as current', { current: 3, target: 3 }, []],
    ['a target below current without a reason', { current: 3, target: 2 }, ['targetReason: The target is below the current level: say why, or raise the target.']],
    ['a target below current with only spaces as the reason', { current: 3, target: 2, targetReason: '   ' }, ['targetReason: The target is below the current level: say why, or raise the target.']],
    ['a target below current with a reason', { current: 3, target: 2, targetReason: 'The service is being decommissioned' }, []],
    ['evidence at the limit', { evidence: 'x'.repeat(EVIDENCE_MAX_LENGTH) }, []],
    ['evidence over the limit', { evidence: 'x'.repeat(EVIDENCE_MAX_LENGTH + 1) }, [`evidence: Keep the evidence to 1000 characters or fewer (it has ${EVIDENCE_MAX_LENGTH + 1}).`]],
    ['a reason over the limit', { current: 3, target: 1, targetReason: 'y'.repeat(REASON_MAX_LENGTH + 1) }, [`targetReason: Keep the reason to 400 characters or fewer (it has ${REASON_MAX_LENGTH + 1}).`]],
    ['an unknown confidence', { confidence: 'Certain' as never }, ['confidence: Choose Low, Medium or High confidence.']]
  ])('%s', (_case, values, expected) => {
    expect(answerIssues(SURVEY, answer(values)).map((i) => `${i.field}: ${i.message}`)).toEqual(expected);
  });

  it('follows the model\'s range: level 4 is out of range on a three-level model', () => {
    const three = { ...SURVEY, levels: SURVEY.levels.slice(0, 3) };
    expect(answerIssues(three, answer({ current: 4, target: 4 })).map((i) => i.message)).toEqual(['Choose a current level from 1 to 3.', 'Choose a target level from 1 to 3.']);
  });
});

describe('checking a response before it is submitted', () => {
  const complete: ISurveyAnswer[] = [
    { dimension: 'Value Focus', current: 1, target: 3 },
    { dimension: 'Service Model', current: 2, target: 3 },
    { dimension: 'Platform', current: 2, target: 4 }
  ];

  it('lets a complete, valid response be submitted', () => {
    expect(checkResponse(SURVEY, complete)).toEqual({ issues: [], missing: [], canSubmit: true });
  });

  test.each<[string, ISurveyAnswer[], string[]]>([
    ['nothing answered', [], ['Value Focus', 'Service Model', 'Platform']],
    ['a dimension with only a current level', [complete[0], { dimension: 'Service Model', current: 2 }, complete[2]], ['Service Model']],
    ['an answer for another dimension only', [{ dimension: 'Elsewhere', current: 1, target: 1 }, complete[0], complete[1]], ['Platform']]
  ])('lists what is missing, in the model\'s order: %s', (_case, answers, missing) => {
    const check = checkResponse(SURVEY, answers);
    expect(check.missing.map((d) => d.title)).toEqual(missing);
    expect(check.canSubmit).toBe(false);
  });

  it('refuses a complete response with a problem, and names the dimension', () => {
    const check = checkResponse(SURVEY, [complete[0], complete[1], { dimension: 'Platform', current: 4, target: 2 }]);
    expect(check.canSubmit).toBe(false);
    expect(check.issues).toEqual([expect.objectContaining({ dimension: 'Platform', field: 'targetReason' })]);
  });
});
