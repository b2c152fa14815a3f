import * as React from 'react';
import { IPropertyPaneField, PropertyPaneToggle } from '@microsoft/sp-property-pane';
import * as strings from 'HubWebPartStrings';
import { HubWebPart, IHubWebPartProps } from '../shared/HubWebPart';

export interface IChampionsHubWebPartProps extends IHubWebPartProps {
  showLeaderboard: boolean;
}

export default class ChampionsHubWebPart extends HubWebPart<IChampionsHubWebPartProps> {
  protected async loadFeature(): Promise<React.ComponentType<IChampionsHubWebPartProps>> {
    const { ChampionsHub } = await import(/* webpackChunkName: 'champions-hub' */ '../../features/championsHub/ChampionsHub');
    return ChampionsHub;
  }

  protected displayFields(): IPropertyPaneField<unknown>[] {
    return [PropertyPaneToggle('showLeaderboard', { label: strings.ShowLeaderboardLabel })];
  }
}
