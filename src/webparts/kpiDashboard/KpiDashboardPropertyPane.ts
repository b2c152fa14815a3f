import { PropertyPaneDropdown, PropertyPaneToggle } from '@microsoft/sp-property-pane';
import * as strings from 'HubWebPartStrings';
import { OUTCOMES } from '../../domain/vocabulary';
import type { PropertyPaneFieldsBuilder } from '../shared/propertyPaneTypes';
import type { IKpiDashboardWebPartProps } from './KpiDashboardWebPart';

/** The KpiDashboard web part's own property pane fields (loaded only when the pane opens). */
export const propertyPaneFields: PropertyPaneFieldsBuilder<IKpiDashboardWebPartProps> = () => [
  PropertyPaneDropdown('outcome', { label: strings.OutcomeLabel, options: [{ key: '', text: 'All outcomes' }, ...OUTCOMES.map((o) => ({ key: o, text: o }))] }),
  PropertyPaneToggle('showTable', { label: strings.ShowTableLabel })
];
