import * as React from 'react';
import { quarterOf } from '../../domain/kpi/periods';
import { KpiStatus, STATUS_ORDER } from '../../domain/kpi/status';
import { useHub } from '../shared/HubContext';

export type KpiView = 'scorecard' | 'record' | 'import' | 'pack';
export const KPI_VIEWS: readonly KpiView[] = ['scorecard', 'record', 'import', 'pack'];

export interface IKpiPageState {
  readonly view: KpiView;
  /** The quarter's first day. */
  readonly quarter: string;
  readonly measure?: number;
  readonly outcome?: string;
  readonly owner?: number;
  readonly status?: KpiStatus;
}

const today = (): string => new Date().toISOString().slice(0, 10);

/** The dashboard's view, quarter, open measure and filters, kept in the page address (or a Teams deep link). */
export function useKpiPageState(defaultView: KpiView = 'scorecard'): [IKpiPageState, (change: Partial<IKpiPageState>) => void] {
  const { host } = useHub();
  const read = React.useCallback((): IKpiPageState => {
    const q = new URLSearchParams(host.pageState.read());
    const view = q.get('kview') as KpiView | null;
    const status = q.get('kstatus') as KpiStatus | null;
    const num = (key: string): number | undefined => (q.get(key) && Number.isFinite(Number(q.get(key))) ? Number(q.get(key)) : undefined);
    let quarter = quarterOf(today()).start;
    try {
      if (q.get('kq')) quarter = quarterOf(q.get('kq') as string).start;
    } catch {
      // an unreadable quarter in the address: the current one
    }
    return {
      view: view && KPI_VIEWS.includes(view) ? view : defaultView,
      quarter,
      measure: num('kmeasure'),
      outcome: q.get('koutcome') ?? undefined,
      owner: num('kowner'),
      status: status && STATUS_ORDER.includes(status) ? status : undefined
    };
  }, [host.pageState, defaultView]);
  const [state, setState] = React.useState(read);
  const update = React.useCallback(
    (change: Partial<IKpiPageState>) => {
      setState((current) => {
        const next = { ...current, ...change };
        const q = new URLSearchParams(host.pageState.read());
        const put = (key: string, value: string | number | undefined): void => (value === undefined || value === '' ? q.delete(key) : q.set(key, String(value)));
        put('kview', next.view === defaultView ? undefined : next.view);
        put('kq', next.quarter);
        put('kmeasure', next.measure);
        put('koutcome', next.outcome);
        put('kowner', next.owner);
        put('kstatus', next.status);
        host.pageState.write(q.toString());
        return next;
      });
    },
    [host.pageState, defaultView]
  );
  return [state, update];
}
