import { IInitiative } from '../../../src/domain/entities';
import { WORKSTREAMS } from '../../../src/domain/vocabulary';
import { IRoadmapFilter, describeFilter, facetCounts, filterInitiatives, isEmptyFilter, isSmall } from '../../../src/domain/roadmap';
import { agile, assetsRegister, dataWarehouse, intune, passwordReset, roadmap, rpa, telephony, titles } from './roadmapData';

const everythingButSmall = titles([intune, telephony, dataWarehouse, assetsRegister, rpa, agile]);

describe('filterInitiatives: the Done-when cases', () => {
  it('searching "Intune" shows "Full Intune Deployment"', () => {
    expect(titles(filterInitiatives(roadmap, { search: 'Intune' }))).toContain('Full Intune Deployment');
  });

  it('filtering to the Data & Information Management workstream shows its projects and no End-User Computing ones', () => {
    const shown = filterInitiatives(roadmap, { workstreams: ['Data & Information Management'] });
    expect(titles(shown)).toEqual(['Data Warehouse', 'Information Assets Register']);
    expect(shown.filter((i) => i.workstream === 'End-User Computing')).toEqual([]);
  });
});

describe('filterInitiatives', () => {
  test.each<[string, IRoadmapFilter, string[]]>([
    ['an empty filter shows everything but small initiatives', {}, everythingButSmall],
    ['an empty list does not apply its facet', { workstreams: [], stages: [] }, everythingButSmall],
    ['a blank search does not apply', { search: '   ' }, everythingButSmall],
    ['search is case-insensitive', { search: 'iNTUNE' }, ['Full Intune Deployment']],
    ['search reads the description too', { search: 'teams phone' }, ['Modernise Telephony']],
    ['every search word must match (title or description)', { search: 'intune laptop' }, ['Full Intune Deployment']],
    ['a word that matches nothing empties the list', { search: 'intune telephony' }, []],
    ['small initiatives are found once asked for', { search: 'Intune', includeSmall: true }, ['Full Intune Deployment', 'Self-service password reset']],
    ['values within a facet combine with OR', { workstreams: ['Data & Information Management', 'Digital Workplace'] }, ['Data Warehouse', 'Information Assets Register', 'Robotic Process Automation']],
    ['facets combine with AND', { workstreams: ['End-User Computing'], stages: ['Approved'] }, ['Full Intune Deployment']],
    ['ways of working: any chosen way matches', { waysOfWorking: ['Engagement', 'Automation'] }, ['Modernise Telephony', 'Robotic Process Automation']],
    ['Corporate Plan outcome', { outcomes: ['10'] }, ['Modernise Telephony', 'Data Warehouse']],
    ['department', { departmentIds: [2] }, ['Data Warehouse', 'Robotic Process Automation']],
    ['owner', { ownerIds: [21] }, ['Full Intune Deployment', 'Robotic Process Automation']],
    ['timeframe', { timeframes: ['2021-22', '2022-23'] }, ['Modernise Telephony', 'Data Warehouse']],
    ['must-do only', { mustDo: 'only' }, ['Information Assets Register']],
    ['must-do excluded', { mustDo: 'exclude' }, titles([intune, telephony, dataWarehouse, rpa, agile])],
    ['health: an initiative without health does not match', { health: ['On track', 'At risk'] }, ['Full Intune Deployment', 'Modernise Telephony', 'Information Assets Register']],
    ['includeSmall shows everything', { includeSmall: true }, titles(roadmap)]
  ])('%s', (_, filter, expected) => {
    expect(titles(filterInitiatives(roadmap, filter))).toEqual(expected);
  });
});

describe('isSmall: under one month of effort', () => {
  test.each<[number | undefined, boolean]>([
    [undefined, false],
    [0, true],
    [0.99, true],
    [1, false],
    [12, false]
  ])('effortMonths %p -> %p', (effortMonths, small) => {
    const initiative: IInitiative = { id: 1, title: 'x', workstream: 'Digital Workplace', stage: 'Proposed', effortMonths };
    expect(isSmall(initiative)).toBe(small);
  });
});

describe('facetCounts', () => {
  const filter: IRoadmapFilter = { workstreams: ['End-User Computing'], stages: ['Approved'] };
  const counts = facetCounts(roadmap, filter);
  const nonZero = <V>(list: readonly { value: V; count: number }[]): [V, number][] => list.filter((c) => c.count > 0).map((c) => [c.value, c.count]);

  it('counts a facet as if it were not applied, but with the other facets and the small rule', () => {
    expect(nonZero(counts.workstreams)).toEqual([
      ['End-User Computing', 1],
      ['Data & Information Management', 1]
    ]);
    expect(nonZero(counts.stages)).toEqual([
      ['Approved', 1],
      ['In delivery', 1]
    ]);
    expect(nonZero(counts.health)).toEqual([['On track', 1]]);
    expect(nonZero(counts.waysOfWorking)).toEqual([
      ['Reach', 1],
      ['Co-ordination', 1]
    ]);
    expect(counts.mustDo).toEqual([
      { value: 'only', label: 'Must-do only', count: 0 },
      { value: 'exclude', label: 'Not must-do', count: 1 }
    ]);
  });

  it('gives each count as the number the chip would show when chosen alone', () => {
    const unfiltered = { stages: ['Approved' as const] };
    for (const { value, count } of facetCounts(roadmap, unfiltered).workstreams) {
      expect([value, count]).toEqual([value, filterInitiatives(roadmap, { ...unfiltered, workstreams: [value] }).length]);
    }
  });

  it('lists every vocabulary value in order, and the departments found in the items by name', () => {
    expect(counts.workstreams.map((c) => c.value)).toEqual([...WORKSTREAMS]);
    expect(counts.departmentIds).toEqual([
      { value: 2, label: "Chamberlain's", count: 0 },
      { value: 3, label: 'Comptroller & City Solicitor', count: 0 },
      { value: 1, label: 'Digital Services', count: 1 }
    ]);
  });

  it('keeps a chosen value that no item has, so its chip can be removed', () => {
    expect(facetCounts(roadmap, { departmentIds: [99] }).departmentIds).toContainEqual({ value: 99, label: '#99', count: 0 });
  });

  it('counts an initiative once under each of its ways of working', () => {
    const ways = facetCounts(roadmap, {}).waysOfWorking;
    expect(ways.find((c) => c.value === 'Co-ordination')?.count).toBe(2);
    expect(ways.find((c) => c.value === 'Reach')?.count).toBe(2);
  });
});

describe('describeFilter', () => {
  test.each<[IRoadmapFilter, string]>([
    [{}, 'All initiatives'],
    [{ workstreams: ['Data & Information Management'], search: ' Intune ' }, 'Workstream: Data & Information Management; Search: "Intune"'],
    [{ stages: ['Approved', 'In delivery'], mustDo: 'only' }, 'Stage: Approved, In delivery; Must-do: only'],
    [{ departmentIds: [1, 99], ownerIds: [21] }, 'Department: Digital Services, #99; Owner: Dan Evans'],
    [
      { includeSmall: true, health: ['At risk'], mustDo: 'exclude', timeframes: ['2021-22'], outcomes: ['9'], waysOfWorking: ['Insight'] },
      "Ways of working: Insight; Corporate Plan outcome: 9; Timeframe: 2021-22; Must-do: excluded; Health: At risk; Including initiatives under one month's effort"
    ]
  ])('%j -> %s', (filter, expected) => {
    expect(describeFilter(filter, roadmap)).toBe(expected);
  });
});

describe('isEmptyFilter', () => {
  test.each<[IRoadmapFilter, boolean]>([
    [{}, true],
    [{ workstreams: [], search: ' ' }, true],
    [{ includeSmall: true }, true],
    [{ search: 'x' }, false],
    [{ mustDo: 'only' }, false],
    [{ ownerIds: [1] }, false]
  ])('%j -> %p', (filter, empty) => {
    expect(isEmptyFilter(filter)).toBe(empty);
  });
});
