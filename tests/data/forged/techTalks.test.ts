import { readExampleContent } from '../../../src/data/content/exampleContent';
import { loadExampleContent } from '../../../src/data/content/loadExampleContent';
import { IKpi } from '../../../src/domain/entities';
import { IHubServices } from '../../../src/domain/services';
import { attendancePerTalk, satisfaction } from '../../../src/domain/talks/figures';
import { allocatePlaces, countedRegistrations } from '../../../src/domain/talks/places';
import { summariseReviews } from '../../../src/domain/talks/reviews';
import { loadScorecard } from '../../../src/features/kpiDashboard/reads/loadScorecard';
import { inProcessSP } from '../../../local/pnpInProcess';
import { rawJson } from '../../localsp/helpers';
import { CHAMPION, ILocalSite, OFFICE, OWNER, provisionedSite, SITE_URL, STAFF } from '../localSite';

/**
 * Issue 15, Tech Talks under forged writes: each write is sent over REST as the wrong person (or around the page) against
 * the local SharePoint with the example content, and is refused by SharePoint or changes no figure: the places and
 * waitlist of every talk, attendance per talk, the KPI Dashboard's computed "Tech Talk attendance" measure, ratings and
 * proposal reviews. Cases kept elsewhere, not repeated here: a staff edit of a talk and a self-made proposal decision
 * (tests/data/techTalks.test.ts), a rating off the 1-5 scale, a staff attendance record and the speaker's own right to
 * mark attendance (tests/data/techTalks.test.ts), a review by someone outside the reviewers (tests/data/proposalReviews.test.ts).
 */
const TOM = 'tom.okafor@digitalhub.example';
const CANCELLED = 'Agile methods for service teams';
const UPCOMING = 'Copilot one year on: what we learned';
const DELIVERED = 'Getting started with Microsoft 365 Copilot';
jest.setTimeout(90_000);

let site: ILocalSite;
let attendanceKpi: IKpi;

const post = (login: string, list: string, body: unknown, path = 'items', headers: Record<string, string> = {}) =>
  rawJson<{ Id: number }>(site.local, `web/lists/getByTitle('${encodeURIComponent(list)}')/${path}`, { method: 'POST', login, body, headers });
const merge = (login: string, list: string, id: number, body: unknown) => post(login, list, body, `items(${id})`, { 'X-HTTP-Method': 'MERGE', 'IF-MATCH': '*' });

async function talkId(title: string): Promise<number> {
  const [talk] = await site.services(OFFICE).techTalks.getAll({ where: { title } });
  return talk.id;
}

/** Every figure the Tech Talks part and the KPI Dashboard show from these lists, as the pages compute them. */
async function figures(services: IHubServices = site.services(OFFICE)): Promise<unknown> {
  const [talks, attendance, reviews] = await Promise.all([services.techTalks.getAll(), services.talkAttendance.getAll(), services.proposalReviews.getAll()]);
  const pages = await Promise.all(talks.map((t) => services.talks.talkPage(t.id)));
  const ratings = await services.talks.ratingsOf(talks.map((t) => t.id));
  const { rows } = await loadScorecard(services, '2027-01-01');
  const computed = rows.find((r) => r.kpi.id === attendanceKpi.id);
  const byProposal = new Map<number, typeof reviews>();
  for (const r of reviews) byProposal.set(r.proposal.id, [...(byProposal.get(r.proposal.id) ?? []), r]);
  return {
    places: pages.map((p) => {
      const places = allocatePlaces(countedRegistrations(p.talk, p.registrations), p.talk.capacity, p.talk.registrationClosesAt);
      return { talk: p.talk.title, taken: places.taken, waiting: places.waiting, left: places.left, order: places.all.map((x) => [x.attendeeId, x.status, x.position]) };
    }),
    attendance: attendancePerTalk(talks, attendance),
    kpi: { value: computed?.value, status: computed?.status, history: computed?.history },
    ratingsOnTalkPages: pages.map((p) => satisfaction(p.ratings)),
    ratingsOnPastTalks: [...ratings].map(([id, values]) => [id, satisfaction(values.map((rating) => ({ rating })))]),
    reviews: [...byProposal].map(([id, all]) => [id, summariseReviews(all)])
  };
}

beforeAll(async () => {
  site = await provisionedSite();
  const report = await loadExampleContent(site.sp(OWNER), await readExampleContent(), { actAs: (login) => inProcessSP(site.local, SITE_URL, login) });
  expect(report.warnings).toEqual([]);
  attendanceKpi = await site.services(OFFICE).kpis.add({ title: 'Tech Talk attendance', outcome: 'Digital Skills & Expertise', unit: 'Count', polarity: 'Data only', computedFrom: 'Tech Talk attendance' });
});

describe('Tech Talks: forged writes', () => {
  it('the figures compared are not empty: places, attendance and the computed KPI all have values', async () => {
    const now = (await figures()) as { attendance: unknown[]; kpi: { history: { value?: number }[] } };
    expect(now.attendance.length).toBeGreaterThan(5);
    expect(now.kpi.history.filter((h) => (h.value ?? 0) > 0).length).toBeGreaterThan(2);
  });

  it('registering for a cancelled talk, twice, over REST: stored, but holds no place and changes no figure', async () => {
    const before = await figures();
    const cancelled = await talkId(CANCELLED);
    const first = await post(STAFF, 'Talk Registrations', { TalkId: cancelled });
    const second = await post(STAFF, 'Talk Registrations', { TalkId: cancelled });
    expect([first.status, second.status]).toEqual([201, 201]); // a lookup cannot refuse a talk by its status
    const page = await site.services(STAFF).talks.talkPage(cancelled);
    expect(page.registrations.filter((r) => r.attendeeId === page.me.id)).toHaveLength(2);
    expect(allocatePlaces(countedRegistrations(page.talk, page.registrations), page.talk.capacity).of(page.me.id)).toBeUndefined();
    expect(await figures()).toEqual(before);
  });

  it('registering for a talk that does not exist: stored (a lookup id is not checked), read for no talk, no figure changes', async () => {
    const before = await figures();
    const forged = await post(STAFF, 'Talk Registrations', { TalkId: 99999 });
    expect(forged.status).toBe(201);
    expect(await figures()).toEqual(before);
  });

  it('registering twice for an upcoming talk over REST: the second registration counts for nothing', async () => {
    const upcoming = await talkId(UPCOMING);
    expect((await post(STAFF, 'Talk Registrations', { TalkId: upcoming })).status).toBe(201);
    const once = await figures();
    expect((await post(STAFF, 'Talk Registrations', { TalkId: upcoming })).status).toBe(201);
    expect(await figures()).toEqual(once);
  });

  it('marking oneself attended is refused (a new record, an edit of the talk\'s record, a form update): attendance and the KPI do not move', async () => {
    const before = await figures();
    const delivered = await talkId(DELIVERED);
    const dan = await site.services(OFFICE).people.ensure(STAFF);
    expect((await post(STAFF, 'Talk Attendance', { TalkId: delivered, AttendeeIds: `[${dan.id}]`, WalkIns: 500 })).status).toBe(403);
    const [record] = await site.services(OFFICE).talkAttendance.getAll({ where: { talk: delivered } });
    expect((await merge(STAFF, 'Talk Attendance', record.id, { AttendeeIds: `[${dan.id}]`, WalkIns: 500 })).status).toBe(403);
    const form = await post(STAFF, 'Talk Attendance', { formValues: [{ FieldName: 'WalkIns', FieldValue: '500' }], bNewDocumentUpdate: false }, `items(${record.id})/ValidateUpdateListItem()`);
    expect(form.status).toBe(403);
    // A champion who spoke at another talk has no more right here than anyone.
    expect((await merge(CHAMPION, 'Talk Attendance', record.id + 1, { WalkIns: 500 })).status).toBe(403);
    expect(await figures()).toEqual(before);
  });

  it('a second rating of the same talk, sent around the app, counts for nothing', async () => {
    const before = await figures();
    const delivered = await talkId(DELIVERED);
    const seen = await site.services(TOM).talks.talkPage(delivered);
    expect(seen.ratings.some((r) => r.attendeeId === seen.me.id)).toBe(true);
    for (let i = 0; i < 3; i++) expect((await post(TOM, 'Talk Feedback', { TalkId: delivered, Rating: 1 })).status).toBe(201);
    expect(await figures()).toEqual(before);
    expect((await site.services(TOM).talks.talkPage(delivered)).ratings.filter((r) => r.attendeeId === seen.me.id)).toHaveLength(1);
  });

  it('a reviewer\'s second review of the same proposal, sent around the app, counts for nothing', async () => {
    const before = await figures();
    const [jamies] = await site.services(CHAMPION).proposalReviews.getAll();
    expect(jamies).toBeDefined();
    const forged = await post(CHAMPION, 'Talk Proposal Reviews', { ProposalId: jamies.proposal.id, Score: jamies.score === 1 ? 5 : 1 });
    expect(forged.status).toBe(201);
    expect(await figures()).toEqual(before);
  });
});
