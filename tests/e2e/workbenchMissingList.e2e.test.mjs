import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { BASE_URL, launch, requestDigest, SCREENSHOTS } from './browser.mjs';

/** Each web part depends only on its own lists (issue 8): one missing list stops only the part that reads it. */

const OTHERS = {
  'Roadmap Board': /Showing all 17 initiatives/,
  'KPI Dashboard': /\d+ of \d+ rated \(\d+%\)/,
  'Maturity Survey': /Digital Services Maturity Model: 2026 Q4/,
  'Champions Hub': /\d+ champions? found/
};

describe('a site without the Tech Talks list', () => {
  let browser;
  let page;
  before(async () => {
    const digest = await requestDigest();
    const response = await fetch(`${BASE_URL}/sites/digital/_api/web/lists/getByTitle('Tech%20Talks')`, {
      method: 'POST',
      headers: { Accept: 'application/json', 'X-RequestDigest': digest, 'X-HTTP-Method': 'DELETE', 'IF-MATCH': '*' }
    });
    assert.ok(response.ok, `deleting the Tech Talks list answered ${response.status}`);
    browser = await launch();
    page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
  });
  after(async () => browser?.close());

  test('keeps the other four parts working, and Tech Talks names its missing list', async () => {
    await page.goto(`${BASE_URL}/?as=alex.morgan@digitalhub.example`);
    for (const [title, summary] of Object.entries(OTHERS)) {
      await page.getByRole('region', { name: title }).getByText(summary).first().waitFor({ timeout: 20_000 });
    }
    const talks = page.getByRole('region', { name: 'Tech Talks' });
    await talks.getByText('This site needs 1 list: Tech Talks.', { exact: false }).waitFor({ timeout: 20_000 });
    for (const title of Object.keys(OTHERS)) {
      assert.equal(await page.getByRole('region', { name: title }).getByText('Set up Digital Strategy Hub').count(), 0, `${title} asks for set-up`);
    }
    await page.screenshot({ path: `${SCREENSHOTS}/tech-talks-missing.png`, fullPage: true });
  });

  test('lets the site owner set the list up again from the Tech Talks part', async () => {
    const talks = page.getByRole('region', { name: 'Tech Talks' });
    await talks.getByRole('button', { name: 'Set up lists' }).click();
    await talks.getByRole('button', { name: 'Load example content' }).click({ timeout: 60_000 });
    await talks.getByRole('button', { name: 'Continue' }).click({ timeout: 60_000 });
    await talks.getByText(/talks? coming up/).waitFor({ timeout: 20_000 });
  });
});
