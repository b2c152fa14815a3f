import * as React from 'react';
import { HubWebPart, IHubWebPartProps } from '../shared/HubWebPart';
import type { PropertyPaneFieldsBuilder } from '../shared/propertyPaneTypes';

export interface IKpiDashboardWebPartProps extends IHubWebPartProps {
  outcome?: string;
  showTable: boolean;
}

export default class KpiDashboardWebPart extends HubWebPart<IKpiDashboardWebPartProps> {
  protected async loadFeature(): Promise<React.ComponentType<IKpiDashboardWebPartProps>> {
    const { KpiDashboard } = await import(/* webpackChunkName: 'kpi-dashboard' */ '../../features/kpiDashboard/KpiDashboard');
    return KpiDashboard;
  }

  protected async loadPropertyPaneFields(): Promise<PropertyPaneFieldsBuilder<IKpiDashboardWebPartProps>> {
    const { propertyPaneFields } = await import(/* webpackChunkName: 'kpi-dashboard-property-pane' */ './KpiDashboardPropertyPane');
    return propertyPaneFields;
  }
}
