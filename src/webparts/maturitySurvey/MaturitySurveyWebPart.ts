import * as React from 'react';
import { HubWebPart, IHubWebPartProps } from '../shared/HubWebPart';
import type { PropertyPaneFieldsBuilder } from '../shared/propertyPaneTypes';

export interface IMaturitySurveyWebPartProps extends IHubWebPartProps {
  startOn: 'survey' | 'results';
  anonymiseResults: boolean;
}

export default class MaturitySurveyWebPart extends HubWebPart<IMaturitySurveyWebPartProps> {
  protected async loadFeature(): Promise<React.ComponentType<IMaturitySurveyWebPartProps>> {
    const { MaturitySurvey } = await import(/* webpackChunkName: 'maturity-survey' */ '../../features/maturitySurvey/MaturitySurvey');
    return MaturitySurvey;
  }

  protected async loadPropertyPaneFields(): Promise<PropertyPaneFieldsBuilder<IMaturitySurveyWebPartProps>> {
    const { propertyPaneFields } = await import(/* webpackChunkName: 'maturity-survey-property-pane' */ './MaturitySurveyPropertyPane');
    return propertyPaneFields;
  }
}
