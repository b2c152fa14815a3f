import { addressBarPageState, memoryPageState } from '../../../src/features/shared/pageState';
import { teamsPageState } from '../../../src/webparts/shared/teamsPageState';

describe('where a feature keeps its view state', () => {
  it('in the address bar: reads the page query, replaces it without a new history entry, keeps the hash', () => {
    window.history.replaceState(null, '', '/SitePages/Roadmap.aspx?as=dan&v=table#top');
    const state = addressBarPageState(window);
    const entries = window.history.length;
    expect(state.read()).toBe('as=dan&v=table');
    state.write('as=dan&v=timeline&q=intune');
    expect(window.location.search).toBe('?as=dan&v=timeline&q=intune');
    expect(window.location.hash).toBe('#top');
    expect(window.history.length).toBe(entries);
    expect(state.linkTo('v=timeline')).toBe(`${window.location.origin}/SitePages/Roadmap.aspx?v=timeline`);
    state.write('');
    expect(window.location.search).toBe('');
  });

  it('in memory: for tests and hosts without an address', () => {
    const state = memoryPageState('?v=board', 'https://x.example/page');
    expect(state.read()).toBe('v=board');
    state.write('v=matrix');
    expect(state.read()).toBe('v=matrix');
    expect(state.linkTo('v=matrix')).toBe('https://x.example/page?v=matrix');
  });

  it('in a Teams tab: starts from the deep link\'s subEntityId and shares a Teams deep link carrying the state', () => {
    const state = teamsPageState({ appId: 'b4096060-a052-4146-8cb4-e0a37722e615', entityId: 'roadmap', subPageId: 'v=table&ws=End-User+Computing' });
    expect(state.read()).toBe('v=table&ws=End-User+Computing');
    state.write('v=board');
    expect(state.read()).toBe('v=board');
    const link = new URL(state.linkTo('v=board&q=intune'));
    expect(link.origin).toBe('https://teams.microsoft.com');
    expect(link.pathname).toBe('/l/entity/b4096060-a052-4146-8cb4-e0a37722e615/roadmap');
    expect(JSON.parse(link.searchParams.get('context') ?? '{}')).toEqual({ subEntityId: 'v=board&q=intune' });
  });
});
