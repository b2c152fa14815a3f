/**
 * Where a feature keeps its view state so a link opens the same view: the page's query string in SharePoint
 * and the workbench, a deep link's subEntityId in Teams. Features read and write a query string
 * (`a=1&b=2`, no leading "?") and keep parameters that are not theirs.
 */
export interface IPageState {
  /** The state as it is now (at first, what the page or the Teams deep link was opened with). */
  read(): string;
  /** Records the state, replacing the current one (no new history entry). */
  write(query: string): void;
  /** A link to share that opens this state: the page's address, or a Teams deep link. */
  linkTo(query: string): string;
}

/** Page state held in memory: for tests, and for hosts that cannot keep it anywhere else. */
export function memoryPageState(initial = '', base = 'about:blank'): IPageState {
  let current = initial.replace(/^\?/, '');
  return {
    read: () => current,
    write: (query) => {
      current = query.replace(/^\?/, '');
    },
    linkTo: (query) => `${base}?${query.replace(/^\?/, '')}`
  };
}

/** Page state in the browser's address bar (SharePoint pages and the local workbench). */
export function addressBarPageState(win: Window = window): IPageState {
  return {
    read: () => win.location.search.replace(/^\?/, ''),
    write: (query) => {
      const q = query.replace(/^\?/, '');
      win.history.replaceState(win.history.state, '', `${win.location.pathname}${q ? `?${q}` : ''}${win.location.hash}`);
    },
    linkTo: (query) => `${win.location.origin}${win.location.pathname}${query ? `?${query.replace(/^\?/, '')}` : ''}`
  };
}
