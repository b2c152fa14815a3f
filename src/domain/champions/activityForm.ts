import { dayFieldProblem } from '../typedDates';
import { ACTIVITY_TYPES, WAYS_OF_WORKING } from '../vocabulary';

/**
 * The quick activity form: its values as typed, validation with a message per field, what is sent to the list,
 * and the likely-duplicate check (same type, date and title as an activity already logged by the champion).
 */

export interface IActivityDraft {
  readonly title: string;
  readonly activityType: string;
  /** YYYY-MM-DD, or the text typed when it is not a date (see src/domain/typedDates.ts). */
  readonly activityDate: string;
  readonly peopleReached: string;
  readonly hours: string;
  readonly departmentId?: number;
  readonly waysOfWorking: readonly string[];
  readonly notes: string;
  readonly link: string;
}

export const emptyDraft = (today: string): IActivityDraft => ({
  title: '',
  activityType: '',
  activityDate: today,
  peopleReached: '',
  hours: '',
  waysOfWorking: [],
  notes: '',
  link: ''
});

export type DraftErrors = Partial<Record<keyof IActivityDraft, string>>;

const wholeNumber = (text: string): number | undefined => (text.trim() === '' ? undefined : Number(text.trim()));

/** Field-by-field messages; an empty object means the draft can be saved. `today` bounds the date. */
export function validateActivity(draft: IActivityDraft, today: string): DraftErrors {
  const errors: { -readonly [K in keyof IActivityDraft]?: string } = {};
  if (!draft.title.trim()) errors.title = 'Say in a few words what you did, for example "Teams drop-in for Planning".';
  else if (draft.title.trim().length > 255) errors.title = 'Keep the title to 255 characters or fewer.';
  if (!(ACTIVITY_TYPES as readonly string[]).includes(draft.activityType)) errors.activityType = 'Choose the type of activity.';
  const dateProblem = dayFieldProblem('Date', draft.activityDate, true);
  if (dateProblem) errors.activityDate = dateProblem;
  else if (draft.activityDate > today) errors.activityDate = 'The date cannot be in the future: log an activity once it has happened.';
  const reached = wholeNumber(draft.peopleReached);
  if (reached !== undefined && (!Number.isInteger(reached) || reached < 0 || reached > 100000)) errors.peopleReached = 'Enter the number of people reached as a whole number from 0 to 100,000.';
  const hours = wholeNumber(draft.hours);
  if (hours !== undefined && (!Number.isFinite(hours) || hours < 0 || hours > 100)) errors.hours = 'Enter hours as a number from 0 to 100 (for example 1.5).';
  if (draft.waysOfWorking.some((w) => !(WAYS_OF_WORKING as readonly string[]).includes(w))) errors.waysOfWorking = 'Choose ways of working from the list.';
  if (draft.link.trim() && !/^https?:\/\/\S+$/i.test(draft.link.trim())) errors.link = 'Enter a web address starting with https://.';
  return errors;
}

/** The list item values (entity property names) for a valid draft. */
export function activityValues(draft: IActivityDraft): Record<string, unknown> {
  const reached = wholeNumber(draft.peopleReached);
  const hours = wholeNumber(draft.hours);
  return {
    title: draft.title.trim(),
    activityType: draft.activityType,
    activityDate: `${draft.activityDate}T00:00:00Z`,
    peopleReached: reached ?? null,
    hours: hours ?? null,
    department: draft.departmentId ?? null,
    waysOfWorking: [...draft.waysOfWorking],
    notes: draft.notes.trim() || null,
    link: draft.link.trim() ? { url: draft.link.trim(), description: draft.title.trim() } : null
  };
}

interface IExisting {
  readonly id: number;
  readonly title: string;
  readonly activityType: string;
  readonly activityDate: string;
}

const normal = (text: string): string => text.trim().toLowerCase().replace(/\s+/g, ' ');

/** An activity already logged with the same type, date and title (ignoring case and spacing), other than `exceptId`. */
export function likelyDuplicate<T extends IExisting>(draft: IActivityDraft, mine: readonly T[], exceptId?: number): T | undefined {
  return mine.find(
    (a) => a.id !== exceptId && a.activityType === draft.activityType && a.activityDate.slice(0, 10) === draft.activityDate && normal(a.title) === normal(draft.title)
  );
}
