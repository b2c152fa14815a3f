import * as React from 'react';
import { toggleShownWorkstream } from '../../domain/roadmap/webPartSettings';
import { WORKSTREAMS } from '../../domain/vocabulary';
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

  /** A workstream's checkbox (showWorkstream<n>) ticks or unticks it in the `workstreams` list. */
  protected onPropertyPaneFieldChanged(propertyPath: string, oldValue: unknown, newValue: unknown): void {
    const match = /^showWorkstream(\d+)$/.exec(propertyPath);
    if (match) {
      const workstream = WORKSTREAMS[Number(match[1])];
      if (workstream) this.properties.workstreams = toggleShownWorkstream(this.properties.workstreams, workstream, Boolean(newValue));
      delete (this.properties as unknown as Record<string, unknown>)[propertyPath];
      this.context.propertyPane.refresh();
    }
    super.onPropertyPaneFieldChanged(propertyPath, oldValue, newValue);
  }

  protected async loadPropertyPaneFields(): Promise<PropertyPaneFieldsBuilder<IRoadmapBoardWebPartProps>> {
    const { propertyPaneFields } = await import(/* webpackChunkName: 'roadmap-board-property-pane' */ './RoadmapBoardPropertyPane');
    return propertyPaneFields;
  }
}
