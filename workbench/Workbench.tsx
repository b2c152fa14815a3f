import * as React from 'react';
import { mergeStyleSets, MessageBar, MessageBarType, Spinner, ThemeProvider } from '@fluentui/react';
import { OpenTeamsLink } from './OpenTeamsLink';
import { openTeamsLink, tabPageState } from './teamsTabs';
import { HubProvider, IHostInfo } from '../src/features/shared/HubContext';
import { addressBarPageState, IPageState } from '../src/features/shared/pageState';
import { teamsPageState } from '../src/webparts/shared/teamsPageState';
import { hostChoice, HOST_CHOICES } from './hostChoices';
import { IPersona, localServices, readPeople } from './localServices';
import { WORKBENCH_PARTS } from './workbenchParts';

const SITE_OWNER = 'alex.morgan@digitalhub.example';

/** Reads and writes the workbench's choices in the address, so a link (and a test) opens the same view. */
function useQueryParam(name: string, fallback: string): [string, (value: string) => void] {
  const [value, setValue] = React.useState(() => new URLSearchParams(window.location.search).get(name) ?? fallback);
  const update = (next: string): void => {
    const params = new URLSearchParams(window.location.search);
    params.set(name, next);
    window.history.replaceState(null, '', `${window.location.pathname}?${params.toString()}`);
    setValue(next);
  };
  return [value, update];
}

/**
 * View state in the workbench's address (so a reload and a test keep it); in a Teams host, links to share are Teams
 * deep links carrying the state as their subEntityId, as the web parts give in a real Teams tab.
 */
function workbenchPageState(inTeams: boolean): IPageState {
  const address = addressBarPageState();
  return inTeams ? { ...address, linkTo: teamsPageState({ appId: 'digital-strategy-hub-workbench', entityId: 'workbench' }).linkTo } : address;
}

/** A page that looks like a SharePoint page (or a Teams tab) hosting the five web parts, over the local SharePoint. */
export const Workbench: React.FC = () => {
  const [login, setLogin] = useQueryParam('as', SITE_OWNER);
  const [hostKey, setHostKey] = useQueryParam('host', HOST_CHOICES[0].key);
  const [people, setPeople] = React.useState<IPersona[]>();
  const [error, setError] = React.useState<string>();
  React.useEffect(() => {
    readPeople().then(setPeople, (e: Error) => setError(e.message));
  }, []);
  const choice = hostChoice(hostKey);
  const services = React.useMemo(() => localServices(login), [login]);
  const host = React.useMemo((): IHostInfo => ({ ...choice.host, pageState: workbenchPageState(choice.host.kind === 'Teams') }), [choice]);
  const page = choice.page;
  const inTeams = choice.host.kind === 'Teams';
  // Teams hosts: each part is its personal tab, its state in memory and its links Teams deep links (teamsTabs.ts).
  const [linksOpened, setLinksOpened] = React.useState(0);
  const tabStates = React.useMemo(() => new Map(WORKBENCH_PARTS.map((p) => [p.title, tabPageState(p.title)])), []);
  const openLink = (link: string): boolean => {
    if (!openTeamsLink(link)) return false;
    setLinksOpened((n) => n + 1);
    return true;
  };
  const partContexts = React.useMemo(
    () => new Map(WORKBENCH_PARTS.map((p) => [p.title, { services, host: inTeams ? { ...host, pageState: tabStates.get(p.title) ?? host.pageState } : host }])),
    [services, host, inTeams, tabStates]
  );
  const classes = mergeStyleSets({
    page: { minHeight: '100vh', background: inTeams ? page.semanticColors.bodyBackground : page.palette.neutralLighterAlt, color: page.semanticColors.bodyText },
    suiteBar: { background: inTeams ? page.palette.neutralLighter : '#0f6cbd', color: inTeams ? page.semanticColors.bodyText : '#ffffff', padding: '8px 16px', display: 'flex', flexWrap: 'wrap', gap: 16, alignItems: 'center', justifyContent: 'space-between' },
    brand: { fontWeight: 600, fontSize: 16 },
    toolbar: { display: 'flex', flexWrap: 'wrap', gap: 16, alignItems: 'center' },
    label: { display: 'flex', gap: 6, alignItems: 'center', fontSize: 14 },
    select: { fontSize: 14, padding: '4px 6px', borderRadius: 4, border: '1px solid #605e5c', background: '#ffffff', color: '#201f1e' },
    siteHeader: { background: inTeams ? 'transparent' : page.semanticColors.bodyBackground, padding: '20px 24px', borderBottom: inTeams ? 'none' : `1px solid ${page.semanticColors.bodyDivider}` },
    siteTitle: { margin: 0, fontSize: 28, fontWeight: 600 },
    siteSubtitle: { margin: '4px 0 0', color: page.semanticColors.bodySubtext },
    canvas: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(320px, 1fr))', gap: 20, padding: 24, maxWidth: 1280, margin: '0 auto' },
    wide: { gridColumn: '1 / -1' },
    section: { background: choice.host.theme.semanticColors.bodyBackground, borderRadius: 4, boxShadow: inTeams ? 'none' : '0 1.6px 3.6px rgba(0,0,0,.13), 0 0.3px 0.9px rgba(0,0,0,.11)', border: inTeams ? `1px solid ${page.semanticColors.bodyDivider}` : 'none' }
  });
  return (
    <ThemeProvider theme={page} className={classes.page}>
      <header className={classes.suiteBar}>
        <span className={classes.brand}>{inTeams ? 'Microsoft Teams (local)' : 'SharePoint (local)'}</span>
        <div className={classes.toolbar} role="toolbar" aria-label="Workbench settings">
          <label className={classes.label}>
            Viewing as
            <select className={classes.select} value={login} onChange={(e) => setLogin(e.target.value)} disabled={!people}>
              {(people ?? [{ login, title: login, role: '' }]).map((p) => (
                <option key={p.login} value={p.login}>
                  {p.role ? `${p.title} (${p.role})` : p.title}
                </option>
              ))}
            </select>
          </label>
          <label className={classes.label}>
            Host
            <select className={classes.select} value={choice.key} onChange={(e) => setHostKey(e.target.value)}>
              {HOST_CHOICES.map((c) => (
                <option key={c.key} value={c.key}>
                  {c.label}
                </option>
              ))}
            </select>
          </label>
          {inTeams && <OpenTeamsLink onOpen={openLink} />}
        </div>
      </header>
      <div className={classes.siteHeader}>
        <h1 className={classes.siteTitle}>Digital Strategy</h1>
        <p className={classes.siteSubtitle}>Digital, Data &amp; Technology Strategy 2024–29 · City of London Corporation (example content)</p>
      </div>
      <main>
        {error && <MessageBar messageBarType={MessageBarType.error}>{error}</MessageBar>}
        {!people && !error && <Spinner label="Connecting to the local SharePoint…" />}
        {people && (
          <HubProvider value={{ services, host }} key={`${login} ${linksOpened}`}>
            <ThemeProvider theme={choice.host.theme}>
              <div className={classes.canvas}>
                {WORKBENCH_PARTS.map((part) => (
                  <section key={part.title} role="region" aria-label={part.title} className={`${classes.section} ${part.wide ? classes.wide : ''}`}>
                    <HubProvider value={partContexts.get(part.title) ?? { services, host }}>{part.render()}</HubProvider>
                  </section>
                ))}
              </div>
            </ThemeProvider>
          </HubProvider>
        )}
      </main>
    </ThemeProvider>
  );
};
