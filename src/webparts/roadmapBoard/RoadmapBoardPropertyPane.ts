import {
  PropertyPaneButton,
  PropertyPaneButtonType,
  PropertyPaneCheckbox,
  PropertyPaneDropdown,
  PropertyPaneLabel,
  PropertyPaneSlider
} from '@microsoft/sp-property-pane';
import * as strings from 'HubWebPartStrings';
import { defaultsFromPage, describeFilter, isWorkstreamShown, settingsDefaults } from '../../domain/roadmap';
import { WORKSTREAMS } from '../../domain/vocabulary';
import type { PropertyPaneFieldsBuilder } from '../shared/propertyPaneTypes';
import type { IRoadmapBoardWebPartProps } from './RoadmapBoardWebPart';

/** The property each workstream's checkbox writes; RoadmapBoardWebPart turns it into the `workstreams` list. */
export const workstreamCheckboxProperty = (index: number): string => `showWorkstream${index}`;

/** The RoadmapBoard web part's own property pane fields (loaded only when the pane opens). */
export const propertyPaneFields: PropertyPaneFieldsBuilder<IRoadmapBoardWebPartProps> = (properties, context) => {
  const defaults = settingsDefaults(properties.defaultView, properties.defaultQuery);
  return [
    PropertyPaneDropdown('defaultView', {
      label: strings.DefaultViewLabel,
      options: [
        { key: 'board', text: strings.RoadmapViewBoard },
        { key: 'timeline', text: strings.RoadmapViewTimeline },
        { key: 'table', text: strings.RoadmapViewTable },
        { key: 'matrix', text: strings.RoadmapViewMatrix },
        { key: 'priorities', text: strings.RoadmapViewPriorities }
      ]
    }),
    PropertyPaneLabel('defaultQueryShown', { text: `${strings.RoadmapDefaultFiltersLabel}: ${describeFilter(defaults.filter)}` }),
    PropertyPaneButton('useCurrentView', {
      text: strings.RoadmapUseCurrentViewButton,
      buttonType: PropertyPaneButtonType.Normal,
      onClick: () => {
        const chosen = defaultsFromPage(context.pageState.read(), properties.defaultView, properties.defaultQuery);
        context.setProperty('defaultView', chosen.defaultView);
        context.setProperty('defaultQuery', chosen.defaultQuery);
        return '';
      }
    }),
    PropertyPaneButton('clearDefaultQuery', {
      text: strings.RoadmapClearDefaultFiltersButton,
      buttonType: PropertyPaneButtonType.Normal,
      disabled: !properties.defaultQuery,
      onClick: () => {
        context.setProperty('defaultQuery', '');
        return '';
      }
    }),
    PropertyPaneLabel('workstreamsHeading', { text: strings.RoadmapWorkstreamsLabel }),
    ...WORKSTREAMS.map((workstream, index) =>
      PropertyPaneCheckbox(workstreamCheckboxProperty(index), { text: workstream, checked: isWorkstreamShown(properties.workstreams, workstream) })
    ),
    PropertyPaneSlider('pageSize', { label: strings.RoadmapPageSizeLabel, min: 10, max: 200, step: 10 })
  ];
};
