import { parseQuarterLabel, quarterOf, shiftQuarter } from '../../../src/domain/kpi/periods';

describe('financial quarters', () => {
  test.each([
    ['2025-04-01', '2025-04-01', '2025-26 Q1'],
    ['2025-06-30', '2025-04-01', '2025-26 Q1'],
    ['2025-10-15', '2025-10-01', '2025-26 Q3'],
    ['2026-02-10', '2026-01-01', '2025-26 Q4'],
    ['2026-03-31T23:00:00Z', '2026-01-01', '2025-26 Q4'],
    ['1999-12-01', '1999-10-01', '1999-00 Q3']
  ])('%s is in %s (%s)', (date, start, label) => {
    expect(quarterOf(date).start).toBe(start);
    expect(quarterOf(date).label).toBe(label);
  });

  test('shifts and parses labels', () => {
    expect(shiftQuarter('2026-01-01', 1).label).toBe('2026-27 Q1');
    expect(shiftQuarter('2025-04-01', -1).label).toBe('2024-25 Q4');
    expect(shiftQuarter('2025-10-01', -4).start).toBe('2024-10-01');
    expect(parseQuarterLabel('2025-26 Q4')?.start).toBe('2026-01-01');
    expect(parseQuarterLabel('2025-27 Q4')).toBeUndefined();
    expect(parseQuarterLabel('Q4')).toBeUndefined();
  });
});
