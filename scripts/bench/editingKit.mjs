// The editing kit's figures for `npm run bench` (issue 8): the SharePoint requests the workbench page with all five
// web parts makes for its first render (target: at most 10), and the requests of saving an initiative through the
// repository (target: 1). Over a fresh local SharePoint with the example content, counted at the server; the page in
// headless Chromium when it is installed. Prints figures; no pass/fail thresholds (the tests hold those).
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildWorkbenchPage } from '../workbenchBuild.mjs';
import { loadBenchCore, table, workbenchFiles } from './benchKit.mjs';

const OFFICE = 'priya.shah@digitalhub.example';
const PARTS = ['Roadmap Board', 'Maturity Survey', 'Tech Talks', 'Champions Hub', 'KPI Dashboard'];

const core = `
import { createLocalSharePoint, startHttpServer } from './local/sharepoint';
import { inProcessSP } from './local/pnpInProcess';
import { provisionLists } from './src/data/provisioning/provisionLists';
import { readExampleContent } from './src/data/content/exampleContent';
import { loadExampleContent } from './src/data/content/loadExampleContent';
import { createHubServices } from './src/data/createHubServices';
import { spfi, SPBrowser } from './src/data/sp';
import { InjectHeaders } from '@pnp/queryable';
export { startHttpServer };

export async function exampleSite() {
  const local = createLocalSharePoint({ siteUrl: 'http://localhost/sites/digital' });
  const owner = inProcessSP(local, local.siteUrl, 'alex.morgan@digitalhub.example');
  await provisionLists(owner);
  await loadExampleContent(owner, await readExampleContent(), { actAs: (login) => inProcessSP(local, local.siteUrl, login) });
  return local;
}

export function servicesOver(siteUrl, login) {
  return createHubServices(spfi(siteUrl).using(SPBrowser({ baseUrl: siteUrl }), InjectHeaders({ 'X-Local-User': login })));
}
`;

/** Measures; answers the table's rows ([what, requests, detail]) and the first render's requests, one per line. */
export async function editingKitFigures({ chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', log = () => undefined } = {}) {
  const work = mkdtempSync(join(tmpdir(), 'dsh-kit-bench-'));
  const publicDir = join(work, 'public');
  try {
    log('Editing kit: building a site with the example content and the workbench page…');
    const { exampleSite, servicesOver, startHttpServer } = await loadBenchCore(core, { work, name: 'kit-bench-core' });
    await buildWorkbenchPage(publicDir);
    const local = await exampleSite();

    const seen = [];
    const counting = {
      handle: async (request) => {
        const url = new URL(request.url);
        // The workbench's own endpoints (/_local/: its people list) are not SharePoint.
        if (!url.pathname.startsWith('/_local/')) seen.push(`${request.method} ${decodeURIComponent(url.pathname.replace(/^.*\/_api\//, ''))}${url.search ? decodeURIComponent(url.search).slice(0, 90) : ''}`);
        return local.handle(request);
      }
    };
    const server = await startHttpServer(counting, 0, workbenchFiles(publicDir));
    const base = `http://localhost:${server.address().port}`;
    const rows = [];
    let firstRender = [];
    try {
      // Saving an initiative: the repository's ETag-checked update, answered with the saved item.
      const services = servicesOver(`${base}/sites/digital`, OFFICE);
      const [initiative, other] = await services.initiatives.getAll({ top: 2 });
      // The first write of a page fetches a request digest (in SharePoint Online the page already holds one).
      await services.initiatives.update(other.id, { progress: ((other.progress ?? 0) + 5) % 100 }, other.etag);
      seen.length = 0;
      const saved = await services.initiatives.update(initiative.id, { progress: ((initiative.progress ?? 0) + 5) % 100 }, initiative.etag);
      rows.push(['Saving an initiative (update answered with the saved item)', String(seen.length), `saved at ETag ${saved.etag}: ${seen.join('; ')}`]);

      if (existsSync(chromiumPath)) {
        const { chromium } = await import('playwright-core');
        const browser = await chromium.launch({ executablePath: chromiumPath, args: ['--headless', '--no-sandbox', '--disable-gpu'] });
        try {
          const context = await browser.newContext({ viewport: { width: 1280, height: 1000 } });
          const tab = await context.newPage();
          seen.length = 0;
          await tab.goto(`${base}/?as=${OFFICE}`);
          const ready = await tab
            .waitForFunction(
              (parts) =>
                parts.every((name) => {
                  const region = document.querySelector(`section[aria-label="${name}"]`);
                  return !!region && !region.querySelector('.ms-Spinner') && (region.textContent ?? '').length > name.length + 20;
                }),
              PARTS,
              { timeout: 120_000, polling: 50 }
            )
            .then(() => true, () => false);
          await tab.waitForLoadState('networkidle');
          firstRender = [...seen];
          if (process.env.BENCH_SCREENSHOT) await tab.screenshot({ path: process.env.BENCH_SCREENSHOT, fullPage: true });
          rows.push(['Page with all five web parts, first render', ready ? String(firstRender.length) : 'did not finish in 2 minutes', 'SharePoint requests until every part shows its content (a $batch counts as one)']);
          await context.close();
        } finally {
          await browser.close();
        }
      } else {
        rows.push(['Page with all five web parts, first render', 'not measured', `Chromium not found at ${chromiumPath}`]);
      }
    } finally {
      server.close();
    }
    return { rows, firstRender };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** Prints the figures (for `node scripts/bench/editingKit.mjs` on its own, and for scripts/bench.mjs). */
export async function printEditingKitFigures(table, log) {
  const { rows, firstRender } = await editingKitFigures({ log });
  table('Editing kit: SharePoint requests (targets: first render of the five-part page <= 10, saving an initiative 1)', ['What', 'Requests', 'Detail'], rows);
  if (firstRender.length) console.log(`\nFirst render's requests:\n${firstRender.map((r, i) => `  ${i + 1}. ${r}`).join('\n')}`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  await printEditingKitFigures(table, (text) => process.stderr.write(`${text}\n`));
}
