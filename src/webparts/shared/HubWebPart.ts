import * as React from 'react';
import * as ReactDom from 'react-dom';
import { Version } from '@microsoft/sp-core-library';
import { IPropertyPaneConfiguration, IPropertyPaneField, PropertyPaneButton, PropertyPaneButtonType, PropertyPaneLabel, PropertyPaneTextField } from '@microsoft/sp-property-pane';
import { BaseClientSideWebPart } from '@microsoft/sp-webpart-base';
import { IReadonlyTheme, ThemeChangedEventArgs, ThemeProvider } from '@microsoft/sp-component-base';
import { ThemeProvider as FluentThemeProvider } from '@fluentui/react';
import { SPFx } from '@pnp/sp';
import * as strings from 'HubWebPartStrings';
import { IHubServices } from '../../domain/services';
import { createHubServices } from '../../data/createHubServices';
import { spfi } from '../../data/sp';
import { HubProvider, IHostInfo } from '../../features/shared/HubContext';
import { hostTheme, teamsThemeName } from './hostTheme';

export interface IHubWebPartProps {
  title: string;
}

/**
 * The shared host of the suite's web parts: builds the data services with PnPjs over the SPFx context,
 * follows the SharePoint section or Teams theme, and renders one feature (loaded on demand).
 */
export abstract class HubWebPart<TProps extends IHubWebPartProps> extends BaseClientSideWebPart<TProps> {
  private services!: IHubServices;
  private themeVariant: IReadonlyTheme | undefined;
  private teamsTheme: string | undefined;
  private setupStatus = '';

  /** Loads the feature's component (with `import()`, so a page pays only for what it shows). */
  protected abstract loadFeature(): Promise<React.ComponentType<TProps>>;
  /** The web part's own property pane fields, shown above "Lists and content". */
  protected abstract displayFields(): IPropertyPaneField<unknown>[];

  protected async onInit(): Promise<void> {
    await super.onInit();
    const themeProvider = this.context.serviceScope.consume(ThemeProvider.serviceKey);
    this.themeVariant = themeProvider.tryGetTheme();
    themeProvider.themeChangedEvent.add(this, (args: ThemeChangedEventArgs) => {
      this.themeVariant = args.theme;
      this.render();
    });
    const teams = this.context.sdks.microsoftTeams;
    if (teams) {
      const context = await teams.teamsJs.app.getContext();
      this.teamsTheme = context.app.theme;
      teams.teamsJs.app.registerOnThemeChangeHandler((theme: string) => {
        this.teamsTheme = theme;
        this.render();
      });
    }
    this.services = createHubServices(spfi().using(SPFx(this.context)));
  }

  private host(): IHostInfo {
    const teams = teamsThemeName(this.teamsTheme);
    return { kind: teams ? 'Teams' : 'SharePoint', teamsTheme: teams, theme: hostTheme(this.themeVariant, teams) };
  }

  public render(): void {
    const host = this.host();
    this.loadFeature()
      .then((Feature) => {
        const feature = React.createElement(Feature, { ...this.properties });
        const themed = React.createElement(FluentThemeProvider, { theme: host.theme }, feature);
        ReactDom.render(React.createElement(HubProvider, { value: { services: this.services, host } }, themed), this.domElement);
      })
      .catch((error: Error) => {
        this.domElement.textContent = `This web part could not load: ${error.message}`;
      });
  }

  protected onDispose(): void {
    ReactDom.unmountComponentAtNode(this.domElement);
  }

  protected get dataVersion(): Version {
    return Version.parse('1.0');
  }

  private async runSetup(loadContent: boolean): Promise<void> {
    this.setupStatus = strings.SetUpListsRunning;
    this.context.propertyPane.refresh();
    try {
      if (loadContent) {
        const report = await this.services.setup.loadExampleContent();
        this.setupStatus = `${strings.LoadExampleContentDone} ${Object.values(report.added).reduce((a, b) => a + b, 0)}`;
      } else {
        const report = await this.services.setup.provision();
        this.setupStatus = `${strings.SetUpListsDone} ${report.createdLists.length} / ${report.changes.length}`;
      }
    } catch (error) {
      this.setupStatus = (error as Error).message;
    }
    this.context.propertyPane.refresh();
    this.render();
  }

  protected getPropertyPaneConfiguration(): IPropertyPaneConfiguration {
    return {
      pages: [
        {
          header: { description: strings.PropertyPaneDescription },
          groups: [
            { groupName: strings.DisplayGroupName, groupFields: [PropertyPaneTextField('title', { label: strings.TitleFieldLabel }), ...this.displayFields()] },
            {
              groupName: strings.SetupGroupName,
              groupFields: [
                PropertyPaneButton('setUpLists', { text: strings.SetUpListsButton, buttonType: PropertyPaneButtonType.Normal, onClick: () => { this.runSetup(false).catch(() => undefined); return ''; } }),
                PropertyPaneButton('loadContent', { text: strings.LoadExampleContentButton, buttonType: PropertyPaneButtonType.Normal, onClick: () => { this.runSetup(true).catch(() => undefined); return ''; } }),
                PropertyPaneLabel('setupStatus', { text: this.setupStatus })
              ]
            }
          ]
        }
      ]
    };
  }
}
