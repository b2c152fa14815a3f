import { answerFor, orderedAnswers, readAnswers, sameAnswers, startingPoint, withAnswer, writeAnswers } from '../../../src/domain/maturity/answers';
import { SURVEY } from './surveyFixtures';

describe('answers kept as JSON', () => {
  test.each([
    ['empty', undefined, []],
    ['not JSON', '{oops', []],
    ['not a list', '{"dimension":"Platform"}', []],
    ['entries without a dimension', '[{"current":2},{"dimension":"Platform","current":2}]', [{ dimension: 'Platform', current: 2 }]],
    ['levels that are not whole numbers', '[{"dimension":"Platform","current":"2","target":2.5}]', [{ dimension: 'Platform' }]],
    ['an unknown confidence', '[{"dimension":"Platform","confidence":"Sure"}]', [{ dimension: 'Platform' }]],
    [
      'everything',
      '[{"dimension":"Platform","current":3,"target":2,"evidence":"e","confidence":"High","targetReason":"budget"}]',
      [{ dimension: 'Platform', current: 3, target: 2, evidence: 'e', confidence: 'High', targetReason: 'budget' }]
    ]
  ])('reads %s', (_case, json, expected) => {
    expect(readAnswers(json)).toEqual(expected);
  });

  it('finds a dimension\'s answer ignoring case and spaces', () => {
    expect(answerFor([{ dimension: ' value focus ', current: 1 }], 'Value Focus')).toEqual({ dimension: ' value focus ', current: 1 });
  });

  it('changes one answer and adds a new one, dropping emptied properties', () => {
    let answers = withAnswer([], 'Platform', { current: 2, evidence: 'forms' });
    answers = withAnswer(answers, 'Platform', { evidence: '' });
    answers = withAnswer(answers, 'Value Focus', { target: 4 });
    expect(answers).toEqual([{ dimension: 'Platform', current: 2 }, { dimension: 'Value Focus', target: 4 }]);
  });

  it('stores answers in the model\'s order, keeping answers for dimensions the model no longer has', () => {
    const answers = [{ dimension: 'Retired dimension', current: 1 }, { dimension: 'Platform', current: 2 }, { dimension: 'Value Focus', current: 3 }, { dimension: 'Service Model' }];
    expect(orderedAnswers(SURVEY, answers).map((a) => a.dimension)).toEqual(['Value Focus', 'Platform', 'Retired dimension']);
    expect(JSON.parse(writeAnswers(SURVEY, answers))).toHaveLength(3);
  });

  test.each([
    ['the same answers in another order', [{ dimension: 'Platform', current: 2 }, { dimension: 'Value Focus', current: 1 }], true],
    ['a different level', [{ dimension: 'Platform', current: 3 }, { dimension: 'Value Focus', current: 1 }], false],
    ['one answer fewer', [{ dimension: 'Value Focus', current: 1 }], false]
  ])('compares answers: %s', (_case, other, same) => {
    expect(sameAnswers(SURVEY, [{ dimension: 'Value Focus', current: 1 }, { dimension: 'platform', current: 2 }], other)).toBe(same);
  });
});

describe('last round\'s answers as a starting point', () => {
  it('copies the previous answers for the model\'s dimensions', () => {
    const previous = [
      { dimension: 'Value Focus', current: 2, target: 4, evidence: 'Budget reports', confidence: 'Medium' as const },
      { dimension: 'Gone', current: 1, target: 2 }
    ];
    expect(startingPoint(SURVEY, previous)).toEqual([{ dimension: 'Value Focus', current: 2, target: 4, evidence: 'Budget reports', confidence: 'Medium' }]);
  });

  it('leaves out levels the model does not have (a five-level answer on a three-level model)', () => {
    const three = { ...SURVEY, levels: SURVEY.levels.slice(0, 3) };
    expect(startingPoint(three, [{ dimension: 'Platform', current: 2, target: 5, evidence: 'x' }])).toEqual([{ dimension: 'Platform', current: 2, evidence: 'x' }]);
  });
});
