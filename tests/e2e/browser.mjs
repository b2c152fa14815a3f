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

/**
 * Waits for the page's finite animations (a panel sliding and fading in) to end, so colours are checked as they
 * settle, not half-faded. Endless ones (spinners) are not waited for.
 */
export async function animationsSettled(page) {
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((a) => a.playState === 'running' && a.effect?.getComputedTiming().iterations !== Infinity)
        .map((a) => a.finished.catch(() => undefined))
    )
  );
}

/**
 * axe-core's WCAG 2.x A/AA violations once the page's animations have settled: in the whole page, or only in
 * `include` (CSS selectors; with `withLayers`, also in any open panel or dialog, which Fluent renders in a layer).
 */
export async function axeViolations(page, include, { withLayers = false } = {}) {
  await animationsSettled(page);
  await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
  const result = await page.evaluate(
    ({ include, withLayers }) => {
      const layers = withLayers && document.querySelector('.ms-Layer') ? [['.ms-Layer']] : [];
      const context = include ? { include: [...include.map((selector) => [selector]), ...layers] } : document;
      // eslint-disable-next-line no-undef
      return axe.run(context, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
    },
    { include, withLayers }
  );
  return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join('; ')})`);
}

/** A request digest for the login (the site owner when none), as PnPjs gets it: POST /_api/contextinfo. */
export async function requestDigest(login) {
  const headers = { Accept: 'application/json', ...(login ? { 'X-Local-User': login } : {}) };
  const response = await fetch(`${BASE_URL}/sites/digital/_api/contextinfo`, { method: 'POST', headers });
  return (await response.json()).FormDigestValue;
}
