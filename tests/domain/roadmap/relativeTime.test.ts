import { relativeTime } from '../../../src/domain/roadmap';

const now = new Date('2026-11-27T12:00:00Z');

describe('relativeTime', () => {
  test.each<[string | undefined, string | undefined]>([
    [undefined, undefined],
    ['not a date', undefined],
    ['2026-11-27T12:00:30Z', 'just now'],
    ['2026-11-27T11:59:30Z', 'just now'],
    ['2026-11-27T11:59:00Z', '1 minute ago'],
    ['2026-11-27T11:15:00Z', '45 minutes ago'],
    ['2026-11-27T11:00:00Z', '1 hour ago'],
    ['2026-11-26T13:00:00Z', '23 hours ago'],
    ['2026-11-26T12:00:00Z', 'yesterday'],
    ['2026-11-23T12:00:00Z', '4 days ago'],
    ['2026-11-13T12:00:00Z', '2 weeks ago'],
    ['2026-09-27T12:00:00Z', '2 months ago'],
    ['2025-11-27T12:00:00Z', '12 months ago'],
    ['2024-11-27T12:00:00Z', '2 years ago']
  ])('%p -> %p', (iso, words) => {
    expect(relativeTime(iso, now)).toBe(words);
  });
});
