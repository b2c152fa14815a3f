/**
 * Field definitions: SharePoint's type table, the built-in fields every custom list has,
 * and building a FieldDef from SchemaXml (createfieldasxml) or from creation properties
 * (fields.add verbose / AddField).
 */
import { randomUUID } from 'crypto';
import { invalidRequest } from './errors';
import { child, encodeEntities, parseXml } from './xml';
import type { FieldDef, FieldType } from './types';

export interface FieldTypeInfo { kind: number; odataType: string; multi: boolean; lookup: boolean; user: boolean }

export const FIELD_TYPES: Record<FieldType, FieldTypeInfo> = {
  Integer: { kind: 1, odataType: 'SP.FieldNumber', multi: false, lookup: false, user: false },
  Text: { kind: 2, odataType: 'SP.FieldText', multi: false, lookup: false, user: false },
  Note: { kind: 3, odataType: 'SP.FieldMultiLineText', multi: false, lookup: false, user: false },
  DateTime: { kind: 4, odataType: 'SP.FieldDateTime', multi: false, lookup: false, user: false },
  Counter: { kind: 5, odataType: 'SP.Field', multi: false, lookup: false, user: false },
  Choice: { kind: 6, odataType: 'SP.FieldChoice', multi: false, lookup: false, user: false },
  Lookup: { kind: 7, odataType: 'SP.FieldLookup', multi: false, lookup: true, user: false },
  LookupMulti: { kind: 7, odataType: 'SP.FieldLookup', multi: true, lookup: true, user: false },
  Boolean: { kind: 8, odataType: 'SP.Field', multi: false, lookup: false, user: false },
  Number: { kind: 9, odataType: 'SP.FieldNumber', multi: false, lookup: false, user: false },
  Currency: { kind: 10, odataType: 'SP.FieldCurrency', multi: false, lookup: false, user: false },
  URL: { kind: 11, odataType: 'SP.FieldUrl', multi: false, lookup: false, user: false },
  Computed: { kind: 12, odataType: 'SP.FieldComputed', multi: false, lookup: false, user: false },
  Guid: { kind: 14, odataType: 'SP.FieldGuid', multi: false, lookup: false, user: false },
  MultiChoice: { kind: 15, odataType: 'SP.FieldMultiChoice', multi: true, lookup: false, user: false },
  Attachments: { kind: 19, odataType: 'SP.Field', multi: false, lookup: false, user: false },
  User: { kind: 20, odataType: 'SP.FieldUser', multi: false, lookup: true, user: true },
  UserMulti: { kind: 20, odataType: 'SP.FieldUser', multi: true, lookup: true, user: true },
  ContentTypeId: { kind: 25, odataType: 'SP.Field', multi: false, lookup: false, user: false },
};

/** Types the app may create. */
const CREATABLE: ReadonlySet<FieldType> = new Set<FieldType>([
  'Text', 'Note', 'Number', 'Currency', 'Integer', 'Boolean', 'DateTime', 'Choice', 'MultiChoice',
  'Lookup', 'LookupMulti', 'User', 'UserMulti', 'URL',
]);

const KIND_TO_TYPE: Record<number, FieldType> = {
  1: 'Integer', 2: 'Text', 3: 'Note', 4: 'DateTime', 6: 'Choice', 7: 'Lookup', 8: 'Boolean', 9: 'Number',
  10: 'Currency', 11: 'URL', 15: 'MultiChoice', 20: 'User',
};

export function isLookupLike(f: FieldDef): boolean {
  return FIELD_TYPES[f.type].lookup;
}

export function isMultiValue(f: FieldDef): boolean {
  return FIELD_TYPES[f.type].multi;
}

/** The OData property name of a field (a leading _ becomes OData__). */
export function entityPropertyName(f: FieldDef | string): string {
  const name = typeof f === 'string' ? f : f.internalName;
  return name.startsWith('_') ? `OData_${name}` : name;
}

/** SharePoint's internal name encoding of a display name: non-alphanumerics as _xHHHH_, 32 chars. */
export function encodeInternalName(title: string): string {
  let out = '';
  for (const ch of title) {
    if (/[A-Za-z0-9_]/.test(ch)) {
      out += ch;
    } else {
      out += `_x${ch.codePointAt(0)?.toString(16).padStart(4, '0')}_`;
    }
  }
  return out.slice(0, 32);
}

interface BaseFieldOptions {
  internalName: string;
  title: string;
  type: FieldType;
  id?: string;
  hidden?: boolean;
  readOnly?: boolean;
  required?: boolean;
  indexed?: boolean;
  extra?: Partial<FieldDef>;
}

export function makeField(o: BaseFieldOptions, builtIn: boolean): FieldDef {
  const f: FieldDef = {
    id: o.id ?? randomUUID(),
    internalName: o.internalName,
    staticName: o.internalName,
    title: o.title,
    type: o.type,
    description: '',
    group: builtIn ? '_Hidden' : 'Custom Columns',
    required: o.required ?? false,
    indexed: o.indexed ?? false,
    enforceUniqueValues: false,
    hidden: o.hidden ?? false,
    readOnly: o.readOnly ?? false,
    builtIn,
    defaultValue: null,
    schemaXml: '',
    ...o.extra,
  };
  f.schemaXml = renderSchemaXml(f);
  return f;
}

/** The fields every custom list (template 100) starts with. */
export function builtInFields(): FieldDef[] {
  return [
    makeField({ internalName: 'ContentTypeId', title: 'Content Type ID', type: 'ContentTypeId', hidden: true, readOnly: true, id: '03e45e84-1992-4d42-9116-26f756012634' }, true),
    makeField({ internalName: 'Title', title: 'Title', type: 'Text', required: true, id: 'fa564e0f-0c70-4ab9-b863-0177e6ddd247', extra: { maxLength: 255 } }, true),
    makeField({ internalName: 'ID', title: 'ID', type: 'Counter', readOnly: true, indexed: true, id: '1d22ea11-1e32-424e-89ab-9fedbadb6ce1' }, true),
    makeField({ internalName: 'Modified', title: 'Modified', type: 'DateTime', readOnly: true, id: '28cf69c5-fa48-462a-b5cd-27b6f9d2bd5f' }, true),
    makeField({ internalName: 'Created', title: 'Created', type: 'DateTime', readOnly: true, id: '8c06beca-0777-48f7-91c7-6da68bc07b69' }, true),
    makeField({ internalName: 'Author', title: 'Created By', type: 'User', readOnly: true, id: '1df5e554-ec7e-46a6-901d-d85a3881cb18', extra: { lookupField: 'Title', selectionMode: 1 } }, true),
    makeField({ internalName: 'Editor', title: 'Modified By', type: 'User', readOnly: true, id: 'd31655d1-1d5b-4511-95a1-7a09e9b75bf2', extra: { lookupField: 'Title', selectionMode: 1 } }, true),
    makeField({ internalName: '_UIVersionString', title: 'Version', type: 'Text', readOnly: true, id: 'dce8262a-3ae9-45aa-aab4-83bd75fb738a' }, true),
    makeField({ internalName: 'Attachments', title: 'Attachments', type: 'Attachments', id: '67df98f4-9dec-48ff-a553-29bece9c5bf4' }, true),
    makeField({ internalName: 'GUID', title: 'GUID', type: 'Guid', hidden: true, readOnly: true, id: 'ae069f25-3ac2-4256-b9c7-15dbc15b0c1e' }, true),
  ];
}

function bool(v: string | undefined): boolean | undefined {
  if (v === undefined) return undefined;
  return /^(true|1)$/i.test(v.trim());
}

function num(v: string | undefined): number | undefined {
  if (v === undefined || v.trim() === '') return undefined;
  const n = Number(v);
  return Number.isFinite(n) ? n : undefined;
}

function stripBraces(id: string): string {
  return id.replace(/^\{|\}$/g, '').toLowerCase();
}

export type ListReferenceResolver = (ref: string) => string | undefined;

/** Builds a field from <Field .../> SchemaXml. Name/StaticName keep the exact internal name. */
export function fieldFromSchemaXml(xml: string, resolveList: ListReferenceResolver): FieldDef {
  const el = parseXml(xml);
  if (el.name !== 'Field') {
    throw invalidRequest('The SchemaXml root element must be <Field>.');
  }
  const a = el.attributes;
  const type = a.Type as FieldType | undefined;
  if (!type || !CREATABLE.has(type)) {
    throw invalidRequest(`The field type '${a.Type ?? ''}' is not supported by the local SharePoint.`);
  }
  const mult = bool(a.Mult) ?? false;
  const effectiveType: FieldType = type === 'Lookup' && mult ? 'LookupMulti' : type === 'User' && mult ? 'UserMulti' : type;
  const title = a.DisplayName ?? a.Name ?? a.StaticName;
  const internalName = a.Name ?? a.StaticName ?? (title ? encodeInternalName(title) : undefined);
  if (!title || !internalName) {
    throw invalidRequest('The SchemaXml must name the field (Name or DisplayName).');
  }
  const choices = child(el, 'CHOICES')?.children.filter((c) => c.name === 'CHOICE').map((c) => c.text);
  const defaultEl = child(el, 'Default');
  const extra: Partial<FieldDef> = {
    description: a.Description ?? '',
    group: a.Group ?? 'Custom Columns',
    enforceUniqueValues: bool(a.EnforceUniqueValues) ?? false,
    defaultValue: defaultEl ? defaultEl.text : null,
  };
  if (choices) extra.choices = choices;
  if (a.FillInChoice !== undefined) extra.fillInChoice = bool(a.FillInChoice);
  if (FIELD_TYPES[effectiveType].lookup) {
    if (FIELD_TYPES[effectiveType].user) {
      extra.lookupField = a.ShowField ?? 'ImnName';
      extra.selectionMode = a.UserSelectionMode === 'PeopleAndGroups' || a.UserSelectionMode === '1' ? 1 : 0;
    } else {
      const ref = a.List;
      const listId = ref ? resolveList(ref) : undefined;
      if (!listId) {
        throw invalidRequest(`The lookup field '${internalName}' refers to a list that does not exist ('${ref ?? ''}').`);
      }
      extra.lookupListId = listId;
      extra.lookupField = a.ShowField ?? 'Title';
    }
  }
  if (type === 'Text') extra.maxLength = num(a.MaxLength) ?? 255;
  if (type === 'Number' || type === 'Currency' || type === 'Integer') {
    const min = num(a.Min);
    const max = num(a.Max);
    if (min !== undefined) extra.min = min;
    if (max !== undefined) extra.max = max;
    const decimals = num(a.Decimals);
    if (decimals !== undefined) extra.decimals = decimals;
    extra.percentage = bool(a.Percentage) ?? false;
  }
  if (type === 'DateTime') extra.dateOnly = (a.Format ?? 'DateOnly') === 'DateOnly';
  if (type === 'Note') {
    extra.richText = bool(a.RichText) ?? false;
    extra.numLines = num(a.NumLines) ?? 6;
  }
  const f = makeField({
    internalName,
    title,
    type: effectiveType,
    id: a.ID ? stripBraces(a.ID) : undefined,
    hidden: bool(a.Hidden) ?? false,
    required: bool(a.Required) ?? false,
    indexed: bool(a.Indexed) ?? false,
    extra,
  }, false);
  f.staticName = a.StaticName ?? internalName;
  f.schemaXml = renderSchemaXml(f);
  return f;
}

/** Builds a field from SP.FieldCreationInformation-like properties (fields.add / AddField). */
export function fieldFromProperties(props: Record<string, unknown>): FieldDef {
  const kind = Number(props.FieldTypeKind);
  let type = KIND_TO_TYPE[kind];
  if (!type) {
    throw invalidRequest(`The FieldTypeKind '${String(props.FieldTypeKind)}' is not supported by the local SharePoint.`);
  }
  const title = String(props.Title ?? '');
  if (!title) {
    throw invalidRequest('The field Title is required.');
  }
  const multi = props.AllowMultipleValues === true;
  if (type === 'Lookup' && multi) type = 'LookupMulti';
  if (type === 'User' && multi) type = 'UserMulti';
  const choices = props.Choices as unknown;
  const extra: Partial<FieldDef> = {
    description: typeof props.Description === 'string' ? props.Description : '',
    enforceUniqueValues: props.EnforceUniqueValues === true,
    defaultValue: typeof props.DefaultValue === 'string' ? props.DefaultValue : null,
  };
  if (Array.isArray(choices)) extra.choices = choices.map(String);
  if (choices && typeof choices === 'object' && Array.isArray((choices as { results?: unknown }).results)) {
    extra.choices = ((choices as { results: unknown[] }).results).map(String);
  }
  if (type === 'Text') extra.maxLength = typeof props.MaxLength === 'number' ? props.MaxLength : 255;
  if (type === 'Number' || type === 'Currency') {
    if (typeof props.MinimumValue === 'number') extra.min = props.MinimumValue;
    if (typeof props.MaximumValue === 'number') extra.max = props.MaximumValue;
  }
  if (type === 'DateTime') extra.dateOnly = props.DisplayFormat === undefined || props.DisplayFormat === 0;
  if (type === 'Lookup' || type === 'LookupMulti') {
    extra.lookupListId = typeof props.LookupListId === 'string' ? stripBraces(props.LookupListId) : undefined;
    extra.lookupField = typeof props.LookupFieldName === 'string' ? props.LookupFieldName : typeof props.LookupField === 'string' ? props.LookupField : 'Title';
  }
  if (type === 'User' || type === 'UserMulti') {
    extra.lookupField = 'ImnName';
    extra.selectionMode = props.SelectionMode === 0 ? 0 : 1;
  }
  return makeField({
    internalName: encodeInternalName(title),
    title,
    type,
    required: props.Required === true,
    indexed: props.Indexed === true,
    hidden: props.Hidden === true,
    extra,
  }, false);
}

export function renderSchemaXml(f: FieldDef): string {
  const baseType = f.type === 'LookupMulti' ? 'LookupMulti' : f.type === 'UserMulti' ? 'UserMulti' : f.type;
  const attrs: [string, string | undefined][] = [
    ['Type', baseType],
    ['DisplayName', f.title],
    ['Required', f.required ? 'TRUE' : 'FALSE'],
    ['EnforceUniqueValues', f.enforceUniqueValues ? 'TRUE' : 'FALSE'],
    ['Indexed', f.indexed ? 'TRUE' : 'FALSE'],
    ['Mult', FIELD_TYPES[f.type].multi && f.type !== 'MultiChoice' ? 'TRUE' : undefined],
    ['List', f.lookupListId ? `{${f.lookupListId}}` : undefined],
    ['ShowField', f.lookupField],
    ['UserSelectionMode', f.type === 'User' || f.type === 'UserMulti' ? (f.selectionMode === 1 ? 'PeopleAndGroups' : 'PeopleOnly') : undefined],
    ['MaxLength', f.maxLength !== undefined ? String(f.maxLength) : undefined],
    ['Min', f.min !== undefined ? String(f.min) : undefined],
    ['Max', f.max !== undefined ? String(f.max) : undefined],
    ['Format', f.type === 'DateTime' ? (f.dateOnly ? 'DateOnly' : 'DateTime') : undefined],
    ['Hidden', f.hidden ? 'TRUE' : undefined],
    ['ID', `{${f.id}}`],
    ['StaticName', f.staticName],
    ['Name', f.internalName],
  ];
  const attrText = attrs.filter(([, v]) => v !== undefined).map(([k, v]) => `${k}="${encodeEntities(v as string)}"`).join(' ');
  const inner: string[] = [];
  if (f.choices) {
    inner.push(`<CHOICES>${f.choices.map((c) => `<CHOICE>${encodeEntities(c)}</CHOICE>`).join('')}</CHOICES>`);
  }
  if (f.defaultValue !== null) {
    inner.push(`<Default>${encodeEntities(f.defaultValue)}</Default>`);
  }
  return inner.length ? `<Field ${attrText}>${inner.join('')}</Field>` : `<Field ${attrText} />`;
}
