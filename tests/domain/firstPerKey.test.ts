import { firstPerKey } from '../../src/domain/firstPerKey';
import { countedRegistrations } from '../../src/domain/talks/places';

describe('the "one per key" reading rule', () => {
  it('keeps the lowest id per key, whatever order the items come in, and keeps the given order', () => {
    const items = [{ id: 7, key: 'a' }, { id: 3, key: 'b' }, { id: 2, key: 'a' }, { id: 9, key: 'b' }, { id: 4, key: 'c' }];
    expect(firstPerKey(items, (i) => i.key).map((i) => i.id)).toEqual([3, 2, 4]);
  });

  it('counts every item without a key', () => {
    const items = [{ id: 1, key: undefined }, { id: 2, key: undefined }, { id: 3, key: 'x' }, { id: 4, key: 'x' }];
    expect(firstPerKey(items, (i) => i.key).map((i) => i.id)).toEqual([1, 2, 3]);
  });
});

describe('registrations that count', () => {
  const registrations = [{ id: 1, attendeeId: 10 }, { id: 2, attendeeId: 11 }];
  it('none for a cancelled talk; all of them for a scheduled or delivered one', () => {
    expect(countedRegistrations({ status: 'Cancelled' }, registrations)).toEqual([]);
    expect(countedRegistrations({ status: 'Scheduled' }, registrations)).toEqual(registrations);
    expect(countedRegistrations({ status: 'Delivered' }, registrations)).toEqual(registrations);
  });
});
