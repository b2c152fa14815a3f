import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { axeViolations, BASE_URL, launch, requestDigest, SCREENSHOTS } from './browser.mjs';

// Tech Talk proposal reviews end to end: staff are refused by the local SharePoint when they forge a review and read
// none; a Talk Reviewer scores a proposal by keyboard; the programme office sees every review with the mean and count,
// in SharePoint and Teams dark at 1280px and 380px, and axe finds nothing. The review this test adds is deleted after.

const SITE = `${BASE_URL}/sites/digital/_api/web`;
const OWNER = 'alex.morgan@digitalhub.example';
const OFFICE = 'priya.shah@digitalhub.example';
const GRACE = 'grace.lee@digitalhub.example';
const DAN = 'dan.evans@digitalhub.example';
const REVIEWS = `lists/getByTitle('${encodeURIComponent('Talk Proposal Reviews')}')`;
const DPIA = 'Reading a data protection impact assessment';

async function rest(login, path, { method = 'GET', body, headers = {} } = {}) {
  const all = { Accept: 'application/json;odata=nometadata', 'Content-Type': 'application/json', 'X-Local-User': login, ...headers };
  if (method !== 'GET') all['X-RequestDigest'] = await requestDigest(login);
  return fetch(`${SITE}/${path}`, { method, headers: all, body: body === undefined ? undefined : JSON.stringify(body) });
}
const json = async (login, path) => (await (await rest(login, path)).json()).value;

describe('Tech Talk proposal reviews', () => {
  let browser;
  let proposalId;
  before(async () => {
    browser = await launch();
    [{ Id: proposalId }] = await json(OWNER, `lists/getByTitle('Talk%20Proposals')/items?$select=Id&$filter=Title eq '${encodeURIComponent(DPIA)}'`);
  });
  after(async () => {
    await browser?.close();
    for (const r of await json(OWNER, `${REVIEWS}/items?$select=Id,AuthorId&$filter=ProposalId eq ${proposalId}`)) {
      const [grace] = await json(OWNER, `siteusers?$select=Id&$filter=Email eq '${GRACE}'`);
      if (r.AuthorId === grace.Id) await rest(OWNER, `${REVIEWS}/items(${r.Id})`, { method: 'POST', headers: { 'X-HTTP-Method': 'DELETE', 'IF-Match': '*' } });
    }
  });

  const open = async (page, as, host) => {
    await page.goto(`${BASE_URL}/?as=${as}&host=${host}&ttab=proposals`);
    const region = page.getByRole('region', { name: 'Tech Talks' });
    await region.scrollIntoViewIfNeeded();
    return region;
  };

  test('staff cannot add a review or read anyone\'s (the local SharePoint refuses and hides them)', async () => {
    const forged = await rest(DAN, `${REVIEWS}/items`, { method: 'POST', body: { ProposalId: proposalId, Score: 5, Comment: 'My own proposal is great' } });
    assert.equal(forged.status, 403);
    assert.deepEqual(await json(DAN, `${REVIEWS}/items?$select=Id,Score,Comment`), []);
    assert.ok((await json(OFFICE, `${REVIEWS}/items?$select=Id`)).length >= 4, 'the programme office reads every review');

    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const region = await open(page, DAN, 'sharepoint-none');
    await region.getByText('Your proposals').waitFor({ timeout: 20_000 });
    assert.equal(await region.getByText(/^Reviews:/).count(), 0);
    await context.close();
  });

  test('a Talk Reviewer scores a proposal by keyboard; the programme office sees each review, the mean and count', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 1000 } });
    const page = await context.newPage();
    const region = await open(page, GRACE, 'sharepoint-none');
    const form = region.getByRole('form', { name: `Your review of ${DPIA}` });
    await form.waitFor({ timeout: 20_000 });
    await form.getByRole('radio', { name: '1 (do not run it)' }).focus();
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
    assert.equal(await form.getByRole('radio', { name: '4 (strong)' }).isChecked(), true);
    await page.keyboard.press('Tab');
    await page.keyboard.type('Service teams ask for this before every new digital service.');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await form.getByText(/Saved to SharePoint at/).waitFor({ timeout: 20_000 });
    const [grace] = await json(OWNER, `siteusers?$select=Id&$filter=Email eq '${GRACE}'`);
    const saved = await json(OWNER, `${REVIEWS}/items?$select=Score,Comment,AuthorId&$filter=ProposalId eq ${proposalId}`);
    assert.deepEqual(saved.filter((r) => r.AuthorId === grace.Id).map((r) => r.Score), [4]);
    assert.equal(await region.getByText(/^Reviews:/).count(), 0, 'a reviewer does not see the others\' reviews');

    const found = [];
    for (const width of [1280, 380]) {
      await page.setViewportSize({ width, height: 1000 });
      for (const host of ['sharepoint-none', 'teams-dark']) {
        const office = await open(page, OFFICE, host);
        const card = office.getByRole('listitem').filter({ hasText: DPIA }).first();
        await card.getByText('Reviews: Mean 4.0 out of 5 from 2 reviews').waitFor({ timeout: 20_000 });
        await card.getByText(/Grace Lee: 4 out of 5 \(strong\)/).waitFor();
        await page.waitForTimeout(300);
        for (const v of await axeViolations(page, ['section[aria-label="Tech Talks"]'])) found.push(`${host} ${width}px: ${v}`);
        await card.scrollIntoViewIfNeeded();
        await card.screenshot({ path: `${SCREENSHOTS}/tech-talks-proposal-reviews-${host}-${width}.png` });
      }
    }
    assert.deepEqual(found, []);
    await context.close();
  });
});
