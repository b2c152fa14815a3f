// Shared browser set-up for the end-to-end tests: Debian's chromium through playwright-core, and axe-core.
import { chromium } from 'playwright-core';
import { createRequire } from 'node:module';
import { mkdirSync } from 'node:fs';

const require = createRequire(import.meta.url);
export const BASE_URL = process.env.E2E_BASE_URL ?? 'http://localhost:4321';
export const SCREENSHOTS = 'test-results/screenshots';
mkdirSync(SCREENSHOTS, { recursive: true });

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']
  });
}

/** axe-core's WCAG 2.x A/AA violations on the page as it is now. */
export async function axeViolations(page) {
  await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
  const result = await page.evaluate(() =>
    // eslint-disable-next-line no-undef
    axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } })
  );
  return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join('; ')})`);
}

/** A request digest for the login (the site owner when none), as PnPjs gets it: POST /_api/contextinfo. */
export async function requestDigest(login) {
  const headers = { Accept: 'application/json', ...(login ? { 'X-Local-User': login } : {}) };
  const response = await fetch(`${BASE_URL}/sites/digital/_api/contextinfo`, { method: 'POST', headers });
  return (await response.json()).FormDigestValue;
}
