import { ITechTalk } from '../entities';

/** The series as the schedule shows it: the next talk, the ones after, the past, and a month-by-month view. */

const startOf = (talk: ITechTalk): number => Date.parse(talk.startsAt);
const endOf = (talk: ITechTalk): number => startOf(talk) + (talk.durationMinutes ?? 45) * 60000;

/** Talks still to come (or under way), soonest first; cancelled ones included so people see the change. */
export function upcomingTalks(talks: readonly ITechTalk[], now: Date): ITechTalk[] {
  return talks
    .filter((t) => (t.status === 'Scheduled' || t.status === 'Cancelled') && endOf(t) >= now.getTime())
    .sort((a, b) => startOf(a) - startOf(b));
}

/** The next talk that will happen: scheduled, not yet over. */
export function nextTalk(talks: readonly ITechTalk[], now: Date): ITechTalk | undefined {
  return upcomingTalks(talks, now).find((t) => t.status === 'Scheduled');
}

/** Talks that have taken place (delivered, or scheduled and over), latest first. */
export function pastTalks(talks: readonly ITechTalk[], now: Date): ITechTalk[] {
  return talks
    .filter((t) => t.status === 'Delivered' || (t.status === 'Scheduled' && endOf(t) < now.getTime()))
    .sort((a, b) => startOf(b) - startOf(a));
}

export function hasEnded(talk: ITechTalk, now: Date): boolean {
  return endOf(talk) < now.getTime();
}

export interface IScheduleMonth {
  /** "2026-07", in UK time. */
  readonly key: string;
  /** "July 2026". */
  readonly label: string;
  /** Scheduled or delivered talks that month (cancelled ones listed apart). */
  readonly talks: readonly ITechTalk[];
  readonly cancelled: readonly ITechTalk[];
  /** A monthly series needs a talk: true when no talk is held that month. */
  readonly gap: boolean;
}

const monthKeyFormat = new Intl.DateTimeFormat('en-GB', { year: 'numeric', month: '2-digit', timeZone: 'Europe/London' });
const monthLabelFormat = new Intl.DateTimeFormat('en-GB', { year: 'numeric', month: 'long', timeZone: 'Europe/London' });

/** The UK calendar month of a moment, as "YYYY-MM". */
export function ukMonthKey(iso: string | Date): string {
  const parts = monthKeyFormat.formatToParts(typeof iso === 'string' ? new Date(iso) : iso);
  const year = parts.find((p) => p.type === 'year')?.value ?? '';
  const month = parts.find((p) => p.type === 'month')?.value ?? '';
  return `${year}-${month}`;
}

export function monthLabel(key: string): string {
  const [year, month] = key.split('-').map(Number);
  return monthLabelFormat.format(new Date(Date.UTC(year, month - 1, 15)));
}

function addMonths(key: string, count: number): string {
  const [year, month] = key.split('-').map(Number);
  const index = year * 12 + (month - 1) + count;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/**
 * Months from `fromKey` for `count` months, each with its talks; a month with no talk held (none, or only
 * cancelled ones) is a gap, which the programme office needs to fill.
 */
export function seriesMonths(talks: readonly ITechTalk[], fromKey: string, count: number): IScheduleMonth[] {
  const byMonth = new Map<string, ITechTalk[]>();
  for (const talk of talks) {
    if (talk.status === 'Proposed') continue;
    const key = ukMonthKey(talk.startsAt);
    byMonth.set(key, [...(byMonth.get(key) ?? []), talk]);
  }
  return Array.from({ length: count }, (_, i) => {
    const key = addMonths(fromKey, i);
    const inMonth = (byMonth.get(key) ?? []).sort((a, b) => startOf(a) - startOf(b));
    const held = inMonth.filter((t) => t.status !== 'Cancelled');
    return { key, label: monthLabel(key), talks: held, cancelled: inMonth.filter((t) => t.status === 'Cancelled'), gap: held.length === 0 };
  });
}

/** Whether registrations are open for a talk now: scheduled, not started, and before the closing time if one is set. */
export function registrationOpen(talk: ITechTalk, now: Date): boolean {
  if (talk.status !== 'Scheduled' || startOf(talk) <= now.getTime()) return false;
  return !talk.registrationClosesAt || Date.parse(talk.registrationClosesAt) > now.getTime();
}

/** The speaker as shown: the person, or the name of an external speaker. */
export function speakerLabel(talk: ITechTalk): string {
  return talk.speaker?.title || talk.speakerName || 'Speaker to be confirmed';
}
