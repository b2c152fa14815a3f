import { IInitiative } from '../entities';
import { parseCalendarDate, utcDay } from './calendarDate';

/**
 * Where an initiative sits on the Timeline view.
 *
 * Days are Dates at 00:00 UTC (see calendarDate.ts); `end` is the last day, inclusive, as in the End date column.
 *
 * - Start and end dates, when both are known (and the end is not before the start), place it exactly.
 * - Otherwise the Timeframe label is read, and the placement is marked approximate:
 *   "2021-22" (also "2021/22", "2021-2022", "FY2021-22") is the UK financial year 1 April 2021 to 31 March 2022;
 *   "2021-24" spans financial years 2021-22 to 2023-24; "2021" is the calendar year;
 *   "2022-23 Q2" (or "Q2 2022-23") is a financial quarter, Q1 = April-June, so 1 July to 30 September 2022;
 *   "Q3 2024" (or "2024 Q3") is a calendar quarter, 1 July to 30 September 2024. Anything else is not placed.
 * - A single known date is completed from the label when it can be; otherwise the initiative is a one-day point.
 *   Both are approximate.
 */
export interface ITimelinePlacement {
  readonly start: Date;
  /** The last day, inclusive. */
  readonly end: Date;
  readonly approximate: boolean;
}

export interface IDayRange {
  readonly start: Date;
  /** The last day, inclusive. */
  readonly end: Date;
}

export interface ITimelineQuarter extends IDayRange {
  /** "Q1 2024-25": the column header. */
  readonly label: string;
  readonly quarter: 1 | 2 | 3 | 4;
  /** "2024-25": the year header above the quarters. */
  readonly financialYear: string;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** The last day of a month (1-12). */
const lastDay = (year: number, month: number): Date => utcDay(year, month + 1, 0);

/** Financial year "2024-25" starting 1 April of startYear. */
export const financialYearLabel = (startYear: number): string => `${startYear}-${String((startYear + 1) % 100).padStart(2, '0')}`;

/** Quarter q (1-4) of the financial year starting 1 April of startYear. */
function financialQuarter(startYear: number, quarter: number): IDayRange {
  const firstMonth = 4 + (quarter - 1) * 3; // 4, 7, 10, 13 (January of the next year)
  const year = startYear + Math.floor((firstMonth - 1) / 12);
  const month = ((firstMonth - 1) % 12) + 1;
  return { start: utcDay(year, month, 1), end: lastDay(year, month + 2) };
}

/** "22" after 2021 -> 2022; "2022" -> 2022; 2099-00 -> 2100. */
function endYear(startYear: number, text: string): number {
  if (text.length === 4) return Number(text);
  const candidate = startYear - (startYear % 100) + Number(text);
  return candidate < startYear ? candidate + 100 : candidate;
}

const FINANCIAL_YEARS = /^(?:FY ?)?(\d{4}) ?[-/] ?(\d{2}|\d{4})$/;
const CALENDAR_YEAR = /^(\d{4})$/;
/** A quarter written first ("Q2 2022-23") is read as if written last ("2022-23 Q2"). */
const FINANCIAL_QUARTER = /^(?:FY ?)?(\d{4}) ?[-/] ?(\d{2}|\d{4}) Q([1-4])$/;
const CALENDAR_QUARTER = /^(\d{4}) Q([1-4])$/;

/** The days a Timeframe label stands for, or undefined when it is not one of the forms above. */
export function parseTimeframeLabel(label: string | undefined): IDayRange | undefined {
  if (!label) return undefined;
  const text = label
    .trim()
    .replace(/[\u2010-\u2015]/g, '-')
    .replace(/\s+/g, ' ')
    .toUpperCase()
    .replace(/^(Q[1-4]) (.+)$/, '$2 $1');

  let m = FINANCIAL_QUARTER.exec(text);
  if (m) {
    const start = Number(m[1]);
    return endYear(start, m[2]) === start + 1 ? financialQuarter(start, Number(m[3])) : undefined;
  }

  m = CALENDAR_QUARTER.exec(text);
  if (m) {
    const year = Number(m[1]);
    const firstMonth = (Number(m[2]) - 1) * 3 + 1;
    return { start: utcDay(year, firstMonth, 1), end: lastDay(year, firstMonth + 2) };
  }

  m = FINANCIAL_YEARS.exec(text);
  if (m) {
    const start = Number(m[1]);
    const end = endYear(start, m[2]);
    return end > start && end - start <= 10 ? { start: utcDay(start, 4, 1), end: utcDay(end, 3, 31) } : undefined;
  }

  m = CALENDAR_YEAR.exec(text);
  if (m) return { start: utcDay(Number(m[1]), 1, 1), end: utcDay(Number(m[1]), 12, 31) };

  return undefined;
}

/** Where the initiative goes on the timeline, or undefined when neither its dates nor its label say. */
export function placeOnTimeline(
  initiative: Pick<IInitiative, 'startDate' | 'endDate' | 'timeframeLabel'>
): ITimelinePlacement | undefined {
  const start = parseCalendarDate(initiative.startDate);
  let end = parseCalendarDate(initiative.endDate);
  if (start && end) {
    if (end >= start) return { start, end, approximate: false };
    end = undefined;
  }
  const range = parseTimeframeLabel(initiative.timeframeLabel);
  if (start) return { start, end: range && range.end >= start ? range.end : start, approximate: true };
  if (end) return { start: range && range.start <= end ? range.start : end, end, approximate: true };
  return range && { ...range, approximate: true };
}

/** The day (00:00 UTC) on which an instant falls in Europe/London. */
const dayOf = (date: Date): Date => parseCalendarDate(date.toISOString()) as Date;

const financialYearStart = (day: Date): number => (day.getUTCMonth() >= 3 ? day.getUTCFullYear() : day.getUTCFullYear() - 1);

/** The financial quarters that overlap the days from `from` to `to` (inclusive), for the column headers. */
export function timelineQuarters(from: Date, to: Date): ITimelineQuarter[] {
  const first = dayOf(from);
  const last = dayOf(to);
  const quarters: ITimelineQuarter[] = [];
  let year = financialYearStart(first);
  let quarter = Math.floor(((first.getUTCMonth() + 9) % 12) / 3) + 1;
  for (;;) {
    const range = financialQuarter(year, quarter);
    if (range.start > last) break;
    const financialYear = financialYearLabel(year);
    quarters.push({ ...range, quarter: quarter as 1 | 2 | 3 | 4, financialYear, label: `Q${quarter} ${financialYear}` });
    if (quarter === 4) {
      quarter = 1;
      year += 1;
    } else {
      quarter += 1;
    }
  }
  return quarters;
}

/** The whole financial quarters that hold every placement, or undefined when there are none. */
export function timelineRange(placements: readonly IDayRange[]): IDayRange | undefined {
  if (placements.length === 0) return undefined;
  const start = new Date(Math.min(...placements.map((p) => p.start.getTime())));
  const end = new Date(Math.max(...placements.map((p) => p.end.getTime())));
  const quarters = timelineQuarters(start, end);
  return { start: quarters[0].start, end: quarters[quarters.length - 1].end };
}

/**
 * Where an instant falls across the days `from` to `to` (inclusive): 0 at the start of `from`, 1 at the end
 * of `to`. Not clamped.
 */
export function positionOnTimeline(date: Date, from: Date, to: Date): number {
  const start = dayOf(from).getTime();
  const end = dayOf(to).getTime() + DAY_MS;
  return end > start ? (date.getTime() - start) / (end - start) : 0;
}

/** The today marker's position, 0..1, or undefined when today is not on the timeline. */
export function todayPosition(now: Date, from: Date, to: Date): number | undefined {
  const position = positionOnTimeline(now, from, to);
  return position >= 0 && position < 1 ? position : undefined;
}

/** A bar's left edge and width (fractions of the timeline), clipped to it; undefined when wholly outside. */
export function barPosition(range: IDayRange, from: Date, to: Date): { readonly left: number; readonly width: number } | undefined {
  const left = Math.max(0, positionOnTimeline(range.start, from, to));
  const right = Math.min(1, positionOnTimeline(new Date(range.end.getTime() + DAY_MS), from, to));
  return right > left ? { left, width: right - left } : undefined;
}
