import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { axeViolations, BASE_URL, launch, SCREENSHOTS } from './browser.mjs';

const PARTS = {
  'Roadmap Board': /Showing all 17 initiatives/,
  'KPI Dashboard': /\d+ of \d+ rated \(\d+%\)/,
  'Maturity Survey': /Digital Services Maturity Model: 2026 Q4/,
  'Tech Talks': /talks? coming up/,
  'Champions Hub': /\d+ champions? found/
};

describe('the local workbench', () => {
  let browser;
  let page;
  before(async () => {
    browser = await launch();
    page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
  });
  after(async () => browser?.close());

  test('shows the five web parts, each with live data from the local SharePoint', async () => {
    await page.goto(BASE_URL);
    for (const [title, summary] of Object.entries(PARTS)) {
      const region = page.getByRole('region', { name: title });
      await region.getByText(summary).first().waitFor({ timeout: 20_000 });
    }
    await page.screenshot({ path: `${SCREENSHOTS}/sharepoint.png`, fullPage: true });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 0, `the page scrolls sideways by ${overflow}px at 1280px`);
    assert.deepEqual(await axeViolations(page), []);
  });

  test('answers the SharePoint REST API with the roadmap\'s Appendix C projects', async () => {
    const response = await fetch(`${BASE_URL}/sites/digital/_api/web/lists/getByTitle('Roadmap%20Initiatives')/items?$select=Title,Workstream&$top=100`, {
      headers: { Accept: 'application/json;odata=nometadata' }
    });
    assert.equal(response.status, 200);
    const titles = (await response.json()).value.map((i) => i.Title);
    assert.ok(titles.includes('Full Intune Deployment'), `Full Intune Deployment is missing from ${titles.join(', ')}`);
  });

  test('switches who is signed in: staff still see the data', async () => {
    await page.getByLabel('Viewing as').selectOption({ label: 'Dan Evans (Staff)' });
    await page.getByRole('region', { name: 'Roadmap Board' }).getByText(PARTS['Roadmap Board']).waitFor();
    assert.match(page.url(), /as=dan\.evans/);
  });

  for (const [host, label] of [
    ['teams-dark', 'Teams, dark'],
    ['teams-contrast', 'Teams, high contrast'],
    ['sharepoint-strong', 'SharePoint, strong section']
  ]) {
    test(`applies the ${label} theme with no accessibility violations`, async () => {
      await page.getByLabel('Host').selectOption({ label });
      const region = page.getByRole('region', { name: 'KPI Dashboard' });
      await region.getByText(PARTS['KPI Dashboard']).first().waitFor();
      const background = await region.evaluate((el) => getComputedStyle(el).backgroundColor);
      assert.notEqual(background, 'rgb(255, 255, 255)', `${label} should not leave the web part white`);
      assert.match(page.url(), new RegExp(`host=${host}`));
      await page.screenshot({ path: `${SCREENSHOTS}/${host}.png`, fullPage: true });
      assert.deepEqual(await axeViolations(page), []);
    });
  }

  test('fits a phone-width Teams tab', async () => {
    const phone = await browser.newPage({ viewport: { width: 380, height: 800 } });
    await phone.goto(`${BASE_URL}/?host=teams-default`);
    await phone.getByRole('region', { name: 'Roadmap Board' }).getByText(PARTS['Roadmap Board']).waitFor();
    const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 0, `the page scrolls sideways by ${overflow}px`);
    await phone.screenshot({ path: `${SCREENSHOTS}/teams-phone.png`, fullPage: true });
    await phone.close();
  });
});
