import * as React from 'react';
import { IPropertyPaneField, PropertyPaneChoiceGroup, PropertyPaneToggle } from '@microsoft/sp-property-pane';
import * as strings from 'HubWebPartStrings';
import { HubWebPart, IHubWebPartProps } from '../shared/HubWebPart';

export interface IMaturitySurveyWebPartProps extends IHubWebPartProps {
  startOn: 'survey' | 'results';
  anonymiseResults: boolean;
}

export default class MaturitySurveyWebPart extends HubWebPart<IMaturitySurveyWebPartProps> {
  protected async loadFeature(): Promise<React.ComponentType<IMaturitySurveyWebPartProps>> {
    const { MaturitySurvey } = await import(/* webpackChunkName: 'maturity-survey' */ '../../features/maturitySurvey/MaturitySurvey');
    return MaturitySurvey;
  }

  protected displayFields(): IPropertyPaneField<unknown>[] {
    return [
      PropertyPaneChoiceGroup('startOn', {
        label: strings.StartOnLabel,
        options: [
          { key: 'survey', text: 'The survey' },
          { key: 'results', text: 'The results' }
        ]
      }),
      PropertyPaneToggle('anonymiseResults', { label: strings.AnonymiseLabel })
    ];
  }
}
