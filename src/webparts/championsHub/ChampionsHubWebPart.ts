import * as React from 'react';
import { HubWebPart, IHubWebPartProps } from '../shared/HubWebPart';
import type { PropertyPaneFieldsBuilder } from '../shared/propertyPaneTypes';

export interface IChampionsHubWebPartProps extends IHubWebPartProps {
  showLeaderboard: boolean;
  staffPerChampion: number;
}

export default class ChampionsHubWebPart extends HubWebPart<IChampionsHubWebPartProps> {
  protected async loadFeature(): Promise<React.ComponentType<IChampionsHubWebPartProps>> {
    const { ChampionsHub } = await import(/* webpackChunkName: 'champions-hub' */ '../../features/championsHub/ChampionsHub');
    return ChampionsHub;
  }

  protected async loadPropertyPaneFields(): Promise<PropertyPaneFieldsBuilder<IChampionsHubWebPartProps>> {
    const { propertyPaneFields } = await import(/* webpackChunkName: 'champions-hub-property-pane' */ './ChampionsHubPropertyPane');
    return propertyPaneFields;
  }
}
