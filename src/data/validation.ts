import { IFieldIssue, ValidationError } from './errors';
import { propertyName } from './schema/propertyName';
import { IFieldDefinition, IListDefinition } from './schema/fieldTypes';

/**
 * The app validates what SharePoint REST does not: required fields, lengths, ranges and choices.
 * `partial` checks only the values being written (an update); otherwise required fields must be present.
 */

/** SharePoint Online stores dates from 1 January 1900 to 31 December 8900 and refuses others. */
const FIRST_YEAR = 1900;
const LAST_YEAR = 8900;
/** The largest magnitude a SharePoint number column keeps exactly (15 significant digits). */
const LARGEST_NUMBER = 1e15;

/** `YYYY-MM-DD` or an ISO instant `YYYY-MM-DDThh:mm[:ss[.fff]](Z|±hh:mm)`, as the data layer writes dates. */
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,7})?)?(?:Z|[+-]\d{2}:\d{2})?)?$/;

/** Why a date text is not a date SharePoint can store, or undefined when it is one. */
function dateIssue(title: string, value: unknown): string | undefined {
  const match = typeof value === 'string' ? ISO_DATE.exec(value.trim()) : null;
  if (!match) return `${title} must be a valid date, written as YYYY-MM-DD.`;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const calendar = new Date(Date.UTC(year, month - 1, day));
  if (month < 1 || month > 12 || calendar.getUTCMonth() !== month - 1 || calendar.getUTCDate() !== day) {
    return `${title}: ${match[1]}-${match[2]}-${match[3]} is not a date in the calendar.`;
  }
  const [hours, minutes, seconds] = [Number(match[4] ?? 0), Number(match[5] ?? 0), Number(match[6] ?? 0)];
  if (hours > 23 || minutes > 59 || seconds > 59) return `${title} has a time of day that does not exist.`;
  if (year < FIRST_YEAR || year > LAST_YEAR) return `${title} must be between ${FIRST_YEAR} and ${LAST_YEAR} (the years SharePoint stores).`;
  return undefined;
}

/** Why a link is not one the app stores: only web addresses (http or https; https where the field says so). */
function linkIssue(field: IFieldDefinition, value: unknown): string | undefined {
  const url = typeof value === 'object' && value !== null ? (value as { url?: unknown }).url : undefined;
  if (typeof url !== 'string' || !url.trim()) return `${field.title} must be a web address.`;
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return `${field.title} must be a full web address starting with https:// (it is "${url}").`;
  }
  if (parsed.protocol === 'https:') return undefined;
  if (parsed.protocol === 'http:' && !field.httpsOnly) return undefined;
  return field.httpsOnly
    ? `${field.title} must be a secure web address starting with https://.`
    : `${field.title} must be a web address starting with https:// or http:// (not "${parsed.protocol}").`;
}

/** Why a text is not in its field's format (answers kept as JSON), or undefined. */
function formatIssue(field: IFieldDefinition, value: string): string | undefined {
  const issue = field.format?.(value);
  return issue ? `${field.title}: ${issue}` : undefined;
}

const isEmpty = (value: unknown): boolean =>
  value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0);

function fieldIssue(field: IFieldDefinition, value: unknown): string | undefined {
  if (isEmpty(value)) return field.required ? `${field.title} is required.` : undefined;
  switch (field.kind) {
    case 'Text':
    case 'Note':
      if (typeof value !== 'string') return `${field.title} must be text.`;
      if (field.maxLength !== undefined && value.length > field.maxLength) {
        return `${field.title} must be ${field.maxLength} characters or fewer (it has ${value.length}).`;
      }
      return formatIssue(field, value);
    case 'Number':
      if (typeof value !== 'number' || !isFinite(value)) return `${field.title} must be a number.`;
      if (Math.abs(value) > LARGEST_NUMBER) return `${field.title} is too large to store (at most 15 digits).`;
      if (field.wholeNumber && (!Number.isInteger(value) || (field.min !== undefined && value < field.min) || (field.max !== undefined && value > field.max))) {
        const range = field.max !== undefined ? `from ${field.min ?? 0} to ${field.max}` : `of ${field.min ?? 0} or more`;
        return `${field.title} must be a whole number ${range} (it is ${value}).`;
      }
      if (field.min !== undefined && value < field.min) return `${field.title} must be at least ${field.min}.`;
      if (field.max !== undefined && value > field.max) return `${field.title} must be at most ${field.max}.`;
      return undefined;
    case 'Boolean':
      return typeof value === 'boolean' ? undefined : `${field.title} must be yes or no.`;
    case 'DateTime':
      return dateIssue(field.title, value);
    case 'URL':
      return linkIssue(field, value);
    case 'Choice':
      return field.fillIn || field.choices?.includes(String(value)) ? undefined : `${field.title} must be one of: ${field.choices?.join(', ')}.`;
    case 'MultiChoice': {
      const values = value as unknown[];
      const bad = field.fillIn ? [] : values.filter((v) => !field.choices?.includes(String(v)));
      return bad.length ? `${field.title} has values that are not allowed: ${bad.join(', ')}.` : undefined;
    }
    default:
      return undefined;
  }
}

/**
 * Why a value read from SharePoint cannot be used as it is, or undefined. Readers leave such values out (toEntity in
 * ./mapping.ts): dates SharePoint would not store or that are not dates, numbers that are not finite or beyond what a
 * column keeps or its range, links that are not web addresses (`javascript:`, `data:`), text that is not text. Choices
 * outside the list are kept (a choice renamed in SharePoint is still shown as it is).
 */
export function storedValueIssue(field: IFieldDefinition, value: unknown): string | undefined {
  if (isEmpty(value) || field.kind === 'Choice' || field.kind === 'MultiChoice' || field.kind === 'Lookup' || field.kind === 'User') return undefined;
  return fieldIssue({ ...field, required: false, maxLength: undefined }, value);
}

export function validationIssues(def: IListDefinition, values: Readonly<Record<string, unknown>>, partial = false): IFieldIssue[] {
  const issues: IFieldIssue[] = [];
  const title = values.title;
  if (!partial || 'title' in values) {
    if (def.titleField.required && isEmpty(title)) issues.push({ field: 'title', message: `${def.titleField.title} is required.` });
    else if (typeof title === 'string' && def.titleField.maxLength !== undefined && title.length > def.titleField.maxLength) {
      issues.push({ field: 'title', message: `${def.titleField.title} must be ${def.titleField.maxLength} characters or fewer.` });
    }
  }
  for (const field of def.fields) {
    const key = propertyName(field.internalName);
    if (partial && !(key in values)) continue;
    const message = fieldIssue(field, values[key]);
    if (message) issues.push({ field: key, message });
  }
  issues.push(...dateOrderIssues(def, values).filter((d) => !issues.some((i) => i.field === d.field)));
  return issues;
}

/**
 * Dates that come before the date they must follow (IListDefinition.dateOrder), among `values`. An update that writes
 * one of the two is checked against the item's other date too (src/data/references.ts reads it).
 */
export function dateOrderIssues(def: IListDefinition, values: Readonly<Record<string, unknown>>): IFieldIssue[] {
  const issues: IFieldIssue[] = [];
  for (const [earlier, later] of def.dateOrder ?? []) {
    const [from, to] = [values[earlier], values[later]];
    if (isEmpty(from) || isEmpty(to)) continue;
    const fieldOf = (key: string): IFieldDefinition | undefined => def.fields.find((f) => propertyName(f.internalName) === key);
    const [a, b] = [fieldOf(earlier), fieldOf(later)];
    if ((a && dateIssue(a.title, from)) || (b && dateIssue(b.title, to))) continue;
    if (Date.parse(String(to)) < Date.parse(String(from))) {
      issues.push({ field: later, message: `${b?.title ?? later} must be on or after ${(a?.title ?? earlier).toLowerCase()}.` });
    }
  }
  return issues;
}

export function assertValid(def: IListDefinition, values: Readonly<Record<string, unknown>>, partial = false): void {
  const issues = validationIssues(def, values, partial);
  if (issues.length) throw new ValidationError(issues);
}
