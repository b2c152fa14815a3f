import { readExampleContent } from '../../../src/data/content/exampleContent';
import { loadExampleContent } from '../../../src/data/content/loadExampleContent';
import { isDataError } from '../../../src/data/errors';
import { inProcessSP } from '../../../local/pnpInProcess';
import { CHAMPION, ILocalSite, OFFICE, OTHER_CHAMPION, OWNER, provisionedSite, SITE_URL, STAFF } from '../localSite';
import { rawJson } from '../../localsp/helpers';
import { buildLeaderboard } from '../../../src/domain/champions/leaderboard';
import { leaderboardPeople, pointsByPerson, scorePeriod } from '../../../src/domain/champions/network';

/**
 * The champions network's rules, enforced by SharePoint (here the local SharePoint): each forged write is sent
 * as the wrong person, over REST with that person's request digest, and must be refused.
 */

const OLIVER = 'oliver.brown@digitalhub.example';
const INACTIVE = 'maria.silva@digitalhub.example';
const NOMINATED = 'hannah.price@digitalhub.example';
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

const ADD_IN_FOLDER = "web/lists/getByTitle('Champion%20Activities')/AddValidateUpdateItemUsingPath()";
const ROOT = '/sites/digital/Lists/ChampionActivities';
const claims = (login: string) => JSON.stringify([{ Key: `i:0#.f|membership|${login}` }]);
const activityForm = (title: string, extra: { FieldName: string; FieldValue: string }[] = []) => [
  { FieldName: 'Title', FieldValue: title },
  { FieldName: 'ActivityType', FieldValue: 'Drop-in clinic' },
  { FieldName: 'ActivityDate', FieldValue: '2026-11-20' },
  { FieldName: 'PeopleReached', FieldValue: '12' },
  ...extra
];
const addIn = (login: string, folder: string, form: { FieldName: string; FieldValue: string }[]) =>
  write(login, ADD_IN_FOLDER, { listItemCreateInfo: { FolderPath: { DecodedUrl: folder }, UnderlyingObjectType: 0 }, formValues: form, bNewDocumentUpdate: false });

/** Everyone's points and the leaderboard's named rows for all time, as the Leaderboard tab computes them. */
async function standings() {
  const data = await site.services(STAFF).championsData.period();
  const scored = scorePeriod(data);
  return { data, points: pointsByPerson(scored), board: buildLeaderboard(scored, leaderboardPeople(data)) };
}

describe('Champions Hub security (refused by SharePoint itself)', () => {
  it("refuses Jamie's write to Oliver's activity, and lets Jamie edit his own", async () => {
    const { data } = await standings();
    const olivers = data.activities.find((a) => a.championId === ids.oliver);
    const forged = await write(CHAMPION, `${ACTIVITIES}(${olivers?.id})`, { PeopleReached: 999 }, 'POST', { 'X-HTTP-Method': 'MERGE', 'IF-MATCH': '*' });
    expect(forged.status).toBe(403);
    expect((await site.services(OWNER).activities.getById(olivers?.id as number)).peopleReached).toBe(olivers?.peopleReached);
    const deleted = await write(CHAMPION, `${ACTIVITIES}(${olivers?.id})`, undefined, 'POST', { 'X-HTTP-Method': 'DELETE', 'IF-MATCH': '*' });
    expect(deleted.status).toBe(403);
    const revalidated = await write(CHAMPION, `${ACTIVITIES}(${olivers?.id})/ValidateUpdateListItem()`, { formValues: [{ FieldName: 'PeopleReached', FieldValue: '999' }], bNewDocumentUpdate: false });
    expect(revalidated.status).toBe(403);

    const jamies = data.activities.find((a) => a.championId === ids.jamie);
    const own = await write(CHAMPION, `${ACTIVITIES}(${jamies?.id})`, { PeopleReached: 21 }, 'POST', { 'X-HTTP-Method': 'MERGE', 'IF-MATCH': '*' });
    expect(own.status).toBe(204);
  });

  it("refuses Jamie's add into Oliver's folder and at the list's root; his own folder takes it", async () => {
    const intoOlivers = await addIn(CHAMPION, `${ROOT}/${ids.oliver}`, activityForm('Forged for Oliver'));
    expect(intoOlivers.status).toBe(403);
    expect(intoOlivers.body).toEqual({ 'odata.error': { code: '-2147024891, System.UnauthorizedAccessException', message: { lang: 'en-US', value: 'Access denied.' } } });
    const atRootByForm = await addIn(CHAMPION, ROOT, activityForm('At the root'));
    expect(atRootByForm.status).toBe(403);
    const atRoot = await write(CHAMPION, ACTIVITIES, { Title: 'At the root', ActivityType: 'Drop-in clinic', ActivityDate: '2026-11-20T00:00:00Z' });
    expect(atRoot.status).toBe(403);
    const folder = await write(CHAMPION, "web/lists/getByTitle('Champion%20Activities')/rootFolder/folders/addUsingPath(DecodedUrl='99',overwrite=false)", undefined);
    expect(folder.status).toBe(403);
    const added = await site.services(CHAMPION).activities.add({ title: 'Teams clinic', activityType: 'Drop-in clinic', activityDate: '2026-11-20T00:00:00Z' });
    const mine = await site.services(CHAMPION).championsData.mine();
    expect(mine.activities.map((a) => a.id)).toContain(added.id);
  });

  it("an activity Jamie attributes to Oliver (AuthorId, ValidateUpdateListItem) counts for Jamie: Oliver's points and the leaderboard do not move", async () => {
    const before = await standings();
    const olivers = before.points.get(ids.oliver);
    expect(olivers).toBeGreaterThan(0);
    // Oliver opted out of the named board; every other champion's row must stay as it was.
    const others = (board: typeof before.board) => board.champions.filter((c) => c.key !== ids.jamie).map(({ rank: _rank, ...row }) => row);
    const jamies = before.points.get(ids.jamie) ?? 0;

    const forged = await addIn(CHAMPION, `${ROOT}/${ids.jamie}`, activityForm('Said to be Oliver\'s', [{ FieldName: 'Author', FieldValue: claims(OLIVER) }, { FieldName: 'Editor', FieldValue: claims(OLIVER) }]));
    expect(forged.status).toBe(200);
    const forgedId = Number((forged.body as { value: { FieldName: string; FieldValue: string }[] }).value.find((r) => r.FieldName === 'Id')?.FieldValue);
    expect((await site.services(OWNER).activities.getById(forgedId)).author?.email).toBe(OLIVER);

    const [earlier] = (await site.services(CHAMPION).championsData.mine()).activities.filter((a) => a.id !== forgedId);
    const reattributed = await write(CHAMPION, `${ACTIVITIES}(${earlier.id})/ValidateUpdateListItem()`, {
      formValues: [{ FieldName: 'Author', FieldValue: claims(OLIVER) }, { FieldName: 'Editor', FieldValue: claims(OLIVER) }],
      bNewDocumentUpdate: true
    });
    expect(reattributed.status).toBe(200);
    expect((await site.services(OWNER).activities.getById(earlier.id)).author?.email).toBe(OLIVER);

    const [, third] = (await site.services(CHAMPION).championsData.mine()).activities.filter((a) => a.id !== forgedId && a.id !== earlier.id);
    const merged = await write(CHAMPION, `${ACTIVITIES}(${third.id})`, { AuthorId: ids.oliver, EditorId: ids.oliver }, 'POST', { 'X-HTTP-Method': 'MERGE', 'IF-MATCH': '*' });
    expect(merged.status).toBe(204);

    const after = await standings();
    expect(after.data.activities.find((a) => a.id === third.id)?.championId).toBe(ids.jamie);
    expect(after.points.get(ids.oliver)).toBe(olivers);
    expect(others(after.board)).toEqual(others(before.board));
    expect(after.board.champions.some((c) => c.key === ids.oliver)).toBe(false);
    expect(after.data.activities.find((a) => a.id === forgedId)?.championId).toBe(ids.jamie);
    expect(after.data.activities.find((a) => a.id === earlier.id)?.championId).toBe(ids.jamie);
    expect(after.points.get(ids.jamie)).toBeGreaterThanOrEqual(jamies);
    expect((await site.services(CHAMPION).championsData.mine()).activities.map((a) => a.id)).toEqual(expect.arrayContaining([forgedId, earlier.id]));
  });

  it("keeps Jamie's own folder out of his reach: he cannot rename it, re-attribute it or delete it", async () => {
    const [folder] = await site.sp(OWNER).web.lists.getByTitle('Champion Activities').items.filter(`FileRef eq '${ROOT}/${ids.jamie}'`).select('Id', 'FileSystemObjectType')<{ Id: number; FileSystemObjectType: number }[]>();
    expect(folder.FileSystemObjectType).toBe(1);
    const renamed = await write(CHAMPION, `${ACTIVITIES}(${folder.Id})/ValidateUpdateListItem()`, { formValues: [{ FieldName: 'Title', FieldValue: String(ids.oliver) }], bNewDocumentUpdate: false });
    expect(renamed.status).toBe(403);
    const merged = await write(CHAMPION, `${ACTIVITIES}(${folder.Id})`, { Title: 'mine' }, 'POST', { 'X-HTTP-Method': 'MERGE', 'IF-MATCH': '*' });
    expect(merged.status).toBe(403);
    const deleted = await write(CHAMPION, `${ACTIVITIES}(${folder.Id})`, undefined, 'POST', { 'X-HTTP-Method': 'DELETE', 'IF-MATCH': '*' });
    expect(deleted.status).toBe(403);
    const permissions = await write(CHAMPION, `${ACTIVITIES}(${folder.Id})/roleassignments/addroleassignment(principalid=${ids.dan},roledefid=1073741827)`, undefined);
    expect(permissions.status).toBe(403);
  });

  it('an inactive champion can no longer log; the programme office opening a folder lets a new champion log', async () => {
    const maria = await userId(INACTIVE);
    expect((await addIn(INACTIVE, `${ROOT}/${maria}`, activityForm('After leaving'))).status).toBe(403);
    const hannah = await userId(NOMINATED);
    const refused = await site.services(NOMINATED).activities.add({ title: 'Before approval', activityType: 'Drop-in clinic', activityDate: '2026-11-20T00:00:00Z' }).catch((e: unknown) => e);
    expect(isDataError(refused, 'AccessDenied')).toBe(true);
    expect((await site.services(CHAMPION).championsData.setActivityAccess(hannah, 'Contribute').catch((e: unknown) => e)) instanceof Error).toBe(true);
    await site.services(OFFICE).championsData.setActivityAccess(hannah, 'Contribute');
    const added = await site.services(NOMINATED).activities.add({ title: 'After approval', activityType: 'Drop-in clinic', activityDate: '2026-11-20T00:00:00Z' });
    const { data } = await standings();
    expect(data.activities.find((a) => a.id === added.id)?.championId).toBe(hannah);
    await site.services(OFFICE).championsData.setActivityAccess(hannah, 'Read');
    expect((await addIn(NOMINATED, `${ROOT}/${hannah}`, activityForm('Read only again'))).status).toBe(403);
  });

  it("refuses Jamie's approval of his own activity, and the programme office's is accepted", async () => {
    const [talk] = (await site.services(CHAMPION).championsData.mine()).activities;
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
    expect(mine.activities.every((a) => a.championId === ids.jamie)).toBe(true);
    const inFolder = await site.sp(OWNER).web.lists.getByTitle('Champion Activities').items.filter(`FileDirRef eq '${ROOT}/${ids.jamie}'`).select('Id')<{ Id: number }[]>();
    expect(mine.activities.map((a) => a.id).sort((a, b) => a - b)).toEqual(inFolder.map((r) => r.Id).sort((a, b) => a - b));
    expect(mine.rules.length).toBe(7);
    expect(mine.levels.length).toBe(3);
  });

  it('reads the own page of someone with no activity folder (not a champion): no activities, no error', async () => {
    const mine = await site.services(STAFF).championsData.mine();
    expect(mine.me.email).toBe(STAFF);
    expect(mine.champion).toBeUndefined();
    expect(mine.activities).toEqual([]);
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
