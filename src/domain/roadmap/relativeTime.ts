/**
 * How long ago something happened, in words, for "last changed" lines: "just now" (under a minute),
 * "5 minutes ago", "3 hours ago", "yesterday" (24-48 hours), "4 days ago", "2 weeks ago" (from 14 days),
 * "3 months ago" (from 60 days, 30-day months), "2 years ago" (from 730 days, 365-day years); "1 minute ago"
 * and "1 hour ago" in the singular. A time in the future (a clock a little ahead) reads "just now".
 * Undefined when the time cannot be read.
 */
export function relativeTime(iso: string | undefined, now: Date): string | undefined {
  if (!iso) return undefined;
  const then = Date.parse(iso);
  if (Number.isNaN(then)) return undefined;
  const seconds = Math.floor((now.getTime() - then) / 1000);
  const ago = (n: number, unit: string): string => `${n} ${unit}${n === 1 ? '' : 's'} ago`;
  if (seconds < 60) return 'just now';
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return ago(minutes, 'minute');
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return ago(hours, 'hour');
  const days = Math.floor(hours / 24);
  if (days < 2) return 'yesterday';
  if (days < 14) return ago(days, 'day');
  if (days < 60) return ago(Math.floor(days / 7), 'week');
  if (days < 730) return ago(Math.floor(days / 30), 'month');
  return ago(Math.floor(days / 365), 'year');
}
