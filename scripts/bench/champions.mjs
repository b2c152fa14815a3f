// The Champions Hub at five years of a 3,000-staff council: 300 champions and 100,000 activities (and the
// programme office's decisions on approval-needing types) in a fresh local SharePoint served over HTTP. Measures,
// through the app's real data layer (PnPjs over HTTP, createHubServices, the domain's points rules): the quarter
// leaderboard, the year leaderboard and a champion's own page (time, requests and bytes counted at the server),
// and checks every quarter's, year's and all time's totals against an independent count of the generated data,
// including quarters with more than 5,000 activities. Called from scripts/bench.mjs; `node scripts/bench/champions.mjs`
// runs it alone. Prints figures; it does not pass or fail, but says plainly if a total differs.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { countingHandler, kb, loadBenchCore, median, ms, table } from './benchKit.mjs';

const CHAMPIONS = 300;
const ACTIVITIES = 100_000;
const RUNS = 3;

const core = `
import { createLocalSharePoint, startHttpServer, people, GROUP_MEMBERS } from './local/sharepoint';
import { inProcessSP } from './local/pnpInProcess';
import { provisionLists } from './src/data/provisioning/provisionLists';
import { createHubServices } from './src/data/createHubServices';
import { spfi, SPBrowser } from './src/data/sp';
import { InjectHeaders } from '@pnp/queryable';
import { readExampleContent } from './src/data/content/exampleContent';
import { buildLeaderboard } from './src/domain/champions/leaderboard';
import { leaderboardPeople, scorePeriod } from './src/domain/champions/network';
import { activityFact } from './src/domain/champions/championsData';
import { earnsPoints, pointsRules } from './src/domain/champions/network';
import { scoreActivities, totalPoints } from './src/domain/champions/points';
export { startHttpServer };

const OWNER = 'alex.morgan@digitalhub.example';

/** The synthetic people: champions 1..n get directory ids from 1000, in the site's members group. */
export function addPeople(count) {
  const made = [];
  for (let i = 0; i < count; i++) {
    const login = 'champion' + (i + 1) + '@digitalhub.example';
    if (!people.some((p) => p.login === login)) people.push({ id: 1000 + i, login, email: login, title: 'Champion ' + (i + 1), role: 'Champion', groups: [GROUP_MEMBERS] });
    made.push({ id: 1000 + i, login });
  }
  return made;
}

export async function createSite(data) {
  const local = createLocalSharePoint({ siteUrl: 'http://localhost/sites/digital' });
  await provisionLists(inProcessSP(local, local.siteUrl, OWNER));
  const content = await readExampleContent();
  const store = local.store;
  store.bulkAddItems('Departments', content.departments);
  store.bulkAddItems('Activity Points', content.activityPoints);
  store.bulkAddItems('Recognition Levels', content.recognitionLevels);
  store.bulkAddItems('Digital Champions', data.champions);
  for (const [authorId, rows] of data.profilesByAuthor) store.bulkAddItems('Champion Profiles', rows, { authorId });
  // Each champion's activities in their own folder (named by their user id), as the programme office opens them.
  for (const [ownerId, rows] of data.activitiesByAuthor) {
    store.ensureFolder('Champion Activities', String(ownerId));
    const added = store.bulkAddItems('Champion Activities', rows, { authorId: ownerId, folder: String(ownerId) });
    rows.forEach((row, i) => (row.__id = added[i].id));
  }
  store.bulkAddItems('Activity Approvals', data.decisions());
  return { local, rules: content.activityPoints };
}

export function servicesOver(siteUrl, login) {
  return createHubServices(spfi(siteUrl).using(SPBrowser({ baseUrl: siteUrl }), InjectHeaders({ 'X-Local-User': login })));
}

/** What the Leaderboard tab does for a period: one read through the data layer, the points rules, both boards. */
export async function leaderboard(services, period) {
  const data = await services.championsData.period(period.start, period.end);
  const board = buildLeaderboard(scorePeriod(data), leaderboardPeople(data));
  return { board, activities: data.activities.length };
}

/** What a champion's own page does: their record, profile, every activity and decision, then their points. */
export async function championPage(services) {
  const mine = await services.championsData.mine();
  const scored = scoreActivities(mine.activities.map(activityFact), pointsRules(mine), mine.decisions, earnsPoints(mine));
  return { activities: mine.activities.length, points: totalPoints(scored) };
}
`;

const n = (value) => value.toLocaleString('en-GB');

/** A small deterministic random generator, so every run loads the same data. */
function random(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const iso = (y, m, d) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

/** UK financial quarters from April 2022 to March 2027 (five years) and the years. */
function periods() {
  const quarters = [];
  for (let fy = 2022; fy <= 2026; fy++) {
    for (let q = 0; q < 4; q++) {
      const m = 4 + q * 3;
      const start = m > 12 ? iso(fy + 1, m - 12, 1) : iso(fy, m, 1);
      const e = m + 3;
      const end = e > 12 ? iso(fy + 1, e - 12, 1) : iso(fy, e, 1);
      quarters.push({ key: `${fy}-${String((fy + 1) % 100).padStart(2, '0')} Q${q + 1}`, start, end });
    }
  }
  const years = [2022, 2023, 2024, 2025, 2026].map((fy) => ({ key: `${fy}-${String((fy + 1) % 100).padStart(2, '0')}`, start: iso(fy, 4, 1), end: iso(fy + 1, 4, 1) }));
  return { quarters, years };
}

/**
 * 300 champions in the nine departments (280 active, 14 inactive, 6 nominated; every 15th opts out of the board)
 * and 100,000 activities from April 2022 to November 2026, more each month as the network grows, so the latest
 * quarters hold more than 5,000 activities (no month more than 5,000). About 80% of approval-needing activities
 * are approved, 10% declined, the rest await a decision.
 */
function generate(people, departments, types) {
  const rand = random(20261129);
  const champions = [];
  const profilesByAuthor = new Map();
  const status = (i) => (i % 50 === 49 ? 'Nominated' : i % 20 === 19 ? 'Inactive' : 'Active');
  people.forEach((p, i) => {
    champions.push({ Title: `Champion ${i + 1}`, ChampionId: p.id, DepartmentId: (i % departments) + 1, Since: '2022-04-01T00:00:00Z', Status: status(i), IsSample: true });
    profilesByAuthor.set(p.id, [{ ExpertiseAreas: ['Teams'], LeaderboardOptOut: i % 15 === 0, IsSample: true }]);
  });
  const months = [];
  for (let k = 0; k < 56; k++) months.push({ y: 2022 + Math.floor((k + 3) / 12), m: ((k + 3) % 12) + 1 });
  const weights = months.map((_, k) => 1 + k / 9);
  const sum = weights.reduce((a, b) => a + b, 0);
  const activitiesByAuthor = new Map();
  const all = [];
  let made = 0;
  months.forEach(({ y, m }, k) => {
    const count = k === months.length - 1 ? ACTIVITIES - made : Math.round((ACTIVITIES * weights[k]) / sum);
    made += count;
    const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
    for (let j = 0; j < count; j++) {
      const person = people[Math.floor(rand() * people.length)];
      const type = types[Math.floor(rand() * types.length)];
      const row = {
        Title: `Activity ${all.length + 1}`,
        ActivityType: type,
        ActivityDate: `${iso(y, m, 1 + Math.floor(rand() * days))}T00:00:00Z`,
        PeopleReached: Math.floor(rand() * 40),
        Hours: 1,
        IsSample: true
      };
      // Every 50th is re-attributed (Created By) to someone else, as anyone who can edit an item can do: it still
      // counts for the owner of the folder it is in.
      if (all.length % 50 === 49) row.AuthorId = people[(people.indexOf(person) + 1) % people.length].id;
      const list = activitiesByAuthor.get(person.id) ?? [];
      list.push(row);
      activitiesByAuthor.set(person.id, list);
      all.push({ row, authorId: person.id });
    }
  });
  const decided = new Map();
  const decisions = (needsApproval) => () => {
    const rows = [];
    for (const { row, authorId } of all) {
      if (!needsApproval.has(row.ActivityType)) continue;
      const r = rand();
      if (r >= 0.9) continue;
      const decision = r < 0.8 ? 'Approved' : 'Declined';
      decided.set(row.__id, decision);
      rows.push({ ActivityId: row.__id, ChampionId: authorId, ActivityDate: row.ActivityDate, Decision: decision, IsSample: true });
    }
    return rows;
  };
  return { champions, profilesByAuthor, activitiesByAuthor, all, decided, decisions, status, optedOut: (i) => i % 15 === 0 };
}

/**
 * The independent count: straight from the generated rows (each counts for the champion whose folder holds it, whatever
 * its Created By says), with its own reading of the points rules (points per
 * type, approval needed, a monthly cap per champion and type by date then id; only Active and Inactive champions).
 */
function independentTotals(data, rules, people, period) {
  const rule = new Map(rules.map((r) => [r.ActivityType, r]));
  const earns = new Set(people.filter((_, i) => data.status(i) !== 'Nominated').map((p) => p.id));
  const inPeriod = data.all.filter(({ row }) => (!period.start || row.ActivityDate >= period.start) && (!period.end || row.ActivityDate < period.end));
  const months = new Map();
  for (const a of inPeriod) {
    if (!earns.has(a.authorId)) continue;
    const key = `${a.authorId}|${a.row.ActivityType}|${a.row.ActivityDate.slice(0, 7)}`;
    const group = months.get(key) ?? [];
    group.push(a);
    months.set(key, group);
  }
  let points = 0;
  let activities = 0;
  let reached = 0;
  for (const group of months.values()) {
    group.sort((x, y) => x.row.ActivityDate.localeCompare(y.row.ActivityDate) || x.row.__id - y.row.__id);
    const r = rule.get(group[0].row.ActivityType);
    let counted = 0;
    for (const a of group) {
      activities++;
      reached += a.row.PeopleReached;
      if (!r || !(r.Points > 0)) continue;
      if (r.RequiresApproval && data.decided.get(a.row.__id) !== 'Approved') continue;
      if (r.MonthlyCap && counted >= r.MonthlyCap) continue;
      counted++;
      points += r.Points;
    }
  }
  return { activities, points, reached, all: inPeriod.length };
}

export async function championsBench({ log = (text) => process.stderr.write(`${text}\n`) } = {}) {
  const root = resolve('.');
  const work = mkdtempSync(join(tmpdir(), 'dsh-champions-bench-'));
  try {
    log('Champions Hub: building the benchmark with esbuild…');
    const lib = await loadBenchCore(core, { root, work, name: 'champions-bench-core' });
    const people = lib.addPeople(CHAMPIONS);
    const example = await import(pathToFileURL(join(root, 'src/data/exampleContent/activityPoints.json')).href, { with: { type: 'json' } });
    const rules = example.default;
    const types = rules.map((r) => r.ActivityType);
    const needsApproval = new Set(rules.filter((r) => r.RequiresApproval).map((r) => r.ActivityType));
    const generated = generate(people, 9, types);
    const data = { ...generated, decisions: generated.decisions(needsApproval) };
    log(`Champions Hub: loading ${n(CHAMPIONS)} champions and ${n(ACTIVITIES)} activities…`);
    const started = Date.now();
    const { local } = await lib.createSite(data);
    log(`  loaded in ${((Date.now() - started) / 1000).toFixed(1)} s (${n(data.decided.size)} decisions)`);

    const { handler: counting, counter } = countingHandler(local);
    const server = await lib.startHttpServer(counting, 0, () => false);
    const siteUrl = `http://localhost:${server.address().port}/sites/digital`;
    const viewer = lib.servicesOver(siteUrl, 'dan.evans@digitalhub.example');
    const { quarters, years } = periods();
    const busiest = quarters.map((q) => ({ q, count: independentTotals(data, rules, people, q).all })).sort((a, b) => b.count - a.count)[0].q;
    const lastYear = years[3];

    const measure = async (name, goal, run) => {
      const times = [];
      let detail;
      let firstRequests = 0;
      for (let i = 0; i < RUNS; i++) {
        if (i === 1) firstRequests = counter.requests;
        counter.requests = 0;
        counter.serverMs = 0;
        counter.bytes = 0;
        const t = performance.now();
        detail = await run();
        times.push(performance.now() - t);
      }
      return [name, ms(times[0]), ms(median(times)), ms(counter.serverMs), `${firstRequests} first, ${counter.requests} after`, kb(counter.bytes), goal, detail];
    };
    log('Champions Hub: measuring through the data layer over HTTP…');
    const rows = [
      await measure(`Quarter leaderboard, ${busiest.key}`, '< 1 s, <= 6 requests', async () => {
        const r = await lib.leaderboard(viewer, busiest);
        return `${n(r.activities)} activities, ${r.board.champions.length} named champions, ${r.board.departments.length} departments`;
      }),
      await measure(`Year leaderboard, ${lastYear.key}`, '< 2.5 s, <= 12 requests', async () => {
        const r = await lib.leaderboard(viewer, lastYear);
        return `${n(r.activities)} activities, ${r.board.champions.length} named champions`;
      }),
      await measure("A champion's own page (Champion 2)", '<= 3 requests', async () => {
        // 127.0.0.1: PnPjs caches request digests by site address, and a digest belongs to one person.
        const r = await lib.championPage(lib.servicesOver(siteUrl.replace('localhost', '127.0.0.1'), people[1].login));
        return `${n(r.activities)} activities, ${n(r.points)} points`;
      })
    ];

    log('Champions Hub: checking every period against the independent count…');
    const checks = [];
    for (const period of process.env.BENCH_QUICK ? [busiest] : [...quarters, ...years, { key: 'All time' }]) {
      const expected = independentTotals(data, rules, people, period);
      const { board, activities } = await lib.leaderboard(viewer, period);
      const same = activities === expected.all && board.totals.activities === expected.activities && board.totals.points === expected.points && board.totals.peopleReached === expected.reached;
      checks.push([period.key, n(expected.all), n(activities), `${n(board.totals.points)} / ${n(expected.points)}`, `${n(board.totals.peopleReached)} / ${n(expected.reached)}`, same ? 'equal' : 'DIFFERENT']);
    }
    server.close();

    console.log(`\nChampions Hub benchmark: ${n(CHAMPIONS)} champions, ${n(ACTIVITIES)} activities, ${n(data.decided.size)} approval decisions; local SharePoint over HTTP.`);
    console.log(`Times: first run and median of ${RUNS}. Requests (a $batch counts as one HTTP request) and bytes counted at the server for one run.`);
    table('Champions Hub through the data layer (real PnPjs, createHubServices, the points rules)', ['What', 'First', 'Median', 'Of which local SharePoint', 'Requests', 'Bytes read', 'Goal', 'Result'], rows);
    table(
      'Leaderboard totals against an independent count of the generated data (activities read, points, people reached)',
      ['Period', 'Generated', 'Read', 'Points (app / count)', 'People reached (app / count)', 'Totals'],
      checks
    );
    const differing = checks.filter((c) => c[5] !== 'equal').length;
    const over = checks.filter((c) => Number(c[1].replace(/,/g, '')) > 5000 && !c[0].startsWith('All') && c[0].includes('Q')).length;
    console.log(`${differing ? `${differing} periods DIFFER from the independent count.` : 'Every period equals the independent count'}; ${over} quarters hold more than 5,000 activities.`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await championsBench();
