import { IFieldIssue, ValidationError } from './errors';
import { propertyName } from './mapping';
import { IFieldDefinition, IListDefinition } from './schema/fieldTypes';
import { linkProblem } from '../domain/talks/talkLinks';

/**
 * The app validates what SharePoint REST does not: required fields, lengths, ranges and choices.
 * `partial` checks only the values being written (an update); otherwise required fields must be present.
 */

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
      return undefined;
    case 'Number':
      if (typeof value !== 'number' || !isFinite(value)) return `${field.title} must be a number.`;
      if (field.min !== undefined && value < field.min) return `${field.title} must be at least ${field.min}.`;
      if (field.max !== undefined && value > field.max) return `${field.title} must be at most ${field.max}.`;
      return undefined;
    case 'Boolean':
      return typeof value === 'boolean' ? undefined : `${field.title} must be yes or no.`;
    case 'DateTime':
      return typeof value === 'string' && !isNaN(Date.parse(value)) ? undefined : `${field.title} must be a valid date.`;
    case 'Choice':
      return field.fillIn || field.choices?.includes(String(value)) ? undefined : `${field.title} must be one of: ${field.choices?.join(', ')}.`;
    case 'MultiChoice': {
      const values = value as unknown[];
      const bad = field.fillIn ? [] : values.filter((v) => !field.choices?.includes(String(v)));
      return bad.length ? `${field.title} has values that are not allowed: ${bad.join(', ')}.` : undefined;
    }
    case 'URL':
      // Links are rendered as links: only https, never javascript: or other schemes.
      return linkProblem(field.title, (value as { url?: string }).url);
    default:
      return undefined;
  }
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
  return issues;
}

export function assertValid(def: IListDefinition, values: Readonly<Record<string, unknown>>, partial = false): void {
  const issues = validationIssues(def, values, partial);
  if (issues.length) throw new ValidationError(issues);
}
