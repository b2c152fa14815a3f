import * as React from 'react';

export interface IAsyncState<T> {
  readonly loading: boolean;
  readonly value?: T;
  readonly error?: unknown;
  readonly reload: () => void;
}

/** Runs an async read when its dependencies change; ignores answers that arrive after a newer request. */
export function useAsync<T>(read: () => Promise<T>, deps: React.DependencyList): IAsyncState<T> {
  const [state, setState] = React.useState<{ loading: boolean; value?: T; error?: unknown }>({ loading: true });
  const [generation, setGeneration] = React.useState(0);
  React.useEffect(() => {
    let current = true;
    setState((s) => ({ ...s, loading: true, error: undefined }));
    read().then(
      (value) => current && setState({ loading: false, value }),
      (error) => current && setState({ loading: false, error })
    );
    return () => {
      current = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [...deps, generation]);
  const reload = React.useCallback(() => setGeneration((g) => g + 1), []);
  return { ...state, reload };
}
