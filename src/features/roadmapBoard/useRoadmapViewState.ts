import * as React from 'react';
import { fromQuery, IRoadmapViewState, RoadmapView, settingsDefaults, toQuery, withRoadmapQuery } from '../../domain/roadmap';
import { useHub } from '../shared/HubContext';

export type ViewStateChange = (state: IRoadmapViewState) => IRoadmapViewState;

/** The defaults a web part's properties give: its default view and its default filters (a view-state query). */
export function viewStateDefaults(defaultView: RoadmapView | undefined, defaultQuery: string | undefined): IRoadmapViewState {
  return settingsDefaults(defaultView, defaultQuery);
}

/**
 * The board's view and filters, kept in the host's page state (the address, or a Teams deep link) so a link or a
 * reload opens the same view. Values equal to the defaults are left out of the address. The third value gives the
 * query a shared link carries (optionally for an adjusted state, e.g. one initiative's details).
 */
export function useRoadmapViewState(defaults: IRoadmapViewState): [IRoadmapViewState, (change: ViewStateChange) => void, (adjust?: ViewStateChange) => string] {
  const { host } = useHub();
  const { pageState } = host;
  const [state, setState] = React.useState(() => fromQuery(pageState.read(), defaults));
  const firstDefaults = React.useRef(defaults);
  React.useEffect(() => {
    if (firstDefaults.current === defaults) return;
    firstDefaults.current = defaults;
    setState(fromQuery(pageState.read(), defaults));
  }, [defaults, pageState]);
  React.useEffect(() => {
    const next = withRoadmapQuery(pageState.read(), state, defaults);
    if (next !== pageState.read()) pageState.write(next);
  }, [state, defaults, pageState]);
  const change = React.useCallback((update: ViewStateChange) => setState(update), []);
  // A shared link carries the board's view state only, never the page's other parameters (a workbench's as= or
  // host=, another part's state).
  const shareQuery = React.useCallback((adjust?: ViewStateChange) => toQuery(adjust ? adjust(state) : state, defaults), [state, defaults]);
  return [state, change, shareQuery];
}
