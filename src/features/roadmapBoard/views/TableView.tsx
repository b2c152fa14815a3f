import * as React from 'react';
import {
  CheckboxVisibility,
  ConstrainMode,
  DefaultButton,
  DetailsList,
  DetailsListLayoutMode,
  IColumn,
  IContextualMenuItem,
  Link,
  mergeStyleSets,
  Selection,
  SelectionMode,
  Text,
  useTheme
} from '@fluentui/react';
import { IInitiative } from '../../../domain/entities';
import { COLUMN_HEADINGS, columnValue, IRoadmapSort, ROADMAP_COLUMNS, RoadmapColumn, sortInitiatives } from '../../../domain/roadmap';
import { plural } from '../../shared/format';
import { PersonView } from '../../shared/people/PersonView';
import { HealthBadge } from '../labels';
import { noPrint } from '../../shared/print/printFrame';

export interface ITableViewProps {
  readonly initiatives: readonly IInitiative[];
  readonly sort?: IRoadmapSort;
  onSortChange(sort: IRoadmapSort): void;
  /** The columns shown, in the table's order. */
  readonly columns: readonly RoadmapColumn[];
  onColumnsChange(columns: RoadmapColumn[]): void;
  /** Rows shown before "Show more". */
  readonly pageSize: number;
  onOpen(id: number): void;
}

/** What the table shows until someone chooses: the fields the roadmap's own tables fill (Appendix C). */
export const DEFAULT_TABLE_COLUMNS: readonly RoadmapColumn[] = ['title', 'workstream', 'stage', 'waysOfWorking', 'timeframe'];

const WIDTHS: Partial<Record<RoadmapColumn, [number, number]>> = {
  id: [40, 60],
  title: [200, 320],
  description: [240, 400],
  notes: [200, 320],
  waysOfWorking: [160, 220],
  workstream: [140, 200],
  department: [140, 200],
  owner: [150, 200],
  sponsor: [150, 200],
  corporatePlanOutcomes: [110, 140],
  mustDo: [70, 80],
  progress: [80, 100],
  effortMonths: [90, 110]
};

const MULTILINE: readonly RoadmapColumn[] = ['title', 'description', 'notes', 'waysOfWorking'];

/** The initiatives as a sortable, virtualised table with a column chooser; choosing a row opens its details. */
export const TableView: React.FC<ITableViewProps> = ({ initiatives, sort, onSortChange, columns, onColumnsChange, pageSize, onOpen }) => {
  const theme = useTheme();
  const [limit, setLimit] = React.useState(pageSize);
  React.useEffect(() => setLimit(pageSize), [pageSize]);
  const sorted = React.useMemo(() => (sort ? sortInitiatives(initiatives, sort) : [...initiatives]), [initiatives, sort]);
  const shown = React.useMemo(() => sorted.slice(0, limit), [sorted, limit]);
  const openRef = React.useRef(onOpen);
  openRef.current = onOpen;
  const selection = React.useMemo(
    () =>
      new Selection<IInitiative & { key: string }>({
        onSelectionChanged: () => {
          const chosen = selection.getSelection()[0];
          if (!chosen) return;
          openRef.current(chosen.id);
          selection.setChangeEvents(false);
          selection.setAllSelected(false);
          selection.setChangeEvents(true, true);
        }
      }),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    []
  );
  const classes = React.useMemo(
    () =>
      mergeStyleSets({
        bar: { display: 'flex', flexWrap: 'wrap', gap: 8, alignItems: 'center', justifyContent: 'space-between', marginBottom: 8 },
        scroller: { overflowX: 'auto', position: 'relative', '@media print': { overflow: 'visible' } },
        count: { color: theme.semanticColors.bodySubtext }
      }),
    [theme]
  );
  const renderCell = (item: IInitiative, column: RoadmapColumn): React.ReactNode => {
    switch (column) {
      case 'title':
        return (
          <Link onClick={() => onOpen(item.id)} styles={{ root: { fontWeight: 600, textAlign: 'left' } }}>
            {item.title}
          </Link>
        );
      case 'owner':
      case 'sponsor':
        return <PersonView person={item[column]} emptyText="" />;
      case 'health':
        return <HealthBadge health={item.health} />;
      case 'progress':
        return item.progress === undefined ? '' : `${item.progress}%`;
      default: {
        const value = columnValue(item, column);
        return value === undefined ? '' : String(value);
      }
    }
  };
  const detailsColumns: IColumn[] = columns.map((column) => {
    const [minWidth, maxWidth] = WIDTHS[column] ?? [100, 160];
    return {
      key: column,
      name: COLUMN_HEADINGS[column],
      fieldName: column,
      minWidth,
      maxWidth,
      isResizable: true,
      isMultiline: MULTILINE.includes(column),
      isSorted: sort?.column === column,
      isSortedDescending: sort?.column === column ? sort.descending : undefined,
      sortAscendingAriaLabel: 'Sorted A to Z (lowest first)',
      sortDescendingAriaLabel: 'Sorted Z to A (highest first)',
      onColumnClick: () => onSortChange({ column, descending: sort?.column === column ? !sort.descending : false }),
      onRender: (item: IInitiative) => renderCell(item, column)
    };
  });
  const chooser: IContextualMenuItem[] = ROADMAP_COLUMNS.map((column) => ({
    key: column,
    text: COLUMN_HEADINGS[column],
    canCheck: true,
    checked: columns.includes(column),
    disabled: column === 'title',
    onClick: (event) => {
      event?.preventDefault();
      const on = !columns.includes(column);
      onColumnsChange(ROADMAP_COLUMNS.filter((c) => (c === column ? on : columns.includes(c))));
    }
  }));
  return (
    <div>
      <div className={`${classes.bar} ${noPrint}`}>
        <Text className={classes.count}>
          {sort ? `Sorted by ${COLUMN_HEADINGS[sort.column]}, ${sort.descending ? 'descending' : 'ascending'}.` : 'Choose a column heading to sort.'}
        </Text>
        <DefaultButton iconProps={{ iconName: 'ColumnOptions' }} text="Columns" menuProps={{ items: chooser, ariaLabel: 'Columns to show' }} />
      </div>
      <div className={classes.scroller}>
        <DetailsList
          items={shown.map((i) => ({ ...i, key: String(i.id) }))}
          columns={detailsColumns}
          selection={selection as unknown as Selection}
          selectionMode={SelectionMode.single}
          checkboxVisibility={CheckboxVisibility.hidden}
          selectionPreservedOnEmptyClick
          layoutMode={DetailsListLayoutMode.justified}
          constrainMode={ConstrainMode.unconstrained}
          onItemInvoked={(item: IInitiative) => onOpen(item.id)}
          ariaLabelForGrid={`Initiatives, ${plural(sorted.length, 'row')}`}
          setKey="roadmap-table"
        />
      </div>
      {sorted.length > limit && (
        <DefaultButton
          className={noPrint}
          styles={{ root: { marginTop: 8 } }}
          text={`Show ${Math.min(pageSize, sorted.length - limit)} more (${shown.length} of ${sorted.length} shown)`}
          onClick={() => setLimit((l) => l + pageSize)}
        />
      )}
    </div>
  );
};
