import * as React from 'react';
import { HubWebPart, IHubWebPartProps } from '../shared/HubWebPart';
import type { PropertyPaneFieldsBuilder } from '../shared/propertyPaneTypes';

export interface ITechTalksWebPartProps extends IHubWebPartProps {
  showPast: boolean;
  upcomingCount: number;
}

export default class TechTalksWebPart extends HubWebPart<ITechTalksWebPartProps> {
  protected async loadFeature(): Promise<React.ComponentType<ITechTalksWebPartProps>> {
    const { TechTalks } = await import(/* webpackChunkName: 'tech-talks' */ '../../features/techTalks/TechTalks');
    return TechTalks;
  }

  protected async loadPropertyPaneFields(): Promise<PropertyPaneFieldsBuilder<ITechTalksWebPartProps>> {
    const { propertyPaneFields } = await import(/* webpackChunkName: 'tech-talks-property-pane' */ './TechTalksPropertyPane');
    return propertyPaneFields;
  }
}
