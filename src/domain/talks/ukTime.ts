/** UK wall-clock times for forms: a talk's time is entered and shown in Europe/London whatever the device's zone. */

const parts = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23'
});

/** A moment as "YYYY-MM-DDTHH:mm" in UK time (the value of an <input type="datetime-local">). */
export function toUkInput(iso: string | undefined): string {
  if (!iso) return '';
  const at = new Date(iso);
  if (isNaN(at.getTime())) return '';
  const p: Record<string, string> = {};
  for (const part of parts.formatToParts(at)) p[part.type] = part.value;
  return `${p.year}-${p.month}-${p.day}T${p.hour === '24' ? '00' : p.hour}:${p.minute}`;
}

/** "YYYY-MM-DDTHH:mm" read as UK time, as an ISO string in UTC; undefined when it is not a time. */
export function fromUkInput(value: string): string | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value.trim());
  if (!match) return undefined;
  const [year, month, day, hour, minute] = match.slice(1).map(Number);
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  // London is UTC or UTC+1: try both offsets and keep the one that reads back as the same wall time.
  for (const offset of [0, 60]) {
    const candidate = new Date(wall - offset * 60000).toISOString();
    if (toUkInput(candidate) === value.trim()) return candidate.replace(/\.000Z$/, 'Z');
  }
  return undefined;
}
