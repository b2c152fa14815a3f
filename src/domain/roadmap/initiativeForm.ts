import { Health, IInitiative, ILookupRef, IPersonRef, Stage, WayOfWorking, Workstream } from '../entities';
import { CORPORATE_PLAN_OUTCOMES, GOVERNANCE_TIERS, HEALTH, STAGES, WAYS_OF_WORKING, WORKSTREAMS } from '../vocabulary';
import { dayFieldProblem } from '../typedDates';
import { calendarDate } from './calendarDate';

/**
 * The initiative form: what the person types, how it is checked, and what is saved.
 *
 * The checks mirror the Roadmap Initiatives list schema (src/data/schema/lists.ts), worded with the same field
 * titles so the form and the data layer say the same thing:
 * - Initiative (the title) is required, at most 255 characters; Workstream and Stage are required and must be
 *   one of their choices; Timeframe is at most 60 characters.
 * - Effort (months) is a number from 0 to 120; Progress (%) a number from 0 to 100. Numbers are typed as text
 *   ("1.5", " 3 ") and read with a dot as the decimal point; a blank box means "not known".
 * - Start and End dates are calendar days (YYYY-MM-DD); the end may not be before the start.
 * - Governance tier and Health must be one of their choices (or not set).
 */
export interface IInitiativeFormValues {
  readonly title: string;
  readonly description: string;
  readonly workstream: Workstream | undefined;
  readonly stage: Stage | undefined;
  readonly waysOfWorking: readonly WayOfWorking[];
  readonly startDate: string | undefined;
  readonly endDate: string | undefined;
  readonly timeframeLabel: string;
  readonly corporatePlanOutcomes: readonly string[];
  readonly department: ILookupRef | undefined;
  readonly owner: IPersonRef | undefined;
  readonly sponsor: IPersonRef | undefined;
  readonly governanceTier: string | undefined;
  readonly mustDo: boolean;
  readonly effortMonths: string;
  readonly progress: string;
  readonly health: Health | undefined;
  readonly notes: string;
}

export type InitiativeFormField = keyof IInitiativeFormValues;
export type InitiativeFormIssues = Partial<Record<InitiativeFormField, string>>;

export const TITLE_MAX_LENGTH = 255;
export const TIMEFRAME_MAX_LENGTH = 60;
export const EFFORT_RANGE = { min: 0, max: 120 } as const;
export const PROGRESS_RANGE = { min: 0, max: 100 } as const;

/** A new initiative starts as Proposed, as the list's default does. */
export const NEW_INITIATIVE_STAGE: Stage = 'Proposed';

const text = (value: string | undefined): string => value ?? '';
const numberText = (value: number | undefined): string => (value === undefined ? '' : String(value));

/** The form as it opens: an initiative's values, or a new initiative's defaults. */
export function formFromInitiative(initiative?: IInitiative): IInitiativeFormValues {
  return {
    title: text(initiative?.title),
    description: text(initiative?.description),
    workstream: initiative?.workstream,
    stage: initiative ? initiative.stage : NEW_INITIATIVE_STAGE,
    waysOfWorking: initiative?.waysOfWorking ?? [],
    startDate: calendarDate(initiative?.startDate),
    endDate: calendarDate(initiative?.endDate),
    timeframeLabel: text(initiative?.timeframeLabel),
    corporatePlanOutcomes: initiative?.corporatePlanOutcomes ?? [],
    department: initiative?.department,
    owner: initiative?.owner,
    sponsor: initiative?.sponsor,
    governanceTier: initiative?.governanceTier,
    mustDo: Boolean(initiative?.mustDo),
    effortMonths: numberText(initiative?.effortMonths),
    progress: numberText(initiative?.progress),
    health: initiative?.health,
    notes: text(initiative?.notes)
  };
}

/** A number typed as text: undefined when blank, NaN when not a number. */
export function readNumber(typed: string): number | undefined {
  const trimmed = typed.trim();
  if (trimmed === '') return undefined;
  return /^[-+]?(\d+(\.\d*)?|\.\d+)$/.test(trimmed) ? Number(trimmed) : Number.NaN;
}

function numberIssue(label: string, typed: string, range: { readonly min: number; readonly max: number }, example: string): string | undefined {
  const value = readNumber(typed);
  if (value === undefined) return undefined;
  if (Number.isNaN(value)) return `${label} must be a number, such as ${example}.`;
  if (value < range.min) return `${label} must be at least ${range.min}.`;
  if (value > range.max) return `${label} must be at most ${range.max}.`;
  return undefined;
}

const dayLabel = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const readableDay = (day: string): string => dayLabel.format(new Date(`${day}T00:00:00Z`));

const notIn = (vocabulary: readonly string[], value: string | undefined): boolean => value !== undefined && !vocabulary.includes(value);

/** Every problem with the form, one message per field; an empty object when it can be saved. */
export function validateInitiativeForm(values: IInitiativeFormValues): InitiativeFormIssues {
  const issues: { -readonly [K in InitiativeFormField]?: string } = {};
  const title = values.title.trim();
  if (!title) issues.title = 'Initiative is required: give the initiative a name.';
  else if (title.length > TITLE_MAX_LENGTH) issues.title = `Initiative must be ${TITLE_MAX_LENGTH} characters or fewer (it has ${title.length}).`;
  if (!values.workstream) issues.workstream = 'Workstream is required: choose the workstream this initiative belongs to.';
  else if (notIn(WORKSTREAMS, values.workstream)) issues.workstream = `Workstream must be one of: ${WORKSTREAMS.join(', ')}.`;
  if (!values.stage) issues.stage = 'Stage is required.';
  else if (notIn(STAGES, values.stage)) issues.stage = `Stage must be one of: ${STAGES.join(', ')}.`;
  const badWays = values.waysOfWorking.filter((w) => !(WAYS_OF_WORKING as readonly string[]).includes(w));
  if (badWays.length) issues.waysOfWorking = `Ways of working has values that are not allowed: ${badWays.join(', ')}.`;
  const badOutcomes = values.corporatePlanOutcomes.filter((o) => !(CORPORATE_PLAN_OUTCOMES as readonly string[]).includes(o));
  if (badOutcomes.length) issues.corporatePlanOutcomes = `Corporate Plan outcomes are numbered 1 to 12 (not ${badOutcomes.join(', ')}).`;
  const timeframe = values.timeframeLabel.trim();
  if (timeframe.length > TIMEFRAME_MAX_LENGTH) issues.timeframeLabel = `Timeframe must be ${TIMEFRAME_MAX_LENGTH} characters or fewer (it has ${timeframe.length}).`;
  const start = dayFieldProblem('Start date', values.startDate);
  const end = dayFieldProblem('End date', values.endDate);
  if (start) issues.startDate = start;
  if (end) issues.endDate = end;
  if (!start && !end && values.startDate && values.endDate && values.endDate < values.startDate) {
    issues.endDate = `End date must be on or after the start date (${readableDay(values.startDate)}).`;
  }
  if (notIn(GOVERNANCE_TIERS, values.governanceTier)) issues.governanceTier = `Governance tier must be one of: ${GOVERNANCE_TIERS.join(', ')}.`;
  if (notIn(HEALTH, values.health)) issues.health = `Health must be one of: ${HEALTH.join(', ')}.`;
  const effort = numberIssue('Effort (months)', values.effortMonths, EFFORT_RANGE, '3 or 1.5');
  if (effort) issues.effortMonths = effort;
  const progress = numberIssue('Progress (%)', values.progress, PROGRESS_RANGE, '40');
  if (progress) issues.progress = progress;
  return issues;
}

export const hasIssues = (issues: InitiativeFormIssues): boolean => Object.keys(issues).length > 0;

const orUndefined = (value: string): string | undefined => value.trim() || undefined;

/** What the form saves: every editable field, undefined for a cleared one. Call only when the form is valid. */
export function initiativeFromForm(values: IInitiativeFormValues): Partial<IInitiative> {
  return {
    title: values.title.trim(),
    description: orUndefined(values.description),
    workstream: values.workstream,
    stage: values.stage,
    waysOfWorking: [...values.waysOfWorking],
    startDate: values.startDate || undefined,
    endDate: values.endDate || undefined,
    timeframeLabel: orUndefined(values.timeframeLabel),
    corporatePlanOutcomes: [...values.corporatePlanOutcomes],
    department: values.department,
    owner: values.owner,
    sponsor: values.sponsor,
    governanceTier: values.governanceTier,
    mustDo: values.mustDo,
    effortMonths: readNumber(values.effortMonths),
    progress: readNumber(values.progress),
    health: values.health,
    notes: orUndefined(values.notes)
  };
}
