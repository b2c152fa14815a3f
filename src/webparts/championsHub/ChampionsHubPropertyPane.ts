import { PropertyPaneSlider, PropertyPaneToggle } from '@microsoft/sp-property-pane';
import * as strings from 'HubWebPartStrings';
import type { PropertyPaneFieldsBuilder } from '../shared/propertyPaneTypes';
import type { IChampionsHubWebPartProps } from './ChampionsHubWebPart';

/** The ChampionsHub web part's own property pane fields (loaded only when the pane opens). */
export const propertyPaneFields: PropertyPaneFieldsBuilder<IChampionsHubWebPartProps> = () => [
  PropertyPaneToggle('showLeaderboard', { label: strings.ShowLeaderboardLabel }),
  PropertyPaneSlider('staffPerChampion', { label: strings.StaffPerChampionLabel, min: 10, max: 200, step: 5, showValue: true })
];
