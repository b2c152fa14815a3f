// The KPI Dashboard's benchmark (called from scripts/bench.mjs): 500 measures and 30,000 check-ins in a fresh local
// SharePoint; the scorecard's load through the data layer (requests and time), and building a committee pack.
import { build } from 'esbuild';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const MEASURES = 500;
const CHECK_INS = 30000;
const RUNS = 3;

const core = `
import { createLocalSharePoint } from './local/sharepoint';
import { inProcessSP } from './local/pnpInProcess';
import { provisionLists } from './src/data/provisioning/provisionLists';
import { createHubServices } from './src/data/createHubServices';
import { loadScorecard } from './src/features/kpiDashboard/reads/loadScorecard';
import { buildPack } from './src/domain/kpi/pack';
import { shiftQuarter } from './src/domain/kpi/periods';
import { OUTCOMES, KPI_POLARITIES } from './src/domain/vocabulary';
export { loadScorecard, buildPack };

const OWNER = 'alex.morgan@digitalhub.example';
export async function createKpiSite(measures, checkIns, latest) {
  const local = createLocalSharePoint({ siteUrl: 'http://localhost/sites/digital' });
  await provisionLists(inProcessSP(local, local.siteUrl, OWNER));
  local.store.bulkAddItems('Strategy KPIs', Array.from({ length: measures }, (_, i) => ({
    Title: 'Measure ' + (i + 1), Outcome: OUTCOMES[i % OUTCOMES.length], Unit: 'Percent', Polarity: KPI_POLARITIES[i % 3],
    Target: 80, Tolerance: 5, Frequency: i % 10 === 0 ? 'Annually' : 'Quarterly', OwnerId: 11 + (i % 8), Order: i, IsSample: true
  })));
  const quarters = Math.ceil(checkIns / measures);
  const rows = [];
  for (let q = 0; q < quarters; q++) {
    const start = shiftQuarter(latest, -q).start;
    for (let k = 0; k < measures && rows.length < checkIns; k++) {
      rows.push({ KpiId: k + 1, PeriodStart: start + 'T00:00:00Z', PeriodLabel: shiftQuarter(start, 0).label, Value: 60 + ((k * 7 + q * 3) % 40),
        Commentary: 'Generated for the benchmark: a typical quarter\\'s commentary of a sentence or two.', IsSample: true });
    }
  }
  local.store.bulkAddItems('KPI Measurements', rows);
  return local;
}

/** The app's services over in-process PnPjs, counting the requests that reach the local SharePoint. */
export function countingServices(local, login) {
  const counter = { requests: 0, bytes: 0 };
  const handler = {
    handle: async (request) => {
      const response = await local.handle(request);
      const body = Buffer.from(await response.arrayBuffer());
      counter.requests++;
      counter.bytes += body.length;
      return new Response(body.length ? body : null, { status: response.status, statusText: response.statusText, headers: response.headers });
    },
    digestFor: (l) => local.digestFor(l)
  };
  return { services: createHubServices(inProcessSP(handler, local.siteUrl, login)), counter };
}
`;

export async function runKpiBench(log = (t) => process.stderr.write(`${t}\n`)) {
  const root = resolve('.');
  const work = mkdtempSync(join(tmpdir(), 'dsh-kpi-bench-'));
  try {
    await build({
      stdin: { contents: core, resolveDir: root, loader: 'ts', sourcefile: 'kpi-bench-core.ts' },
      bundle: true, platform: 'node', format: 'esm', target: 'node20', outfile: join(work, 'core.mjs'),
      banner: { js: "import { createRequire } from 'module'; const require = createRequire(import.meta.url);" }, logLevel: 'warning'
    });
    const { createKpiSite, countingServices, loadScorecard, buildPack } = await import(pathToFileURL(join(work, 'core.mjs')).href);
    const latest = '2026-10-01';
    log(`Loading ${MEASURES} KPI measures and ${CHECK_INS.toLocaleString('en-GB')} check-ins into a fresh local SharePoint…`);
    const local = await createKpiSite(MEASURES, CHECK_INS, latest);
    const rows = [];
    const times = [];
    let counted;
    let data;
    for (let run = 0; run < RUNS; run++) {
      const { services, counter } = countingServices(local, 'priya.shah@digitalhub.example');
      const started = performance.now();
      data = await loadScorecard(services, latest);
      times.push(performance.now() - started);
      counted = counter;
    }
    const median = [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)];
    rows.push(['Scorecard load (register + 8 quarters of check-ins)', `${Math.round(times[0])} ms`, `${Math.round(median)} ms`, counted.requests, `${(counted.bytes / 1024).toFixed(0)} KB`, `${data.rows.length} rows, ${data.measurements.length.toLocaleString('en-GB')} check-ins`]);
    const packTimes = [];
    let pack;
    for (let run = 0; run < RUNS; run++) {
      const started = performance.now();
      pack = buildPack(data.rows, [], data.quarter, new Date());
      JSON.stringify(pack);
      packTimes.push(performance.now() - started);
    }
    rows.push(['Committee pack build (snapshot JSON)', `${Math.round(packTimes[0])} ms`, `${Math.round([...packTimes].sort((a, b) => a - b)[1])} ms`, 0, `${(JSON.stringify(pack).length / 1024).toFixed(0)} KB`, `${pack.measures.length} measures, ${pack.counts.byStatus.Red} exceptions`]);
    return rows;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** Prints the KPI figures as a table (scripts/bench.mjs calls this). */
export async function printKpiBench() {
  const rows = await runKpiBench();
  const head = ['What', 'First', 'Median', 'Requests', 'Bytes read', 'Result'];
  const widths = head.map((h, c) => Math.max(h.length, ...rows.map((r) => String(r[c]).length)));
  const line = (cells) => `| ${cells.map((cell, c) => String(cell).padEnd(widths[c])).join(' | ')} |`;
  console.log(`\nKPI Dashboard: ${MEASURES} measures, ${CHECK_INS.toLocaleString('en-GB')} check-ins (in-process PnPjs; target: scorecard in at most 3 requests and under 1 s)`);
  console.log([line(head), `| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`, ...rows.map(line)].join('\n'));
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) await printKpiBench();
