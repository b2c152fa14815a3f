import { departmentGaps, organisationGaps } from '../../../src/domain/maturity/gaps';
import { anonymiseRollup } from '../../../src/domain/maturity/resultsAnonymise';
import { rollupOrganisation } from '../../../src/domain/maturity/rollup';
import { response } from './rollupFixtures';

const DIMS = ['Platform', 'Ecosystem', 'Leadership'];

describe('largest gaps between current and target', () => {
  const result = rollupOrganisation(
    [
      response([2, 'Environment'], [[1, 4], [2, 2], [2, 4]], DIMS),
      response([1, "Chamberlain's"], [[1, 3], [3, 1], [1, 4]], DIMS),
      response([3, 'Barbican Centre'], [[2, 4], [undefined, 5], [1, 3]], DIMS)
    ],
    DIMS,
    5
  );

  it('lists department gaps largest first, ties by department name then dimension order', () => {
    expect(departmentGaps(result).map((g) => `${g.department}/${g.dimension}=${g.gap}`)).toEqual([
      "Chamberlain's/Leadership=3",
      'Environment/Platform=3',
      'Barbican Centre/Platform=2',
      'Barbican Centre/Leadership=2',
      "Chamberlain's/Platform=2",
      'Environment/Leadership=2'
    ]);
  });

  it('leaves out met targets, targets below current and dimensions with a level missing', () => {
    const listed = departmentGaps(result).map((g) => `${g.department}/${g.dimension}`);
    expect(listed).not.toContain('Environment/Ecosystem');
    expect(listed).not.toContain("Chamberlain's/Ecosystem");
    expect(listed).not.toContain('Barbican Centre/Ecosystem');
  });

  test.each([[0], [1], [4]])('gives at most %d', (limit) => {
    expect(departmentGaps(result, limit)).toHaveLength(limit);
  });

  it('gives the organisation\'s gaps from its median per dimension', () => {
    // Platform: current median(1,1,2)=1, target median(4,3,4)=4 -> 3; Leadership: median(2,1,1)=1 -> median(4,4,3)=4 -> 3;
    // Ecosystem: current median(2,3)=2.5, target median(2,1,5)=2 -> none
    expect(organisationGaps(result)).toEqual([
      { dimension: 'Platform', dimensionIndex: 0, current: 1, target: 4, gap: 3 },
      { dimension: 'Leadership', dimensionIndex: 2, current: 1, target: 4, gap: 3 }
    ]);
  });

  it('breaks ties by the anonymised labels, so hidden names do not show through the order', () => {
    const anonymised = anonymiseRollup(result, 9);
    const order = anonymised.departments.map((d) => d.department);
    const tied = departmentGaps(anonymised).filter((g) => g.gap === 2).map((g) => g.department);
    const byLabel = [...tied].sort((a, b) => order.indexOf(a) - order.indexOf(b));
    expect(tied).toEqual(byLabel);
    expect(tied.every((label) => /^Department [A-C]$/.test(label))).toBe(true);
  });
});
