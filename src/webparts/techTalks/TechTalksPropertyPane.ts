import { PropertyPaneSlider, PropertyPaneToggle } from '@microsoft/sp-property-pane';
import * as strings from 'HubWebPartStrings';
import type { PropertyPaneFieldsBuilder } from '../shared/propertyPaneTypes';
import type { ITechTalksWebPartProps } from './TechTalksWebPart';

/** The TechTalks web part's own property pane fields (loaded only when the pane opens). */
export const propertyPaneFields: PropertyPaneFieldsBuilder<ITechTalksWebPartProps> = () => [
  PropertyPaneToggle('showPast', { label: strings.ShowPastLabel }),
  PropertyPaneSlider('upcomingCount', { label: strings.UpcomingCountLabel, min: 1, max: 24 })
];
