import { levelNames, median } from '../../../src/domain/maturity/maturityLevel';

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
