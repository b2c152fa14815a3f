import { PropertyPaneDropdown, PropertyPaneSlider } from '@microsoft/sp-property-pane';
import * as strings from 'HubWebPartStrings';
import type { PropertyPaneFieldsBuilder } from '../shared/propertyPaneTypes';
import type { IRoadmapBoardWebPartProps } from './RoadmapBoardWebPart';

/** The RoadmapBoard web part's own property pane fields (loaded only when the pane opens). */
export const propertyPaneFields: PropertyPaneFieldsBuilder<IRoadmapBoardWebPartProps> = () => [
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
