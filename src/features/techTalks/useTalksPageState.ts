import * as React from 'react';
import { useHub } from '../shared/HubContext';

/**
 * The Tech Talks part of the page address (or Teams deep link), so a shared link opens the same view:
 * `ttab` (schedule, series, past or proposals) and `ttalk` (a talk's page). Other parameters are kept.
 */
export type TalksTab = 'schedule' | 'series' | 'past' | 'proposals';

const TABS: readonly TalksTab[] = ['schedule', 'series', 'past', 'proposals'];

export interface ITalksPageState {
  readonly tab?: TalksTab;
  readonly talkId?: number;
}

export function readTalksState(query: string): ITalksPageState {
  const params = new URLSearchParams(query);
  const talk = Number(params.get('ttalk'));
  return { tab: TABS.find((t) => t === params.get('ttab')), talkId: Number.isInteger(talk) && talk > 0 ? talk : undefined };
}

export function withTalksState(query: string, state: ITalksPageState): string {
  const params = new URLSearchParams(query);
  if (state.tab && state.tab !== 'schedule') params.set('ttab', state.tab);
  else params.delete('ttab');
  if (state.talkId) params.set('ttalk', String(state.talkId));
  else params.delete('ttalk');
  return params.toString();
}

/** Reads the state once and writes each change to the page address; `linkToTalk` is a link (a Teams deep link in Teams) to a talk's page. */
export function useTalksPageState(): {
  state: ITalksPageState;
  update: (change: Partial<ITalksPageState>) => void;
  linkToTalk: (talkId: number) => string;
} {
  const { host } = useHub();
  const [state, setState] = React.useState(() => readTalksState(host.pageState.read()));
  const update = React.useCallback(
    (change: Partial<ITalksPageState>) => {
      setState((current) => {
        const next = { ...current, ...change };
        const query = withTalksState(host.pageState.read(), next);
        if (query !== host.pageState.read()) host.pageState.write(query);
        return next;
      });
    },
    [host.pageState]
  );
  const linkToTalk = React.useCallback(
    (talkId: number) => host.pageState.linkTo(withTalksState(host.pageState.read(), { talkId })),
    [host.pageState]
  );
  return { state, update, linkToTalk };
}
