// `npm run bench`: loads 1,000 initiatives and 50,000 scores (one round) into a fresh local SharePoint, serves it
// on a spare port, and measures with the app's real data layer (PnPjs over HTTP, createHubServices) and, where
// Chromium is installed, the real workbench page: the board's time to first render, the Priorities view's load
// (the open round's scores read in id windows), requests made and bytes read (counted at the local server), and
// the Roadmap Board web part's own JavaScript, gzipped. Prints figures only; there are no pass/fail thresholds.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { buildWebParts, countingHandler, kb, loadBenchCore, measureRow, median, ms, staticClosure, table, workbenchFiles } from './bench/benchKit.mjs';
import { buildWorkbenchPage } from './workbenchBuild.mjs';
import { gzipSync } from 'node:zlib';

const INITIATIVES = 1000;
const SCORES = 50000;
const RUNS = 3;
const root = resolve('.');
const work = mkdtempSync(join(tmpdir(), 'dsh-bench-'));
const publicDir = join(work, 'public');
const log = (text) => process.stderr.write(`${text}\n`);

// ---------------------------------------------------------------- the code under test, built for Node
const core = `
import { createLocalSharePoint, startHttpServer } from './local/sharepoint';
import { inProcessSP } from './local/pnpInProcess';
import { provisionLists } from './src/data/provisioning/provisionLists';
import { createHubServices } from './src/data/createHubServices';
import { spfi, SPBrowser } from './src/data/sp';
import { InjectHeaders } from '@pnp/queryable';
import { readExampleContent } from './src/data/content/exampleContent';
import { filterInitiatives, facetCounts } from './src/domain/roadmap/roadmapFilter';
import { scoreInitiatives } from './src/domain/roadmap/prioritisation';
import { RANKING_SCORE_FIELDS, defaultRound, roundScoresQuery } from './src/domain/roadmap/scoringRound';
import { WORKSTREAMS, STAGES, WAYS_OF_WORKING, HEALTH } from './src/domain/vocabulary';
export { startHttpServer };

const OWNER = 'alex.morgan@digitalhub.example';
const date = (d) => d.toISOString().replace(/\\.\\d{3}Z$/, 'Z');

/** A fresh local SharePoint with the app's lists, the example criteria and rounds, and the bulk data. */
export async function createBenchSite(initiatives, scores) {
  const local = createLocalSharePoint({ siteUrl: 'http://localhost/sites/digital' });
  await provisionLists(inProcessSP(local, local.siteUrl, OWNER));
  const content = await readExampleContent();
  const store = local.store;
  store.bulkAddItems('Departments', content.departments);
  store.bulkAddItems('Prioritisation Criteria', content.criteria);
  store.bulkAddItems('Scoring Rounds', content.scoringRounds.map((r) => ({ ...r, OpensOn: r.OpensOn + 'T00:00:00Z', ClosesOn: r.ClosesOn + 'T00:00:00Z' })));
  const departments = content.departments.length;
  const start = Date.UTC(2024, 3, 1);
  store.bulkAddItems('Roadmap Initiatives', Array.from({ length: initiatives }, (_, i) => ({
    Title: 'Initiative ' + (i + 1) + ': ' + ['Digital forms for', 'Automate', 'Replace the system for', 'Data sharing for', 'Self-service'][i % 5] + ' service ' + (i % 97),
    Description: 'Generated for the benchmark: an initiative of the roadmap with a description of a typical length, naming the service, the change and the expected benefit to residents and staff.',
    Workstream: WORKSTREAMS[i % WORKSTREAMS.length],
    Stage: STAGES[i % STAGES.length],
    WaysOfWorking: WAYS_OF_WORKING.filter((_, w) => (i >> w) % 2 === 1),
    StartDate: date(new Date(start + (i % 36) * 30 * 86400000)),
    EndDate: date(new Date(start + ((i % 36) + 6 + (i % 12)) * 30 * 86400000)),
    TimeframeLabel: '20' + (24 + (i % 5)) + '-' + (25 + (i % 5)),
    CorporatePlanOutcomes: [String((i % 12) + 1)],
    DepartmentId: (i % departments) + 1,
    OwnerId: 11 + (i % 8),
    GovernanceTier: ['Project board', 'Programme board', 'Committee'][i % 3],
    MustDo: i % 10 === 0,
    EffortMonths: [0.5, 1, 2, 3, 6, 9, 12, 18][i % 8],
    Progress: (i * 7) % 101,
    Health: HEALTH[i % HEALTH.length],
    IsSample: true
  })));
  const criteria = content.criteria.length;
  const scorers = 7;
  const perScorer = Math.ceil(scores / scorers);
  let made = 0;
  for (let s = 0; s < scorers && made < scores; s++) {
    const count = Math.min(perScorer, scores - made);
    // Each scorer's scores in their own folder (named by their user id), as the programme office opens them: a score
    // counts for the owner of its folder.
    store.ensureFolder('Initiative Scores', String(11 + s));
    store.bulkAddItems('Initiative Scores', Array.from({ length: count }, (_, k) => {
      const cell = (made + k) % (initiatives * criteria);
      return {
        InitiativeId: Math.floor(cell / criteria) + 1,
        CriterionId: (cell % criteria) + 1,
        Score: (cell * 7 + s * 3) % 6,
        ScoringRound: '2026 Autumn',
        IsSample: true,
        ...(k % 3 === 0 ? { Rationale: 'Scored against the agreed criteria; see the business case for the evidence behind this score.' } : {})
      };
    }), { authorId: 11 + s, folder: String(11 + s) });
    made += count;
  }
  return local;
}

/** The app's services over real PnPjs and HTTP, as a given person. */
export function servicesOver(siteUrl, login) {
  return createHubServices(spfi(siteUrl).using(SPBrowser({ baseUrl: siteUrl }), InjectHeaders({ 'X-Local-User': login })));
}

/** What the board does before its first render: read the initiatives and the list permissions, filter, count facets. */
export async function boardFirstRender(services) {
  const [items] = await Promise.all([services.initiatives.getAll(), services.initiatives.permissions()]);
  const filter = {};
  const shown = filterInitiatives(items, filter);
  facetCounts(items, filter);
  return { initiatives: items.length, shown: shown.length };
}

/** What the Priorities view does: rounds, criteria, rights and person, then only the open round's scores (lean, in id windows), then the ranking. */
export async function prioritiesLoad(services, initiatives, lean = true) {
  const [rounds, criteria] = await Promise.all([services.scoringRounds.getAll(), services.criteria.getAll(), services.scores.permissions(), services.currentUser()]);
  const round = defaultRound(rounds);
  const scores = await services.scores.getAll({ ...roundScoresQuery(round.title), fields: lean ? RANKING_SCORE_FIELDS : undefined });
  const result = scoreInitiatives(initiatives, criteria, scores, { round: round.title });
  return { round: round.title, scores: scores.length, ranked: result.ranked.length, mustDo: result.mustDo.length };
}
`;

log('Building the benchmark, the workbench and the Roadmap Board web part with esbuild…');
const { createBenchSite, servicesOver, boardFirstRender, prioritiesLoad, startHttpServer } = await loadBenchCore(core, { root, work, name: 'bench-core' });

// The workbench page (for Chromium), exactly as scripts/start.mjs builds it.
await buildWorkbenchPage(publicDir);

// The Roadmap Board web part as SPFx ships it: React, ReactDOM and SharePoint's own modules come from the page.
const partBuild = await buildWebParts({
  entryPoints: { 'roadmap-board-web-part': 'src/webparts/roadmapBoard/RoadmapBoardWebPart.ts' },
  outdir: join(work, 'part')
});

// ---------------------------------------------------------------- JavaScript sizes
function partSizes() {
  const files = new Map(partBuild.outputFiles.map((f) => [relative(root, f.path), f.contents]));
  const outputs = partBuild.metafile.outputs;
  const gz = (name) => gzipSync(files.get(name) ?? Buffer.alloc(0), { level: 9 }).length;
  const named = (match) => Object.keys(outputs).find((o) => outputs[o].entryPoint && match.test(outputs[o].entryPoint));
  const statically = (start) => staticClosure(outputs, start);
  const entry = named(/RoadmapBoardWebPart\.ts$/);
  const feature = named(/features\/roadmapBoard\/RoadmapBoard\.tsx$/);
  const matrix = named(/prioritisation\/ValueEffortMatrix\.tsx$/);
  const firstRender = new Set([...statically(entry), ...statically(feature)]);
  const js = Object.keys(outputs).filter((o) => o.endsWith('.js'));
  const sum = (names, f) => [...names].filter((n) => n.endsWith('.js')).reduce((a, n) => a + f(n), 0);
  const ownBytes = (names) =>
    [...names].reduce((a, n) => a + Object.entries(outputs[n]?.inputs ?? {}).filter(([p]) => p.startsWith('src/')).reduce((b, [, v]) => b + v.bytesInOutput, 0), 0);
  return {
    firstRender,
    rows: [
      ['Loaded for the first render (entry + board + shared chunks)', kb(sum(firstRender, (n) => files.get(n)?.length ?? 0)), kb(sum(firstRender, gz))],
      ['  of which the suite\'s own code (src/), minified', kb(ownBytes(firstRender)), ''],
      ['Value-versus-effort matrix (loaded on demand)', kb(files.get(matrix)?.length ?? 0), kb(gz(matrix))],
      [`Whole web part, every chunk (${js.length} files)`, kb(sum(js, (n) => files.get(n)?.length ?? 0)), kb(sum(js, gz))]
    ]
  };
}

/** The largest contributors to the first render's chunks: npm packages and the suite's own folders. */
function firstRenderContributors(firstRender) {
  const outputs = partBuild.metafile.outputs;
  const groups = new Map();
  for (const name of firstRender) {
    for (const [path, info] of Object.entries(outputs[name]?.inputs ?? {})) {
      const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path)?.[1];
      const key = pkg ?? path.split('/').slice(0, 3).join('/');
      groups.set(key, (groups.get(key) ?? 0) + info.bytesInOutput);
    }
  }
  return [...groups].sort((a, b) => b[1] - a[1]).slice(0, 10).map(([key, bytes]) => [key, kb(bytes)]);
}

/** The SPFx ship build's files for the Roadmap Board, if a ship build has been run: the shared bundle, its chunks. */
function shipBuildSizes() {
  for (const dir of ['temp/deploy', 'dist']) {
    if (!existsSync(dir)) continue;
    const files = readdirSync(dir).filter((f) => f.endsWith('.js') && (/^digital-strategy-hub_/.test(f) || /^chunk\.(roadmap|\d+_)/.test(f)));
    if (files.length) {
      const built = new Date(Math.max(...files.map((f) => statSync(join(dir, f)).mtimeMs)));
      return {
        built: built.toISOString().replace('T', ' ').slice(0, 16),
        dir,
        rows: files.map((f) => {
          const bytes = readFileSync(join(dir, f));
          return [f, kb(bytes.length), kb(gzipSync(bytes, { level: 9 }).length)];
        })
      };
    }
  }
  return undefined;
}

// ---------------------------------------------------------------- the site, served with counting
log(`Loading ${INITIATIVES.toLocaleString('en-GB')} initiatives and ${SCORES.toLocaleString('en-GB')} scores into a fresh local SharePoint…`);
const loadStarted = Date.now();
const local = await createBenchSite(INITIATIVES, SCORES);
log(`  loaded in ${((Date.now() - loadStarted) / 1000).toFixed(1)} s`);

const { handler: counting, counter } = countingHandler(local);
const server = await startHttpServer(counting, 0, workbenchFiles(publicDir));
const port = server.address().port;
const base = `http://localhost:${port}`;
const siteUrl = `${base}/sites/digital`;
log(`  serving on ${base}`);


const measure = (name, run) => measureRow(counter, RUNS, name, run);

// ---------------------------------------------------------------- data layer over HTTP (real PnPjs)
log('Measuring with real PnPjs and createHubServices over HTTP…');
const services = servicesOver(siteUrl, 'priya.shah@digitalhub.example');
const initiatives = await services.initiatives.getAll();
const api = [
  await measure('Board: initiatives + permissions, filtered', async () => {
    const r = await boardFirstRender(services);
    return `${r.shown.toLocaleString('en-GB')} of ${r.initiatives.toLocaleString('en-GB')} initiatives`;
  }),
  await measure('Priorities: open round\'s scores (lean, id windows) + ranking', async () => {
    const r = await prioritiesLoad(services, initiatives, true);
    return `${r.scores.toLocaleString('en-GB')} scores in ${r.round}, ${r.ranked} ranked, ${r.mustDo} must-do`;
  }),
  await measure('  for comparison: the same with every field', async () => {
    const r = await prioritiesLoad(services, initiatives, false);
    return `${r.scores.toLocaleString('en-GB')} scores`;
  })
];

// ---------------------------------------------------------------- the real page in Chromium
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const page = [];
if (existsSync(chromiumPath)) {
  log('Measuring the workbench page in headless Chromium…');
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath: chromiumPath, args: ['--headless', '--no-sandbox', '--disable-gpu'] });
  const visit = async (name, query, ready) => {
    const times = [];
    let requests = 0;
    let bytes = 0;
    for (let i = 0; i < RUNS; i++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 1000 } });
      const tab = await context.newPage();
      counter.requests = 0;
      counter.bytes = 0;
      await tab.goto(`${base}/?as=priya.shah@digitalhub.example&${query}`);
      const done = await tab.waitForFunction(ready, undefined, { timeout: 120_000, polling: 20 }).then(() => true, () => false);
      if (!done) {
        page.push([name, 'did not finish in 2 minutes', '', '', '', '']);
        await context.close();
        return;
      }
      times.push(await tab.evaluate(() => performance.now()));
      await tab.waitForLoadState('networkidle');
      requests = counter.requests;
      bytes = counter.bytes;
      await context.close();
    }
    page.push([name, ms(times[0]), ms(median(times)), String(requests), kb(bytes), 'whole page: five web parts, SharePoint requests only']);
  };
  await visit('Page until the board shows its initiatives', 'v=board', () => {
    const region = document.querySelector('section[aria-label="Roadmap Board"]');
    return !!region && /Showing (all )?[\d,]+ (of [\d,]+ )?initiatives/.test(region.textContent ?? '');
  });
  await visit('Page until the Priorities ranking shows', 'v=priorities', () => !!document.querySelector('section[aria-label="Roadmap Board"] [aria-label^="Ranking, "]'));
  await browser.close();
} else {
  log(`Chromium not found at ${chromiumPath}: skipping the page measurements.`);
}

server.close();
rmSync(work, { recursive: true, force: true });

// ---------------------------------------------------------------- the report

console.log(`Digital Strategy Hub benchmark: ${INITIATIVES.toLocaleString('en-GB')} initiatives, ${SCORES.toLocaleString('en-GB')} scores in one round, local SharePoint over HTTP.`);
console.log(`Times: first run and median of ${RUNS}. Requests and bytes (response bodies, uncompressed) counted at the local server for one run.`);
const head = ['What', 'First', 'Median', 'Requests', 'Bytes read', 'Result'];
table('Data layer (real PnPjs and createHubServices, as the views call them)', head, api);
if (page.length) table('Workbench page in headless Chromium (time from navigation start)', head, page);
const sizes = partSizes();
table('Roadmap Board web part JavaScript (esbuild, minified; React, ReactDOM and sp-* come from SharePoint)', ['Part', 'Minified', 'Gzipped'], sizes.rows);
table('Largest parts of the first render (minified bytes in those chunks)', ['Package or folder', 'Minified'], firstRenderContributors(sizes.firstRender));
const ship = shipBuildSizes();
if (ship) table(`SPFx ship build output in ${ship.dir} (built ${ship.built} UTC; the shared bundle serves all five web parts)`, ['File', 'Minified', 'Gzipped'], ship.rows);
else console.log('\nSPFx ship build: no temp/deploy or dist output with a roadmap file; run `npm run package` first to include it.');
await (await import('./bench/localsp.mjs')).benchLocalSharePoint();
await (await import('./bench/kpi.mjs')).printKpiBench(); // KPI Dashboard: scorecard and committee pack

// Tech Talks: its own site and figures (scripts/bench/techTalks.mjs).
await (await import('./bench/techTalks.mjs')).runTechTalksBench();
await (await import('./bench/editingKit.mjs')).printEditingKitFigures(table, log);
await (await import('./bench/shippedJs.mjs')).printShippedJs(table); // shipped JavaScript per web part, now and before the editing kit

// The Champions Hub at 300 champions and 100,000 activities (its own module).
await (await import('./bench/champions.mjs')).championsBench({ log });
