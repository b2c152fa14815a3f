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

  test('shows the five web parts, each with live data from the local SharePoint, in at most 10 requests', async () => {
    const requests = [];
    const count = (request) => request.url().includes('/_api/') && requests.push(`${request.method()} ${request.url().replace(/^.*\/_api\//, '').slice(0, 80)}`);
    page.on('request', count);
    await page.goto(BASE_URL);
    for (const [title, summary] of Object.entries(PARTS)) {
      const region = page.getByRole('region', { name: title });
      await region.getByText(summary).first().waitFor({ timeout: 20_000 });
    }
    page.off('request', count);
    // The parts share one read of the site's lists and of the signed-in person, one form digest, and batch their reads.
    assert.ok(requests.length <= 10, `the first render made ${requests.length} SharePoint requests:\n${requests.join('\n')}`);
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

  test('fits a phone-width Teams tab, also while its parts load', async () => {
    const phone = await browser.newPage({ viewport: { width: 380, height: 800 } });
    await phone.goto(`${BASE_URL}/?host=teams-default`);
    // Sampled until every part shows its content: tabs, notices and tables must not widen the page even for a moment.
    let widest = { overflow: 0, by: '' };
    const shown = Promise.all(
      Object.entries(PARTS).map(([title, summary]) => phone.getByRole('region', { name: title }).getByText(summary).first().waitFor({ timeout: 20_000 }))
    );
    let done = false;
    shown.finally(() => (done = true)).catch(() => undefined);
    while (!done) {
      const now = await phone.evaluate(() => {
        const width = document.documentElement.clientWidth;
        const overflow = document.documentElement.scrollWidth - width;
        const past = [...document.querySelectorAll('body *')].filter((e) => e.getBoundingClientRect().right > width + 1);
        const innermost = past.find((e) => !past.some((other) => other !== e && e.contains(other)));
        return { overflow, by: innermost ? `${innermost.tagName.toLowerCase()} "${(innermost.textContent ?? '').trim().slice(0, 40)}"` : '' };
      });
      if (now.overflow > widest.overflow) widest = now;
      await phone.waitForTimeout(50);
    }
    await shown;
    assert.ok(widest.overflow <= 0, `the page scrolled sideways by ${widest.overflow}px (${widest.by})`);
    await phone.screenshot({ path: `${SCREENSHOTS}/teams-phone.png`, fullPage: true });
    await phone.close();
  });
});
