import { ITalkAttendance, ITalkFeedback, ITechTalk } from '../entities';
import { firstPerKey } from '../firstPerKey';

/**
 * The Tech Talks figures, offered to the KPI Dashboard as computed measures (DDaT Strategy 2024-29, outcome 5:
 * staff taking part in learning, and their satisfaction with it). Plain functions over the lists' items:
 * Tech Talks, Talk Attendance (one item per talk: attendee ids and unnamed walk-ins) and Talk Feedback.
 */

/** The fewest ratings before a talk's average is shown (fewer could identify a rater and mean little). */
export const MIN_RATINGS_FOR_AVERAGE = 3;

/** The site user ids an attendance item names (its AttendeeIds JSON); bad JSON reads as none. */
export function attendeeIdsOf(attendance: Pick<ITalkAttendance, 'attendeeIds'> | undefined): number[] {
  if (!attendance?.attendeeIds) return [];
  try {
    const parsed: unknown = JSON.parse(attendance.attendeeIds);
    return Array.isArray(parsed) ? [...new Set(parsed.filter((v): v is number => Number.isInteger(v) && v > 0))] : [];
  } catch {
    return [];
  }
}

export interface ITalkAttendanceFigure {
  readonly talkId: number;
  readonly title: string;
  readonly startsAt: string;
  /** Named attendees (registered or walk-in). */
  readonly named: number;
  /** Walk-ins counted but not named. */
  readonly walkIns: number;
  readonly total: number;
}

/** One attendance record per talk: where two were stored, the first by id counts (firstPerKey). */
export function countedAttendance<T extends Pick<ITalkAttendance, 'id' | 'talk'>>(attendance: readonly T[]): T[] {
  return firstPerKey(attendance.filter((a) => a.talk), (a) => a.talk.id);
}

/**
 * One rating per talk and person: where someone stored two (a write sent around the app), the first by id counts
 * (firstPerKey); a rating outside 1-5 counts for nothing (satisfaction).
 */
export function countedRatings<T extends { readonly id: number; readonly talkId: number; readonly attendeeId: number }>(ratings: readonly T[]): T[] {
  return firstPerKey(ratings, (r) => `${r.talkId}|${r.attendeeId}`);
}

/**
 * Attendance per talk: named attendees plus unnamed walk-ins, for each talk that has attendance recorded,
 * in date order. Talks without an attendance item are left out (not recorded is not zero).
 */
export function attendancePerTalk(talks: readonly ITechTalk[], attendance: readonly ITalkAttendance[]): ITalkAttendanceFigure[] {
  const byTalk = new Map(countedAttendance(attendance).map((a) => [a.talk.id, a]));
  return talks
    .filter((t) => byTalk.has(t.id))
    .sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt))
    .map((t) => {
      const record = byTalk.get(t.id);
      const named = attendeeIdsOf(record).length;
      const walkIns = record?.walkIns ?? 0;
      return { talkId: t.id, title: t.title, startsAt: t.startsAt, named, walkIns, total: named + walkIns };
    });
}

const within = (talk: ITechTalk, from: Date, to: Date): boolean => {
  const at = Date.parse(talk.startsAt);
  return at >= from.getTime() && at < to.getTime();
};

/**
 * Unique attendees over a period: the number of different named people who attended at least one talk starting
 * in [from, to). Unnamed walk-ins cannot be told apart, so they are not counted here.
 */
export function uniqueAttendees(talks: readonly ITechTalk[], attendance: readonly ITalkAttendance[], from: Date, to: Date): number {
  const inPeriod = new Set(talks.filter((t) => within(t, from, to)).map((t) => t.id));
  const people = new Set<number>();
  for (const record of countedAttendance(attendance)) if (inPeriod.has(record.talk.id)) attendeeIdsOf(record).forEach((id) => people.add(id));
  return people.size;
}

/**
 * Share of staff reached over a period, as a percentage (0-100, one decimal): unique attendees divided by the
 * organisation's headcount, which the caller supplies (it is not in these lists). Undefined without a headcount.
 */
export function shareOfStaffReached(unique: number, staffCount: number | undefined): number | undefined {
  if (!staffCount || staffCount <= 0) return undefined;
  return Math.round((unique / staffCount) * 1000) / 10;
}

export interface ISatisfaction {
  /** Ratings counted. */
  readonly count: number;
  /** Mean rating 1-5 (two decimals); undefined below MIN_RATINGS_FOR_AVERAGE ratings. */
  readonly average?: number;
  /** Percentage of ratings of 4 or 5 (one decimal); undefined below MIN_RATINGS_FOR_AVERAGE ratings. */
  readonly satisfiedShare?: number;
}

/** Satisfaction from ratings (1-5): the mean and the share who rated 4 or 5, once there are enough ratings. */
export function satisfaction(feedback: readonly Pick<ITalkFeedback, 'rating'>[]): ISatisfaction {
  const ratings = feedback.map((f) => f.rating).filter((r) => Number.isFinite(r) && r >= 1 && r <= 5);
  if (ratings.length < MIN_RATINGS_FOR_AVERAGE) return { count: ratings.length };
  const sum = ratings.reduce((a, b) => a + b, 0);
  return {
    count: ratings.length,
    average: Math.round((sum / ratings.length) * 100) / 100,
    satisfiedShare: Math.round((ratings.filter((r) => r >= 4).length / ratings.length) * 1000) / 10
  };
}

/** Satisfaction with the talks starting in [from, to), from their ratings. */
export function satisfactionOverPeriod(
  talks: readonly ITechTalk[],
  feedback: readonly Pick<ITalkFeedback, 'rating' | 'talk'>[],
  from: Date,
  to: Date
): ISatisfaction {
  const inPeriod = new Set(talks.filter((t) => within(t, from, to)).map((t) => t.id));
  return satisfaction(feedback.filter((f) => inPeriod.has(f.talk.id)));
}
