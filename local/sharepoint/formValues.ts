/**
 * ValidateUpdateListItem: the update SharePoint's own forms use. The body is
 * `{formValues: [{FieldName, FieldValue}], bNewDocumentUpdate, checkInComment?, datesInUTC?}` where every
 * value is a string in the form's format; the answer is one ListItemFormUpdateValue per field
 * ({ErrorCode, ErrorMessage, FieldName, FieldValue, HasException, ItemId}), HTTP 200 even when a value is
 * refused, and then nothing is saved.
 *
 * Unlike the REST item endpoints, it writes read-only fields: Author, Editor, Created and Modified included
 * (see README "System fields" for the sources). Value formats (as SharePoint's forms send them):
 * text and choice as is; numbers as "12.5"; yes/no "1"/"0" (also "true"/"false", "yes"/"no");
 * dates "M/D/YYYY[ h:mm[:ss] AM|PM]" (en-US, the local site's locale, read as UTC) or ISO 8601;
 * multi-choice "A;#B"; lookups "3" or "3;#Title", multi "3;#;#5;#"; people a JSON array
 * `[{"Key":"i:0#.f|membership|x@y"}]`; hyperlinks "url, description".
 */
import { findPerson } from './directory';
import { columnNotFound } from './errors';
import { FIELD_TYPES } from './fieldSchema';
import { checkDateRange, isoSeconds, type ItemWrite } from './fieldValues';
import type { ListState } from './store';
import type { FieldDef, StoredValue } from './types';

export interface FormValue { FieldName: string; FieldValue: string }

export interface FormValueResult extends FormValue {
  ErrorCode: number;
  ErrorMessage: string | null;
  HasException: boolean;
  ItemId: number;
}

class FormValueError extends Error {}

const MODERATION_NAMES: Record<string, number> = { '0': 0, approved: 0, '1': 1, rejected: 1, denied: 1, '2': 2, pending: 2 };

const US_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(AM|PM)?)?$/i;

function parseDate(field: FieldDef, text: string): string | null {
  if (!text.trim()) return null;
  const m = US_DATE.exec(text.trim());
  let d: Date;
  if (m) {
    let hours = Number(m[4] ?? 0);
    if (m[7]) hours = (hours % 12) + (m[7].toUpperCase() === 'PM' ? 12 : 0);
    d = new Date(Date.UTC(Number(m[3]), Number(m[1]) - 1, Number(m[2]), hours, Number(m[5] ?? 0), Number(m[6] ?? 0)));
  } else if (/^\d{4}-\d{2}-\d{2}/.test(text.trim())) {
    d = new Date(text.trim());
  } else {
    throw new FormValueError('You must specify a valid date within the range of 1/1/1900 and 12/31/8900.');
  }
  if (Number.isNaN(d.getTime())) throw new FormValueError('You must specify a valid date within the range of 1/1/1900 and 12/31/8900.');
  const iso = isoSeconds(d);
  if (!checkDateRange(iso)) throw new FormValueError('You must specify a valid date within the range of 1/1/1900 and 12/31/8900.');
  return iso;
}

function parsePeople(field: FieldDef, text: string): number[] {
  if (!text.trim()) return [];
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new FormValueError('The user does not exist or is not unique.');
  }
  if (!Array.isArray(parsed)) throw new FormValueError('The user does not exist or is not unique.');
  return parsed.map((entry) => {
    const key = typeof entry === 'object' && entry !== null ? (entry as { Key?: unknown }).Key : undefined;
    const person = typeof key === 'string' ? findPerson(key) : undefined;
    if (!person) throw new FormValueError('The user does not exist or is not unique.');
    return person.id;
  });
}

function parseValue(field: FieldDef, text: string): StoredValue {
  const info = FIELD_TYPES[field.type];
  if (info.user) {
    const ids = parsePeople(field, text);
    if (info.multi) return ids;
    if (ids.length > 1) throw new FormValueError('The user does not exist or is not unique.');
    return ids[0] ?? null;
  }
  if (info.lookup) {
    const ids = text.split(';#').filter((p) => /^\d+$/.test(p)).map(Number);
    return info.multi ? ids : ids[0] ?? null;
  }
  switch (field.type) {
    case 'Text':
    case 'Note':
    case 'Choice':
      if ((field.type === 'Text' || field.type === 'Choice') && text.length > (field.maxLength ?? 255)) {
        throw new FormValueError(`The value of the field '${field.title}' exceeds its maximum length of ${field.maxLength ?? 255} characters.`);
      }
      return text === '' ? null : text;
    case 'Number':
    case 'Currency':
    case 'Integer': {
      if (!text.trim()) return null;
      const n = Number(text);
      if (Number.isNaN(n)) throw new FormValueError('Only numbers can go here.');
      if ((field.min !== undefined && n < field.min) || (field.max !== undefined && n > field.max)) {
        throw new FormValueError(`The value of the field '${field.title}' must be between ${field.min ?? '-∞'} and ${field.max ?? '∞'}.`);
      }
      return n;
    }
    case 'Boolean': {
      const t = text.trim().toLowerCase();
      if (['1', 'true', 'yes'].includes(t)) return true;
      if (['0', 'false', 'no', ''].includes(t)) return false;
      throw new FormValueError('The value is not a valid yes/no value.');
    }
    case 'DateTime':
      return parseDate(field, text);
    case 'MultiChoice': {
      const values = text.split(';#').filter((v) => v !== '');
      return values.length ? values : null;
    }
    case 'URL': {
      if (!text.trim()) return null;
      const comma = text.indexOf(', ');
      return comma < 0 ? { Url: text, Description: text } : { Url: text.slice(0, comma), Description: text.slice(comma + 2) };
    }
    default:
      throw new FormValueError(`The field '${field.title}' cannot be set.`);
  }
}

/**
 * Converts form values to a write. Unknown field: 400 (thrown). Refused values: the results carry the
 * errors and `write` is null (nothing may be saved).
 */
export function convertFormValues(list: ListState, itemId: number, values: FormValue[], findField: (name: string) => FieldDef | undefined): { write: ItemWrite | null; results: FormValueResult[] } {
  const write: ItemWrite = { values: {} };
  let failed = false;
  const results = values.map((v): FormValueResult => {
    const name = String(v.FieldName ?? '');
    const text = v.FieldValue === null || v.FieldValue === undefined ? '' : String(v.FieldValue);
    const ok: FormValueResult = { ErrorCode: 0, ErrorMessage: null, FieldName: name, FieldValue: text, HasException: false, ItemId: itemId };
    if (list.data.enableModeration && (name === '_ModerationStatus' || name === '_ModerationComments')) {
      if (name === '_ModerationComments') {
        write.moderationComments = text === '' ? null : text;
        return ok;
      }
      const status = MODERATION_NAMES[text.trim().toLowerCase()];
      if (status === undefined) {
        failed = true;
        return { ...ok, ErrorCode: -2146232832, ErrorMessage: 'Invalid approval status.', HasException: true };
      }
      write.moderationStatus = status;
      return ok;
    }
    const field = findField(name);
    if (!field || field.internalName !== name) throw columnNotFound(name);
    try {
      switch (field.internalName) {
        case 'Created':
        case 'Modified': {
          const d = parseDate(field, text);
          if (d) write[field.internalName === 'Created' ? 'created' : 'modified'] = d;
          break;
        }
        case 'Author':
        case 'Editor': {
          const ids = parsePeople(field, text);
          if (ids.length !== 1) throw new FormValueError('The user does not exist or is not unique.');
          write[field.internalName === 'Author' ? 'authorId' : 'editorId'] = ids[0];
          break;
        }
        default:
          if (field.builtIn && field.internalName !== 'Title') throw new FormValueError(`The field '${field.title}' cannot be set.`);
          write.values[field.internalName] = parseValue(field, text);
      }
      return ok;
    } catch (e) {
      if (!(e instanceof FormValueError)) throw e;
      failed = true;
      return { ...ok, ErrorCode: -2146232832, ErrorMessage: e.message, HasException: true };
    }
  });
  return { write: failed ? null : write, results };
}
