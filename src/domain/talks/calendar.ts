import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import { ITechTalk } from '../entities';
import { speakerLabel } from './schedule';
import { safeHttpsUrl } from './talkLinks';

/**
 * Calendar files (.ics) for Tech Talks, made with ical-generator. The feature loads this module on demand
 * (`import()`), so the library is not in the web part's main chunk.
 *
 * - One talk: `METHOD:REQUEST` (or `METHOD:CANCEL` with `STATUS:CANCELLED` once the talk is cancelled), so a
 *   calendar updates the same entry when the file is opened again.
 * - UID: `tech-talk-<item id>@<site host>`, the same for the talk whatever changes.
 * - SEQUENCE: the talk item's version, which SharePoint raises on every change (its ETag, "3" -> 2), so a
 *   changed time or place always comes with a higher SEQUENCE; nobody has to remember to bump it.
 * - Times in Europe/London with its VTIMEZONE (GMT/BST rules), so the talk shows at the right UK time anywhere.
 * - The series: every talk in one file (`METHOD:PUBLISH`, cancelled ones marked cancelled).
 */

export interface ICalendarOptions {
  /** The site's address: its host names the UIDs. */
  readonly siteUrl: string;
  /** A link to the talk's page, put in the description. */
  readonly pageLink?: (talk: ITechTalk) => string;
  /** "Now", for DTSTAMP (tests). */
  readonly now?: Date;
}

export const LONDON = 'Europe/London';

/** Europe/London as a VTIMEZONE: BST from the last Sunday of March 01:00 UTC, GMT from the last Sunday of October. */
export const LONDON_VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  'TZID:Europe/London',
  'X-LIC-LOCATION:Europe/London',
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0000',
  'TZOFFSETTO:+0100',
  'TZNAME:BST',
  'DTSTART:19700329T010000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0000',
  'TZNAME:GMT',
  'DTSTART:19701025T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE'
].join('\r\n');

/** The talk's calendar UID: stable for the life of the talk. */
export function talkUid(talk: Pick<ITechTalk, 'id'>, siteUrl: string): string {
  let host = 'digital-strategy-hub';
  try {
    host = new URL(siteUrl).host || host;
  } catch {
    // keep the default
  }
  return `tech-talk-${talk.id}@${host}`;
}

/** SEQUENCE from the item's ETag ("1" for a new item -> 0; SharePoint Online's "guid,3" -> 2). */
export function talkSequence(talk: Pick<ITechTalk, 'etag'>): number {
  const match = /(\d+)"?\s*$/.exec(talk.etag ?? '');
  return match ? Math.max(0, Number(match[1]) - 1) : 0;
}

const londonParts = new Intl.DateTimeFormat('en-GB', {
  timeZone: LONDON,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23'
});

interface IWallClock {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
}

function wallClock(at: Date): IWallClock {
  const parts: Record<string, number> = {};
  for (const p of londonParts.formatToParts(at)) if (p.type !== 'literal') parts[p.type] = Number(p.value);
  return { year: parts.year, month: parts.month, day: parts.day, hour: parts.hour % 24, minute: parts.minute, second: parts.second };
}

/**
 * A moment as ical-generator's zoned date-time (the Temporal shape it accepts), whose wall clock is London's:
 * ical-generator writes a plain Date in the computer's own zone, which would be wrong outside the UK.
 */
function inLondon(at: Date): object {
  const clock = wallClock(at);
  const plain = {
    ...clock,
    toString: () => at.toISOString(),
    toJSON: () => at.toISOString(),
    toZonedDateTime: () => zoned,
    toPlainDate: () => ({ year: clock.year, month: clock.month, day: clock.day })
  };
  const zoned = {
    ...clock,
    timeZoneId: LONDON,
    withTimeZone: () => zoned,
    toPlainDateTime: () => plain,
    toInstant: () => ({ epochMilliseconds: at.getTime(), toString: () => at.toISOString() }),
    toString: () => at.toISOString(),
    toJSON: () => at.toISOString()
  };
  return zoned;
}

const utcStamp = (at: Date): string => at.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}Z$/, 'Z');

function description(talk: ITechTalk, options: ICalendarOptions): string {
  const lines = [`Speaker: ${speakerLabel(talk)}`];
  if (talk.abstract) lines.push('', talk.abstract);
  const join = safeHttpsUrl(talk.joinUrl?.url);
  if (join) lines.push('', `Join: ${join}`);
  if (options.pageLink) lines.push('', `Details and registration: ${options.pageLink(talk)}`);
  return lines.join('\n');
}

function build(talks: readonly ITechTalk[], method: ICalCalendarMethod, options: ICalendarOptions): string {
  const now = options.now ?? new Date();
  const calendar = ical({
    name: 'Tech Talks',
    prodId: { company: 'Digital Strategy Hub', product: 'Tech Talks', language: 'EN' },
    method,
    timezone: { name: LONDON, generator: () => LONDON_VTIMEZONE }
  });
  for (const talk of talks) {
    const start = new Date(talk.startsAt);
    const end = new Date(start.getTime() + (talk.durationMinutes ?? 45) * 60000);
    const join = safeHttpsUrl(talk.joinUrl?.url);
    const place = [talk.location, talk.format && talk.format !== 'In person' ? 'Microsoft Teams meeting' : undefined].filter(Boolean).join(' / ');
    const event = calendar.createEvent({
      id: talkUid(talk, options.siteUrl),
      sequence: talkSequence(talk),
      start: inLondon(start) as unknown as Date,
      end: inLondon(end) as unknown as Date,
      timezone: LONDON,
      stamp: now,
      summary: `Tech Talk: ${talk.title}`,
      description: description(talk, options),
      location: place || undefined,
      url: join,
      status: talk.status === 'Cancelled' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED
    });
    if (talk.speaker?.email) event.organizer({ name: speakerLabel(talk), email: talk.speaker.email });
    if (join) event.x('X-MICROSOFT-SKYPETEAMSMEETINGURL', join);
  }
  // ical-generator writes DTSTAMP in the calendar's zone without a "Z"; the standard wants UTC.
  return calendar.toString().replace(/^DTSTAMP:.*$/gm, `DTSTAMP:${utcStamp(now)}`);
}

/** The .ics for one talk: an invitation, or its cancellation once the talk is cancelled. */
export function talkCalendar(talk: ITechTalk, options: ICalendarOptions): string {
  return build([talk], talk.status === 'Cancelled' ? ICalCalendarMethod.CANCEL : ICalCalendarMethod.REQUEST, options);
}

/** One .ics with the whole series (proposed talks left out). */
export function seriesCalendar(talks: readonly ITechTalk[], options: ICalendarOptions): string {
  const series = talks.filter((t) => t.status !== 'Proposed').sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt));
  return build(series, ICalCalendarMethod.PUBLISH, options);
}

/** A file name for a talk's .ics. */
export function calendarFileName(talk: Pick<ITechTalk, 'title'>): string {
  const slug = talk.title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60);
  return `tech-talk-${slug || 'talk'}.ics`;
}
