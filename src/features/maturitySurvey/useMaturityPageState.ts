import * as React from 'react';
import { useHub } from '../shared/HubContext';

/**
 * The Maturity Survey's part of the page address (or Teams deep link), so a reload or a shared link opens the same
 * view: `mtab` (survey, results or rounds) and `mdept` (the department being assessed). Other parameters on the
 * page (other web parts' views) are kept as they are.
 */
export type MaturityTab = 'survey' | 'results' | 'rounds';

const TABS: readonly MaturityTab[] = ['survey', 'results', 'rounds'];

export interface IMaturityPageState {
  readonly tab?: MaturityTab;
  readonly departmentId?: number;
}

export function readMaturityState(query: string): IMaturityPageState {
  const params = new URLSearchParams(query);
  const tab = TABS.find((t) => t === params.get('mtab'));
  const department = Number(params.get('mdept'));
  return { tab, departmentId: Number.isInteger(department) && department > 0 ? department : undefined };
}

export function withMaturityState(query: string, state: IMaturityPageState): string {
  const params = new URLSearchParams(query);
  if (state.tab) params.set('mtab', state.tab);
  else params.delete('mtab');
  if (state.departmentId) params.set('mdept', String(state.departmentId));
  else params.delete('mdept');
  return params.toString();
}

/** Reads the state once, and writes a change straight to the page address. */
export function useMaturityPageState(): [IMaturityPageState, (change: Partial<IMaturityPageState>) => void] {
  const { host } = useHub();
  const [state, setState] = React.useState(() => readMaturityState(host.pageState.read()));
  const update = React.useCallback(
    (change: Partial<IMaturityPageState>) => {
      setState((current) => {
        const next = { ...current, ...change };
        const query = withMaturityState(host.pageState.read(), next);
        if (query !== host.pageState.read()) host.pageState.write(query);
        return next;
      });
    },
    [host.pageState]
  );
  return [state, update];
}
