import * as React from 'react';
import { IInitiative, Stage } from '../../domain/entities';
import { IRoadmapSort, RoadmapColumn, RoadmapView } from '../../domain/roadmap';
import { Loading } from '../shared/StatusViews';
import { BoardView } from './views/BoardView';
import { MatrixView } from './views/MatrixView';
import { TableView } from './views/TableView';
import { TimelineView } from './views/TimelineView';

const PrioritiesView = React.lazy(() =>
  import(/* webpackChunkName: 'roadmap-priorities' */ './prioritisation/PrioritiesView').then((m) => ({ default: m.PrioritiesView }))
);

export interface IRoadmapViewSwitchProps {
  readonly view: RoadmapView;
  /** The filtered set every view shows. */
  readonly initiatives: readonly IInitiative[];
  readonly stages: readonly Stage[];
  readonly swimlanes: boolean;
  onSwimlanesChange(on: boolean): void;
  readonly sort?: IRoadmapSort;
  onSortChange(sort: IRoadmapSort): void;
  readonly tableColumns: readonly RoadmapColumn[];
  onTableColumnsChange(columns: RoadmapColumn[]): void;
  readonly pageSize: number;
  readonly canEdit: boolean;
  /** Narrow, or printing: stacked board, listed timeline. */
  readonly compact: boolean;
  /** Narrow (not printing): the matrix as a list. */
  readonly narrow: boolean;
  readonly includeSmall: boolean;
  onOpen(id: number): void;
  onMove(initiative: IInitiative, stage: Stage): void;
  announce(message: string): void;
  /** A class that hides the view on paper (when a print-only version replaces it). */
  readonly hideOnPrint?: string;
}

/** The chosen view of the filtered initiatives. */
export const RoadmapViewSwitch: React.FC<IRoadmapViewSwitchProps> = (props) => {
  const { view, initiatives, pageSize, onOpen } = props;
  let content: React.ReactNode;
  switch (view) {
    case 'timeline':
      content = <TimelineView initiatives={initiatives} pageSize={pageSize} narrow={props.compact} onOpen={onOpen} />;
      break;
    case 'table':
      content = (
        <TableView
          initiatives={initiatives}
          sort={props.sort}
          onSortChange={props.onSortChange}
          columns={props.tableColumns}
          onColumnsChange={props.onTableColumnsChange}
          pageSize={pageSize}
          onOpen={onOpen}
        />
      );
      break;
    case 'matrix':
      content = <MatrixView initiatives={initiatives} pageSize={pageSize} narrow={props.narrow} onOpen={onOpen} />;
      break;
    case 'priorities':
      content = (
        <React.Suspense fallback={<Loading label="Loading the priorities…" />}>
          <PrioritiesView initiatives={initiatives} canManage={props.canEdit} onOpenInitiative={onOpen} includeSmall={props.includeSmall} />
        </React.Suspense>
      );
      break;
    default:
      content = (
        <BoardView
          initiatives={initiatives}
          stages={props.stages}
          swimlanes={props.swimlanes}
          onSwimlanesChange={props.onSwimlanesChange}
          pageSize={pageSize}
          canEdit={props.canEdit}
          stacked={props.compact}
          onOpen={onOpen}
          onMove={props.onMove}
          announce={props.announce}
        />
      );
  }
  return <div className={props.hideOnPrint}>{content}</div>;
};
