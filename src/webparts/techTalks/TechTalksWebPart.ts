import * as React from 'react';
import { IPropertyPaneField, PropertyPaneSlider, PropertyPaneToggle } from '@microsoft/sp-property-pane';
import * as strings from 'HubWebPartStrings';
import { HubWebPart, IHubWebPartProps } from '../shared/HubWebPart';

export interface ITechTalksWebPartProps extends IHubWebPartProps {
  showPast: boolean;
  upcomingCount: number;
}

export default class TechTalksWebPart extends HubWebPart<ITechTalksWebPartProps> {
  protected async loadFeature(): Promise<React.ComponentType<ITechTalksWebPartProps>> {
    const { TechTalks } = await import(/* webpackChunkName: 'tech-talks' */ '../../features/techTalks/TechTalks');
    return TechTalks;
  }

  protected displayFields(): IPropertyPaneField<unknown>[] {
    return [
      PropertyPaneToggle('showPast', { label: strings.ShowPastLabel }),
      PropertyPaneSlider('upcomingCount', { label: strings.UpcomingCountLabel, min: 1, max: 24 })
    ];
  }
}
