// Tech Talks benchmark (called by scripts/bench.mjs): five years of monthly talks with 50,000 registrations and
// 20,000 ratings in a fresh local SharePoint served over HTTP, measured through the app's real data layer (PnPjs and
// createHubServices): the schedule and a talk's page, with the requests and bytes counted at the server, and the
// calendar module's size (loaded on demand). Prints figures; it does not pass or fail.
import { build } from 'esbuild';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { countingHandler, kb, loadBenchCore, measureRow, table } from './benchKit.mjs';

const TALKS = 60;
const REGISTRATIONS = 50000;
const RATINGS = 20000;
const RUNS = 3;

const core = `
import { createLocalSharePoint, startHttpServer } from './local/sharepoint';
import { inProcessSP } from './local/pnpInProcess';
import { provisionLists } from './src/data/provisioning/provisionLists';
import { createHubServices } from './src/data/createHubServices';
import { spfi, SPBrowser } from './src/data/sp';
import { InjectHeaders } from '@pnp/queryable';
import { allocatePlaces } from './src/domain/talks/places';
import { nextTalk, upcomingTalks, seriesMonths, ukMonthKey } from './src/domain/talks/schedule';
import { satisfaction } from './src/domain/talks/figures';
import { talkCalendar } from './src/domain/talks/calendar';
export { startHttpServer };

const OWNER = 'alex.morgan@digitalhub.example';
const PEOPLE = 12;

/** Five years of monthly talks (the last months still to come), registrations spread over them, ratings on the past ones. */
export async function createTalksSite(talks, registrations, ratings, now) {
  const local = createLocalSharePoint({ siteUrl: 'http://localhost/sites/digital' });
  await provisionLists(inProcessSP(local, local.siteUrl, OWNER));
  const first = new Date(Date.UTC(now.getUTCFullYear() - 4, now.getUTCMonth() - 6, 16, 12, 30));
  const rows = Array.from({ length: talks }, (_, i) => {
    const startsAt = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + i, 16, 12, 30));
    return {
      Title: 'Benchmark talk ' + (i + 1), Abstract: 'Generated for the benchmark: a talk abstract of a typical length describing what the speaker will cover and who it is for.',
      SpeakerId: 10 + (i % PEOPLE), StartsAt: startsAt.toISOString(), DurationMinutes: 45, Format: 'Teams',
      JoinUrl: { Url: 'https://teams.example/meet/' + i, Description: 'Join' }, Capacity: 900,
      Status: startsAt < now ? 'Delivered' : 'Scheduled', IsSample: true
    };
  });
  local.store.bulkAddItems('Tech Talks', rows);
  const upcoming = rows.map((r, i) => [r, i + 1]).filter(([r]) => r.Status === 'Scheduled').map(([, id]) => id);
  const past = rows.map((r, i) => [r, i + 1]).filter(([r]) => r.Status !== 'Scheduled').map(([, id]) => id);
  // Registrations: the upcoming talks fill as they approach (a few hundred each), the rest spread over the past talks.
  const forUpcoming = Math.min(registrations, upcoming.length * 400);
  const regs = [];
  for (let k = 0; k < registrations; k++) {
    const talkId = k < forUpcoming ? upcoming[k % upcoming.length] : past[k % past.length];
    regs.push({ TalkId: talkId, AuthorId: 10 + (k % PEOPLE), IsSample: true });
  }
  local.store.bulkAddItems('Talk Registrations', regs);
  local.store.bulkAddItems('Talk Feedback', Array.from({ length: ratings }, (_, k) => ({
    TalkId: past[k % past.length], AuthorId: 10 + (k % PEOPLE), Rating: 1 + ((k * 7) % 5), IsSample: true,
    ...(k % 4 === 0 ? { Comment: 'A generated comment of a typical length about what was useful in the talk.' } : {})
  })));
  return { local, upcoming: upcoming.length, past: past.length };
}

export function servicesOver(siteUrl, login) {
  return createHubServices(spfi(siteUrl).using(SPBrowser({ baseUrl: siteUrl }), InjectHeaders({ 'X-Local-User': login })));
}

/** What the schedule does before its first render: talks, person, upcoming registrations; then the waitlist rule and the months. */
export async function scheduleLoad(services, now) {
  const schedule = await services.talks.schedule(now);
  const next = nextTalk(schedule.talks, now);
  let registrations = 0;
  for (const talk of upcomingTalks(schedule.talks, now)) {
    const regs = schedule.registrations.get(talk.id) ?? [];
    registrations += regs.length;
    allocatePlaces(regs, talk.capacity, talk.registrationClosesAt);
  }
  seriesMonths(schedule.talks, ukMonthKey(now), 15);
  return { talks: schedule.talks.length, next: next && next.title, registrations };
}

/** What a talk's page does: one $batch, then the waitlist rule, the ratings' average and its calendar file. */
export async function talkPageLoad(services, talkId) {
  const page = await services.talks.talkPage(talkId);
  const places = allocatePlaces(page.registrations, page.talk.capacity, page.talk.registrationClosesAt);
  const rated = satisfaction(page.ratings);
  talkCalendar(page.talk, { siteUrl: 'https://contoso.sharepoint.com/sites/digital' });
  return { registrations: page.registrations.length, taken: places.taken, waiting: places.waiting, ratings: rated.count };
}
`;

export async function runTechTalksBench() {
  const log = (text) => process.stderr.write(`${text}\n`);
  const work = mkdtempSync(join(tmpdir(), 'dsh-bench-talks-'));
  log('Tech Talks: building the benchmark…');
  const { createTalksSite, servicesOver, scheduleLoad, talkPageLoad, startHttpServer } = await loadBenchCore(core, { work, name: 'bench-talks-core' });
  const calendarBuild = await build({
    entryPoints: ['src/domain/talks/calendar.ts'],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2019',
    minify: true,
    write: false,
    outdir: join(work, 'calendar'),
    logLevel: 'error'
  });
  const now = new Date();
  log(`Tech Talks: loading ${TALKS} talks, ${REGISTRATIONS.toLocaleString('en-GB')} registrations and ${RATINGS.toLocaleString('en-GB')} ratings…`);
  const { local, upcoming, past } = await createTalksSite(TALKS, REGISTRATIONS, RATINGS, now);
  const { handler: counting, counter } = countingHandler(local);
  const server = await startHttpServer(counting, 0);
  const siteUrl = `http://localhost:${server.address().port}/sites/digital`;
  const services = servicesOver(siteUrl, 'dan.evans@digitalhub.example');
  const measure = (name, run) => measureRow(counter, RUNS, name, run);
  const schedule = await scheduleLoad(services, now);
  const talks = await services.techTalks.getAll({ top: 5000 });
  const busiestPast = talks.filter((t) => t.status === 'Delivered').at(-1);
  const nextUp = talks.filter((t) => t.status === 'Scheduled')[0];
  const rows = [
    await measure('Schedule: talks, person, upcoming registrations; waitlist rule', async () => {
      const r = await scheduleLoad(services, now);
      return `${r.talks} talks, ${r.registrations.toLocaleString('en-GB')} registrations for the ${upcoming} upcoming`;
    }),
    await measure('Talk page, upcoming talk (one $batch)', async () => {
      const r = await talkPageLoad(services, nextUp.id);
      return `${r.registrations} registrations: ${r.taken} places, ${r.waiting} waiting`;
    }),
    await measure('Talk page, past talk (one $batch)', async () => {
      const r = await talkPageLoad(services, busiestPast.id);
      return `${r.registrations} registrations, ${r.ratings} ratings`;
    }),
    await measure('Past talks: ratings of the latest 12 (one request)', async () => {
      const ids = talks.filter((t) => t.status === 'Delivered').slice(-12).map((t) => t.id);
      const ratings = await services.talks.ratingsOf(ids);
      return `${[...ratings.values()].reduce((a, r) => a + r.length, 0).toLocaleString('en-GB')} ratings`;
    })
  ];
  server.close();
  const calendar = calendarBuild.outputFiles[0].contents;
  rmSync(work, { recursive: true, force: true });

  const head = ['What', 'First', 'Median', 'Requests', 'Bytes read', 'Result'];
  table(`Tech Talks: ${TALKS} monthly talks (${past} past, ${upcoming} to come), ${REGISTRATIONS.toLocaleString('en-GB')} registrations, ${RATINGS.toLocaleString('en-GB')} ratings; real PnPjs over HTTP as a member of staff (next talk: ${schedule.next}).`, head, rows);
  console.log(`Calendar module with ical-generator (loaded when someone downloads an .ics): ${kb(calendar.length)} minified, ${kb(gzipSync(calendar, { level: 9 }).length)} gzipped.`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await runTechTalksBench();
