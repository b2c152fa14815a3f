/**
 * Who holds a place at a Tech Talk and who waits: the waitlist rule.
 *
 * The rule reads only what the server decided, never a count or a flag the browser wrote:
 * 1. Each registration is an item the attendee created in Talk Registrations; SharePoint numbers items in the order
 *    it stored them, so the item id is the order of registration (two people pressing at the same moment get
 *    different ids, and the lower id came first).
 * 2. A person counts once, by their earliest registration (a double click that raced through is harmless).
 * 3. A registration created (server time) after the talk's registrations closed does not count: it is late.
 * 4. A registration edited after it was created (someone moving their own item to another talk to keep an early
 *    id) loses its place in the order: it queues after every unedited one, in the order of its last change.
 * 5. The first `capacity` registrations in that order hold places; the rest wait, in that order. A cancellation
 *    deletes the item, so the first person waiting moves up without anyone writing anything.
 * A talk without a capacity has room for everyone.
 */

export interface IRegistrationFact {
  /** The registration's item id (the server's order). */
  readonly id: number;
  /** The attendee: the item's author. */
  readonly attendeeId: number;
  /** Server times, ISO. */
  readonly created?: string;
  readonly modified?: string;
  /** The item's ETag: its version, which SharePoint raises on every edit ("1" = never edited). */
  readonly etag?: string;
}

export type PlaceStatus = 'place' | 'waitlist' | 'late';

export interface IPlace {
  readonly registrationId: number;
  readonly attendeeId: number;
  readonly status: PlaceStatus;
  /** 1-based: the position among places, or on the waitlist (1 = next to get a place). Late: 0. */
  readonly position: number;
}

export interface IPlaces {
  /** Every person's outcome, in the order places are given. */
  readonly all: readonly IPlace[];
  readonly taken: number;
  readonly waiting: number;
  /** Places still free; undefined when the talk has no capacity. */
  readonly left?: number;
  of(attendeeId: number): IPlace | undefined;
}

const time = (iso?: string): number => (iso ? Date.parse(iso) : NaN);

/** Edited since created: its version (the ETag's last number) is above 1, or else its Modified is after its Created. */
function wasEdited(r: IRegistrationFact): boolean {
  const version = /(\d+)"?\s*$/.exec(r.etag ?? '');
  if (version) return Number(version[1]) > 1;
  const created = time(r.created);
  const modified = time(r.modified);
  return isFinite(created) && isFinite(modified) && modified > created;
}

/** Applies the waitlist rule to a talk's registrations (any order, duplicates allowed). */
export function allocatePlaces(
  registrations: readonly IRegistrationFact[],
  capacity: number | undefined,
  closesAt?: string
): IPlaces {
  const closes = time(closesAt);
  const earliest = new Map<number, IRegistrationFact>();
  for (const r of [...registrations].sort((a, b) => a.id - b.id)) {
    if (!earliest.has(r.attendeeId)) earliest.set(r.attendeeId, r);
  }
  const late: IRegistrationFact[] = [];
  const queued: IRegistrationFact[] = [];
  earliest.forEach((r) => (isFinite(closes) && time(r.created) > closes ? late : queued).push(r));
  const unedited = queued.filter((r) => !wasEdited(r));
  const edited = queued.filter(wasEdited).sort((a, b) => time(a.modified) - time(b.modified) || a.id - b.id);
  const order = [...unedited, ...edited];
  const limit = capacity === undefined || capacity === null ? Number.POSITIVE_INFINITY : Math.max(0, capacity);
  const all: IPlace[] = order.map((r, index) =>
    index < limit
      ? { registrationId: r.id, attendeeId: r.attendeeId, status: 'place', position: index + 1 }
      : { registrationId: r.id, attendeeId: r.attendeeId, status: 'waitlist', position: index + 1 - limit }
  );
  for (const r of late) all.push({ registrationId: r.id, attendeeId: r.attendeeId, status: 'late', position: 0 });
  const byAttendee = new Map(all.map((p) => [p.attendeeId, p]));
  const taken = Math.min(order.length, limit);
  return {
    all,
    taken,
    waiting: order.length - taken,
    left: limit === Number.POSITIVE_INFINITY ? undefined : limit - taken,
    of: (attendeeId) => byAttendee.get(attendeeId)
  };
}

/**
 * The registrations that count for a talk: none for a cancelled talk (a registration sent to it after, or around,
 * the cancellation holds no place); a registration naming a talk that does not exist is never read for any talk.
 */
export function countedRegistrations<R extends IRegistrationFact>(talk: { readonly status?: string }, registrations: readonly R[]): readonly R[] {
  return talk.status === 'Cancelled' ? [] : registrations;
}

/** How a person's outcome reads on the page. */
export function describePlace(place: IPlace | undefined): string {
  if (!place) return 'You are not registered.';
  if (place.status === 'place') return 'You have a place.';
  if (place.status === 'late') return 'You registered after registrations closed, so you do not have a place.';
  return place.position === 1 ? 'You are first on the waitlist.' : `You are number ${place.position} on the waitlist.`;
}
