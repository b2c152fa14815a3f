import ICAL from 'ical.js';
import { ITechTalk } from '../../../src/domain/entities';
import { calendarFileName, seriesCalendar, talkCalendar, talkSequence, talkUid } from '../../../src/domain/talks/calendar';

const SITE = 'https://contoso.sharepoint.com/sites/digital';
const talk = (overrides: Partial<ITechTalk> = {}): ITechTalk => ({
  id: 7,
  title: 'Copilot one year on',
  etag: '"1"',
  startsAt: '2027-07-20T11:30:00Z',
  durationMinutes: 45,
  status: 'Scheduled',
  abstract: 'Results and lessons.',
  speaker: { id: 15, title: 'Jamie Clarke', email: 'jamie.clarke@digitalhub.example' },
  format: 'Hybrid',
  location: 'Guildhall, Committee Room 1',
  joinUrl: { url: 'https://teams.microsoft.com/l/meetup-join/abc' },
  ...overrides
});

/** Parses with ical.js, an independent parser. */
function parse(text: string): { calendar: ICAL.Component; event: ICAL.Event } {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const zone = calendar.getFirstSubcomponent('vtimezone');
  if (zone) ICAL.TimezoneService.register(new ICAL.Timezone(zone));
  return { calendar, event: new ICAL.Event(calendar.getFirstSubcomponent('vevent') as ICAL.Component) };
}

describe('a talk\'s calendar file', () => {
  afterEach(() => ICAL.TimezoneService.reset());

  it('is an invitation in UK time with a VTIMEZONE, the join link and the talk\'s UID', () => {
    const { calendar, event } = parse(talkCalendar(talk(), { siteUrl: SITE, pageLink: (t) => `${SITE}/SitePages/Talks.aspx?talk=${t.id}` }));
    expect(calendar.getFirstPropertyValue('method')).toBe('REQUEST');
    expect(calendar.getFirstSubcomponent('vtimezone')?.getFirstPropertyValue('tzid')).toBe('Europe/London');
    expect(event.uid).toBe('tech-talk-7@contoso.sharepoint.com');
    expect(event.sequence).toBe(0);
    expect(event.component.getFirstProperty('dtstart')?.getParameter('tzid')).toBe('Europe/London');
    // 12:30 BST is 11:30 UTC: the parser resolves the time through the VTIMEZONE.
    expect(event.startDate.toJSDate().toISOString()).toBe('2027-07-20T11:30:00.000Z');
    expect(event.endDate.toJSDate().toISOString()).toBe('2027-07-20T12:15:00.000Z');
    expect(event.summary).toBe('Tech Talk: Copilot one year on');
    expect(event.location).toContain('Guildhall');
    expect(event.description).toContain('Join: https://teams.microsoft.com/l/meetup-join/abc');
    expect(event.description).toContain('?talk=7');
    expect(event.component.getFirstPropertyValue('url')).toBe('https://teams.microsoft.com/l/meetup-join/abc');
    expect(event.organizer).toBe('mailto:jamie.clarke@digitalhub.example');
  });

  it('keeps winter talks in GMT', () => {
    const { event } = parse(talkCalendar(talk({ startsAt: '2027-01-19T12:30:00Z' }), { siteUrl: SITE }));
    expect(event.startDate.hour).toBe(12);
    expect(event.startDate.toJSDate().toISOString()).toBe('2027-01-19T12:30:00.000Z');
  });

  it('keeps the UID and raises SEQUENCE when the talk changes (its version goes up)', () => {
    const first = parse(talkCalendar(talk(), { siteUrl: SITE })).event;
    const again = parse(talkCalendar(talk(), { siteUrl: SITE })).event;
    const moved = parse(talkCalendar(talk({ etag: '"3"', startsAt: '2027-07-21T11:30:00Z' }), { siteUrl: SITE })).event;
    expect(again.uid).toBe(first.uid);
    expect(moved.uid).toBe(first.uid);
    expect(moved.sequence).toBeGreaterThan(first.sequence);
  });

  it('cancels with the same UID once the talk is cancelled', () => {
    const { calendar, event } = parse(talkCalendar(talk({ status: 'Cancelled', etag: '"4"' }), { siteUrl: SITE }));
    expect(calendar.getFirstPropertyValue('method')).toBe('CANCEL');
    expect(event.uid).toBe('tech-talk-7@contoso.sharepoint.com');
    expect(event.component.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(event.sequence).toBe(3);
  });

  it('never puts a link that is not https in the file', () => {
    const text = talkCalendar(talk({ joinUrl: { url: 'javascript:alert(1)' } }), { siteUrl: SITE });
    expect(text).not.toContain('javascript:');
  });

  it('writes DTSTAMP in UTC', () => {
    const text = talkCalendar(talk(), { siteUrl: SITE, now: new Date('2026-11-29T19:00:00Z') });
    expect(text).toMatch(/^DTSTAMP:20261129T190000Z\r?$/m);
  });

  it('puts the whole series in one file, proposed talks left out', () => {
    const text = seriesCalendar(
      [talk(), talk({ id: 8, startsAt: '2027-08-17T11:30:00Z' }), talk({ id: 9, status: 'Proposed' }), talk({ id: 10, status: 'Cancelled' })],
      { siteUrl: SITE }
    );
    const calendar = new ICAL.Component(ICAL.parse(text));
    const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(calendar.getFirstPropertyValue('method')).toBe('PUBLISH');
    expect(events.map((e) => e.uid)).toEqual(['tech-talk-7@contoso.sharepoint.com', 'tech-talk-10@contoso.sharepoint.com', 'tech-talk-8@contoso.sharepoint.com']);
    expect(events[1].component.getFirstPropertyValue('status')).toBe('CANCELLED');
  });

  test.each([
    ['"1"', 0],
    ['"5"', 4],
    ['"2c0b4d1e-1111-2222-3333-444455556666,7"', 6],
    [undefined, 0]
  ])('SEQUENCE from ETag %s is %d', (etag, sequence) => {
    expect(talkSequence({ etag })).toBe(sequence);
  });

  it('names UIDs by the site host and files by the title', () => {
    expect(talkUid({ id: 3 }, 'not a url')).toBe('tech-talk-3@digital-strategy-hub');
    expect(calendarFileName({ title: 'Data literacy: asking better questions!' })).toBe('tech-talk-data-literacy-asking-better-questions.ics');
  });
});
