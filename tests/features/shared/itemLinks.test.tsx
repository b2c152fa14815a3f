import * as React from 'react';
import { render, screen } from '@testing-library/react';
import { HubProvider } from '../../../src/features/shared/HubContext';
import { itemQuery, useItemLink, useLinkedItem } from '../../../src/features/shared/itemLinks';
import { memoryPageState } from '../../../src/features/shared/pageState';
import { parseTeamsDeepLink, TEAMS_APP_ID, teamsDeepLink, teamsPageState } from '../../../src/webparts/shared/teamsPageState';
import { fakeServices, hubContext } from '../fakeServices';

const Probe: React.FC<{ param: string; id: number }> = ({ param, id }) => {
  const linkTo = useItemLink();
  const opened = useLinkedItem(param);
  return (
    <>
      <output aria-label="link">{linkTo(param, id)}</output>
      <output aria-label="opened">{opened ?? 'none'}</output>
    </>
  );
};

function renderProbe(pageState = memoryPageState('', 'https://contoso.sharepoint.com/sites/digital/SitePages/Talks.aspx'), param = 'talk', id = 12) {
  const base = hubContext(fakeServices());
  render(
    <HubProvider value={{ ...base, host: { ...base.host, pageState } }}>
      <Probe param={param} id={id} />
    </HubProvider>
  );
  return { link: screen.getByLabelText('link').textContent ?? '', opened: screen.getByLabelText('opened').textContent };
}

describe('links to one item (generic: an initiative, a talk, a KPI)', () => {
  it('in SharePoint: the page address with the item parameter', () => {
    expect(renderProbe().link).toBe('https://contoso.sharepoint.com/sites/digital/SitePages/Talks.aspx?talk=12');
  });

  it('in a Teams personal tab: a deep link to the suite\'s app and that tab, carrying the item as subEntityId', () => {
    const { link } = renderProbe(teamsPageState({ appId: TEAMS_APP_ID, entityId: 'kpis' }), 'kpi', 4);
    expect(link).toBe(`https://teams.microsoft.com/l/entity/${TEAMS_APP_ID}/kpis?context=${encodeURIComponent('{"subEntityId":"kpi=4"}')}`);
    expect(parseTeamsDeepLink(link)).toEqual({ appId: TEAMS_APP_ID, entityId: 'kpis', subPageId: 'kpi=4', channelId: undefined });
  });

  it('in a channel tab: the deep link names the channel too, as Teams needs', () => {
    const link = teamsDeepLink({ entityId: 'tab-7', channelId: '19:abc@thread.tacv2' }, itemQuery('sel', 31));
    expect(parseTeamsDeepLink(link)).toEqual({ appId: TEAMS_APP_ID, entityId: 'tab-7', subPageId: 'sel=31', channelId: '19:abc@thread.tacv2' });
  });

  it('opening the link hands the item back to the part', () => {
    const opened = parseTeamsDeepLink(teamsDeepLink({ entityId: 'techtalks' }, itemQuery('talk', 12)));
    expect(renderProbe(teamsPageState(opened!)).opened).toBe('12');
  });

  it('ignores links that are not Teams tab deep links', () => {
    expect(parseTeamsDeepLink('https://example.com/l/entity/a/b')).toBeUndefined();
    expect(parseTeamsDeepLink('not a link')).toBeUndefined();
    expect(parseTeamsDeepLink('https://teams.microsoft.com/l/chat/0/0?users=a@b.c')).toBeUndefined();
  });
});
