import { WORKSTREAMS } from '../../../src/domain/vocabulary';
import { defaultsFromPage, isWorkstreamShown, settingsDefaults, toggleShownWorkstream } from '../../../src/domain/roadmap';

describe('settingsDefaults', () => {
  it('is the board with no filters when nothing is set', () => {
    expect(settingsDefaults(undefined, undefined)).toEqual({ view: 'board', filter: {} });
  });

  it('reads the default filters from their query', () => {
    expect(settingsDefaults('table', 'ws=End-User%20Computing&md=only')).toEqual({ view: 'table', filter: { workstreams: ['End-User Computing'], mustDo: 'only' } });
  });
});

describe('defaultsFromPage: "use the view shown now as the default"', () => {
  test.each<[string, string, string | undefined, string | undefined, { defaultView: string; defaultQuery: string }]>([
    ['the page with nothing of ours keeps the defaults', 'as=priya', 'timeline', 'st=Approved', { defaultView: 'timeline', defaultQuery: 'st=Approved' }],
    ['the view and filters shown become the defaults', 'v=table&ws=Data+%26+Information+Management&so=-title', 'board', '', { defaultView: 'table', defaultQuery: 'ws=Data+%26+Information+Management&so=-title' }],
    ['an open initiative is not kept', 'v=matrix&sel=8&q=data', undefined, undefined, { defaultView: 'matrix', defaultQuery: 'q=data' }],
    ['a filter cleared on the page clears the default', 'st=', 'board', 'st=Approved', { defaultView: 'board', defaultQuery: '' }]
  ])('%s', (_, page, view, query, expected) => {
    expect(defaultsFromPage(page, view as never, query)).toEqual(expected);
  });
});

describe('which workstreams the web part shows', () => {
  it('shows every workstream when none is chosen', () => {
    expect(WORKSTREAMS.every((w) => isWorkstreamShown([], w))).toBe(true);
    expect(isWorkstreamShown(['Digital Workplace'], 'End-User Computing')).toBe(false);
  });

  test.each<[string, string[], string, boolean, string[]]>([
    ['unticking one of all', [], 'Brilliant Basics', false, WORKSTREAMS.filter((w) => w !== 'Brilliant Basics')],
    ['ticking another', ['Digital Workplace'], 'End-User Computing', true, ['Digital Workplace', 'End-User Computing']],
    ['unticking one', ['Digital Workplace', 'End-User Computing'], 'Digital Workplace', false, ['End-User Computing']],
    ['unticking the last keeps it', ['Digital Workplace'], 'Digital Workplace', false, ['Digital Workplace']],
    ['ticking the last missing one is "all"', WORKSTREAMS.filter((w) => w !== 'Automation & AI'), 'Automation & AI', true, []]
  ])('%s', (_, shown, workstream, on, expected) => {
    expect(toggleShownWorkstream(shown, workstream, on)).toEqual(expected);
  });
});
