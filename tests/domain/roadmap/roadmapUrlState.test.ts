import {
  DEFAULT_ROADMAP_VIEW_STATE,
  IRoadmapViewState,
  filterInitiatives,
  fromQuery,
  fromTeamsSubEntityId,
  toQuery,
  toTeamsSubEntityId,
  withRoadmapQuery
} from '../../../src/domain/roadmap';
import { roadmap, titles } from './roadmapData';

const everything: IRoadmapViewState = {
  view: 'table',
  filter: {
    workstreams: ['Data & Information Management', 'End-User Computing'],
    stages: ['Approved', 'In delivery'],
    waysOfWorking: ['Co-ordination'],
    outcomes: ['3', '10'],
    departmentIds: [1, 12],
    ownerIds: [21],
    timeframes: ['2021-22', 'Q3 2024', 'Phase 1, then 2 & 3'],
    mustDo: 'exclude',
    health: ['At risk'],
    search: 'Intune & SharePoint, phase 2 = 50%+',
    includeSmall: true
  },
  swimlanes: false,
  sort: { column: 'endDate', descending: true },
  selectedId: 42
};

const states: [string, IRoadmapViewState][] = [
  ['the default state', DEFAULT_ROADMAP_VIEW_STATE],
  ['a workstream with "&" in its name', { view: 'timeline', filter: { workstreams: ['Data & Information Management'] }, swimlanes: true }],
  ['every facet, values with "," and "&"', everything],
  ['values holding escapes themselves', { view: 'priorities', filter: { mustDo: 'only', search: 'a,b&c=d%2C', timeframes: ['100%2C', '%25', ','] } }],
  ['an ascending sort and a selected item', { view: 'matrix', filter: { search: 'Intune' }, sort: { column: 'title', descending: false }, selectedId: 8 }]
];

describe('toQuery / fromQuery', () => {
  test.each(states)('round-trips %s', (_, state) => {
    expect(fromQuery(toQuery(state))).toStrictEqual(state);
  });

  test.each(states)('round-trips %s through a Teams subEntityId', (_, state) => {
    expect(fromTeamsSubEntityId(toTeamsSubEntityId(state))).toStrictEqual(state);
  });

  it('writes short keys, leaves defaults out and joins a list with "," (a comma inside a value is escaped)', () => {
    expect(toQuery(DEFAULT_ROADMAP_VIEW_STATE)).toBe('');
    expect(toQuery({ view: 'timeline', filter: { workstreams: ['Data & Information Management', 'End-User Computing'] } })).toBe(
      'v=timeline&ws=Data+%26+Information+Management%2CEnd-User+Computing'
    );
    expect(toQuery({ view: 'board', filter: { timeframes: ['Phase 1, then 2'] } })).toBe('tf=Phase+1%252C+then+2');
    expect(toQuery({ view: 'table', filter: {}, sort: { column: 'stage', descending: true }, selectedId: 8 })).toBe('v=table&so=-stage&sel=8');
  });

  it('keeps the same filters through a reload: the link opens the same initiatives', () => {
    const state: IRoadmapViewState = { view: 'table', filter: { workstreams: ['Data & Information Management'], search: 'data' } };
    const reloaded = fromQuery(`?${toQuery(state)}`);
    expect(titles(filterInitiatives(roadmap, reloaded.filter))).toEqual(titles(filterInitiatives(roadmap, state.filter)));
    expect(titles(filterInitiatives(roadmap, reloaded.filter))).toEqual(['Data Warehouse']);
  });

  describe('against a page whose defaults are not empty', () => {
    const defaults: IRoadmapViewState = { view: 'timeline', filter: { workstreams: ['End-User Computing'], mustDo: 'exclude' }, swimlanes: true };

    test.each<[string, IRoadmapViewState, string]>([
      ['the defaults themselves', defaults, ''],
      ['a cleared workstream list and must-do', { view: 'timeline', filter: {}, swimlanes: true }, 'ws=&md='],
      ['swimlanes turned off', { ...defaults, swimlanes: false }, 'sl=0'],
      ['another view and workstream', { ...defaults, view: 'board', filter: { ...defaults.filter, workstreams: ['Digital Workplace'] } }, 'v=board&ws=Digital+Workplace']
    ])('%s', (_, state, query) => {
      expect(toQuery(state, defaults)).toBe(query);
      expect(fromQuery(query, defaults)).toStrictEqual(state);
    });
  });
});

describe('fromQuery ignores what it does not understand', () => {
  test.each<[string, string, IRoadmapViewState]>([
    ['an unknown view', 'v=gantt', DEFAULT_ROADMAP_VIEW_STATE],
    ['a stage not in STAGES, keeping the valid ones', 'st=Approved,Bogus,In+delivery', { view: 'board', filter: { stages: ['Approved', 'In delivery'] } }],
    ['a list with no valid value (the default applies)', 'st=Bogus&hl=Purple', DEFAULT_ROADMAP_VIEW_STATE],
    ['duplicates', 'st=Approved,Approved', { view: 'board', filter: { stages: ['Approved'] } }],
    ['a vocabulary value in another case (read as the vocabulary has it)', 'ws=end-user+computing', { view: 'board', filter: { workstreams: ['End-User Computing'] } }],
    ['a Corporate Plan outcome out of range', 'oc=13,2', { view: 'board', filter: { outcomes: ['2'] } }],
    ['ids that are not positive whole numbers', 'dp=1,x,-2,0,3.5,7&ow=abc', { view: 'board', filter: { departmentIds: [1, 7] } }],
    ['an unknown must-do setting and flags that are not 1 or 0', 'md=maybe&sm=yes&sl=2', DEFAULT_ROADMAP_VIEW_STATE],
    ['an unknown sort column', 'so=-colour', DEFAULT_ROADMAP_VIEW_STATE],
    ['a selected id that is not a number', 'sel=abc', DEFAULT_ROADMAP_VIEW_STATE],
    ['the page\'s own parameters and a leading "?"', '?env=WebView&v=table&foo=bar', { view: 'table', filter: {} }]
  ])('%s', (_, query, expected) => {
    expect(fromQuery(query)).toEqual(expected);
  });

  it('gives the defaults for a missing subEntityId', () => {
    expect(fromTeamsSubEntityId(undefined)).toEqual(DEFAULT_ROADMAP_VIEW_STATE);
  });
});

describe('withRoadmapQuery', () => {
  it("replaces the roadmap's parameters and keeps the page's own", () => {
    const state: IRoadmapViewState = { view: 'table', filter: { search: 'Intune' } };
    expect(withRoadmapQuery('?env=WebView&v=board&ws=Digital+Workplace', state)).toBe('env=WebView&v=table&q=Intune');
  });
});
