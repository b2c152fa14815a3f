import { kpiStatus } from '../../src/domain/rules/kpiStatus';

describe('kpiStatus', () => {
  const higher = { polarity: 'Higher is better' as const, target: 80, tolerance: 5 };
  const lower = { polarity: 'Lower is better' as const, target: 10, tolerance: 10 };

  test.each([
    ['at target', higher, 80, 'Green'],
    ['above target', higher, 95, 'Green'],
    ['inside the amber band (80 - 5% = 76)', higher, 76, 'Amber'],
    ['just below the band', higher, 75.9, 'Red'],
    ['lower is better, under target', lower, 8, 'Green'],
    ['lower is better, within 10% over', lower, 11, 'Amber'],
    ['lower is better, well over', lower, 12, 'Red'],
    ['no value yet', higher, undefined, 'No data']
  ])('%s', (_, kpi, value, expected) => {
    expect(kpiStatus(kpi, value)).toBe(expected);
  });

  it('does not rate data-only measures or measures without a target', () => {
    expect(kpiStatus({ polarity: 'Data only', target: 10 }, 3)).toBe('Not rated');
    expect(kpiStatus({ polarity: 'Higher is better' }, 3)).toBe('Not rated');
  });

  it('uses a 5% tolerance when none is set', () => {
    expect(kpiStatus({ polarity: 'Higher is better', target: 100 }, 95)).toBe('Amber');
    expect(kpiStatus({ polarity: 'Higher is better', target: 100 }, 94)).toBe('Red');
  });
});
