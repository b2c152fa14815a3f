import { readExampleContent } from '../../../src/data/content/exampleContent';
import { loadExampleContent } from '../../../src/data/content/loadExampleContent';
import { isDataError } from '../../../src/data/errors';
import { inProcessSP } from '../../../local/pnpInProcess';
import { CHAMPION, ILocalSite, OFFICE, OTHER_CHAMPION, OWNER, provisionedSite, SITE_URL, STAFF } from '../localSite';
import { rawJson } from '../../localsp/helpers';

/**
 * The champions network's rules, enforced by SharePoint (here the local SharePoint): each forged write is sent
 * as the wrong person, over REST with that person's request digest, and must be refused.
 */

const OLIVER = 'oliver.brown@digitalhub.example';
const ACTIVITIES = "web/lists/getByTitle('Champion%20Activities')/items";
const APPROVALS = "web/lists/getByTitle('Activity%20Approvals')/items";

let site: ILocalSite;
let ids: Record<string, number>;

async function userId(login: string): Promise<number> {
  const me = await site.sp(login).web.currentUser.select('Id')<{ Id: number }>();
  return me.Id;
}

beforeAll(async () => {
  site = await provisionedSite();
  const report = await loadExampleContent(site.sp(OWNER), await readExampleContent(), { actAs: (login) => inProcessSP(site.local, SITE_URL, login) });
  expect(report.warnings).toEqual([]);
  ids = { jamie: await userId(CHAMPION), oliver: await userId(OLIVER), dan: await userId(STAFF) };
}, 60000);

const write = (login: string, path: string, body: unknown, method = 'POST', extra: Record<string, string> = {}) =>
  rawJson(site.local, path, { method, login, body, headers: extra });

describe('Champions Hub security (refused by SharePoint itself)', () => {
  it("refuses Jamie's write to Oliver's activity, and lets Jamie edit his own", async () => {
    const olivers = (await site.services(OWNER).activities.getAll({ where: { author: ids.oliver } }))[0];
    const forged = await write(CHAMPION, `${ACTIVITIES}(${olivers.id})`, { PeopleReached: 999 }, 'POST', { 'X-HTTP-Method': 'MERGE', 'IF-MATCH': '*' });
    expect(forged.status).toBe(403);
    expect((await site.services(OWNER).activities.getById(olivers.id)).peopleReached).toBe(olivers.peopleReached);
    const deleted = await write(CHAMPION, `${ACTIVITIES}(${olivers.id})`, undefined, 'POST', { 'X-HTTP-Method': 'DELETE', 'IF-MATCH': '*' });
    expect(deleted.status).toBe(403);

    const jamies = (await site.services(OWNER).activities.getAll({ where: { author: ids.jamie } }))[0];
    const own = await write(CHAMPION, `${ACTIVITIES}(${jamies.id})`, { PeopleReached: 21 }, 'POST', { 'X-HTTP-Method': 'MERGE', 'IF-MATCH': '*' });
    expect(own.status).toBe(204);
  });

  it('refuses an activity that names another champion: the champion is the author, not a field', async () => {
    const named = await write(CHAMPION, ACTIVITIES, { Title: 'Teams clinic', ActivityType: 'Drop-in clinic', ActivityDate: '2026-11-20T00:00:00Z', ChampionId: ids.oliver });
    expect(named.status).toBe(400);
    const added = await site.services(CHAMPION).activities.add({ title: 'Teams clinic', activityType: 'Drop-in clinic', activityDate: '2026-11-20T00:00:00Z' });
    expect(added.author?.email).toBe(CHAMPION);
  });

  it("refuses Jamie's approval of his own activity, and the programme office's is accepted", async () => {
    const [talk] = await site.services(CHAMPION).activities.getAll({ where: { author: ids.jamie } });
    const forged = await write(CHAMPION, APPROVALS, { ActivityId: talk.id, ChampionId: ids.jamie, ActivityDate: talk.activityDate, Decision: 'Approved' });
    expect(forged.status).toBe(403);
    const refused = await site.services(CHAMPION).activityApprovals.add({ activity: { id: talk.id, title: '' }, champion: { id: ids.jamie, title: '' }, activityDate: talk.activityDate, decision: 'Approved' }).catch((e: unknown) => e);
    expect(isDataError(refused, 'AccessDenied')).toBe(true);
    const office = await site.services(OFFICE).activityApprovals.add({ activity: { id: talk.id, title: '' }, champion: { id: ids.jamie, title: '' }, activityDate: talk.activityDate, decision: 'Approved' });
    expect(office.decision).toBe('Approved');
  });

  it('refuses a champion changing their own status, and staff changing points rules or levels', async () => {
    const [jamie] = await site.services(OWNER).champions.getAll({ where: { champion: ids.jamie } });
    const status = await write(CHAMPION, `web/lists/getByTitle('Digital%20Champions')/items(${jamie.id})`, { Status: 'Active' }, 'POST', { 'X-HTTP-Method': 'MERGE', 'IF-MATCH': '*' });
    expect(status.status).toBe(403);
    const [rule] = await site.services(STAFF).activityPoints.getAll();
    const points = await write(STAFF, `web/lists/getByTitle('Activity%20Points')/items(${rule.id})`, { Points: 500 }, 'POST', { 'X-HTTP-Method': 'MERGE', 'IF-MATCH': '*' });
    expect(points.status).toBe(403);
    const level = await write(CHAMPION, "web/lists/getByTitle('Recognition%20Levels')/items", { Title: 'Legend', MinPoints: 0 });
    expect(level.status).toBe(403);
  });

  it("lets a champion edit their own profile, never another's", async () => {
    const profiles = await site.services(OWNER).championProfiles.getAll();
    const fatimas = profiles.find((p) => p.author?.email === OTHER_CHAMPION);
    const forged = await write(CHAMPION, `web/lists/getByTitle('Champion%20Profiles')/items(${fatimas?.id})`, { LeaderboardOptOut: true }, 'POST', { 'X-HTTP-Method': 'MERGE', 'IF-MATCH': '*' });
    expect(forged.status).toBe(403);
    const jamies = profiles.find((p) => p.author?.email === CHAMPION);
    await site.services(CHAMPION).championProfiles.update(jamies?.id as number, { availability: 'Mondays' }, '*');
  });
});

describe('champions data reads', () => {
  it("reads Jamie's own page: record, profile, every activity and decision", async () => {
    const mine = await site.services(CHAMPION).championsData.mine();
    expect(mine.me.email).toBe(CHAMPION);
    expect(mine.champion?.status).toBe('Active');
    expect(mine.profile?.expertiseAreas).toContain('SharePoint');
    expect(mine.activities.length).toBeGreaterThan(5);
    expect(mine.activities.every((a) => a.author?.email === CHAMPION)).toBe(true);
    expect(mine.rules.length).toBe(7);
    expect(mine.levels.length).toBe(3);
  });

  it('reads a period in month windows: every activity dated in it, and no other', async () => {
    const all = await site.services(OWNER).activities.getAll();
    const data = await site.services(STAFF).championsData.period('2025-04-01', '2026-04-01');
    const expected = all.filter((a) => a.activityDate.slice(0, 10) >= '2025-04-01' && a.activityDate.slice(0, 10) < '2026-04-01');
    expect(data.activities.map((a) => a.id).sort((a, b) => a - b)).toEqual(expected.map((a) => a.id).sort((a, b) => a - b));
    expect(data.decisions.size).toBeGreaterThan(0);
    const everything = await site.services(STAFF).championsData.period();
    expect(everything.activities.length).toBe(all.length);
  });
});
