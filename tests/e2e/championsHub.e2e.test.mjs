import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { axeViolations, BASE_URL, launch, requestDigest, SCREENSHOTS } from './browser.mjs';

// The Champions Hub end to end: Jamie (a champion) logs an activity by keyboard in a 380px Teams personal app and
// finds it after a reload in his history, his points and the quarter leaderboard; Dan (staff) finds a Power BI
// champion in his department and contacts them in two interactions; the coverage view; an opted-out champion
// left off the named leaderboard but counted for their department; Jamie's forged writes (Oliver's activity, an add
// into Oliver's folder or at the list's root, approving his own) refused by the local SharePoint; and axe in every view in SharePoint, Teams dark and Teams high contrast at 1280px and 380px.
// The test leaves behind only Jamie's new activity.

const SITE = `${BASE_URL}/sites/digital/_api/web`;
const JAMIE = 'jamie.clarke@digitalhub.example';
const OLIVER = 'oliver.brown@digitalhub.example';
const DAN = 'dan.evans@digitalhub.example';
const PRIYA = 'priya.shah@digitalhub.example';
const OWNER = 'alex.morgan@digitalhub.example';
const REGION = 'section[aria-label="Champions Hub"]';

async function rest(login, path, { method = 'GET', body, headers = {} } = {}) {
  const all = { Accept: 'application/json;odata=nometadata', 'Content-Type': 'application/json', 'X-Local-User': login, ...headers };
  if (method !== 'GET') all['X-RequestDigest'] = await requestDigest(login);
  return fetch(`${SITE}/${path}`, { method, headers: all, body: body === undefined ? undefined : JSON.stringify(body) });
}
const items = async (list, query) => (await (await rest(OWNER, `lists/getByTitle('${encodeURIComponent(list)}')/items?${query}`)).json()).value;
const personId = async (login) => (await (await fetch(`${BASE_URL}/_local/people`)).json()).find((p) => p.login === login).id;
/** A champion's activities live in their own folder of Champion Activities, named by their user id. */
const ACTIVITIES_ROOT = '/sites/digital/Lists/ChampionActivities';
const inFolderOf = async (login) => `FileDirRef eq '${ACTIVITIES_ROOT}/${await personId(login)}'`;

describe('the Champions Hub', () => {
  let browser;

  before(async () => {
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
  });

  const open = async (login, { width = 1280, host = 'sharepoint-none', tab } = {}) => {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    await page.goto(`${BASE_URL}/?as=${login}&host=${host}${tab ? `&ctab=${tab}` : ''}`);
    const region = page.locator(REGION);
    await region.getByRole('tablist').waitFor({ timeout: 30_000 });
    return { page, region };
  };

  test('Jamie logs an activity by keyboard in a 380px Teams personal app; after a reload it is in his history, points and the quarter leaderboard', async () => {
    const { page, region } = await open(JAMIE, { width: 380, host: 'teams-dark', tab: 'mine' });
    const points = region.getByRole('group', { name: 'Your points' });
    await points.waitFor();
    const quarterPoints = async () => Number(await points.locator('span').first().textContent());
    const before = await quarterPoints();
    const title = `Planner tips for the Chamberlain's team ${Date.now()}`;

    await region.getByRole('textbox', { name: 'What did you do?' }).focus();
    await page.keyboard.type(title);
    await page.keyboard.press('Tab');
    await page.keyboard.press('ArrowDown'); // the first type, without opening the list
    assert.match(await region.getByRole('combobox', { name: 'Type' }).textContent(), /Training session/);
    // On through the date (today, kept) to People reached.
    const reached = region.getByRole('spinbutton', { name: 'People reached' });
    for (let i = 0; i < 6 && !(await reached.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
    await page.keyboard.type('12');
    await page.keyboard.press('Enter');
    await region.getByText(`Logged "${title}".`).waitFor({ timeout: 15_000 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 0, `the page scrolls sideways by ${overflow}px`);
    await page.screenshot({ path: `${SCREENSHOTS}/champions-jamie-380-teams-dark.png`, fullPage: true });

    await page.reload();
    await points.waitFor({ timeout: 30_000 });
    const entry = region.getByRole('listitem').filter({ hasText: title });
    await entry.waitFor();
    assert.match(await entry.textContent(), /Training session · 12 people reached10 points/);
    assert.equal(await quarterPoints(), before + 10);

    // At 380px the tabs that do not fit are in the "More tabs" menu.
    const leaderboardTab = region.getByRole('tab', { name: 'Leaderboard' });
    if (await leaderboardTab.isVisible()) await leaderboardTab.click();
    else {
      await region.getByRole('tab', { name: 'More tabs' }).click();
      await page.getByRole('menuitem', { name: 'Leaderboard' }).click();
    }
    const row = region.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Jamie Clarke' }) });
    await row.waitFor({ timeout: 20_000 });
    assert.equal(Number((await row.getByRole("cell").nth(2).textContent()).trim()), before + 10);
    await page.close();
  });

  test('Dan (staff) finds a Power BI champion in his department and can contact them in two interactions', async () => {
    const { page, region } = await open(DAN);
    await region.getByText(/champions found/).waitFor();
    await region.getByRole('group', { name: 'Expertise' }).getByRole('button', { name: 'Power BI' }).click(); // 1
    const mine = region.getByRole('region', { name: "In your department (Chamberlain's)" });
    const fatima = mine.getByRole('listitem', { name: 'Fatima Hussain' });
    await fatima.waitFor();
    assert.match(await fatima.textContent(), /Power BI/);
    const chat = fatima.getByRole('link', { name: 'Chat in Teams with Fatima Hussain' }); // 2: opens Teams
    assert.equal(await chat.getAttribute('href'), 'https://teams.microsoft.com/l/chat/0/0?users=fatima.hussain%40digitalhub.example');
    assert.match(await fatima.getByRole('link', { name: 'Email Fatima Hussain' }).getAttribute('href'), /^mailto:fatima\.hussain@digitalhub\.example\?/);
    await page.screenshot({ path: `${SCREENSHOTS}/champions-dan-directory.png`, fullPage: true });
    await page.close();
  });

  test('coverage lists departments with no active champion and each department against its target', async () => {
    const { page, region } = await open(DAN, { tab: 'coverage' });
    await region.getByRole('heading', { name: 'Departments with no active champion' }).waitFor({ timeout: 20_000 });
    const none = region.getByRole('list').first();
    assert.match(await none.textContent(), /City of London Police/);
    const chamberlains = region.getByRole('row').filter({ has: page.getByRole('rowheader', { name: "Chamberlain's" }) });
    // 310 staff at one champion per 50 needs 7; Fatima is the one active champion: 14% of target.
    assert.deepEqual((await chamberlains.getByRole('cell').allTextContents()).map((t) => t.trim()), ['310', '1', '7', '14%', 'Below target']);
    await page.close();
  });

  test('an opted-out champion is not named on the leaderboard, and their department total includes them', async () => {
    const { page, region } = await open(DAN, { tab: 'leaderboard' });
    await region.getByRole('combobox', { name: 'Period' }).click();
    await page.getByRole('option', { name: 'All time' }).click();
    const table = region.getByRole('table');
    await table.waitFor({ timeout: 20_000 });
    assert.doesNotMatch(await table.textContent(), /Oliver Brown/);
    await region.getByText(/1 champion chose not to be named/).waitFor();
    await region.getByText('Departments', { exact: true }).click();
    const barbican = region.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Barbican Centre' }) });
    const oliversActivities = await items('Champion Activities', `$select=Id&$filter=${await inFolderOf(OLIVER)}&$top=5000`);
    assert.equal(Number((await barbican.getByRole('cell').nth(3).textContent()).trim()), oliversActivities.length);
    await page.close();
  });

  test("Jamie's forged writes are refused by the local SharePoint: Oliver's activity, an add into Oliver's folder or at the root, approving his own", async () => {
    const [olivers] = await items('Champion Activities', `$select=Id,PeopleReached&$filter=${await inFolderOf(OLIVER)}&$top=1`);
    const edit = await rest(JAMIE, `lists/getByTitle('Champion%20Activities')/items(${olivers.Id})`, { method: 'POST', body: { PeopleReached: 999 }, headers: { 'X-HTTP-Method': 'MERGE', 'IF-Match': '*' } });
    assert.equal(edit.status, 403);
    const form = [
      { FieldName: 'Title', FieldValue: 'Drop-in' },
      { FieldName: 'ActivityType', FieldValue: 'Drop-in clinic' },
      { FieldName: 'ActivityDate', FieldValue: '2026-11-02' }
    ];
    const addIn = (folder) =>
      rest(JAMIE, "lists/getByTitle('Champion%20Activities')/AddValidateUpdateItemUsingPath()", {
        method: 'POST',
        body: { listItemCreateInfo: { FolderPath: { DecodedUrl: folder }, UnderlyingObjectType: 0 }, formValues: form, bNewDocumentUpdate: false }
      });
    assert.equal((await addIn(`${ACTIVITIES_ROOT}/${await personId(OLIVER)}`)).status, 403);
    assert.equal((await addIn(ACTIVITIES_ROOT)).status, 403);
    const atRoot = await rest(JAMIE, "lists/getByTitle('Champion%20Activities')/items", {
      method: 'POST',
      body: { Title: 'Drop-in', ActivityType: 'Drop-in clinic', ActivityDate: '2026-11-02T00:00:00Z' }
    });
    assert.equal(atRoot.status, 403);
    const [jamies] = await items('Champion Activities', `$select=Id,ActivityDate&$filter=${await inFolderOf(JAMIE)}&$top=1`);
    const approval = await rest(JAMIE, "lists/getByTitle('Activity%20Approvals')/items", {
      method: 'POST',
      body: { ActivityId: jamies.Id, ChampionId: await personId(JAMIE), ActivityDate: jamies.ActivityDate, Decision: 'Approved' }
    });
    assert.equal(approval.status, 403);
    assert.equal((await items('Champion Activities', `$select=PeopleReached&$filter=Id eq ${olivers.Id}`))[0].PeopleReached, olivers.PeopleReached);
  });

  const HOSTS = [
    ['sharepoint-none', 1280],
    ['sharepoint-none', 380],
    ['teams-dark', 1280],
    ['teams-dark', 380],
    ['teams-contrast', 1280],
    ['teams-contrast', 380]
  ];
  for (const [host, width] of HOSTS) {
    test(`axe finds nothing in any view: ${host} at ${width}px`, async () => {
      const views = [
        [JAMIE, 'mine'],
        [PRIYA, 'directory'],
        [PRIYA, 'leaderboard'],
        [PRIYA, 'coverage'],
        [PRIYA, 'reports'],
        [PRIYA, 'office']
      ];
      for (const [login, tab] of views) {
        const { page, region } = await open(login, { width, host, tab });
        await region.getByRole('tabpanel').waitFor();
        await page.waitForFunction((selector) => !document.querySelector(`${selector} .ms-Spinner`), REGION, { timeout: 30_000 });
        const found = await axeViolations(page, [REGION], { withLayers: true });
        if (found.length || width === 380) await page.screenshot({ path: `${SCREENSHOTS}/champions-${tab}-${host}-${width}.png`, fullPage: true });
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        await page.close();
        assert.deepEqual(found, [], `${tab} as ${login}`);
        assert.ok(overflow <= 0, `${tab}: the page scrolls sideways by ${overflow}px`);
      }
    });
  }
});
