import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { axeViolations, BASE_URL, launch, SCREENSHOTS } from './browser.mjs';

// The suite as Teams shows it: the theme follows Teams live, and a Teams deep link opens an initiative's details.
const TEAMS_APP_ID = 'feb6c5b3-d9f5-4953-b562-1ce8a2141c70';
const PARTS = ['Roadmap Board', 'KPI Dashboard', 'Maturity Survey', 'Tech Talks', 'Champions Hub'];
const THEMES = [
  ['Teams', 'teams-default', 'rgb(255, 255, 255)'],
  ['Teams, dark', 'teams-dark', 'rgb(31, 31, 31)'],
  ['Teams, high contrast', 'teams-contrast', 'rgb(0, 0, 0)']
];
const INITIATIVE = 'Full Intune Deployment';

describe('the suite in Teams', () => {
  let browser;
  let context;
  let page;
  before(async () => {
    browser = await launch();
    context = await browser.newContext({ viewport: { width: 1280, height: 1000 } });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: BASE_URL });
    page = await context.newPage();
  });
  after(async () => browser?.close());

  test('restyles every part as Teams goes from default to dark to high contrast, without a reload', async () => {
    await page.goto(`${BASE_URL}/?host=teams-default`);
    const roadmap = page.getByRole('region', { name: 'Roadmap Board' });
    await roadmap.getByText(/Showing all \d+ initiatives/).waitFor({ timeout: 20_000 });
    await page.getByRole('region', { name: 'Champions Hub' }).getByText(/active champions?/).waitFor({ timeout: 20_000 });
    // State a reload would lose: a marker on the window and a search typed into the Roadmap Board.
    await page.evaluate(() => {
      window.__teamsThemeProbe = 'still here';
    });
    await roadmap.getByRole('searchbox', { name: 'Search initiatives' }).fill('Intune');
    await roadmap.getByText(/Showing 1 of \d+ initiatives|Showing \d+ of \d+ initiatives/).waitFor();
    for (const [label, key, background] of THEMES) {
      await page.getByLabel('Host').selectOption({ label });
      for (const title of PARTS) {
        const region = page.getByRole('region', { name: title });
        await page.waitForFunction(
          ([name, expected]) => getComputedStyle(document.querySelector(`[role="region"][aria-label="${name}"]`)).backgroundColor === expected,
          [title, background],
          { timeout: 5_000 }
        );
        const text = await region.evaluate((el) => getComputedStyle(el.querySelector('h2, h3, p, span') ?? el).color);
        assert.notEqual(text, background, `${title}: text must not take the ${label} background colour`);
      }
      assert.equal(await page.evaluate(() => window.__teamsThemeProbe), 'still here', `switching to ${label} reloaded the page`);
      assert.equal(await roadmap.getByRole('searchbox', { name: 'Search initiatives' }).inputValue(), 'Intune', `switching to ${label} lost the search`);
      assert.match(page.url(), new RegExp(`host=${key}`));
      await page.screenshot({ path: `${SCREENSHOTS}/teams-live-${key}.png`, fullPage: true });
    }
  });

  test('a Teams deep link to an initiative opens its details in the tab', async () => {
    await page.goto(`${BASE_URL}/?host=teams-dark`);
    const roadmap = page.getByRole('region', { name: 'Roadmap Board' });
    await roadmap.getByRole('button', { name: INITIATIVE, exact: true }).first().click();
    const details = page.getByRole('dialog', { name: INITIATIVE });
    await details.getByText('Last changed').waitFor(); // the panel's own box has no height
    await details.getByRole('button', { name: 'Copy link to this initiative' }).click();
    await details.getByRole('button', { name: 'Copy link to this initiative' }).getByText('Link copied').waitFor();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    const url = new URL(link);
    assert.equal(`${url.origin}${url.pathname}`, `https://teams.microsoft.com/l/entity/${TEAMS_APP_ID}/roadmap`);
    const subEntityId = JSON.parse(url.searchParams.get('context')).subEntityId;
    assert.match(subEntityId, /^sel=\d+$/);

    // Someone else follows the link: a fresh tab, nothing selected.
    await page.goto(`${BASE_URL}/?host=teams-dark`);
    await roadmap.getByText(/Showing all \d+ initiatives/).waitFor({ timeout: 20_000 });
    assert.equal(await page.getByRole('dialog', { name: INITIATIVE }).count(), 0);
    await page.getByRole('button', { name: 'Open a Teams link' }).click();
    await page.getByRole('textbox', { name: 'Teams link' }).fill('https://teams.microsoft.com/l/entity/someone-else/roadmap?context=%7B%7D');
    await page.getByRole('button', { name: 'Open', exact: true }).click();
    await page.getByText('This is not a link to one of the Digital Strategy Hub tabs in Teams.').waitFor();
    await page.getByRole('textbox', { name: 'Teams link' }).fill(link);
    await page.getByRole('button', { name: 'Open', exact: true }).click();
    const opened = page.getByRole('dialog', { name: INITIATIVE });
    await opened.getByText('Last changed').waitFor();
    assert.match(page.url(), new RegExp(`[?&]${subEntityId}(&|$)`));
    await page.screenshot({ path: `${SCREENSHOTS}/teams-deep-link-dark.png` });
    assert.deepEqual(await axeViolations(page, ['main'], { withLayers: true }), []);
  });

  test('a Teams deep link to a survey step opens the survey on that step', async () => {
    const SAMUEL = 'samuel.adeyemi@digitalhub.example';
    await page.goto(`${BASE_URL}/?as=${SAMUEL}&host=teams-default&mtab=survey`);
    const survey = page.getByRole('region', { name: 'Maturity Survey' });
    await survey.getByLabel('Department or service you are assessing').click();
    await page.getByRole('option', { name: "Town Clerk's", exact: true }).click();
    // Start from the first step (the survey resumes where this manager left off).
    await survey.getByRole('button', { name: /^1\. / }).click();
    await survey.getByText(/^Step 1 of \d+/).waitFor();
    const next = survey.getByRole('button', { name: /^Next: / });
    const second = (await next.textContent()).replace(/^Next: /, '').replace(/[\uE000-\uF8FF]/g, '').trim(); // the icon font's glyph is text too
    await next.click();
    await survey.getByRole('heading', { name: second }).waitFor();
    await survey.getByRole('button', { name: `Copy link to this step (${second})` }).click();
    await survey.getByRole('button', { name: `Copy link to this step (${second})` }).getByText('Link copied').waitFor();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    const url = new URL(link);
    assert.equal(`${url.origin}${url.pathname}`, `https://teams.microsoft.com/l/entity/${TEAMS_APP_ID}/maturity`);
    const state = new URLSearchParams(JSON.parse(url.searchParams.get('context')).subEntityId);
    assert.equal(state.get('mstep'), '2');
    assert.equal(state.get('mtab'), 'survey');
    assert.match(state.get('mdept'), /^\d+$/);

    // Back to the first step, then follow the link: the survey opens on the second step again.
    await survey.getByRole('button', { name: 'Previous' }).click();
    await survey.getByText(/^Step 1 of \d+/).waitFor();
    await page.goto(`${BASE_URL}/?as=${SAMUEL}&host=teams-default`);
    await page.getByRole('button', { name: 'Open a Teams link' }).click();
    await page.getByRole('textbox', { name: 'Teams link' }).fill(link);
    await page.getByRole('button', { name: 'Open', exact: true }).click();
    await survey.getByRole('heading', { name: second }).waitFor();
    assert.doesNotMatch(page.url(), /mstep=/, 'the step is applied once, not kept in the address');
  });

  test('a phone-width Teams tab in high contrast fits without scrolling sideways', async () => {
    const phone = await browser.newPage({ viewport: { width: 380, height: 800 } });
    await phone.goto(`${BASE_URL}/?host=teams-contrast`);
    await phone.getByRole('region', { name: 'Roadmap Board' }).getByText(/Showing all \d+ initiatives/).waitFor({ timeout: 20_000 });
    const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 0, `the page scrolls sideways by ${overflow}px`);
    await phone.screenshot({ path: `${SCREENSHOTS}/teams-contrast-phone.png`, fullPage: true });
    await phone.close();
  });
});
