// The KPI Dashboard's benchmark (called from scripts/bench.mjs): 500 measures and 30,000 check-ins in a fresh local
// SharePoint; the scorecard's load through the data layer (requests and time), and building a committee pack.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadBenchCore, median, table } from './benchKit.mjs';

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
import { countingHandler } from './scripts/bench/counting.mjs';
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
  const { handler: counting, counter } = countingHandler(local);
  const handler = { ...counting, digestFor: (l) => local.digestFor(l) };
  return { services: createHubServices(inProcessSP(handler, local.siteUrl, login)), counter };
}
`;

export async function runKpiBench(log = (t) => process.stderr.write(`${t}\n`)) {
  const work = mkdtempSync(join(tmpdir(), 'dsh-kpi-bench-'));
  try {
    const { createKpiSite, countingServices, loadScorecard, buildPack } = await loadBenchCore(core, { work, name: 'kpi-bench-core' });
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
    rows.push(['Scorecard load (register + 8 quarters of check-ins)', `${Math.round(times[0])} ms`, `${Math.round(median(times))} ms`, counted.requests, `${(counted.bytes / 1024).toFixed(0)} KB`, `${data.rows.length} rows, ${data.measurements.length.toLocaleString('en-GB')} check-ins`]);
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
  table(`KPI Dashboard: ${MEASURES} measures, ${CHECK_INS.toLocaleString('en-GB')} check-ins (in-process PnPjs; target: scorecard in at most 3 requests and under 1 s)`, head, rows);
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) await printKpiBench();
