import * as React from 'react';
import { useReportReadRetry } from './reading/ReadProgress';
import { IReadRetry, readWithRetries } from './reading/readWithRetries';

export interface IAsyncState<T> {
  readonly loading: boolean;
  readonly value?: T;
  readonly error?: unknown;
  /** Set while the read failed for a passing reason and waits to be tried again (it is still loading). */
  readonly retrying?: IReadRetry;
  readonly reload: () => void;
}

/**
 * Runs an async read when its dependencies change; ignores answers that arrive after a newer request. A read that
 * fails for a passing reason (SharePoint busy, the network gone) is tried again for up to two minutes
 * (./reading/readWithRetries.ts), reported to the enclosing ReadProgressArea (FeatureFrame has one) so the page says
 * so; only then is the failure shown.
 */
export function useAsync<T>(read: () => Promise<T>, deps: React.DependencyList): IAsyncState<T> {
  const [state, setState] = React.useState<{ loading: boolean; value?: T; error?: unknown; retrying?: IReadRetry }>({ loading: true });
  const [generation, setGeneration] = React.useState(0);
  const report = useReportReadRetry();
  React.useEffect(() => {
    let current = true;
    const id = {};
    setState((s) => ({ ...s, loading: true, error: undefined, retrying: undefined }));
    readWithRetries(read, {
      cancelled: () => !current,
      onRetry: (retrying) => {
        if (!current) return;
        report(id, retrying);
        setState((s) => ({ ...s, retrying }));
      }
    }).then(
      (value) => current && setState({ loading: false, value }),
      (error) => current && setState({ loading: false, error })
    );
    return () => {
      current = false;
      report(id, undefined);
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [...deps, generation]);
  const reload = React.useCallback(() => setGeneration((g) => g + 1), []);
  return { ...state, reload };
}
