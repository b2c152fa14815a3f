import { readExampleContent } from '../../../src/data/content/exampleContent';
import { loadExampleContent } from '../../../src/data/content/loadExampleContent';
import { isDataError } from '../../../src/data/errors';
import { activeChampionCount, activityCount, peopleReached } from '../../../src/domain/champions/figures';
import { buildLeaderboard } from '../../../src/domain/champions/leaderboard';
import { directoryEntries, leaderboardPeople, pointsByPerson, scorePeriod } from '../../../src/domain/champions/network';
import { reportBy } from '../../../src/domain/champions/reports';
import { inProcessSP } from '../../../local/pnpInProcess';
import { rawJson } from '../../localsp/helpers';
import { CHAMPION, ILocalSite, OWNER, provisionedSite, SITE_URL, STAFF } from '../localSite';

/**
 * Issue 15, the Champions Hub under forged writes: each write is sent over REST as the wrong person (or around the page)
 * against the local SharePoint with the example content, and is refused by SharePoint or changes no figure: points,
 * the leaderboards, the network figures (active champions, activities, people reached) and the reports. The rules
 * themselves, write by write (a champion writing into another's folder, re-attributing an activity, approving their
 * own, changing their status or the points rules, an inactive or nominated champion logging), are
 * tests/data/champions/championsSecurity.test.ts.
 */
const GRACE = 'grace.lee@digitalhub.example'; // a department manager, not a champion
const OLIVER = 'oliver.brown@digitalhub.example'; // a champion who left the named leaderboard
const ROOT = '/sites/digital/Lists/ChampionActivities';
const ACTIVITIES = 'Champion Activities';
jest.setTimeout(90_000);

let site: ILocalSite;

const post = (login: string, list: string, body: unknown, path = 'items', headers: Record<string, string> = {}) =>
  rawJson<{ Id: number }>(site.local, `web/lists/getByTitle('${encodeURIComponent(list)}')/${path}`, { method: 'POST', login, body, headers });
const addInFolder = (login: string, folder: string, reached: string) =>
  post(login, ACTIVITIES, {
    listItemCreateInfo: { FolderPath: { DecodedUrl: folder }, UnderlyingObjectType: 0 },
    formValues: [
      { FieldName: 'Title', FieldValue: 'Digital skills fair' },
      { FieldName: 'ActivityType', FieldValue: 'Drop-in clinic' },
      { FieldName: 'ActivityDate', FieldValue: '2026-11-20' },
      { FieldName: 'PeopleReached', FieldValue: reached }
    ],
    bNewDocumentUpdate: false
  }, 'AddValidateUpdateItemUsingPath()');

async function userId(login: string): Promise<number> {
  return (await site.sp(login).web.currentUser.select('Id')<{ Id: number }>()).Id;
}

/** Every figure the Champions Hub shows for all time and for this year, as its views compute them. */
async function figures(): Promise<unknown> {
  const services = site.services(STAFF);
  const periods = await Promise.all([services.championsData.period(), services.championsData.period('2026-04-01', '2027-04-01')]);
  return periods.map((data) => {
    const scored = scorePeriod(data);
    const points = pointsByPerson(scored);
    return {
      points: [...points].sort((a, b) => a[0] - b[0]),
      leaderboard: buildLeaderboard(scored, leaderboardPeople(data)),
      network: { active: activeChampionCount(data.champions), activities: activityCount(data.activities), peopleReached: peopleReached(data.activities) },
      byDepartment: reportBy(data.activities, 'department', (id) => String(id)),
      directory: directoryEntries(data, points).map((d) => [d.personId, d.level, d.availability])
    };
  });
}

beforeAll(async () => {
  site = await provisionedSite();
  const report = await loadExampleContent(site.sp(OWNER), await readExampleContent(), { actAs: (login) => inProcessSP(site.local, SITE_URL, login) });
  expect(report.warnings).toEqual([]);
});

describe('Champions Hub: forged writes', () => {
  it('a department manager who is not a champion logs an activity reaching 100,000 people: refused every way, people reached unchanged', async () => {
    const before = (await figures()) as { network: { peopleReached: number } }[];
    expect(before[0].network.peopleReached).toBeGreaterThan(1000);
    const refused = await site.services(GRACE).activities.add({ title: 'Digital skills fair', activityType: 'Drop-in clinic', activityDate: '2026-11-20T00:00:00Z', peopleReached: 100000 }).catch((e: unknown) => e);
    expect(isDataError(refused, 'AccessDenied')).toBe(true);
    const atRoot = await post(GRACE, ACTIVITIES, { Title: 'Digital skills fair', ActivityType: 'Drop-in clinic', ActivityDate: '2026-11-20T00:00:00Z', PeopleReached: 100000 });
    expect(atRoot.status).toBe(403);
    expect((await addInFolder(GRACE, ROOT, '100000')).status).toBe(403);
    expect((await addInFolder(GRACE, `${ROOT}/${await userId(CHAMPION)}`, '100000')).status).toBe(403);
    expect((await addInFolder(GRACE, `${ROOT}/${await userId(GRACE)}`, '100000')).status).not.toBe(200);
    const ownFolder = await post(GRACE, ACTIVITIES, undefined, `rootFolder/folders/addUsingPath(DecodedUrl='${await userId(GRACE)}',overwrite=false)`);
    expect(ownFolder.status).toBe(403);
    expect(await figures()).toEqual(before);
  });

  it('staff (Dan) cannot make himself a champion or open his own activity folder', async () => {
    const before = await figures();
    const dan = await userId(STAFF);
    expect((await post(STAFF, 'Digital Champions', { ChampionId: dan, Status: 'Active' })).status).toBe(403);
    const access = await site.services(STAFF).championsData.setActivityAccess(dan, 'Contribute').catch((e: unknown) => e);
    expect(access instanceof Error).toBe(true);
    expect((await addInFolder(STAFF, `${ROOT}/${dan}`, '100000')).status).not.toBe(200);
    expect(await figures()).toEqual(before);
  });

  it('a champion cannot log more than 100,000 people reached (SharePoint refuses the value; the data layer names it)', async () => {
    const before = await figures();
    const jamie = await userId(CHAMPION);
    const form = await addInFolder(CHAMPION, `${ROOT}/${jamie}`, '100001');
    // SharePoint answers a form add with each field's outcome: the value is refused and no item is made.
    expect(form.status).toBe(200);
    const fields = (form.body as unknown as { value: { FieldName: string; HasException: boolean; ErrorMessage: string | null }[] }).value;
    expect(fields.find((f) => f.FieldName === 'PeopleReached')).toMatchObject({ HasException: true });
    expect(fields.find((f) => f.FieldName === 'Id')).toBeUndefined();
    const plain = await post(CHAMPION, ACTIVITIES, { Title: 'Fair', ActivityType: 'Drop-in clinic', ActivityDate: '2026-11-20T00:00:00Z', PeopleReached: 100001 });
    expect(plain.status).not.toBe(201);
    const refused = await site.services(CHAMPION).activities.add({ title: 'Fair', activityType: 'Drop-in clinic', activityDate: '2026-11-20T00:00:00Z', peopleReached: 200000 }).catch((e: unknown) => e);
    expect(isDataError(refused, 'Validation')).toBe(true);
    expect((refused as Error).message).toMatch(/People reached must be a whole number from 0 to 100000 \(it is 200000\)/);
    expect(await figures()).toEqual(before);
  });

  it("a champion's second profile, sent around the app, counts for nothing: the first by id decides the leaderboard and directory", async () => {
    const before = await figures();
    const twice = await site.services(OLIVER).championProfiles.add({ leaderboardOptOut: false, availability: 'Forged' }).catch((e: unknown) => e);
    expect(isDataError(twice, 'Duplicate')).toBe(true); // the app refuses the duplicate it is asked to add
    const forged = await post(OLIVER, 'Champion Profiles', { LeaderboardOptOut: false, Availability: 'Forged' });
    expect(forged.status).toBe(201);
    const after = await figures();
    expect(after).toEqual(before);
    const mine = await site.services(OLIVER).championsData.mine();
    expect(mine.profile?.leaderboardOptOut).toBe(true);
  });
});
