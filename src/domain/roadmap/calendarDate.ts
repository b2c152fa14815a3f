/**
 * Calendar days (no time of day) as the roadmap uses them. A day is written `YYYY-MM-DD` and held as a Date at
 * 00:00 UTC, so placing and comparing days never depends on the machine's time zone.
 *
 * SharePoint answers a date-only column as an instant (`2021-03-31T23:00:00Z` is 1 April on a UK site in
 * summer time), so instants are read as the calendar day they fall on in Europe/London.
 */

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

const londonDay = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' });

/** The day at 00:00 UTC; month is 1-12. */
export const utcDay = (year: number, month: number, day: number): Date => new Date(Date.UTC(year, month - 1, day));

/** `YYYY-MM-DD` of a Date held at 00:00 UTC (as made by utcDay). */
export const dayString = (date: Date): string => date.toISOString().slice(0, 10);

/** `YYYY-MM-DD` for a date-only string or an ISO instant (the Europe/London day); undefined when unreadable. */
export function calendarDate(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const text = value.trim();
  const match = DAY.exec(text);
  if (match) {
    const date = utcDay(Number(match[1]), Number(match[2]), Number(match[3]));
    return dayString(date) === text ? text : undefined;
  }
  const instant = new Date(text);
  if (Number.isNaN(instant.getTime())) return undefined;
  const parts = londonDay.formatToParts(instant);
  const part = (type: string): string => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/** The day of a date-only string or ISO instant, at 00:00 UTC; undefined when unreadable. */
export function parseCalendarDate(value: string | undefined): Date | undefined {
  const day = calendarDate(value);
  return day === undefined ? undefined : new Date(`${day}T00:00:00Z`);
}
