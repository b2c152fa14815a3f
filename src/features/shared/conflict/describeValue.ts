import { formatDate, formatDateTime } from '../format';

/** A field value worded for people, for the conflict dialog's side-by-side versions. */
export function describeValue(value: unknown): string {
  if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) return 'Not set';
  if (Array.isArray(value)) return value.length ? value.map(describeValue).join(', ') : 'Not set';
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (typeof value === 'number') return value.toLocaleString('en-GB');
  if (typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (typeof record.title === 'string' && record.title) return record.title;
    if (typeof record.url === 'string') return typeof record.description === 'string' && record.description ? `${record.description} (${record.url})` : record.url;
    if (record.id !== undefined) return `#${String(record.id)}`;
    return JSON.stringify(value);
  }
  const text = String(value);
  if (/^\d{4}-\d{2}-\d{2}T/.test(text) && !Number.isNaN(Date.parse(text))) {
    return /T00:00:00(\.0+)?Z$/.test(text) ? formatDate(text) : formatDateTime(text);
  }
  return text;
}
