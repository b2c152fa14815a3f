import * as React from 'react';
import { DefaultButton, Dialog, DialogFooter, MessageBar, MessageBarType, mergeStyleSets, PrimaryButton, Text, TextField, useTheme } from '@fluentui/react';
import { IInitiative, Workstream } from '../../domain/entities';
import {
  boardStages,
  clearedFilter,
  DEFAULT_CSV_COLUMNS,
  describeFilter,
  facetCounts,
  filterChips,
  filterInitiatives,
  initiativesToCsv,
  roadmapCsvFileName,
  IRoadmapFilter,
  RoadmapColumn,
  RoadmapView,
  sortInitiatives
} from '../../domain/roadmap';
import { ConflictDialog } from '../shared/conflict/ConflictDialog';
import { downloadText } from '../shared/download';
import { plural } from '../shared/format';
import { useHub } from '../shared/HubContext';
import { BrokenItemsNotice, brokenItems } from '../shared/BrokenItems';
import { Empty, ErrorNotice, Loading } from '../shared/StatusViews';
import { DeleteInitiativeDialog } from './edit/DeleteInitiativeDialog';
import { CONFLICT_FIELDS, conflictRecord, fromConflictValues } from './edit/conflictRecords';
import { useStageMoves } from './edit/useStageMoves';
import { FilterChips } from './filters/FilterChips';
import { FilterPanel } from './filters/FilterPanel';
import { InitiativeDetails } from './details/InitiativeDetails';
import { VIEW_LABELS } from './labels';
import { noPrint, PRINT_ROOT_CLASS, PrintOnlyStyles } from '../shared/print/printFrame';
import { PrintHeader } from '../shared/print/PrintHeader';
import { usePrinting } from '../shared/print/usePrinting';
import { useAnnouncer } from '../shared/useAnnouncer';
import { PrintTable } from './print/PrintTable';
import { RoadmapToolbar } from './RoadmapToolbar';
import { useDepartments } from './useDepartments';
import { useElementWidth } from '../shared/useElementWidth';
import { useRoadmapData } from './useRoadmapData';
import { useRoadmapViewState, viewStateDefaults } from './useRoadmapViewState';
import { RoadmapViewSwitch } from './RoadmapViewSwitch';

/** The add/edit form (date picker, people picker, panel): loaded when someone opens it, not for browsing the board. */
const InitiativeFormPanel = React.lazy(() =>
  import(/* webpackChunkName: 'roadmap-initiative-form' */ './edit/InitiativeFormPanel').then((m) => ({ default: m.InitiativeFormPanel }))
);
const InitiativeScoreSummary = React.lazy(() =>
  import(/* webpackChunkName: 'roadmap-priorities' */ './prioritisation/InitiativeScoreSummary').then((m) => ({ default: m.InitiativeScoreSummary }))
);
import { DEFAULT_TABLE_COLUMNS } from './views/TableView';

export interface IRoadmapWorkspaceProps {
  readonly title: string;
  readonly defaultView?: RoadmapView;
  readonly defaultQuery?: string;
  /** The workstreams this web part shows; empty for all. */
  readonly workstreams?: readonly Workstream[];
  readonly pageSize?: number;
}

const MATRIX_CSV_COLUMNS: readonly RoadmapColumn[] = ['id', 'title', 'workstream', 'stage', 'waysOfWorking', 'timeframe', 'notes'];
const TABLE_COLUMNS_KEY = 'roadmap:tableColumns';

interface INotice {
  readonly type: MessageBarType;
  readonly text: string;
}

/** The Roadmap Board once its lists exist: toolbar, filters, the chosen view, details, editing, export and print. */
export const RoadmapWorkspace: React.FC<IRoadmapWorkspaceProps> = ({ title, defaultView, defaultQuery, workstreams, pageSize = 50 }) => {
  const { services, host } = useHub();
  const theme = useTheme();
  const defaults = React.useMemo(() => viewStateDefaults(defaultView, defaultQuery), [defaultView, defaultQuery]);
  const [state, change, shareQuery] = useRoadmapViewState(defaults);
  const data = useRoadmapData();
  const [announcer, announce] = useAnnouncer();
  const [rootRef, width] = useElementWidth<HTMLDivElement>();
  const compact = width < 640;
  const [filtersOpen, setFiltersOpen] = React.useState(false);
  const [editing, setEditing] = React.useState<{ readonly initiative?: IInitiative }>();
  const [deleting, setDeleting] = React.useState<IInitiative>();
  const [notice, setNotice] = React.useState<INotice>();
  const [linkToCopy, setLinkToCopy] = React.useState<string>();
  const [tableColumns, setTableColumns] = React.useState<readonly RoadmapColumn[]>(() => services.preferences.read<RoadmapColumn[]>(TABLE_COLUMNS_KEY) ?? DEFAULT_TABLE_COLUMNS);
  const [{ printing }, print] = usePrinting(rootRef);
  const departments = useDepartments(editing !== undefined);
  const moves = useStageMoves({ put: data.put, remove: data.remove, announce });

  const size = Math.max(1, Math.round(pageSize) || 50);
  const allowed = React.useMemo(() => workstreams ?? [], [workstreams]);
  const scoped = React.useMemo(
    () => (allowed.length ? data.initiatives.filter((i) => allowed.includes(i.workstream)) : data.initiatives),
    [data.initiatives, allowed]
  );
  const filtered = React.useMemo(() => filterInitiatives(scoped, state.filter), [scoped, state.filter]);
  const counts = React.useMemo(() => (filtersOpen ? facetCounts(scoped, state.filter) : undefined), [filtersOpen, scoped, state.filter]);
  const selected = state.selectedId === undefined ? undefined : scoped.find((i) => i.id === state.selectedId);
  const canEdit = data.permissions.canEditAll;
  const canAdd = data.permissions.canAdd;
  const filterCount = filterChips({ ...state.filter, search: undefined, includeSmall: undefined }).length + (state.filter.includeSmall ? 1 : 0);

  const setFilter = React.useCallback((filter: IRoadmapFilter) => change((s) => ({ ...s, filter })), [change]);
  const open = React.useCallback((id: number) => change((s) => ({ ...s, selectedId: id })), [change]);
  const closeDetails = (): void => change((s) => ({ ...s, selectedId: undefined }));
  const renderScore = (initiative: IInitiative): React.ReactNode => (
    <React.Suspense fallback={null}>
      <InitiativeScoreSummary initiative={initiative} initiatives={scoped} onOpenPriorities={() => change((s) => ({ ...s, view: 'priorities', selectedId: undefined }))} />
    </React.Suspense>
  );

  const classes = React.useMemo(
    () =>
      mergeStyleSets({
        // inline-size containment: wide views scroll inside their own region instead of widening the page
        root: { display: 'grid', gridTemplateColumns: 'minmax(0, 1fr)', gap: 12, minWidth: 0, contain: 'inline-size', color: theme.semanticColors.bodyText },
        status: { color: theme.semanticColors.bodySubtext },
        print: { '@media print': { display: 'none' } }
      }),
    [theme]
  );

  const exportCsv = (): void => {
    let rows: readonly IInitiative[] = filtered;
    let columns: readonly RoadmapColumn[] = DEFAULT_CSV_COLUMNS;
    if (state.view === 'table') {
      columns = tableColumns;
      if (state.sort) rows = sortInitiatives(filtered, state.sort);
    } else if (state.view === 'matrix') columns = MATRIX_CSV_COLUMNS;
    const done = downloadText(roadmapCsvFileName(state.view), initiativesToCsv(rows, columns));
    const text = done ? `Exported ${plural(rows.length, 'initiative')} as CSV.` : 'This browser cannot save files from the page.';
    setNotice({ type: done ? MessageBarType.success : MessageBarType.warning, text });
    announce(text);
  };
  const copyLink = (): void => {
    const link = host.pageState.linkTo(shareQuery());
    const clipboard = typeof navigator !== 'undefined' ? navigator.clipboard : undefined;
    if (!clipboard) {
      setLinkToCopy(link);
      return;
    }
    clipboard.writeText(link).then(
      () => {
        const text = 'Link copied. It opens this view with these filters.';
        setNotice({ type: MessageBarType.success, text });
        announce(text);
      },
      () => setLinkToCopy(link)
    );
  };
  const changeColumns = (columns: RoadmapColumn[]): void => {
    setTableColumns(columns);
    services.preferences.write(TABLE_COLUMNS_KEY, columns);
  };
  const saved = (initiative: IInitiative, created: boolean): void => {
    data.put(initiative);
    setEditing(undefined);
    const hidden = filterInitiatives([initiative], state.filter).length === 0;
    const text = `“${initiative.title}” was ${created ? 'added' : 'saved'}.${hidden ? ' The current filters hide it.' : ''}`;
    setNotice({ type: MessageBarType.success, text });
    announce(text);
    open(initiative.id);
  };
  const resolveStageConflict = (values: Record<string, unknown>): Promise<void> => moves.resolve(fromConflictValues(values));

  const broken = React.useMemo(() => brokenItems(data.initiatives), [data.initiatives]);
  let body: React.ReactNode;
  if (data.loading) body = <Loading label="Loading the roadmap…" />;
  else if (data.error !== undefined) body = <ErrorNotice error={data.error} onRetry={data.reload} />;
  else if (scoped.length === 0) {
    body = (
      <Empty message={allowed.length ? 'The workstreams this page shows have no initiatives yet.' : 'The roadmap has no initiatives yet.'}>
        {canAdd && <PrimaryButton iconProps={{ iconName: 'Add' }} text="Add the first initiative" onClick={() => setEditing({})} styles={{ root: { alignSelf: 'flex-start' } }} />}
      </Empty>
    );
  } else if (filtered.length === 0) {
    body = (
      <Empty message="No initiatives match these filters.">
        <DefaultButton text="Clear filters" iconProps={{ iconName: 'ClearFilter' }} onClick={() => setFilter(clearedFilter(state.filter))} styles={{ root: { alignSelf: 'flex-start' } }} />
      </Empty>
    );
  } else {
    body = (
      <>
        <RoadmapViewSwitch
          view={state.view}
          initiatives={filtered}
          stages={boardStages(state.filter.stages)}
          swimlanes={Boolean(state.swimlanes)}
          onSwimlanesChange={(on) => change((s) => ({ ...s, swimlanes: on }))}
          sort={state.sort}
          onSortChange={(sort) => change((s) => ({ ...s, sort }))}
          tableColumns={tableColumns}
          onTableColumnsChange={changeColumns}
          pageSize={size}
          canEdit={canEdit}
          compact={compact || printing}
          narrow={compact && !printing}
          includeSmall={Boolean(state.filter.includeSmall)}
          onOpen={open}
          onMove={moves.move}
          announce={announce}
          hideOnPrint={state.view === 'table' && printing ? classes.print : undefined}
        />
        {printing && state.view === 'table' && <PrintTable initiatives={state.sort ? sortInitiatives(filtered, state.sort) : filtered} columns={tableColumns} />}
      </>
    );
  }

  return (
    <div ref={rootRef} className={`${classes.root} ${PRINT_ROOT_CLASS}`}>
      <PrintOnlyStyles />
      <PrintHeader title={title} subtitle={VIEW_LABELS[state.view]} filters={describeFilter(state.filter, scoped)} summary={plural(filtered.length, 'initiative')} />
      <RoadmapToolbar
        view={state.view}
        search={state.filter.search ?? ''}
        filterCount={filterCount}
        canAdd={canAdd && !data.loading && data.error === undefined}
        compact={compact}
        onViewChange={(view) => change((s) => ({ ...s, view }))}
        onSearchChange={(search) => setFilter(search ? { ...state.filter, search } : { ...state.filter, search: undefined })}
        onOpenFilters={() => setFiltersOpen(true)}
        onNew={() => setEditing({})}
        onCopyLink={copyLink}
        onExport={exportCsv}
        onPrint={print}
      />
      <div className={noPrint}>
        <FilterChips filter={state.filter} initiatives={scoped} showClear={filtered.length > 0} onChange={setFilter} />
      </div>
      {!data.loading && data.error === undefined && scoped.length > 0 && (
        <Text role="status" className={`${classes.status} ${noPrint}`}>
          {filtered.length === scoped.length ? `Showing all ${plural(scoped.length, 'initiative')}` : `Showing ${filtered.length} of ${plural(scoped.length, 'initiative')}`}
          {!state.filter.includeSmall && scoped.some((i) => i.effortMonths !== undefined && i.effortMonths < 1) ? " (initiatives under one month's effort are left out)" : ''}
        </Text>
      )}
      {data.permissionsError !== undefined && (
        <div className={noPrint}>
          <MessageBar messageBarType={MessageBarType.warning} isMultiline actions={<DefaultButton text="Check again" onClick={data.reload} />}>
            We could not check what you may change on the roadmap, so adding and editing are hidden for now. You can still read it.
          </MessageBar>
        </div>
      )}
      <div className={noPrint}>
        <BrokenItemsNotice items={broken} noun="initiative" />
      </div>
      {notice && (
        <div className={noPrint}>
          <MessageBar messageBarType={notice.type} isMultiline onDismiss={() => setNotice(undefined)} dismissButtonAriaLabel="Close message">
            {notice.text}
          </MessageBar>
        </div>
      )}
      {moves.notice && (
        <div className={noPrint} role="alert">
          <MessageBar messageBarType={moves.notice.kind === 'warning' ? MessageBarType.warning : MessageBarType.error} isMultiline onDismiss={moves.dismissNotice} dismissButtonAriaLabel="Close message">
            {moves.notice.text}
          </MessageBar>
          {moves.notice.error !== undefined && <ErrorNotice error={moves.notice.error} />}
        </div>
      )}
      {body}
      {announcer}
      {counts && (
        <FilterPanel
          isOpen={filtersOpen}
          filter={state.filter}
          counts={counts}
          workstreams={allowed}
          matching={filtered.length}
          onChange={setFilter}
          onDismiss={() => setFiltersOpen(false)}
        />
      )}
      <InitiativeDetails
        initiative={editing || deleting ? undefined : selected}
        missingId={!data.loading && state.selectedId !== undefined && !selected && !editing && !deleting ? state.selectedId : undefined}
        canEdit={canEdit}
        renderScore={renderScore}
        onDismiss={closeDetails}
        onEdit={(initiative) => setEditing({ initiative })}
        onDelete={setDeleting}
      />
      {editing && (
        <React.Suspense fallback={<Loading label="Opening the form…" />}>
          <InitiativeFormPanel
            key={editing.initiative?.id ?? 'new'}
            initiative={editing.initiative}
            departments={departments.departments}
            departmentsError={departments.error}
            onSaved={saved}
            onDismiss={() => setEditing(undefined)}
          />
        </React.Suspense>
      )}
      {deleting && (
        <DeleteInitiativeDialog
          initiative={deleting}
          onDeleted={(id) => {
            data.remove(id);
            setDeleting(undefined);
            change((s) => ({ ...s, selectedId: undefined }));
            const text = `“${deleting.title}” was deleted.`;
            setNotice({ type: MessageBarType.success, text });
            announce(text);
          }}
          onChanged={(theirs) => {
            data.put(theirs);
            setDeleting(theirs);
          }}
          onCancel={() => setDeleting(undefined)}
        />
      )}
      {moves.conflict && (
        <ConflictDialog
          title={moves.conflict.base.title}
          fields={CONFLICT_FIELDS.filter((f) => f.key === 'stage')}
          base={conflictRecord(moves.conflict.base)}
          mine={{ stage: moves.conflict.stage }}
          theirs={conflictRecord(moves.conflict.theirs)}
          onResolve={(values) => {
            resolveStageConflict(values).catch((error: unknown) => setNotice({ type: MessageBarType.error, text: error instanceof Error ? error.message : 'The stage could not be saved.' }));
          }}
          onCancel={moves.closeConflict}
        />
      )}
      <Dialog
        hidden={linkToCopy === undefined}
        onDismiss={() => setLinkToCopy(undefined)}
        dialogContentProps={{ title: 'Copy this link', subText: 'Your browser did not let the page copy it. Select the link and copy it (Ctrl+C).' }}
      >
        <TextField label="Link to this view" readOnly value={linkToCopy ?? ''} onFocus={(e) => e.currentTarget.select()} autoFocus />
        <DialogFooter>
          <PrimaryButton text="Done" onClick={() => setLinkToCopy(undefined)} />
        </DialogFooter>
      </Dialog>
    </div>
  );
};
