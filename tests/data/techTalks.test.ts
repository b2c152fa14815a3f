import { isDataError } from '../../src/data/errors';
import { ITechTalk } from '../../src/domain/entities';
import { allocatePlaces } from '../../src/domain/talks/places';
import { attendeeIdsOf } from '../../src/domain/talks/figures';
import { rawJson } from '../localsp/helpers';
import { ILocalSite, OFFICE, provisionedSite, STAFF } from './localSite';

const JAMIE = 'jamie.clarke@digitalhub.example';
const MARIA = 'maria.silva@digitalhub.example';
const FIVE = ['dan.evans@digitalhub.example', 'maria.silva@digitalhub.example', 'hannah.price@digitalhub.example', 'tom.okafor@digitalhub.example', 'grace.lee@digitalhub.example'];

async function scheduleTalk(site: ILocalSite, values: Partial<ITechTalk> = {}): Promise<ITechTalk> {
  const speaker = await site.services(OFFICE).people.ensure(JAMIE);
  return site.services(OFFICE).techTalks.add({
    title: 'Copilot one year on',
    startsAt: new Date(Date.now() + 14 * 86400000).toISOString(),
    durationMinutes: 45,
    capacity: 3,
    status: 'Scheduled',
    speaker,
    ...values
  });
}

/** A registration straight over REST, as the browser sends it. */
const registerOverRest = (site: ILocalSite, login: string, talkId: number) =>
  rawJson<{ Id: number }>(site.local, "web/lists/getByTitle('Talk Registrations')/items", { method: 'POST', login, body: { TalkId: talkId } });

jest.setTimeout(30000);

describe('Tech Talks on the local SharePoint', () => {
  let site: ILocalSite;
  beforeEach(async () => {
    site = await provisionedSite();
  });

  it('gives exactly 3 places and 2 waitlist spots when five register at once, and moves the first waiting up on a cancellation', async () => {
    const talk = await scheduleTalk(site);
    const answers = await Promise.all(FIVE.map((login) => registerOverRest(site, login, talk.id)));
    expect(answers.map((a) => a.status)).toEqual([201, 201, 201, 201, 201]);

    const page = await site.services(STAFF).talks.talkPage(talk.id);
    const places = allocatePlaces(page.registrations, page.talk.capacity, page.talk.registrationClosesAt);
    expect([places.taken, places.waiting, places.left]).toEqual([3, 2, 0]);
    const [firstWaiting] = places.all.filter((p) => p.status === 'waitlist');
    const holder = places.all.find((p) => p.status === 'place');
    if (!holder) throw new Error('nobody holds a place');

    const holderLogin = FIVE[answers.findIndex((a) => a.body.Id === holder.registrationId)];
    await site.services(holderLogin).talkRegistrations.delete(holder.registrationId);
    const after = await site.services(STAFF).talks.talkPage(talk.id);
    const now = allocatePlaces(after.registrations, after.talk.capacity);
    expect([now.taken, now.waiting]).toEqual([3, 1]);
    expect(now.of(firstWaiting.attendeeId)).toMatchObject({ status: 'place' });
  });

  it('refuses a person cancelling someone else\'s registration, or moving their own to jump another talk\'s queue', async () => {
    const talk = await scheduleTalk(site, { capacity: 1 });
    const other = await scheduleTalk(site, { title: 'Another talk', capacity: 1 });
    const dans = await site.services(STAFF).talkRegistrations.add({ talk: { id: other.id, title: '' } });
    const marias = await site.services(MARIA).talkRegistrations.add({ talk: { id: talk.id, title: '' } });
    expect(dans.id).toBeLessThan(marias.id);
    expect(isDataError(await site.services(STAFF).talkRegistrations.delete(marias.id).catch((e: unknown) => e), 'AccessDenied')).toBe(true);
    const twice = await site.services(STAFF).talkRegistrations.add({ talk: { id: other.id, title: '' } }).catch((e: unknown) => e);
    expect(isDataError(twice, 'Duplicate')).toBe(true);

    // Dan's registration is older than Maria's; moving it over to her talk does not put him ahead of her.
    const moved = await rawJson(site.local, `web/lists/getByTitle('Talk Registrations')/items(${dans.id})`, {
      method: 'POST',
      login: STAFF,
      headers: { 'X-HTTP-Method': 'MERGE', 'IF-MATCH': '*' },
      body: { TalkId: talk.id }
    });
    expect(moved.status).toBe(204);
    const page = await site.services(STAFF).talks.talkPage(talk.id);
    const places = allocatePlaces(page.registrations, 1);
    expect(places.of(page.me.id)).toMatchObject({ status: 'waitlist' });
    expect(places.all[0].registrationId).toBe(marias.id);
  });

  it('lets only the programme office and the talk\'s speaker mark attendance', async () => {
    const talk = await scheduleTalk(site);
    const dan = await site.services(OFFICE).people.ensure(STAFF);
    expect(isDataError(await site.services(STAFF).talkAttendance.add({ talk: { id: talk.id, title: '' }, attendeeIds: `[${dan.id}]` }).catch((e: unknown) => e), 'AccessDenied')).toBe(true);

    const record = await site.services(OFFICE).talks.saveAttendance(talk, [], 2);
    const forged = await rawJson(site.local, `web/lists/getByTitle('Talk Attendance')/items(${record.id})`, {
      method: 'POST',
      login: STAFF,
      headers: { 'X-HTTP-Method': 'MERGE', 'IF-MATCH': '*' },
      body: { AttendeeIds: `[${dan.id}]` }
    });
    expect(forged.status).toBe(403);

    const bySpeaker = await site.services(JAMIE).talkAttendance.getById(record.id);
    await site.services(JAMIE).talks.saveAttendance(talk, [dan.id], 3, bySpeaker);
    const saved = await site.services(STAFF).talkAttendance.getById(record.id);
    expect(attendeeIdsOf(saved)).toEqual([dan.id]);
    expect(saved.walkIns).toBe(3);
  });

  it('keeps ratings the attendee\'s own, 1 to 5, one per talk', async () => {
    const talk = await scheduleTalk(site);
    const marias = await site.services(MARIA).talkFeedback.add({ talk: { id: talk.id, title: '' }, rating: 4, comment: 'Useful' });
    const twice = await site.services(MARIA).talkFeedback.add({ talk: { id: talk.id, title: '' }, rating: 5 }).catch((e: unknown) => e);
    expect(isDataError(twice, 'Duplicate')).toBe(true);
    const tooHigh = await rawJson(site.local, "web/lists/getByTitle('Talk Feedback')/items", { method: 'POST', login: STAFF, body: { TalkId: talk.id, Rating: 9 } });
    expect(tooHigh.status).toBe(400);
    const forged = await rawJson(site.local, `web/lists/getByTitle('Talk Feedback')/items(${marias.id})`, {
      method: 'POST',
      login: STAFF,
      headers: { 'X-HTTP-Method': 'MERGE', 'IF-MATCH': '*' },
      body: { Rating: 1 }
    });
    expect(forged.status).toBe(403);
    const page = await site.services(MARIA).talks.talkPage(talk.id);
    const mine = page.ratings.find((r) => r.attendeeId === page.me.id);
    expect(mine).toMatchObject({ rating: 4, comment: 'Useful' });
    await site.services(MARIA).talkFeedback.update(marias.id, { rating: 5 }, mine?.etag ?? '*');
    expect((await site.services(MARIA).talkFeedback.getById(marias.id)).rating).toBe(5);
  });

  it('refuses a javascript: recording link with a clear message, and a talk edit by staff', async () => {
    const talk = await scheduleTalk(site);
    const bad = await site.services(OFFICE).techTalks.update(talk.id, { recordingUrl: { url: 'javascript:alert(1)' } }, talk.etag ?? '*').catch((e: unknown) => e);
    expect(isDataError(bad, 'Validation')).toBe(true);
    expect((bad as Error).message).toMatch(/Recording must be a secure web address starting with https:\/\//);
    const byStaff = await site.services(STAFF).techTalks.update(talk.id, { capacity: 500 }, '*').catch((e: unknown) => e);
    expect(isDataError(byStaff, 'AccessDenied')).toBe(true);
  });

  it('raises the talk\'s version (the calendar SEQUENCE) when the programme office moves it', async () => {
    const talk = await scheduleTalk(site);
    await site.services(OFFICE).techTalks.update(talk.id, { startsAt: new Date(Date.parse(talk.startsAt) + 86400000).toISOString() }, talk.etag ?? '*');
    const moved = await site.services(STAFF).talks.talkPage(talk.id);
    expect(Number(String(moved.talk.etag).replace(/\D/g, ''))).toBeGreaterThan(Number(String(talk.etag).replace(/\D/g, '')));
    expect(moved.canManage).toBe(false);
    expect((await site.services(OFFICE).talks.talkPage(talk.id)).canManage).toBe(true);
  });

  it('keeps a proposal\'s decision where only the programme office writes, and shows the proposer the reason', async () => {
    const proposal = await site.services(STAFF).talkProposals.add({ title: 'Chatbots', abstract: 'A prototype', speakers: 'Dan Evans', preferredMonth: '2027-03' });
    const selfAccepted = await site.services(STAFF).proposalDecisions.add({ proposal: { id: proposal.id, title: '' }, status: 'Accepted' }).catch((e: unknown) => e);
    expect(isDataError(selfAccepted, 'AccessDenied')).toBe(true);
    await site.services(OFFICE).proposalDecisions.add({ proposal: { id: proposal.id, title: '' }, status: 'Declined', reason: 'Needs the AI review first.' });
    const [decision] = await site.services(STAFF).proposalDecisions.getAll();
    expect(decision).toMatchObject({ status: 'Declined', reason: 'Needs the AI review first.', proposal: { id: proposal.id } });
  });

  it('reads the schedule in three requests and a talk\'s page in one', async () => {
    const talk = await scheduleTalk(site);
    const original = site.local.handle.bind(site.local);
    let requests = 0;
    site.local.handle = (request: Request) => {
      requests++;
      return original(request);
    };
    const services = site.services(STAFF);
    const schedule = await services.talks.schedule(new Date());
    expect(schedule.talks.map((t) => t.id)).toEqual([talk.id]);
    expect(requests).toBeLessThanOrEqual(3);
    requests = 0;
    await services.talks.talkPage(talk.id);
    expect(requests).toBe(1);
  });
});
