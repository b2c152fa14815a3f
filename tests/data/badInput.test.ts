import { ValidationError } from '../../src/data/errors';
import { ListRepository } from '../../src/data/ListRepository';
import { ListKey } from '../../src/data/schema/fieldTypes';
import { listDefinition } from '../../src/data/schema/lists';
import { IEntity } from '../../src/domain/entities';
import { ILocalSite, provisionedSite } from './localSite';

/**
 * Bad values, list by list, written through the data layer to a provisioned local SharePoint: each is refused
 * with a message naming the field and the problem, and nothing is stored.
 */

let site: ILocalSite;
beforeAll(async () => {
  site = await provisionedSite();
});

const repository = (key: ListKey): ListRepository<IEntity> => new ListRepository<IEntity>(site.sp(), listDefinition(key));

type Case = [ListKey, Record<string, unknown>, string];

const valid: Partial<Record<ListKey, Record<string, unknown>>> = {
  initiatives: { title: 'Test initiative', workstream: 'Digital Workplace', stage: 'Proposed' },
  scoringRounds: { title: '2026 Test', status: 'Draft' },
  kpiMeasurements: { kpi: { id: 1, title: 'x' }, periodStart: '2026-04-01', periodLabel: '2026 Q1' },
  techTalks: { title: 'A talk', startsAt: '2026-12-01T12:00:00Z', status: 'Scheduled' },
  activities: { title: 'Drop-in', activityType: 'Drop-in clinic', activityDate: '2026-11-02' }
};

const cases: Case[] = [
  ['initiatives', { startDate: '2026-02-30' }, 'Start date: 2026-02-30 is not a date in the calendar.'],
  ['initiatives', { startDate: '30/2/2026' }, 'Start date must be a valid date, written as YYYY-MM-DD.'],
  ['initiatives', { startDate: '1/1/1' }, 'Start date must be a valid date, written as YYYY-MM-DD.'],
  ['initiatives', { startDate: '0/0/0' }, 'Start date must be a valid date, written as YYYY-MM-DD.'],
  ['initiatives', { startDate: '0001-01-01' }, 'Start date must be between 1900 and 8900'],
  ['initiatives', { endDate: '9999-12-31' }, 'End date must be between 1900 and 8900'],
  ['initiatives', { startDate: '2026-05-01', endDate: '2026-04-30' }, 'End date must be on or after start date.'],
  ['initiatives', { progress: 1e308 }, 'Progress (%) is too large to store'],
  ['initiatives', { title: 'x'.repeat(256) }, '255 characters or fewer'],
  ['scoringRounds', { opensOn: '2026-10-01', closesOn: '2026-09-01' }, 'Closes on must be on or after opens on.'],
  ['kpiMeasurements', { value: 1e308 }, 'Value is too large to store'],
  ['kpiMeasurements', { value: Number.NaN }, 'Value must be a number.'],
  ['kpiMeasurements', { periodStart: '2026-13-01' }, 'Period start: 2026-13-01 is not a date in the calendar.'],
  ['techTalks', { joinUrl: { url: 'javascript:alert(1)' } }, 'Join link must be a web address starting with https:// or http://'],
  ['techTalks', { joinUrl: { url: 'teams meeting' } }, 'Join link must be a full web address'],
  ['techTalks', { recordingUrl: { url: 'javascript:alert(1)' } }, 'Recording must be a secure web address starting with https://.'],
  ['techTalks', { recordingUrl: { url: 'data:text/html,<script>alert(1)</script>' } }, 'Recording must be a secure web address'],
  ['techTalks', { slidesUrl: { url: 'http://example.org/slides' } }, 'Slides must be a secure web address'],
  ['techTalks', { startsAt: '2026-06-31T10:00:00Z' }, 'Starts at: 2026-06-31 is not a date in the calendar.'],
  ['techTalks', { startsAt: '2026-06-30T25:00:00Z' }, 'Starts at has a time of day that does not exist.'],
  ['activities', { activityDate: '2026-02-29' }, 'Date: 2026-02-29 is not a date in the calendar.'],
  ['activities', { peopleReached: 100001 }, 'People reached must be at most 100000.']
];

describe('bad input is refused by the data layer with a specific message, and nothing is stored', () => {
  test.each(cases)('%s %j', async (key, bad, message) => {
    const repo = repository(key);
    const before = await repo.count();
    const attempt = repo.add({ ...valid[key], ...bad });
    await expect(attempt).rejects.toBeInstanceOf(ValidationError);
    await expect(attempt).rejects.toThrow(message);
    expect(await repo.count()).toBe(before);
  });

  it('stores the same records once the values are good', async () => {
    const initiatives = repository('initiatives');
    const added = await initiatives.add({ ...valid.initiatives, startDate: '2026-02-28', endDate: '2028-02-29' } as Partial<IEntity>);
    expect(added).toMatchObject({ startDate: expect.stringContaining('2026-02-28'), endDate: expect.stringContaining('2028-02-29') });
    const talk = await repository('techTalks').add({ ...valid.techTalks, joinUrl: { url: 'http://intranet.example/join' }, recordingUrl: { url: 'https://stream.example/rec' } } as Partial<IEntity>);
    expect(talk).toMatchObject({ recordingUrl: { url: 'https://stream.example/rec' } });
  });

  it('checks an update too: a calendar-impossible end date is refused and the item keeps its value', async () => {
    const initiatives = repository('initiatives');
    const added = await initiatives.add({ ...valid.initiatives, endDate: '2027-03-31' } as Partial<IEntity>);
    await expect(initiatives.update(added.id, { endDate: '2027-02-30' } as Partial<IEntity>, added.etag as string)).rejects.toThrow(
      'End date: 2027-02-30 is not a date in the calendar.'
    );
    expect(await initiatives.getById(added.id)).toMatchObject({ endDate: expect.stringContaining('2027-03-31') });
  });
});
