import * as React from 'react';
import { HubWebPart, IHubWebPartProps } from '../shared/HubWebPart';
import type { PropertyPaneFieldsBuilder } from '../shared/propertyPaneTypes';

export interface IMaturitySurveyWebPartProps extends IHubWebPartProps {
  /** The Maturity Models item to survey; 0 = the model of the current open round. */
  modelId?: number;
  /** The Assessment Rounds item; 0 = the current open round. */
  roundId?: number;
  startOn: 'survey' | 'results';
  anonymiseResults: boolean;
}

export default class MaturitySurveyWebPart extends HubWebPart<IMaturitySurveyWebPartProps> {
  protected async loadFeature(): Promise<React.ComponentType<IMaturitySurveyWebPartProps>> {
    const { MaturitySurvey } = await import(/* webpackChunkName: 'maturity-survey' */ '../../features/maturitySurvey/MaturitySurvey');
    return MaturitySurvey;
  }

  protected async loadPropertyPaneFields(): Promise<PropertyPaneFieldsBuilder<IMaturitySurveyWebPartProps>> {
    const { maturityPropertyPane } = await import(/* webpackChunkName: 'maturity-survey-property-pane' */ './MaturitySurveyPropertyPane');
    // The model and round choices are read from the strategy site's lists when the pane opens.
    const services = this.dataServices;
    return maturityPropertyPane(
      () => Promise.all([services.maturityModels.getAll(), services.assessmentRounds.getAll()]).then(([models, rounds]) => ({ models, rounds })),
      () => this.context.propertyPane.refresh()
    );
  }
}
