import * as React from 'react';
import { PeriodKind } from '../../domain/champions/periods';
import { useHub } from '../shared/HubContext';

/**
 * The Champions Hub's part of the page address (or Teams deep link): `ctab` (the tab) and `cperiod` (the
 * leaderboard's and reports' period kind), so a reload or a shared link opens the same view.
 */
export type ChampionsTab = 'mine' | 'directory' | 'leaderboard' | 'coverage' | 'reports' | 'office';

export const CHAMPIONS_TABS: readonly ChampionsTab[] = ['mine', 'directory', 'leaderboard', 'coverage', 'reports', 'office'];
const KINDS: readonly PeriodKind[] = ['quarter', 'year', 'all'];

export interface IChampionsPageState {
  readonly tab?: ChampionsTab;
  readonly period?: PeriodKind;
}

export function readChampionsState(query: string): IChampionsPageState {
  const params = new URLSearchParams(query);
  return { tab: CHAMPIONS_TABS.find((t) => t === params.get('ctab')), period: KINDS.find((k) => k === params.get('cperiod')) };
}

export function withChampionsState(query: string, state: IChampionsPageState): string {
  const params = new URLSearchParams(query);
  for (const [key, value] of [
    ['ctab', state.tab],
    ['cperiod', state.period]
  ] as const) {
    if (value) params.set(key, value);
    else params.delete(key);
  }
  return params.toString();
}

export function useChampionsPageState(): [IChampionsPageState, (change: Partial<IChampionsPageState>) => void] {
  const { host } = useHub();
  const [state, setState] = React.useState(() => readChampionsState(host.pageState.read()));
  const update = React.useCallback(
    (change: Partial<IChampionsPageState>) => {
      setState((current) => {
        const next = { ...current, ...change };
        const query = withChampionsState(host.pageState.read(), next);
        if (query !== host.pageState.read()) host.pageState.write(query);
        return next;
      });
    },
    [host.pageState]
  );
  return [state, update];
}
