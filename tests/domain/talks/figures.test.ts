import { ITalkAttendance, ITechTalk } from '../../../src/domain/entities';
import { attendancePerTalk, attendeeIdsOf, satisfaction, satisfactionOverPeriod, shareOfStaffReached, uniqueAttendees } from '../../../src/domain/talks/figures';

const talk = (id: number, startsAt: string): ITechTalk => ({ id, title: `Talk ${id}`, startsAt, status: 'Delivered' });
const talks = [talk(1, '2026-01-20T12:30:00Z'), talk(2, '2026-02-17T12:30:00Z'), talk(3, '2026-04-21T11:30:00Z')];
const attendance = (talkId: number, ids: number[], walkIns = 0): ITalkAttendance => ({ id: talkId, title: '', talk: { id: talkId, title: '' }, attendeeIds: JSON.stringify(ids), walkIns });

describe('Tech Talks figures', () => {
  it('counts attendance per talk: named attendees plus walk-ins; talks without a record are left out', () => {
    expect(attendancePerTalk(talks, [attendance(2, [10, 11], 4), attendance(1, [10, 12, 13])])).toEqual([
      { talkId: 1, title: 'Talk 1', startsAt: '2026-01-20T12:30:00Z', named: 3, walkIns: 0, total: 3 },
      { talkId: 2, title: 'Talk 2', startsAt: '2026-02-17T12:30:00Z', named: 2, walkIns: 4, total: 6 }
    ]);
  });

  it('counts each person once over a period, and only talks in the period', () => {
    const records = [attendance(1, [10, 12, 13]), attendance(2, [10, 11], 4), attendance(3, [14])];
    expect(uniqueAttendees(talks, records, new Date('2026-01-01T00:00:00Z'), new Date('2026-04-01T00:00:00Z'))).toBe(4);
    expect(uniqueAttendees(talks, records, new Date('2026-01-01T00:00:00Z'), new Date('2027-01-01T00:00:00Z'))).toBe(5);
    expect(uniqueAttendees(talks, records, new Date('2025-01-01T00:00:00Z'), new Date('2026-01-01T00:00:00Z'))).toBe(0);
  });

  test.each([
    [50, 1000, 5],
    [1, 3, 33.3],
    [10, 0, undefined],
    [10, undefined, undefined]
  ])('%d of %s staff reached is %s%%', (unique, staff, share) => {
    expect(shareOfStaffReached(unique, staff)).toBe(share);
  });

  test.each([
    [[], { count: 0 }],
    [[5, 4], { count: 2 }],
    [[5, 4, 3], { count: 3, average: 4, satisfiedShare: 66.7 }],
    [[5, 5, 4, 2], { count: 4, average: 4, satisfiedShare: 75 }],
    [[1, 2, 2], { count: 3, average: 1.67, satisfiedShare: 0 }]
  ])('satisfaction of ratings %j', (ratings, expected) => {
    expect(satisfaction(ratings.map((rating) => ({ rating })))).toEqual(expected);
  });

  it('measures satisfaction over a period from the ratings of its talks', () => {
    const feedback = [1, 1, 1, 2, 3].map((talkId, i) => ({ talk: { id: talkId, title: '' }, rating: [5, 4, 4, 1, 1][i] }));
    expect(satisfactionOverPeriod(talks, feedback, new Date('2026-01-01T00:00:00Z'), new Date('2026-02-01T00:00:00Z'))).toEqual({ count: 3, average: 4.33, satisfiedShare: 100 });
  });

  it('reads attendee ids defensively', () => {
    expect(attendeeIdsOf({ attendeeIds: '[10, 10, "x", -1, 11]' })).toEqual([10, 11]);
    expect(attendeeIdsOf({ attendeeIds: 'not json' })).toEqual([]);
    expect(attendeeIdsOf(undefined)).toEqual([]);
  });
});
