import { anonymiseRollup, anonymousLabels, letters } from '../../../src/domain/maturity/resultsAnonymise';
import { rollupOrganisation } from '../../../src/domain/maturity/rollup';
import { APPENDIX_B, flat } from './rollupFixtures';

describe('anonymised department labels', () => {
  test.each([
    [0, 'A'],
    [25, 'Z'],
    [26, 'AA'],
    [27, 'AB'],
    [52, 'BA']
  ])('the %dth department is lettered %s', (index, expected) => {
    expect(letters(index)).toBe(expected);
  });

  it('deals every department one distinct letter from A', () => {
    const labels = anonymousLabels(4, [10, 11, 12, 13, 14]);
    expect(Array.from(labels.values()).sort()).toEqual(['Department A', 'Department B', 'Department C', 'Department D', 'Department E']);
  });

  it('deals the same letters for the same round whatever order the responses came in', () => {
    expect(anonymousLabels(4, [10, 11, 12, 13])).toEqual(anonymousLabels(4, [13, 11, 10, 12]));
  });

  it('does not follow department ids or names: across rounds the letters are dealt afresh', () => {
    const ids = Array.from({ length: 8 }, (_, i) => i + 1);
    const perRound = [1, 2, 3, 4, 5].map((round) => ids.map((id) => anonymousLabels(round, ids).get(id)).join(','));
    expect(new Set(perRound).size).toBeGreaterThan(1);
    const inIdOrder = ids.map((_, i) => `Department ${letters(i)}`).join(',');
    expect(perRound.filter((labels) => labels === inIdOrder).length).toBeLessThan(perRound.length);
  });

  it('replaces every name in the results and lists them A, B, C', () => {
    const result = rollupOrganisation([flat([1, "Chamberlain's"], 1), flat([2, 'Environment'], 2), flat([3, "Town Clerk's"], 3)], APPENDIX_B, 5);
    const anonymised = anonymiseRollup(result, 2);
    expect(anonymised.departments.map((d) => d.department)).toEqual(['Department A', 'Department B', 'Department C']);
    expect(JSON.stringify(anonymised.departments.map((d) => ({ ...d, notes: [] })))).not.toMatch(/Chamberlain|Environment|Town Clerk/);
    // the same numbers, only relabelled
    expect(anonymised.overall).toEqual(result.overall);
    expect(anonymised.departments.map((d) => d.overall.current).sort()).toEqual([1, 2, 3]);
  });
});
