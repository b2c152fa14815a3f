/**
 * Field values: converting an add/update body to stored values (with SharePoint's
 * JSON-light vs verbose rules), and stored values back to OData properties.
 *
 * Documented choices:
 * - Choice values outside the field's choices are accepted: SharePoint's REST API does not
 *   validate them (only its forms do).
 * - Required fields are not enforced (as SharePoint's REST API).
 * - Created, Modified, AuthorId and EditorId may be written (the worst case of what SharePoint Online
 *   may do: README "System fields"); Id/ID/GUID/Attachments/OData__UIVersionString are read-only -> 400.
 * - Dates must lie between 1900-01-01 and 8900-12-31 (400 SPFieldValidationException).
 * - Lookup ids are not checked against the target list (SharePoint keeps no referential
 *   integrity unless a relationship behaviour is set); person ids must be directory people
 *   (or groups when the field allows groups).
 * - Number Min/Max and Text MaxLength are enforced (400, unverified message).
 */
import { CollectionValue, ComplexValue } from './formats';
import { entityPropertyName, FIELD_TYPES } from './fieldSchema';
import { invalidRequest, propertyNotOnType, SpError } from './errors';
import type { AttachmentRecord, FieldDef, ListData, StoredValue, UrlValue } from './types';

export interface WriteOptions {
  verbose: boolean;
  entityType: string;
  isPrincipal(id: number, allowGroups: boolean): boolean;
}

export interface ItemWrite {
  values: Record<string, StoredValue>;
  created?: string;
  modified?: string;
  authorId?: number;
  editorId?: number;
  /** OData__ModerationStatus (content approval; the route checks ApproveItems) */
  moderationStatus?: number;
  moderationComments?: string | null;
  /** the item's new attachments (AttachmentFiles changes) */
  attachments?: AttachmentRecord[];
}

const READ_ONLY = new Set(['Id', 'ID', 'GUID', 'Attachments', 'OData__UIVersionString', 'FileSystemObjectType',
  'ServerRedirectedEmbedUri', 'ServerRedirectedEmbedUrl']);
const IGNORED = new Set(['ContentTypeId']);

function readOnlyError(): SpError {
  return new SpError(400, '-2147024809, System.ArgumentException',
    'Invalid data has been used to update the list item. The field you are trying to update may be read only.');
}

function cannotConvert(edmType: string): SpError {
  return invalidRequest(`Cannot convert a primitive value to the expected type '${edmType}'. See the inner exception for more details.`);
}

function fieldValidation(message: string): SpError {
  return new SpError(400, '-2130575155, Microsoft.SharePoint.SPFieldValidationException', message);
}

/** ISO date at second precision with Z, as SharePoint answers. */
export function isoSeconds(d: Date): string {
  return d.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

function toDate(v: unknown): string | null {
  if (v === null) return null;
  if (typeof v !== 'string' || Number.isNaN(Date.parse(v))) {
    throw invalidRequest(`Cannot convert the literal '${String(v)}' to the expected type 'Edm.DateTime'.`);
  }
  const iso = isoSeconds(new Date(v));
  if (!checkDateRange(iso)) throw fieldValidation('You must specify a valid date within the range of 1/1/1900 and 12/31/8900.');
  return iso;
}

/** SharePoint stores dates from 1900-01-01 to 8900-12-31 (SPDateTime's range); anything outside is refused. */
export function checkDateRange(iso: string): boolean {
  return iso >= '1900-01-01T00:00:00Z' && iso <= '8900-12-31T23:59:59Z' && /^\d{4}-/.test(iso);
}

function toNumber(v: unknown, edmType = 'Edm.Double'): number | null {
  if (v === null) return null;
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  if (typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v))) return Number(v);
  throw cannotConvert(edmType);
}

/** Multi-value payloads: JSON light wants an array, verbose wants {results:[...]}. */
function collection(v: unknown, verbose: boolean): unknown[] | null {
  if (v === null) return null;
  if (verbose) {
    if (Array.isArray(v)) {
      throw invalidRequest("A node of type 'StartArray' was read from the JSON reader when trying to read a value of a property; however, a 'PrimitiveValue' or 'StartObject' node was expected.");
    }
    if (typeof v === 'object' && Array.isArray((v as { results?: unknown }).results)) {
      return (v as { results: unknown[] }).results;
    }
    throw cannotConvert('Collection');
  }
  if (Array.isArray(v)) return v;
  if (typeof v === 'object') {
    throw invalidRequest("An unexpected 'StartObject' node was found when reading from the JSON reader. A 'StartArray' node was expected.");
  }
  throw invalidRequest("A 'PrimitiveValue' node was found when reading from the JSON reader. A 'StartArray' node was expected.");
}

function toText(field: FieldDef, v: unknown): string | null {
  if (v === null) return null;
  if (typeof v !== 'string') throw cannotConvert('Edm.String');
  if (field.type === 'Text' && v.length > (field.maxLength ?? 255)) {
    throw fieldValidation(`The value of the field '${field.title}' exceeds its maximum length of ${field.maxLength ?? 255} characters.`);
  }
  return v;
}

function toUrl(v: unknown, verbose: boolean): UrlValue | null {
  if (v === null) return null;
  if (typeof v !== 'object' || Array.isArray(v)) throw cannotConvert('SP.FieldUrlValue');
  const o = v as Record<string, unknown>;
  for (const k of Object.keys(o)) {
    if (k === '__metadata' && verbose) continue;
    if (k !== 'Url' && k !== 'Description') throw propertyNotOnType(k, 'SP.FieldUrlValue');
  }
  if (o.Url !== undefined && o.Url !== null && typeof o.Url !== 'string') throw cannotConvert('Edm.String');
  return { Url: typeof o.Url === 'string' ? o.Url : '', Description: typeof o.Description === 'string' ? o.Description : String(o.Url ?? '') };
}

function convertValue(field: FieldDef, v: unknown, o: WriteOptions): StoredValue {
  switch (field.type) {
    case 'Text':
    case 'Note':
    case 'Choice':
      return toText(field, v);
    case 'Number':
    case 'Currency':
    case 'Integer': {
      const n = toNumber(v);
      if (n !== null && field.type === 'Integer' && !Number.isInteger(n)) throw cannotConvert('Edm.Int32');
      if (n !== null && ((field.min !== undefined && n < field.min) || (field.max !== undefined && n > field.max))) {
        throw fieldValidation(`The value of the field '${field.title}' must be between ${field.min ?? '-∞'} and ${field.max ?? '∞'}.`);
      }
      return n;
    }
    case 'Boolean':
      if (v === null || typeof v === 'boolean') return v;
      throw cannotConvert('Edm.Boolean');
    case 'DateTime':
      return toDate(v);
    case 'MultiChoice': {
      const arr = collection(v, o.verbose);
      if (arr === null || arr.length === 0) return null;
      if (arr.some((x) => typeof x !== 'string')) throw cannotConvert('Edm.String');
      return arr as string[];
    }
    case 'URL':
      return toUrl(v, o.verbose);
    default:
      throw readOnlyError();
  }
}

function convertIds(field: FieldDef, v: unknown, o: WriteOptions): StoredValue {
  const info = FIELD_TYPES[field.type];
  const checkPrincipal = (id: number): number => {
    if (info.user && !o.isPrincipal(id, field.selectionMode === 1)) {
      throw new SpError(400, '-2146232832, Microsoft.SharePoint.SPException', 'The user does not exist or is not unique.');
    }
    return id;
  };
  if (info.multi) {
    const arr = collection(v, o.verbose);
    if (arr === null) return [];
    return arr.map((x) => checkPrincipal(toNumber(x, 'Edm.Int32') as number)).filter((x) => x !== null);
  }
  const n = toNumber(v, 'Edm.Int32');
  if (n === null || n <= 0) return null;
  return checkPrincipal(n);
}

interface PropertyTarget { field: FieldDef; as: 'value' | 'id' | 'stringId' }

function propertyTargets(list: ListData): Map<string, PropertyTarget> {
  const map = new Map<string, PropertyTarget>();
  for (const f of list.fields) {
    const name = entityPropertyName(f);
    if (FIELD_TYPES[f.type].lookup) {
      map.set(name, { field: f, as: 'value' });
      map.set(`${name}Id`, { field: f, as: 'id' });
      if (FIELD_TYPES[f.type].user) map.set(`${name}StringId`, { field: f, as: 'stringId' });
    } else {
      map.set(name, { field: f, as: 'value' });
    }
  }
  return map;
}

/** Converts an item add/update body. Throws SharePoint's 400 errors. */
export function convertItemBody(list: ListData, body: Record<string, unknown>, o: WriteOptions): ItemWrite {
  const targets = propertyTargets(list);
  const write: ItemWrite = { values: {} };
  for (const [key, raw] of Object.entries(body)) {
    if (key === '__metadata') {
      if (!o.verbose) throw propertyNotOnType('__metadata', o.entityType);
      const type = (raw as { type?: unknown } | null)?.type;
      if (type !== undefined && type !== o.entityType) {
        throw invalidRequest(`A type named '${String(type)}' could not be resolved by the model. When a model is available, each type name must resolve to a valid type.`);
      }
      continue;
    }
    if (READ_ONLY.has(key)) throw readOnlyError();
    if (IGNORED.has(key)) continue;
    if (key === 'OData__ModerationStatus' || key === 'OData__ModerationComments') {
      if (!list.enableModeration) throw readOnlyError();
      if (key === 'OData__ModerationComments') {
        if (raw !== null && typeof raw !== 'string') throw cannotConvert('Edm.String');
        write.moderationComments = raw as string | null;
      } else {
        if (raw !== 0 && raw !== 1 && raw !== 2) throw invalidRequest('OData__ModerationStatus must be 0 (Approved), 1 (Rejected) or 2 (Pending).');
        write.moderationStatus = raw;
      }
      continue;
    }
    const target = targets.get(key);
    if (!target) throw propertyNotOnType(key, o.entityType);
    const { field } = target;
    switch (field.internalName) {
      case 'Created':
      case 'Modified': {
        const d = toDate(raw);
        if (d) write[field.internalName === 'Created' ? 'created' : 'modified'] = d;
        continue;
      }
      case 'Author':
      case 'Editor': {
        if (target.as === 'value') break;
        const id = convertIds(field, target.as === 'stringId' && typeof raw === 'string' ? Number(raw) : raw, o);
        if (typeof id === 'number') write[field.internalName === 'Author' ? 'authorId' : 'editorId'] = id;
        continue;
      }
      default:
        break;
    }
    if (target.as === 'value' && FIELD_TYPES[field.type].lookup) {
      throw invalidRequest("A 'PrimitiveValue' node with non-null value was found when trying to read the value of a navigation property; however, a 'StartArray' node, a 'StartObject' node, or a 'PrimitiveValue' node with null value was expected.");
    }
    if (field.readOnly) throw readOnlyError();
    write.values[field.internalName] = target.as === 'value' ? convertValue(field, raw, o) : convertIds(field, raw, o);
  }
  return write;
}

/** The stored value for a new item's field when the body does not set it (<Default>). */
export function defaultValueOf(field: FieldDef, now: Date): StoredValue | undefined {
  const d = field.defaultValue;
  if (d === null || d === '') return undefined;
  switch (field.type) {
    case 'Boolean': return /^(1|true)$/i.test(d);
    case 'Number':
    case 'Currency':
    case 'Integer': return Number.isFinite(Number(d)) ? Number(d) : undefined;
    case 'DateTime': return /^\[today\]$/i.test(d) ? isoSeconds(now) : toDate(d);
    case 'MultiChoice': return d.split(';#').filter(Boolean);
    case 'Text':
    case 'Note':
    case 'Choice': return d;
    default: return undefined;
  }
}

export function emptyValueOf(field: FieldDef): StoredValue {
  return field.type === 'LookupMulti' || field.type === 'UserMulti' ? [] : null;
}

/** The OData properties a field contributes to an item entity (not expanded). */
export function outputProperties(field: FieldDef, stored: StoredValue | undefined): Record<string, unknown> {
  const name = entityPropertyName(field);
  const v = stored === undefined ? emptyValueOf(field) : stored;
  switch (field.type) {
    case 'MultiChoice':
      return { [name]: Array.isArray(v) && v.length > 0 ? new CollectionValue('Edm.String', v) : null };
    case 'Lookup':
      return { [`${name}Id`]: v };
    case 'LookupMulti':
      return { [`${name}Id`]: new CollectionValue('Edm.Int32', Array.isArray(v) ? v : []) };
    case 'User':
      return { [`${name}Id`]: v, [`${name}StringId`]: typeof v === 'number' ? String(v) : null };
    case 'UserMulti': {
      const ids = (Array.isArray(v) ? v : []) as number[];
      return { [`${name}Id`]: new CollectionValue('Edm.Int32', ids), [`${name}StringId`]: new CollectionValue('Edm.String', ids.map(String)) };
    }
    case 'URL':
      return { [name]: v && typeof v === 'object' && !Array.isArray(v) ? new ComplexValue('SP.FieldUrlValue', { Description: v.Description, Url: v.Url }) : null };
    default:
      return { [name]: v ?? null };
  }
}
