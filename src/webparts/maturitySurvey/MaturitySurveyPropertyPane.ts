import { PropertyPaneChoiceGroup, PropertyPaneToggle } from '@microsoft/sp-property-pane';
import * as strings from 'HubWebPartStrings';
import type { PropertyPaneFieldsBuilder } from '../shared/propertyPaneTypes';
import type { IMaturitySurveyWebPartProps } from './MaturitySurveyWebPart';

/** The MaturitySurvey web part's own property pane fields (loaded only when the pane opens). */
export const propertyPaneFields: PropertyPaneFieldsBuilder<IMaturitySurveyWebPartProps> = () => [
  PropertyPaneChoiceGroup('startOn', {
    label: strings.StartOnLabel,
    options: [
      { key: 'survey', text: 'The survey' },
      { key: 'results', text: 'The results' }
    ]
  }),
  PropertyPaneToggle('anonymiseResults', { label: strings.AnonymiseLabel })
];
