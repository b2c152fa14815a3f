import * as React from 'react';
import * as ReactDom from 'react-dom';
import { Version } from '@microsoft/sp-core-library';
import { IPropertyPaneConfiguration, PropertyPaneTextField } from '@microsoft/sp-property-pane';
import { BaseClientSideWebPart } from '@microsoft/sp-webpart-base';
import { IReadonlyTheme, ThemeChangedEventArgs, ThemeProvider } from '@microsoft/sp-component-base';
import { ThemeProvider as FluentThemeProvider } from '@fluentui/react';
import { SPFx } from '@pnp/sp';
import * as strings from 'HubWebPartStrings';
import { IHubServices } from '../../domain/services';
import { createHubServices } from '../../data/createHubServices';
import { spfi } from '../../data/sp';
import { IDigest, SharedRequestDigest } from '../../data/requestDigest';
import { strategySiteUrl } from '../../data/strategySite';
import { HubProvider, IHostInfo } from '../../features/shared/HubContext';
import { addressBarPageState, IPageState } from '../../features/shared/pageState';
import { graphPeopleDirectory } from './graphPeopleDirectory';
import { hostTheme, teamsThemeName } from './hostTheme';
import type { PropertyPaneFieldsBuilder } from './propertyPaneTypes';
import type { setupGroup } from './setupPropertyPane';
import { TEAMS_APP_ID, teamsPageState } from './teamsPageState';

export interface IHubWebPartProps {
  title: string;
}

/**
 * The shared host of the suite's web parts: builds the data services with PnPjs over the SPFx context,
 * follows the SharePoint section or Teams theme, keeps view state in the page address (or a Teams deep link),
 * and renders one feature. The feature and the property pane are loaded on demand with `import()`.
 */
export abstract class HubWebPart<TProps extends IHubWebPartProps> extends BaseClientSideWebPart<TProps> {
  private services!: IHubServices;
  private pageState!: IPageState;
  private themeVariant: IReadonlyTheme | undefined;
  private teamsTheme: string | undefined;
  private setupStatus = '';
  private paneFields: PropertyPaneFieldsBuilder<TProps> | undefined;
  private paneSetupGroup: typeof setupGroup | undefined;

  /** Loads the feature's component (a page pays only for what it shows). */
  protected abstract loadFeature(): Promise<React.ComponentType<TProps>>;
  /** Loads the web part's own property pane fields, shown above "Lists and content". */
  protected abstract loadPropertyPaneFields(): Promise<PropertyPaneFieldsBuilder<TProps>>;

  protected async onInit(): Promise<void> {
    await super.onInit();
    const themeProvider = this.context.serviceScope.consume(ThemeProvider.serviceKey);
    this.themeVariant = themeProvider.tryGetTheme();
    themeProvider.themeChangedEvent.add(this, (args: ThemeChangedEventArgs) => {
      this.themeVariant = args.theme;
      this.render();
    });
    this.pageState = addressBarPageState();
    const teams = this.context.sdks.microsoftTeams;
    if (teams) {
      const context = await teams.teamsJs.app.getContext();
      this.teamsTheme = context.app.theme;
      // The suite's one Teams app: a personal tab's entity id is its entityId in teams/manifest.json; a channel tab's
      // deep link also needs its channel. Either way the tab opens with the link's subEntityId as its state.
      this.pageState = teamsPageState({
        appId: context.app.appId?.toString() ?? TEAMS_APP_ID,
        entityId: context.page.id,
        channelId: context.channel?.id,
        subPageId: context.page.subPageId
      });
      teams.teamsJs.app.registerOnThemeChangeHandler((theme: string) => {
        this.teamsTheme = theme;
        this.render();
      });
    }
    // The lists live on the strategy site: the tenant property names it (needed in Teams, where personal tabs run on
    // the root site and channel tabs on the team's site); without it, the site the web part runs on. Every web part
    // of the page shares one read of the site's lists and of the signed-in person, and batches its first reads.
    const here = spfi().using(SPFx(this.context));
    const site = await strategySiteUrl(here);
    // Writes on the page's own web use the page's form digest (PnPjs's SPFx behaviour); elsewhere the parts share one.
    this.services = createHubServices(
      site ? spfi(site).using(SPFx(this.context), SharedRequestDigest()) : here.using(SharedRequestDigest(this.pageDigest)),
      site ?? this.context.pageContext.web.absoluteUrl
    );
  }

  /** The form digest the SharePoint page carries (its legacy page context), for writes to the page's own web. */
  private readonly pageDigest = (url: string): IDigest | undefined => {
    const legacy = this.context.pageContext.legacyPageContext as { formDigestValue?: string; formDigestTimeoutSeconds?: number } | undefined;
    const sameWeb = url.toLowerCase().startsWith(`${this.context.pageContext.web.absoluteUrl.toLowerCase()}/_api`);
    if (!sameWeb || !legacy?.formDigestValue) return undefined;
    const issued = new Date(legacy.formDigestValue.split(',')[1]);
    return { value: legacy.formDigestValue, expiration: new Date(issued.getTime() + ((legacy.formDigestTimeoutSeconds ?? 1800) - 15) * 1000) };
  };

  private readonly people = graphPeopleDirectory(() => this.context.msGraphClientFactory.getClient('3'));

  private readonly graphToken = async (): Promise<string> => {
    const provider = await this.context.aadTokenProviderFactory.getTokenProvider();
    return provider.getToken('https://graph.microsoft.com');
  };

  private host(): IHostInfo {
    const teams = teamsThemeName(this.teamsTheme);
    return {
      kind: teams ? 'Teams' : 'SharePoint',
      teamsTheme: teams,
      theme: hostTheme(this.themeVariant, teams),
      pageState: this.pageState,
      graphToken: this.graphToken,
      people: this.people
    };
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

  /** The data services over the strategy site's lists (for a property pane that reads them). */
  protected get dataServices(): IHubServices {
    return this.services;
  }

  protected get dataVersion(): Version {
    return Version.parse('1.0');
  }

  protected async loadPropertyPaneResources(): Promise<void> {
    const [fields, setup] = await Promise.all([
      this.loadPropertyPaneFields(),
      import(/* webpackChunkName: 'hub-property-pane' */ './setupPropertyPane')
    ]);
    this.paneFields = fields;
    this.paneSetupGroup = setup.setupGroup;
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

  private setProperty(name: string, value: unknown): void {
    (this.properties as unknown as Record<string, unknown>)[name] = value;
    this.context.propertyPane.refresh();
    this.render();
  }

  protected getPropertyPaneConfiguration(): IPropertyPaneConfiguration {
    const own = this.paneFields?.(this.properties, { pageState: this.pageState, setProperty: (name, value) => this.setProperty(name, value) }) ?? [];
    const run = (loadContent: boolean): void => {
      this.runSetup(loadContent).catch(() => undefined);
    };
    return {
      pages: [
        {
          header: { description: strings.PropertyPaneDescription },
          groups: [
            { groupName: strings.DisplayGroupName, groupFields: [PropertyPaneTextField('title', { label: strings.TitleFieldLabel }), ...own] },
            ...(this.paneSetupGroup ? [this.paneSetupGroup(this.setupStatus, run)] : [])
          ]
        }
      ]
    };
  }
}
