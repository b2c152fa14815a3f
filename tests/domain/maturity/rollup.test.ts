import exampleResponses from '../../../src/data/exampleContent/maturityResponses.json';
import { medianPair, parseAnswers, responseLevels, rollupDepartment, rollupOrganisation, validLevel } from '../../../src/domain/maturity/rollup';
import { APPENDIX_B, flat, response } from './rollupFixtures';

const CHB: [number, string] = [1, "Chamberlain's"];
const ENV: [number, string] = [2, 'Environment'];
const TC: [number, string] = [3, "Town Clerk's"];
const BAR: [number, string] = [4, 'Barbican Centre'];

describe('reading a response', () => {
  test.each([
    ['not JSON', 'oops', 0],
    ['not a list', '{"dimension":"Platform"}', 0],
    ['entries without a dimension', '[{"current":2},null,{"dimension":"Platform","current":2}]', 1],
    ['nothing', undefined, 0]
  ])('%s reads as %d usable answers', (_, json, count) => {
    expect(parseAnswers(json)).toHaveLength(count);
  });

  test.each([
    [3, 5, 3],
    [1, 5, 1],
    [5, 5, 5],
    [0, 5, undefined],
    [6, 5, undefined],
    [5, 4, undefined],
    [2.5, 5, undefined],
    ['3', 5, undefined],
    [undefined, 5, undefined]
  ])('a level of %j on a %d-level model counts as %j', (value, levelCount, expected) => {
    expect(validLevel(value, levelCount)).toBe(expected);
  });

  it('matches dimensions by title whatever the case or spacing, and ignores dimensions the model lacks', () => {
    const json = JSON.stringify([
      { dimension: ' platform ', current: 2, target: 4 },
      { dimension: 'Retired dimension', current: 5, target: 5 },
      { dimension: 'Value Focus', current: 1 }
    ]);
    expect(responseLevels(json, ['Value Focus', 'Platform', 'Ecosystem'], 5).levels).toEqual([
      { current: 1, target: undefined },
      { current: 2, target: 4 },
      { current: undefined, target: undefined }
    ]);
  });
});

describe('a department\'s levels', () => {
  it('takes one manager\'s levels as they are, overall = median of the dimensions', () => {
    // Chamberlain's 2025 Q4 sample: current 2,1,2,1,2,2,2 -> 2; target 4,3,4,3,4,3,3 -> 3
    const result = rollupDepartment([response(CHB, [[2, 4], [1, 3], [2, 4], [1, 3], [2, 4], [2, 3], [2, 3]])], APPENDIX_B, 5);
    expect(result.overall).toEqual({ current: 2, target: 3 });
    expect(result.levels[1]).toEqual({ current: 1, target: 3 });
    expect(result.responses).toBe(1);
  });

  test.each([
    ['two managers: the mean of the two', [[1, 3], [2, 4]], { current: 1.5, target: 3.5 }],
    ['three managers: the middle one', [[1, 3], [3, 5], [2, 3]], { current: 2, target: 3 }],
    ['a manager who left it blank is left out', [[1, 3], [undefined, undefined], [3, 3]], { current: 2, target: 3 }]
  ])('several managers for one department, per dimension: %s', (_, pairs, expected) => {
    const responses = (pairs as [number | undefined, number | undefined][]).map((pair) => response(ENV, [pair], ['Platform']));
    expect(rollupDepartment(responses, ['Platform'], 5).levels[0]).toEqual(expected);
  });

  it('leaves unanswered dimensions out of the overall level instead of counting them as 0', () => {
    const result = rollupDepartment([response(TC, [[1, 2], undefined, [3, 4], undefined, undefined, undefined, [3, 5]])], APPENDIX_B, 5);
    expect(result.overall).toEqual({ current: 3, target: 4 });
    expect(result.levels[1]).toEqual({ current: undefined, target: undefined });
  });

  it('has no overall level when nothing was answered', () => {
    expect(rollupDepartment([response(TC, [])], APPENDIX_B, 5).overall).toEqual({ current: undefined, target: undefined });
  });

  it('keeps every manager\'s evidence and confidence for the dimension', () => {
    const result = rollupDepartment([response(ENV, [[1, 3]], ['Platform']), response(ENV, [[2, 3]], ['Platform'])], ['Platform'], 5);
    expect(result.notes[0]).toEqual([
      { evidence: 'Environment on Platform', confidence: 'Medium' },
      { evidence: 'Environment on Platform', confidence: 'Medium' }
    ]);
  });
});

describe('the organisation\'s level', () => {
  test.each([
    ['one department', [2], 2],
    ['two departments: the mean of the middle two, "between levels 1 and 2"', [1, 2], 1.5],
    ['three departments: the middle one', [1, 3, 2], 2],
    ['four departments (even count)', [1, 1, 2, 4], 1.5],
    ['five departments', [1, 1, 2, 2, 3], 2]
  ])('%s', (_, departmentLevels, expected) => {
    const departments: [number, string][] = [CHB, ENV, TC, BAR, [5, 'Police']];
    const responses = (departmentLevels as number[]).map((level, i) => flat(departments[i], level));
    const result = rollupOrganisation(responses, APPENDIX_B, 5);
    expect(result.overall.current).toBe(expected);
    expect(result.departments).toHaveLength(departmentLevels.length);
  });

  it('is the median of the departments\' overall levels, not of all answers pooled (the documented rule)', () => {
    // Chamberlain's answered one dimension (1), Environment one (2), Town Clerk's all seven (5 each).
    // Departments: median(1, 2, 5) = 2. Pooling the nine answers would give 5.
    const result = rollupOrganisation([response(CHB, [[1, 2]]), response(ENV, [[2, 3]]), flat(TC, 5)], APPENDIX_B, 5);
    expect(result.departments.map((d) => d.overall.current)).toEqual([1, 2, 5]);
    expect(result.overall.current).toBe(2);
  });

  it('takes the median per dimension over the departments that answered it', () => {
    const result = rollupOrganisation(
      [response(CHB, [[1, 3], [2, 4]], ['Platform', 'Ecosystem']), response(ENV, [[2, 3], undefined], ['Platform', 'Ecosystem']), response(TC, [[4, 4], [3, 5]], ['Platform', 'Ecosystem'])],
      ['Platform', 'Ecosystem'],
      5
    );
    expect(result.byDimension).toEqual([
      { current: 2, target: 3 },
      { current: 2.5, target: 4.5 }
    ]);
  });

  it('combines several managers of one department before taking the organisation median', () => {
    // Environment's two managers say 1 and 2 (-> 1.5); Chamberlain's says 4. Organisation: median(1.5, 4) = 2.75,
    // where a median of the three responses would say 2.
    const result = rollupOrganisation([flat(ENV, 1), flat(ENV, 2), flat(CHB, 4)], APPENDIX_B, 5);
    expect(result.departments.map((d) => [d.department, d.responses, d.overall.current])).toEqual([
      ["Chamberlain's", 1, 4],
      ['Environment', 2, 1.5]
    ]);
    expect(result.overall.current).toBe(2.75);
  });

  it('lists departments by name, never by level (no league table)', () => {
    const result = rollupOrganisation([flat(TC, 1), flat(BAR, 3), flat(CHB, 2)], APPENDIX_B, 5);
    expect(result.departments.map((d) => d.department)).toEqual(['Barbican Centre', "Chamberlain's", "Town Clerk's"]);
  });

  it('works for another model: four levels, three dimensions (e.g. a data maturity model)', () => {
    const data = ['Data governance', 'Data quality', 'Data literacy'];
    const responses = [
      response(CHB, [[1, 3], [2, 4], [4, 4]], data),
      response(ENV, [[2, 4], [5, 5], [3, 4]], data) // 5 is outside a four-level model: left out
    ];
    const result = rollupOrganisation(responses, data, 4);
    expect(result.departments[1].levels[1]).toEqual({ current: undefined, target: undefined });
    expect(result.byDimension).toEqual([
      { current: 1.5, target: 3.5 },
      { current: 2, target: 4 },
      { current: 3.5, target: 4 }
    ]);
    expect(result.departments.map((d) => d.overall)).toEqual([
      { current: 2, target: 4 },
      { current: 2.5, target: 4 }
    ]);
    expect(result.overall).toEqual({ current: 2.25, target: 4 });
  });

  it('has no level when nobody has responded', () => {
    const result = rollupOrganisation([], APPENDIX_B, 5);
    expect(result.overall).toEqual({ current: undefined, target: undefined });
    expect(result.byDimension).toHaveLength(7);
  });

  it('reproduces the example content\'s 2025 Q4 round: level 2, target 3', () => {
    const sample = (exampleResponses as { Round: string; Department: string; Answers: unknown[] }[]).filter((r) => r.Round === '2025 Q4');
    const responses = sample.map((r, i) => ({ id: i + 1, department: { id: i + 1, title: r.Department }, answers: JSON.stringify(r.Answers) }));
    const result = rollupOrganisation(responses, APPENDIX_B, 5);
    // Chamberlain's 2, Environment 2, Town Clerk's 1, COO 2, Barbican 2 -> 2
    expect(result.departments.map((d) => [d.department, d.overall.current])).toEqual([
      ['Barbican Centre', 2],
      ["Chamberlain's", 2],
      ["Chief Operating Officer's", 2],
      ['Environment', 2],
      ["Town Clerk's", 1]
    ]);
    expect(result.overall).toEqual({ current: 2, target: 3 });
  });

  it('takes the median of pairs over the ones that have each level', () => {
    expect(medianPair([{ current: 1, target: 3 }, { current: 2 }, {}])).toEqual({ current: 1.5, target: 3 });
  });
});
