import { readFileSync } from 'fs';
import { join } from 'path';
import { readZipBuffer } from '../../scripts/sppkg.mjs';
import { TEAMS_APP_ID } from '../../src/webparts/shared/teamsPageState';
import { buildTeamsAppZip, HUB_TAB_COMPONENT_ID, ITeamsManifest, packagedManifest, pngInfo, teamsAppProblems, teamsSchemaValidator, zip } from '../../scripts/teamsApp.mjs';

const root = join(__dirname, '..', '..');
const json = <T>(file: string): T => JSON.parse(readFileSync(join(root, file), 'utf8')) as T;
interface IWebPartManifest {
  id: string;
  supportedHosts: string[];
  preconfiguredEntries: { title: { default: string } }[];
}
const PARTS = ['roadmapBoard/RoadmapBoardWebPart', 'maturitySurvey/MaturitySurveyWebPart', 'techTalks/TechTalksWebPart', 'championsHub/ChampionsHubWebPart', 'kpiDashboard/KpiDashboardWebPart'].map((p) =>
  json<IWebPartManifest>(`src/webparts/${p}.manifest.json`)
);
const partIds = PARTS.map((p) => p.id);

const entriesOf = (bytes: Buffer): Map<string, () => Buffer> => readZipBuffer(bytes);
const manifestIn = (bytes: Buffer): ITeamsManifest => JSON.parse(entriesOf(bytes).get('manifest.json')!().toString('utf8')) as ITeamsManifest;

describe('the Teams app package (teams/TeamsSPFxApp.zip)', () => {
  const validate = teamsSchemaValidator();
  const app = buildTeamsAppZip();

  it('holds manifest.json and its two icons at the top level, nothing else', () => {
    expect([...entriesOf(app).keys()].sort()).toEqual(['color.png', 'manifest.json', 'outline.png']);
  });

  it('has a manifest that validates against the Teams schema kept in the repository, on schema 1.22', () => {
    const manifest = manifestIn(app);
    expect(validate(manifest)).toBe(true);
    expect(manifest.manifestVersion).toBe('1.22');
    expect(manifest.$schema).toBe('https://developer.microsoft.com/json-schemas/teams/v1.22/MicrosoftTeams.schema.json');
    expect(teamsAppProblems(app, validate, partIds)).toEqual([]);
  });

  it('lists a personal tab for each web part, loaded from the tenant with SharePoint tokens', () => {
    const tabs = manifestIn(app).staticTabs ?? [];
    expect(tabs.map((t) => t.name)).toEqual(['Roadmap', 'Maturity survey', 'Tech Talks', 'Champions', 'KPIs']);
    tabs.forEach((tab, i) => {
      expect(tab.scopes).toEqual(['personal']);
      expect(tab.contentUrl).toBe(
        `https://{teamSiteDomain}/_layouts/15/TeamsLogon.aspx?SPFX=true&dest=/_layouts/15/teamshostedapp.aspx%3Fteams%26personal%26componentId=${partIds[i]}%26forceLocale={locale}`
      );
      expect(PARTS[i].supportedHosts).toContain('TeamsPersonalApp');
    });
    expect(new Set(tabs.map((t) => t.entityId)).size).toBe(tabs.length);
  });

  it('has one configurable tab, configured in the hub tab web part\'s property pane on the team\'s site', () => {
    const [tab, ...others] = manifestIn(app).configurableTabs ?? [];
    expect(others).toEqual([]);
    expect(tab.canUpdateConfiguration).toBe(true);
    expect(tab.scopes).toEqual(['team', 'groupChat']);
    expect(tab.configurationUrl).toBe(
      `https://{teamSiteDomain}{teamSitePath}/_layouts/15/TeamsLogon.aspx?SPFX=true&dest={teamSitePath}/_layouts/15/teamshostedapp.aspx%3FopenPropertyPane=true%26teams%26componentId=${HUB_TAB_COMPONENT_ID}%26forceLocale={locale}`
    );
    const hubTab = json<IWebPartManifest>('src/webparts/hubTab/HubTabWebPart.manifest.json');
    expect(hubTab.id).toBe(HUB_TAB_COMPONENT_ID);
    expect(hubTab.supportedHosts).toEqual(['TeamsTab']);
  });

  it('is the app the web parts\' Teams deep links name', () => {
    expect(manifestIn(app).id).toBe(TEAMS_APP_ID);
  });

  it('signs in to SharePoint as Microsoft documents (webApplicationInfo with {teamSiteDomain})', () => {
    expect(manifestIn(app).webApplicationInfo).toEqual({ id: '00000003-0000-0ff1-ce00-000000000000', resource: 'https://{teamSiteDomain}' });
  });

  it('ships a 192x192 colour icon and a 32x32 transparent outline icon', () => {
    const entries = entriesOf(app);
    expect(pngInfo(entries.get('color.png')!())).toMatchObject({ width: 192, height: 192 });
    expect(pngInfo(entries.get('outline.png')!())).toEqual({ width: 32, height: 32, alpha: true });
  });

  it('takes its version from the solution, so an update raises one number', () => {
    const solution = json<{ solution: { version: string } }>('config/package-solution.json').solution.version;
    expect(manifestIn(app).version).toBe(solution.split('.').slice(0, 3).join('.'));
  });

  it('reports a manifest the schema refuses, a wrong icon size and a missing personal tab', () => {
    const manifest = packagedManifest();
    const broken = { ...manifest, accentColor: 'blue', staticTabs: (manifest.staticTabs ?? []).slice(1) };
    const entries = entriesOf(app);
    const bad = zip([
      ['manifest.json', Buffer.from(JSON.stringify(broken))],
      ['color.png', entries.get('outline.png')!()],
      ['outline.png', entries.get('outline.png')!()]
    ]);
    const problems = teamsAppProblems(bad, validate, partIds);
    expect(problems).toEqual(
      expect.arrayContaining([expect.stringMatching(/^manifest\.accentColor /), 'the color icon is 32x32, not 192x192', `no personal tab shows web part ${partIds[0]}`])
    );
  });
});
