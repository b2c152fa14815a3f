import { IRoadmapFilter, clearedFilter, filterChips, removeChip, toggleFacetValue } from '../../../src/domain/roadmap';
import { roadmap } from './roadmapData';

describe('filterChips', () => {
  it('has no chips for an empty filter', () => {
    expect(filterChips({}, roadmap)).toEqual([]);
    expect(filterChips({ workstreams: [], search: '  ' }, roadmap)).toEqual([]);
  });

  it("lists one chip per chosen value, in the facets' order, naming departments and owners", () => {
    const filter: IRoadmapFilter = {
      health: ['At risk'],
      ownerIds: [22, 99],
      workstreams: ['Data & Information Management', 'End-User Computing'],
      departmentIds: [2],
      mustDo: 'exclude',
      search: ' Intune ',
      includeSmall: true
    };
    expect(filterChips(filter, roadmap).map((c) => c.label)).toEqual([
      'Workstream: Data & Information Management',
      'Workstream: End-User Computing',
      "Department: Chamberlain's",
      'Owner: Priya Shah',
      'Owner: #99',
      'Must do: excluded',
      'Health: At risk',
      'Search: "Intune"',
      "Including initiatives under one month's effort"
    ]);
  });
});

describe('removeChip', () => {
  const filter: IRoadmapFilter = { workstreams: ['Digital Workplace', 'End-User Computing'], stages: ['Approved'], mustDo: 'only', search: 'data', includeSmall: true };
  test.each<[string, number, IRoadmapFilter]>([
    ['one value of several', 0, { ...filter, workstreams: ['End-User Computing'] }],
    ['the last value of a facet removes the facet', 2, { workstreams: filter.workstreams, mustDo: 'only', search: 'data', includeSmall: true }],
    ['must do', 3, { workstreams: filter.workstreams, stages: ['Approved'], search: 'data', includeSmall: true }],
    ['the search', 4, { workstreams: filter.workstreams, stages: ['Approved'], mustDo: 'only', includeSmall: true }],
    ['including small initiatives', 5, { workstreams: filter.workstreams, stages: ['Approved'], mustDo: 'only', search: 'data' }]
  ])('%s', (_, index, expected) => {
    expect(removeChip(filter, filterChips(filter)[index])).toEqual(expected);
  });
});

describe('toggleFacetValue', () => {
  test.each<[string, IRoadmapFilter, boolean, IRoadmapFilter]>([
    ['ticks a value', {}, true, { stages: ['Approved'] }],
    ['adds to the values ticked', { stages: ['Proposed'] }, true, { stages: ['Proposed', 'Approved'] }],
    ['does not tick twice', { stages: ['Approved'] }, true, { stages: ['Approved'] }],
    ['unticks a value', { stages: ['Proposed', 'Approved'] }, false, { stages: ['Proposed'] }],
    ['unticking the last removes the facet', { stages: ['Approved'], search: 'x' }, false, { search: 'x' }]
  ])('%s', (_, filter, on, expected) => {
    expect(toggleFacetValue(filter, 'stages', 'Approved', on)).toEqual(expected);
  });
});

describe('clearedFilter', () => {
  it('clears facets and search but keeps "include small"', () => {
    expect(clearedFilter({ stages: ['Approved'], search: 'x', includeSmall: true })).toEqual({ includeSmall: true });
    expect(clearedFilter({ stages: ['Approved'], mustDo: 'only' })).toEqual({});
  });
});
