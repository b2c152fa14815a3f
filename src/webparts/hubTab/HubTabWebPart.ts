import * as React from 'react';
import { toggleShownWorkstream } from '../../domain/roadmap/webPartSettings';
import { WORKSTREAMS } from '../../domain/vocabulary';
import { HubWebPart, IHubWebPartProps } from '../shared/HubWebPart';
import { hubPart, HubPartKey, withPartDefaults } from '../shared/hubParts';
import type { PropertyPaneFieldsBuilder } from '../shared/propertyPaneTypes';

/** The chosen part, and that part's own properties (its manifest's, e.g. `defaultView` for the Roadmap Board). */
export interface IHubTabWebPartProps extends IHubWebPartProps {
  part: HubPartKey;
  [property: string]: unknown;
}

/**
 * The Teams app's one configurable (channel or chat) tab. Teams opens it with its property pane to configure it
 * (`openPropertyPane=true` in the app manifest): the team chooses which part the tab shows and that part's main
 * settings, and SharePoint keeps them with the tab. It then renders that part as the part's own web part would.
 */
export default class HubTabWebPart extends HubWebPart<IHubTabWebPartProps> {
  protected async onInit(): Promise<void> {
    await super.onInit();
    Object.assign(this.properties, withPartDefaults(this.properties, hubPart(this.properties.part).key));
  }

  protected async loadFeature(): Promise<React.ComponentType<IHubTabWebPartProps>> {
    return hubPart(this.properties.part).loadFeature();
  }

  protected onPropertyPaneFieldChanged(propertyPath: string, oldValue: unknown, newValue: unknown): void {
    if (propertyPath === 'part') {
      Object.assign(this.properties, withPartDefaults(this.properties, hubPart(String(newValue)).key));
      this.context.propertyPane.refresh();
    }
    // The Roadmap Board's workstream checkboxes (showWorkstream<n>) edit its `workstreams` list, as in its own web part.
    const match = /^showWorkstream(\d+)$/.exec(propertyPath);
    if (match) {
      const workstream = WORKSTREAMS[Number(match[1])];
      const current = Array.isArray(this.properties.workstreams) ? (this.properties.workstreams as string[]) : [];
      if (workstream) this.properties.workstreams = toggleShownWorkstream(current, workstream, Boolean(newValue));
      delete this.properties[propertyPath];
      this.context.propertyPane.refresh();
    }
    super.onPropertyPaneFieldChanged(propertyPath, oldValue, newValue);
  }

  protected async loadPropertyPaneFields(): Promise<PropertyPaneFieldsBuilder<IHubTabWebPartProps>> {
    const { hubTabPropertyPane } = await import(/* webpackChunkName: 'hub-tab-property-pane' */ './HubTabPropertyPane');
    const services = this.dataServices;
    return hubTabPropertyPane(
      () => Promise.all([services.maturityModels.getAll(), services.assessmentRounds.getAll()]).then(([models, rounds]) => ({ models, rounds })),
      () => this.context.propertyPane.refresh()
    );
  }
}
