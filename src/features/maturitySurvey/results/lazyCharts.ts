import { useAsync, IAsyncState } from '../../shared/useAsync';
import type * as RadarModule from './charts/RadarChart';
import type * as TrendModule from './charts/TrendChart';

/**
 * The charts load on demand, in their own chunks, so the survey (and a results view shown as tables) never pays
 * for d3 or react-charting. A failed load is forgotten, so "Try again" fetches the chunk afresh.
 */

const loaded = new Map<string, Promise<unknown>>();

function loadOnce<T>(key: string, load: () => Promise<T>): Promise<T> {
  let promise = loaded.get(key) as Promise<T> | undefined;
  if (!promise) {
    promise = load().catch((error: unknown) => {
      loaded.delete(key);
      throw error;
    });
    loaded.set(key, promise);
  }
  return promise;
}

export const useRadarModule = (): IAsyncState<typeof RadarModule> =>
  useAsync(() => loadOnce('radar', () => import(/* webpackChunkName: 'maturity-radar' */ './charts/RadarChart')), []);

export const useTrendModule = (): IAsyncState<typeof TrendModule> =>
  useAsync(() => loadOnce('trend', () => import(/* webpackChunkName: 'maturity-trend' */ './charts/TrendChart')), []);
