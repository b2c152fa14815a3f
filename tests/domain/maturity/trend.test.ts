import { maturityTrend, roundsInOrder } from '../../../src/domain/maturity/trend';
import { APPENDIX_B, flat, response } from './rollupFixtures';

describe('rounds in the order they opened', () => {
  test.each([
    ['by opening date', [{ id: 1, title: '2026 Q4', opensOn: '2026-10-01' }, { id: 2, title: '2025 Q4', opensOn: '2025-10-01' }], ['2025 Q4', '2026 Q4']],
    ['undated rounds last', [{ id: 1, title: 'Pilot' }, { id: 2, title: '2025 Q4', opensOn: '2025-10-01' }], ['2025 Q4', 'Pilot']],
    ['same date: the earlier-created round first', [{ id: 7, title: 'B', opensOn: '2025-10-01' }, { id: 3, title: 'A', opensOn: '2025-10-01' }], ['A', 'B']]
  ])('%s', (_, rounds, expected) => {
    expect(roundsInOrder(rounds).map((r) => r.title)).toEqual(expected);
  });
});

describe('the trend across rounds', () => {
  const rounds = [
    { id: 2, title: '2026 Q4', opensOn: '2026-10-01' },
    { id: 1, title: '2025 Q4', opensOn: '2025-10-01' },
    { id: 3, title: '2027 Q4', opensOn: '2027-10-01' }
  ];
  const responses = new Map([
    [1, [flat([1, 'A'], 1), flat([2, 'B'], 2)]],
    [2, [flat([1, 'A'], 2), response([2, 'B'], [[3, 4], [3, 4], [3, 4], [3, 4], [2, 4], [2, 4], [2, 4]])]]
  ]);
  const trend = maturityTrend(rounds, responses, APPENDIX_B, 5);

  it('gives one point per round, oldest first', () => {
    expect(trend.map((p) => p.round)).toEqual(['2025 Q4', '2026 Q4', '2027 Q4']);
  });

  it('rolls each round up by the documented rule', () => {
    expect(trend.map((p) => p.overall.current)).toEqual([1.5, 2.5, undefined]);
    expect(trend.map((p) => p.departments)).toEqual([2, 2, 0]);
  });

  it('gives the organisation median per dimension per round', () => {
    expect(trend[1].byDimension[0]).toEqual({ current: 2.5, target: 3.5 });
    expect(trend[1].byDimension[6]).toEqual({ current: 2, target: 3.5 });
    expect(trend[2].byDimension).toHaveLength(7);
  });
});
