/**
 * Dates as people type them, for every date input of the suite (the shared DateField of src/features/shared): a day
 * is held as `YYYY-MM-DD`; typed text that is not a day SharePoint can store is kept as typed, so the form names it
 * in a specific message and nothing is saved without the date the user meant (never a silently cleared field).
 */

/** SharePoint Online stores dates from 1900 to 8900. */
export const FIRST_YEAR = 1900;
export const LAST_YEAR = 8900;

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** The day `YYYY-MM-DD` when it is a real calendar day, else undefined. */
function realDay(year: number, month: number, dayOfMonth: number): string | undefined {
  const day = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(dayOfMonth).padStart(2, '0')}`;
  const date = new Date(Date.UTC(year, month - 1, dayOfMonth));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === dayOfMonth ? day : undefined;
}

/** A stored day: `YYYY-MM-DD`, a real date. */
export const isDay = (value: string): boolean => {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  return Boolean(m && realDay(Number(m[1]), Number(m[2]), Number(m[3])));
};

/**
 * A date typed the way UK readers write it, as YYYY-MM-DD: "1/4/2021" and "01-04-2021" (day first),
 * "1 April 2021" or "1 Apr 2021", and "2021-04-01". Undefined when it is not a real date SharePoint stores.
 */
export function parseTypedDate(typed: string): string | undefined {
  const text = typed.trim().toLowerCase().replace(/\s+/g, ' ');
  let year: number;
  let month: number;
  let dayOfMonth: number;
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  if (m) [year, month, dayOfMonth] = [Number(m[1]), Number(m[2]), Number(m[3])];
  else if ((m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text))) [dayOfMonth, month, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
  else if ((m = /^(\d{1,2}) ([a-z]{3,9})\.? (\d{4})$/.exec(text))) {
    const word = m[2];
    const index = MONTHS.findIndex((name) => name === word || (word.length >= 3 && name.startsWith(word) && word.length <= name.length));
    if (index < 0) return undefined;
    [dayOfMonth, month, year] = [Number(m[1]), index + 1, Number(m[3])];
  } else return undefined;
  if (year < FIRST_YEAR || year > LAST_YEAR) return undefined;
  return realDay(year, month, dayOfMonth);
}

/**
 * Why typed text is not a date, in words that say how to put it right: "30/2/2026" (February 2026 has 28 days),
 * "1/1/1" (the year in full), "0/0/0" (days and months start at 1), a year SharePoint does not store, or an
 * unrecognised form. For text parseTypedDate cannot read.
 */
export function typedDateProblem(typed: string): string {
  const text = typed.trim();
  const parts = /^(\d{1,4})[/.-](\d{1,2})[/.-](\d{1,4})$/.exec(text);
  if (parts) {
    const isoOrder = parts[1].length === 4;
    const [year, month, day] = isoOrder ? [parts[1], parts[2], parts[3]].map(Number) : [parts[3], parts[2], parts[1]].map(Number);
    const yearText = isoOrder ? parts[1] : parts[3];
    if (day === 0 || month === 0) return `"${text}" is not a date: days and months start at 1.`;
    if (month > 12) return `"${text}" is not a date: there are 12 months (write the day first, then the month: 1/4/2026 is 1 April).`;
    if (yearText.length < 4) return `"${text}": write the year in full, such as ${day}/${month}/2026.`;
    if (year < FIRST_YEAR || year > LAST_YEAR) return `the year must be between ${FIRST_YEAR} and ${LAST_YEAR} (the years SharePoint stores).`;
    const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
    if (day > daysInMonth) return `"${text}" is not a date: ${MONTHS[month - 1].replace(/^./, (c) => c.toUpperCase())} ${year} has ${daysInMonth} days.`;
  }
  return `"${text}" is not a date we can read. Type it as day/month/year, such as 1/4/2026, or choose it from the calendar.`;
}

/**
 * The problem with a date field's value, or undefined: the value is empty, a day (`YYYY-MM-DD`) SharePoint can store,
 * or the text the user typed that could not be read as one. Messages start with the field's label.
 */
export function dayFieldProblem(label: string, value: string | undefined, required = false): string | undefined {
  if (value === undefined || value.trim() === '') return required ? `${label} is required: type a date such as 1/4/2026, or choose it from the calendar.` : undefined;
  if (isDay(value)) {
    const year = Number(value.slice(0, 4));
    return year < FIRST_YEAR || year > LAST_YEAR ? `${label}: the year must be between ${FIRST_YEAR} and ${LAST_YEAR} (the years SharePoint stores).` : undefined;
  }
  return `${label}: ${typedDateProblem(value)}`;
}

/** A time of day typed as 24-hour "13:30" (or "9:05", "13.30"), as `HH:MM`; undefined when it is not one. */
export function parseTypedTime(typed: string): string | undefined {
  const m = /^(\d{1,2})[:.](\d{2})$/.exec(typed.trim());
  if (!m || Number(m[1]) > 23 || Number(m[2]) > 59) return undefined;
  return `${m[1].padStart(2, '0')}:${m[2]}`;
}

/** The problem with a typed time of day, or undefined. */
export function timeFieldProblem(label: string, value: string | undefined, required = false): string | undefined {
  if (value === undefined || value.trim() === '') return required ? `${label} is required: type a time such as 12:30.` : undefined;
  return parseTypedTime(value) ? undefined : `${label}: "${value.trim()}" is not a time. Type it on the 24-hour clock, such as 12:30 or 09:05.`;
}

/**
 * A date and time field's value, as one string: `YYYY-MM-DDTHH:MM` once both parts are read, else the two texts as
 * typed joined by a line break (which a one-line input cannot hold), so each part keeps what was typed.
 */
export function joinDayTime(day: string, time: string): string {
  const readTime = parseTypedTime(time);
  if (isDay(day) && readTime) return `${day}T${readTime}`;
  return day.trim() === '' && time.trim() === '' ? '' : `${day}\n${time}`;
}

/** The two parts of a date and time field's value (see joinDayTime). */
export function splitDayTime(value: string): { readonly day: string; readonly time: string } {
  const typed = value.indexOf('\n');
  if (typed >= 0) return { day: value.slice(0, typed), time: value.slice(typed + 1) };
  const read = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})$/.exec(value);
  return read ? { day: read[1], time: read[2] } : { day: value, time: '' };
}

/** The problem with a date and time field's value, or undefined: each part is named, and a missing part is asked for. */
export function dayTimeFieldProblem(label: string, value: string, required = false): string | undefined {
  const { day, time } = splitDayTime(value);
  if (day.trim() === '' && time.trim() === '') return required ? `${label} is required: type a date such as 1/4/2026 and a time such as 12:30.` : undefined;
  const dayProblem = dayFieldProblem(label, day, true);
  if (dayProblem) return dayProblem;
  if (time.trim() === '') return `${label}: type the time too, such as 12:30.`;
  return timeFieldProblem(label, time, true);
}

/** A month typed as "March 2027", "Mar 2027", "3/2027" or "2027-03", as `YYYY-MM`; undefined when it is not one. */
export function parseTypedMonth(typed: string): string | undefined {
  const text = typed.trim().toLowerCase().replace(/\s+/g, ' ');
  let year: number;
  let month: number;
  let m = /^(\d{4})-(\d{1,2})$/.exec(text);
  if (m) [year, month] = [Number(m[1]), Number(m[2])];
  else if ((m = /^(\d{1,2})[/.-](\d{4})$/.exec(text))) [month, year] = [Number(m[1]), Number(m[2])];
  else if ((m = /^([a-z]{3,9})\.? (\d{4})$/.exec(text))) {
    const word = m[1];
    month = MONTHS.findIndex((name) => name === word || (name.startsWith(word) && word.length <= name.length)) + 1;
    year = Number(m[2]);
  } else return undefined;
  if (month < 1 || month > 12 || year < FIRST_YEAR || year > LAST_YEAR) return undefined;
  return `${year}-${String(month).padStart(2, '0')}`;
}

/** The problem with a typed month, or undefined (empty, or a month parseTypedMonth reads). */
export function monthFieldProblem(label: string, value: string | undefined): string | undefined {
  const text = (value ?? '').trim();
  if (!text || parseTypedMonth(text)) return undefined;
  const parts = /^(\d{1,4})[/.-](\d{1,4})$/.exec(text);
  if (parts) {
    const [month, yearText] = parts[1].length === 4 ? [Number(parts[2]), parts[1]] : [Number(parts[1]), parts[2]];
    if (month === 0) return `${label}: "${text}" is not a month: months start at 1.`;
    if (month > 12) return `${label}: "${text}" is not a month: there are 12 months.`;
    if (yearText.length < 4) return `${label}: "${text}": write the year in full, such as ${month}/2027.`;
    return `${label}: the year must be between ${FIRST_YEAR} and ${LAST_YEAR}.`;
  }
  return `${label}: "${text}" is not a month we can read. Type it as month and year, such as March 2027 or 3/2027.`;
}
