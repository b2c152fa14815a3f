import { levelNames, median, overallCurrentLevel } from '../../src/domain/rules/maturityLevel';

describe('maturity roll-up', () => {
  test.each([
    [[1, 2, 2, 3, 1, 2, 2], 2],
    [[1, 2], 1.5],
    [[4, 1, 3, 2], 2.5],
    [[5], 5]
  ])('the median of %j is %d', (levels, expected) => {
    expect(median(levels)).toBe(expected);
  });

  it('has no level when nothing was answered', () => {
    expect(median([])).toBeUndefined();
  });

  it('reads level names one per line, ignoring blank lines', () => {
    expect(levelNames('E-Government / Initial\n\nOpen / Developing\r\nSmart / Optimizing\n')).toEqual([
      'E-Government / Initial',
      'Open / Developing',
      'Smart / Optimizing'
    ]);
  });
});

describe('overallCurrentLevel', () => {
  it('uses the stored overall level when there is one', () => {
    expect(overallCurrentLevel({ overallCurrent: 3, answers: '[{"current":1}]' })).toBe(3);
  });
  it('otherwise takes the median of the answers, skipping unanswered dimensions', () => {
    expect(overallCurrentLevel({ answers: JSON.stringify([{ current: 1 }, { current: 2 }, {}, { current: 2 }]) })).toBe(2);
  });
  it('has no level for unreadable answers', () => {
    expect(overallCurrentLevel({ answers: 'not json' })).toBeUndefined();
  });
});
