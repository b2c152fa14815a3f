import { PropertyPaneDropdown } from '@microsoft/sp-property-pane';
import * as strings from 'HubWebPartStrings';
import { propertyPaneFields as championsHubFields } from '../championsHub/ChampionsHubPropertyPane';
import { propertyPaneFields as kpiDashboardFields } from '../kpiDashboard/KpiDashboardPropertyPane';
import { IMaturityPaneChoices, maturityPropertyPane } from '../maturitySurvey/MaturitySurveyPropertyPane';
import { propertyPaneFields as roadmapBoardFields } from '../roadmapBoard/RoadmapBoardPropertyPane';
import { HUB_PARTS, hubPart, HubPartKey } from '../shared/hubParts';
import type { PropertyPaneFieldsBuilder } from '../shared/propertyPaneTypes';
import { propertyPaneFields as techTalksFields } from '../techTalks/TechTalksPropertyPane';
import type { IHubTabWebPartProps } from './HubTabWebPart';

/**
 * The channel tab's configuration (the property pane Teams shows when the tab is added or its settings changed):
 * which part the tab shows, then that part's own settings, the same fields as on its own web part.
 */
export function hubTabPropertyPane(loadMaturityChoices: () => Promise<IMaturityPaneChoices>, refresh: () => void): PropertyPaneFieldsBuilder<IHubTabWebPartProps> {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const fields: Record<HubPartKey, PropertyPaneFieldsBuilder<any>> = {
    roadmapBoard: roadmapBoardFields,
    maturitySurvey: maturityPropertyPane(loadMaturityChoices, refresh),
    techTalks: techTalksFields,
    championsHub: championsHubFields,
    kpiDashboard: kpiDashboardFields
  };
  return (properties, context) => [
    PropertyPaneDropdown('part', { label: strings.HubTabPartLabel, options: HUB_PARTS.map((p) => ({ key: p.key, text: p.title })) }),
    ...fields[hubPart(properties.part).key](properties, context)
  ];
}
