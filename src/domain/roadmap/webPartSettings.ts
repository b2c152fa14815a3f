import { WORKSTREAMS } from '../vocabulary';
import { fromQuery, IRoadmapViewState, RoadmapView, toQuery } from './roadmapUrlState';

/**
 * The Roadmap Board web part's settings: its default view and filters, and which workstreams it shows.
 *
 * - The defaults are a view (`defaultView`) and a view-state query for the filters (`defaultQuery`, the same
 *   keys as the address; no view, no open initiative).
 * - "Use the view shown now as the default" reads the page's address on top of the current defaults, so what
 *   the person sees becomes the default.
 * - Workstreams: an empty list shows every workstream. Ticking every workstream is stored as empty; the last
 *   ticked workstream cannot be unticked (nothing shown would be no use), so the list never goes from some to none.
 */
export function settingsDefaults(defaultView: RoadmapView | undefined, defaultQuery: string | undefined): IRoadmapViewState {
  return fromQuery(defaultQuery ?? '', { view: defaultView ?? 'board', filter: {} });
}

export function defaultsFromPage(
  pageQuery: string,
  defaultView: RoadmapView | undefined,
  defaultQuery: string | undefined
): { readonly defaultView: RoadmapView; readonly defaultQuery: string } {
  const shown = fromQuery(pageQuery, settingsDefaults(defaultView, defaultQuery));
  const base: IRoadmapViewState = { view: shown.view, filter: {} };
  return { defaultView: shown.view, defaultQuery: toQuery({ ...shown, selectedId: undefined }, base) };
}

/** Whether a workstream is ticked: every one is when the list is empty. */
export const isWorkstreamShown = (shown: readonly string[] | undefined, workstream: string): boolean =>
  !shown || shown.length === 0 || shown.includes(workstream);

export function toggleShownWorkstream(shown: readonly string[] | undefined, workstream: string, on: boolean): string[] {
  const ticked = WORKSTREAMS.filter((w) => (w === workstream ? on : isWorkstreamShown(shown, w)));
  if (ticked.length === 0) return [workstream];
  return ticked.length === WORKSTREAMS.length ? [] : ticked;
}
