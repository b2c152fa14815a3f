import * as React from 'react';
import { HubWebPart, IHubWebPartProps } from '../shared/HubWebPart';
import type { PropertyPaneFieldsBuilder } from '../shared/propertyPaneTypes';

export interface IRoadmapBoardWebPartProps extends IHubWebPartProps {
  defaultView: 'board' | 'timeline' | 'table' | 'matrix' | 'priorities';
  pageSize: number;
}

export default class RoadmapBoardWebPart extends HubWebPart<IRoadmapBoardWebPartProps> {
  protected async loadFeature(): Promise<React.ComponentType<IRoadmapBoardWebPartProps>> {
    const { RoadmapBoard } = await import(/* webpackChunkName: 'roadmap-board' */ '../../features/roadmapBoard/RoadmapBoard');
    return RoadmapBoard;
  }

  protected async loadPropertyPaneFields(): Promise<PropertyPaneFieldsBuilder<IRoadmapBoardWebPartProps>> {
    const { propertyPaneFields } = await import(/* webpackChunkName: 'roadmap-board-property-pane' */ './RoadmapBoardPropertyPane');
    return propertyPaneFields;
  }
}
