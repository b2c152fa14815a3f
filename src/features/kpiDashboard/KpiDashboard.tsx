import * as React from 'react';
import { Dropdown, Pivot, PivotItem, Text, useTheme } from '@fluentui/react';
import { IKpiPack } from '../../domain/entities';
import { IQuarter, quarterOf, shiftQuarter } from '../../domain/kpi/periods';
import type { HubList } from '../../domain/services';
import { FeatureFrame } from '../shared/FeatureFrame';
import { useHub } from '../shared/HubContext';
import { ErrorNotice, Loading } from '../shared/StatusViews';
import { BrokenItemsNotice } from '../shared/BrokenItems';
import { useAsync } from '../shared/useAsync';
import { useElementWidth } from '../shared/useElementWidth';
import { loadScorecard } from './reads/loadScorecard';
import { kpiStyles } from './kpiStyles';
import { MeasureDetail } from './MeasureDetail';
import { RecordValues } from './RecordValues';
import { Scorecard } from './Scorecard';
import { KpiView, useKpiPageState } from './useKpiPageState';
import type * as PackModule from './pack/CommitteePack';
import type * as ImportModule from './CsvImport';
import { overflowingPivotStyles } from '../shared/pivotStyles';

/** The lists this part reads: only these missing stop it. */
export const KPI_DASHBOARD_LISTS: readonly HubList[] = ['kpis', 'kpiMeasurements', 'kpiPacks'];

export interface IKpiDashboardProps {
  readonly title: string;
  /** The outcome shown when the address names none ('' for all). */
  readonly outcome?: string;
}

const QUARTERS_OFFERED = 12;
const NARROW = 900;

const loadPack = (): Promise<typeof PackModule> => import(/* webpackChunkName: 'kpi-committee-pack' */ './pack/CommitteePack');
const loadImport = (): Promise<typeof ImportModule> => import(/* webpackChunkName: 'kpi-csv-import' */ './CsvImport');

/** The quarters offered: the current one and the eleven before it, newest first. */
export function offeredQuarters(today: Date = new Date()): IQuarter[] {
  const current = quarterOf(today.toISOString().slice(0, 10)).start;
  return Array.from({ length: QUARTERS_OFFERED }, (_, i) => shiftQuarter(current, -i));
}

const Workspace: React.FC<{ defaultOutcome?: string }> = ({ defaultOutcome }) => {
  const { services } = useHub();
  const theme = useTheme();
  const classes = React.useMemo(() => kpiStyles(theme), [theme]);
  const [state, update] = useKpiPageState();
  const [generation, setGeneration] = React.useState(0);
  const [recordFor, setRecordFor] = React.useState<number>();
  const [ref, width] = useElementWidth<HTMLDivElement>();
  const quarters = React.useMemo(() => offeredQuarters(), []);
  const data = useAsync(() => loadScorecard(services, state.quarter), [services, state.quarter, generation]);
  const access = useAsync(async () => {
    const [me, permissions, canSignOff, packs] = await Promise.all([
      services.currentUser(),
      services.kpiMeasurements.permissions(),
      services.kpiSecurity.canSignOff(),
      services.kpiPacks.getAll({ fields: ['periodStart', 'periodLabel', 'signedOffAt'] })
    ]);
    return { me, permissions, canSignOff, packs: packs as IKpiPack[] };
  }, [services, generation]);
  const pack = useAsync(() => (state.view === 'pack' ? loadPack() : Promise.resolve(undefined)), [state.view]);
  const csvImport = useAsync(() => (state.view === 'import' ? loadImport() : Promise.resolve(undefined)), [state.view]);
  const effective = React.useMemo(() => ({ ...state, outcome: state.outcome ?? (defaultOutcome || undefined) }), [state, defaultOutcome]);
  const signedOff = React.useMemo(() => new Set((access.value?.packs ?? []).map((p) => quarterOf(p.periodStart).start)), [access.value]);
  const refresh = React.useCallback(() => setGeneration((g) => g + 1), []);

  if (data.error !== undefined) return <ErrorNotice error={data.error} onRetry={data.reload} />;
  if (access.error !== undefined) return <ErrorNotice error={access.error} onRetry={access.reload} />;
  const rows = data.value?.rows ?? [];
  const kpis = data.value?.kpis ?? [];
  const me = access.value?.me;
  const canRecord = Boolean(access.value?.permissions.canAdd);
  const isOffice = Boolean(access.value?.permissions.canEditAll);
  const mine = isOffice ? kpis : kpis.filter((k) => me && k.owner?.id === me.id);
  const open = state.measure !== undefined ? kpis.find((k) => k.id === state.measure) : undefined;
  const quarter = quarterOf(state.quarter);
  const current = quarterOf(new Date().toISOString().slice(0, 10)).start;

  return (
    <div ref={ref}>
      <div className={classes.toolbar}>
        <Dropdown
          label="Quarter"
          className={classes.filter}
          selectedKey={quarter.start}
          options={quarters.map((q) => ({
            key: q.start,
            text: `${q.label}${q.start === current ? ' (in progress)' : ''}${signedOff.has(q.start) ? ' (signed off)' : ''}`
          }))}
          onChange={(_, o) => o && update({ quarter: String(o.key) })}
        />
        {signedOff.has(quarter.start) && <Text className={classes.muted}>Signed off: its values are read-only.</Text>}
      </div>
      <Pivot
        selectedKey={state.view}
        onLinkClick={(item) => item?.props.itemKey && update({ view: item.props.itemKey as KpiView })}
        headersOnly
        aria-label="KPI Dashboard views"
        styles={overflowingPivotStyles}
        overflowBehavior="menu"
        overflowAriaLabel="More views"
      >
        <PivotItem itemKey="scorecard" headerText="Scorecard" />
        <PivotItem itemKey="record" headerText="Record values" />
        <PivotItem itemKey="import" headerText="Import CSV" />
        <PivotItem itemKey="pack" headerText="Committee pack" />
      </Pivot>
      {data.value && (
        <div className={classes.sectionGap}>
          <BrokenItemsNotice items={data.value.broken} noun="KPI value or measure" plural="KPI values or measures" />
        </div>
      )}
      <div className={classes.sectionGap}>
        {(data.loading || access.loading) && !data.value ? (
          <Loading label="Loading performance measures…" />
        ) : state.view === 'scorecard' ? (
          rows.length ? (
            <Scorecard rows={rows} state={effective} onChange={update} narrow={width < NARROW} />
          ) : (
            <Text>No performance measures have been set up yet. The programme office adds them to the Strategy KPIs list.</Text>
          )
        ) : state.view === 'record' ? (
          me && (
            <RecordValues
              canRecord={canRecord}
              isOffice={isOffice}
              kpis={mine}
              rows={rows}
              quarters={quarters}
              quarter={quarter.start}
              initialKpi={recordFor}
              signedOff={signedOff}
              me={me}
              narrow={width < NARROW}
              onSaved={refresh}
            />
          )
        ) : state.view === 'import' ? (
          csvImport.value ? (
            <csvImport.value.CsvImport kpis={mine} canRecord={canRecord} signedOff={signedOff} me={me} onImported={refresh} />
          ) : csvImport.error !== undefined ? (
            <ErrorNotice error={csvImport.error} onRetry={csvImport.reload} />
          ) : (
            <Loading label="Loading the import…" />
          )
        ) : pack.value ? (
          <pack.value.CommitteePack quarter={quarter} rows={rows} canSignOff={Boolean(access.value?.canSignOff)} packs={access.value?.packs ?? []} onSignedOff={refresh} />
        ) : pack.error !== undefined ? (
          <ErrorNotice error={pack.error} onRetry={pack.reload} />
        ) : (
          <Loading label="Loading the committee pack…" />
        )}
      </div>
      {open && (
        <MeasureDetail
          kpi={open}
          canRecord={canRecord && (isOffice || open.owner?.id === me?.id)}
          onRecord={() => {
            setRecordFor(open.id);
            update({ view: 'record', measure: undefined });
          }}
          onClose={() => update({ measure: undefined })}
        />
      )}
    </div>
  );
};

/** KPI Dashboard: the strategy's performance measures against targets, their check-ins and the committee pack. */
export const KpiDashboard: React.FC<IKpiDashboardProps> = ({ title, outcome }) => (
  <FeatureFrame title={title} lists={KPI_DASHBOARD_LISTS}>
    <Workspace defaultOutcome={outcome} />
  </FeatureFrame>
);
