import * as React from 'react';
import { HubWebPart, IHubWebPartProps } from '../shared/HubWebPart';
import type { PropertyPaneFieldsBuilder } from '../shared/propertyPaneTypes';

export interface IRoadmapBoardWebPartProps extends IHubWebPartProps {
  defaultView: 'board' | 'timeline' | 'table' | 'matrix' | 'priorities';
  /** The default filters: a view-state query string (see src/domain/roadmap/roadmapUrlState.ts). */
  defaultQuery: string;
  /** The workstreams to show; empty for all. */
  workstreams: string[];
  pageSize: number;
}

export default class RoadmapBoardWebPart extends HubWebPart<IRoadmapBoardWebPartProps> {
  protected async loadFeature(): Promise<React.ComponentType<IRoadmapBoardWebPartProps>> {
    const { RoadmapBoard } = await import(/* webpackChunkName: 'roadmap-board' */ '../../features/roadmapBoard/RoadmapBoard');
    return RoadmapBoard as React.ComponentType<IRoadmapBoardWebPartProps>;
  }

  protected async loadPropertyPaneFields(): Promise<PropertyPaneFieldsBuilder<IRoadmapBoardWebPartProps>> {
    const { propertyPaneFields } = await import(/* webpackChunkName: 'roadmap-board-property-pane' */ './RoadmapBoardPropertyPane');
    return propertyPaneFields;
  }
}
