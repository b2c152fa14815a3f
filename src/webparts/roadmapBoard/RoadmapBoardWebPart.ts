import * as React from 'react';
import { IPropertyPaneField, PropertyPaneDropdown, PropertyPaneSlider } from '@microsoft/sp-property-pane';
import * as strings from 'HubWebPartStrings';
import { HubWebPart, IHubWebPartProps } from '../shared/HubWebPart';

export interface IRoadmapBoardWebPartProps extends IHubWebPartProps {
  defaultView: 'board' | 'timeline' | 'table' | 'matrix' | 'priorities';
  pageSize: number;
}

export default class RoadmapBoardWebPart extends HubWebPart<IRoadmapBoardWebPartProps> {
  protected async loadFeature(): Promise<React.ComponentType<IRoadmapBoardWebPartProps>> {
    const { RoadmapBoard } = await import(/* webpackChunkName: 'roadmap-board' */ '../../features/roadmapBoard/RoadmapBoard');
    return RoadmapBoard;
  }

  protected displayFields(): IPropertyPaneField<unknown>[] {
    return [
      PropertyPaneDropdown('defaultView', {
        label: strings.DefaultViewLabel,
        options: [
          { key: 'board', text: 'Board' },
          { key: 'timeline', text: 'Timeline' },
          { key: 'table', text: 'Table' },
          { key: 'matrix', text: 'Ways of working matrix' },
          { key: 'priorities', text: 'Priorities' }
        ]
      }),
      PropertyPaneSlider('pageSize', { label: strings.PageSizeLabel, min: 10, max: 200, step: 10 })
    ];
  }
}
