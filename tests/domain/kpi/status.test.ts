import { direction, IStatusMeasure, kpiStatus, KpiStatus, Direction, travel, targetFor } from '../../../src/domain/kpi/status';

const higher: IStatusMeasure = { polarity: 'Higher is better', target: 90, tolerance: 5, toleranceKind: 'Percent', frequency: 'Quarterly' };
const lower: IStatusMeasure = { polarity: 'Lower is better', target: 16, tolerance: 2, toleranceKind: 'Unit', frequency: 'Quarterly' };
const Q3 = '2025-10-01';

describe('the KPI status rule', () => {
  test.each<[string, IStatusMeasure, string, number | undefined, KpiStatus]>([
    // Higher is better, tolerance 5% of 90 = 4.5: amber from 85.5 up to 90
    ['higher: above target', higher, Q3, 95, 'Green'],
    ['higher: exactly on target', higher, Q3, 90, 'Green'],
    ['higher: just inside the % band', higher, Q3, 85.5, 'Amber'],
    ['higher: just outside the % band', higher, Q3, 85.4, 'Red'],
    ['higher: far below', higher, Q3, 40, 'Red'],
    // Lower is better, tolerance 2 hours: amber above 16 up to 18
    ['lower: below target', lower, Q3, 12, 'Green'],
    ['lower: exactly on target', lower, Q3, 16, 'Green'],
    ['lower: inside the unit band', lower, Q3, 18, 'Amber'],
    ['lower: outside the unit band', lower, Q3, 18.1, 'Red'],
    ['higher with a unit tolerance', { ...higher, toleranceKind: 'Unit', tolerance: 10 }, Q3, 80, 'Amber'],
    ['lower with a % tolerance (10% of 16 = 1.6)', { ...lower, toleranceKind: 'Percent', tolerance: 10 }, Q3, 17.7, 'Red'],
    ['no tolerance set: 5% of target', { polarity: 'Higher is better', target: 100 }, Q3, 95, 'Amber'],
    ['zero tolerance: any shortfall is red', { ...higher, tolerance: 0 }, Q3, 89.9, 'Red'],
    ['data only is never rated', { polarity: 'Data only', target: 100 }, Q3, 3, 'Data only'],
    ['no target: not rated', { polarity: 'Higher is better' }, Q3, 3, 'No target'],
    ['due with no value: data awaited', higher, Q3, undefined, 'Data awaited'],
    ['data only with no value: data awaited', { polarity: 'Data only' }, Q3, undefined, 'Data awaited'],
    ['annual measure outside Q4: not due', { ...higher, frequency: 'Annually' }, Q3, undefined, 'Not due'],
    ['annual measure outside Q4 with a value: still not due', { ...higher, frequency: 'Annually' }, Q3, 95, 'Not due'],
    ['annual measure in Q4 without a value: data awaited', { ...higher, frequency: 'Annually' }, '2026-01-01', undefined, 'Data awaited'],
    ['annual measure in Q4: rated', { ...higher, frequency: 'Annually' }, '2026-01-01', 80, 'Red'],
    ['a year\'s own target applies in that year', { ...higher, targetsByYear: '2025-26: 80\n2026-27: 95' }, Q3, 80, 'Green'],
    ['another year uses its own target', { ...higher, targetsByYear: '2025-26: 80\n2026-27: 95' }, '2026-10-01', 92, 'Amber'],
    ['a year with no own target uses the measure\'s', { ...higher, targetsByYear: '2026-27: 95' }, Q3, 90, 'Green']
  ])('%s', (_name, measure, period, value, expected) => {
    expect(kpiStatus(measure, period, value).status).toBe(expected);
  });

  test('the result gives the target used and the amber band', () => {
    expect(kpiStatus(higher, Q3, 88)).toEqual({ status: 'Amber', target: 90, band: { from: 85.5, to: 90 } });
    expect(kpiStatus(lower, Q3, 17)).toEqual({ status: 'Amber', target: 16, band: { from: 16, to: 18 } });
    expect(targetFor({ polarity: 'Higher is better', targetsByYear: '2025-26: 70' }, '2025-04-01')).toBe(70);
  });
});

describe('direction of travel', () => {
  test.each<[string, string, number | undefined, number | undefined, Direction]>([
    ['higher is better, up', 'Higher is better', 88, 84, 'Improving'],
    ['higher is better, down', 'Higher is better', 80, 84, 'Worsening'],
    ['lower is better, down', 'Lower is better', 12, 16, 'Improving'],
    ['lower is better, up', 'Lower is better', 20, 16, 'Worsening'],
    ['the same value', 'Higher is better', 84, 84, 'No change'],
    ['data only, up', 'Data only', 5, 3, 'Up'],
    ['data only, down', 'Data only', 1, 3, 'Down'],
    ['no earlier value', 'Higher is better', 84, undefined, 'Not comparable'],
    ['no value now', 'Lower is better', undefined, 3, 'Not comparable']
  ])('%s', (_name, polarity, now, before, expected) => {
    expect(direction(polarity, now, before)).toBe(expected);
  });

  test('compares with the previous quarter and the same quarter last year', () => {
    const values: Record<string, number> = { '2025-10-01': 88, '2025-07-01': 89, '2024-10-01': 84 };
    expect(travel(higher, '2025-10-01', (p) => values[p])).toEqual({ vsPrevious: 'Worsening', vsLastYear: 'Improving' });
  });

  test('an annual measure compares with the previous year', () => {
    const values: Record<string, number> = { '2026-01-01': 10, '2025-01-01': 12 };
    expect(travel({ ...lower, frequency: 'Annually' }, '2026-01-01', (p) => values[p])).toEqual({ vsPrevious: 'Improving', vsLastYear: 'Improving' });
  });
});
