import { allocatePlaces, describePlace, IRegistrationFact } from '../../../src/domain/talks/places';

const at = (minute: number): string => new Date(Date.UTC(2026, 11, 1, 9, minute)).toISOString();
const reg = (id: number, attendeeId: number, created = at(id), modified = created): IRegistrationFact => ({ id, attendeeId, created, modified });
const summary = (regs: IRegistrationFact[], capacity?: number, closesAt?: string): string =>
  allocatePlaces(regs, capacity, closesAt)
    .all.map((p) => `${p.attendeeId}:${p.status === 'place' ? 'P' : p.status === 'waitlist' ? `W${p.position}` : 'L'}`)
    .join(' ');

describe('the waitlist rule', () => {
  test.each([
    ['fewer registrations than places', [reg(1, 10), reg(2, 11)], 3, undefined, '10:P 11:P'],
    ['exactly full', [reg(1, 10), reg(2, 11), reg(3, 12)], 3, undefined, '10:P 11:P 12:P'],
    ['five for three places: the two highest ids wait, in id order', [reg(5, 14), reg(2, 11), reg(4, 13), reg(1, 10), reg(3, 12)], 3, undefined, '10:P 11:P 12:P 13:W1 14:W2'],
    ['a cancellation (item deleted) moves the first waiting person up', [reg(1, 10), reg(3, 12), reg(4, 13), reg(5, 14)], 3, undefined, '10:P 12:P 13:P 14:W1'],
    ['a person counts once, by their earliest registration', [reg(1, 10), reg(2, 10), reg(3, 11)], 1, undefined, '10:P 11:W1'],
    ['no capacity: room for everyone', [reg(1, 10), reg(2, 11)], undefined, undefined, '10:P 11:P'],
    ['capacity 0: everyone waits', [reg(1, 10), reg(2, 11)], 0, undefined, '10:W1 11:W2'],
    ['created after registrations closed: late, not counted', [reg(1, 10), reg(9, 11, at(30))], 5, at(20), '10:P 11:L'],
    ['an edited registration queues after unedited ones', [reg(1, 10, at(1), at(40)), reg(2, 11), reg(3, 12)], 2, undefined, '11:P 12:P 10:W1'],
    ['an edit is read from the version when there is one', [{ ...reg(1, 10), etag: '"2"' }, { ...reg(2, 11), etag: '"1"' }], 1, undefined, '11:P 10:W1'],
    ['version 1 is not edited whatever the times say', [{ ...reg(1, 10, at(1), at(9)), etag: '"guid,1"' }, reg(2, 11)], 1, undefined, '10:P 11:W1']
  ])('%s', (_name, regs, capacity, closesAt, expected) => {
    expect(summary(regs, capacity, closesAt)).toBe(expected);
  });

  it('counts places taken, waiting and left, and finds a person', () => {
    const places = allocatePlaces([reg(1, 10), reg(2, 11), reg(3, 12), reg(4, 13), reg(5, 14)], 3);
    expect([places.taken, places.waiting, places.left]).toEqual([3, 2, 0]);
    expect(places.of(14)).toMatchObject({ status: 'waitlist', position: 2 });
    expect(places.of(99)).toBeUndefined();
    expect(allocatePlaces([reg(1, 10)], 3).left).toBe(2);
  });

  test.each([
    [undefined, 'You are not registered.'],
    [{ registrationId: 1, attendeeId: 1, status: 'place' as const, position: 2 }, 'You have a place.'],
    [{ registrationId: 1, attendeeId: 1, status: 'waitlist' as const, position: 1 }, 'You are first on the waitlist.'],
    [{ registrationId: 1, attendeeId: 1, status: 'waitlist' as const, position: 4 }, 'You are number 4 on the waitlist.'],
    [{ registrationId: 1, attendeeId: 1, status: 'late' as const, position: 0 }, 'You registered after registrations closed, so you do not have a place.']
  ])('describes %j', (place, text) => {
    expect(describePlace(place)).toBe(text);
  });
});
