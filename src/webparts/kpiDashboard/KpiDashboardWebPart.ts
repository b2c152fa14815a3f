import * as React from 'react';
import { IPropertyPaneField, PropertyPaneDropdown, PropertyPaneToggle } from '@microsoft/sp-property-pane';
import * as strings from 'HubWebPartStrings';
import { OUTCOMES } from '../../domain/vocabulary';
import { HubWebPart, IHubWebPartProps } from '../shared/HubWebPart';

export interface IKpiDashboardWebPartProps extends IHubWebPartProps {
  outcome: string;
  showTable: boolean;
}

export default class KpiDashboardWebPart extends HubWebPart<IKpiDashboardWebPartProps> {
  protected async loadFeature(): Promise<React.ComponentType<IKpiDashboardWebPartProps>> {
    const { KpiDashboard } = await import(/* webpackChunkName: 'kpi-dashboard' */ '../../features/kpiDashboard/KpiDashboard');
    return KpiDashboard;
  }

  protected displayFields(): IPropertyPaneField<unknown>[] {
    return [
      PropertyPaneDropdown('outcome', { label: strings.OutcomeLabel, options: [{ key: '', text: 'All outcomes' }, ...OUTCOMES.map((o) => ({ key: o, text: o }))] }),
      PropertyPaneToggle('showTable', { label: strings.ShowTableLabel })
    ];
  }
}
