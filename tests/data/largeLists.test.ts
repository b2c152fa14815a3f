import { isDataError } from '../../src/data/errors';
import { OWNER, provisionedSite } from './localSite';

describe('large lists (over the 5,000-item list view threshold)', () => {
  it('refuses a filter on a non-indexed column as ThresholdExceeded, and serves indexed filters and counts', async () => {
    const site = await provisionedSite();
    const start = Date.UTC(2020, 0, 1);
    site.local.store.bulkAddItems(
      'Champion Activities',
      Array.from({ length: 5001 }, (_, i) => ({
        Title: `Activity ${i + 1}`,
        ActivityType: 'Peer support',
        ActivityDate: new Date(start + i * 3600 * 1000 * 6).toISOString().replace(/\.\d{3}Z$/, 'Z'),
        Hours: 1
      }))
    );
    const activities = site.services(OWNER).activities;
    expect(await activities.count()).toBe(5001);

    const refused = await activities.getAll({ where: { hours: 1 } }).catch((e) => e);
    expect(isDataError(refused, 'ThresholdExceeded')).toBe(true);
    expect(refused.message).toBe('This list is too large to show that way. Narrow the filters and try again.');

    const recent = await activities.getAll({ where: { activityDate: { ge: new Date(start + 5000 * 3600 * 1000 * 6).toISOString() } } });
    expect(recent.map((a) => a.title)).toEqual(['Activity 5001']);
  });
});
