/**
 * MERGE on a field (field.update). SharePoint reads a JSON-light body as SP.Field, so only base
 * properties can be set that way; type-specific ones (Choices, MaxLength, MinimumValue...) need a
 * verbose body whose __metadata.type is the field's own type (e.g. SP.FieldChoice). Collections are
 * arrays in JSON light and {results:[...]} in verbose. SchemaXml may be replaced as a whole.
 */
import { empty, readJsonBody, requireList, type RequestContext } from '../context';
import { invalidRequest, propertyNotOnType } from '../errors';
import { FIELD_TYPES, fieldFromSchemaXml, renderSchemaXml } from '../fieldSchema';
import { PermissionKind } from '../permissions';
import type { ListState } from '../store';
import type { FieldDef } from '../types';

const BASE_WRITABLE: Record<string, ((f: FieldDef, v: unknown) => Partial<FieldDef>) | null> = {
  Title: (_f, v) => ({ title: String(v) }),
  Description: (_f, v) => ({ description: String(v ?? '') }),
  Required: (_f, v) => ({ required: v === true }),
  Indexed: (_f, v) => ({ indexed: v === true }),
  EnforceUniqueValues: (_f, v) => ({ enforceUniqueValues: v === true }),
  Hidden: (_f, v) => ({ hidden: v === true }),
  DefaultValue: (_f, v) => ({ defaultValue: v === null || v === undefined ? null : String(v) }),
  Group: (_f, v) => ({ group: String(v ?? '') }),
  ReadOnlyField: (_f, v) => ({ readOnly: v === true }),
  StaticName: null,
  ValidationFormula: null,
  ValidationMessage: null,
  JSLink: null,
  Direction: null,
  NoCrawl: null,
  CustomFormatter: null,
  ClientSideComponentId: null,
  ClientSideComponentProperties: null,
  ClientValidationFormula: null,
  ClientValidationMessage: null,
  ShowInFiltersPane: null,
  DefaultFormula: null,
  EntityPropertyName: null,
  FieldTypeKind: null,
  TypeAsString: null,
};

type Setter = (f: FieldDef, v: unknown, verbose: boolean) => Partial<FieldDef>;

export function choicesFrom(v: unknown, verbose: boolean): string[] {
  if (verbose) {
    if (v && typeof v === 'object' && Array.isArray((v as { results?: unknown }).results)) return (v as { results: unknown[] }).results.map(String);
    if (Array.isArray(v)) {
      throw invalidRequest("A node of type 'StartArray' was read from the JSON reader when trying to read a value of a property; however, a 'PrimitiveValue' or 'StartObject' node was expected.");
    }
  } else {
    if (Array.isArray(v)) return v.map(String);
    if (v && typeof v === 'object') {
      throw invalidRequest("An unexpected 'StartObject' node was found when reading from the JSON reader. A 'StartArray' node was expected.");
    }
  }
  throw invalidRequest('Choices must be a collection of strings.');
}

const num = (v: unknown): number | undefined => (typeof v === 'number' ? v : undefined);

const TYPE_WRITABLE: Record<string, Record<string, Setter | null>> = {
  'SP.FieldText': { MaxLength: (_f, v) => ({ maxLength: num(v) ?? 255 }) },
  'SP.FieldMultiLineText': {
    RichText: (_f, v) => ({ richText: v === true }),
    NumberOfLines: (_f, v) => ({ numLines: num(v) ?? 6 }),
    AllowHyperlink: null, AppendOnly: null, RestrictedMode: null, UnlimitedLengthInDocumentLibrary: null, WikiLinking: null,
  },
  'SP.FieldNumber': {
    MinimumValue: (_f, v) => ({ min: num(v) }),
    MaximumValue: (_f, v) => ({ max: num(v) }),
    ShowAsPercentage: (_f, v) => ({ percentage: v === true }),
    DisplayFormat: null,
  },
  'SP.FieldDateTime': {
    DisplayFormat: (_f, v) => ({ dateOnly: v === 0 }),
    DateTimeCalendarType: null, FriendlyDisplayFormat: null,
  },
  'SP.FieldChoice': {
    Choices: (_f, v, verbose) => ({ choices: choicesFrom(v, verbose) }),
    FillInChoice: (_f, v) => ({ fillInChoice: v === true }),
    EditFormat: null, Mappings: null,
  },
  'SP.FieldLookup': {
    LookupField: (_f, v) => ({ lookupField: String(v) }),
    AllowMultipleValues: null, IsRelationship: null, RelationshipDeleteBehavior: null, LookupWebId: null, UnlimitedLengthInDocumentLibrary: null,
  },
  'SP.FieldUrl': { DisplayFormat: null },
};
TYPE_WRITABLE['SP.FieldCurrency'] = { ...TYPE_WRITABLE['SP.FieldNumber'], CurrencyLocaleId: null };
TYPE_WRITABLE['SP.FieldMultiChoice'] = { Choices: TYPE_WRITABLE['SP.FieldChoice'].Choices, FillInChoice: TYPE_WRITABLE['SP.FieldChoice'].FillInChoice, Mappings: null };
TYPE_WRITABLE['SP.FieldUser'] = {
  ...TYPE_WRITABLE['SP.FieldLookup'],
  SelectionMode: (_f, v) => ({ selectionMode: v === 0 ? 0 : 1 }),
  SelectionGroup: null, AllowDisplay: null, Presence: null,
};

export function updateField(ctx: RequestContext, list: ListState, field: FieldDef): ReturnType<typeof empty> {
  requireList(ctx, list, PermissionKind.ManageLists);
  const body = readJsonBody(ctx);
  const own = FIELD_TYPES[field.type].odataType;
  let declared = 'SP.Field';
  if ('__metadata' in body) {
    if (!ctx.verboseBody) throw propertyNotOnType('__metadata', 'SP.Field');
    const t = (body.__metadata as { type?: unknown } | null)?.type;
    if (typeof t === 'string') declared = t;
    if (declared !== 'SP.Field' && declared !== own) {
      throw invalidRequest(`The type '${declared}' does not match the type '${own}' of the field '${field.internalName}'.`);
    }
  }
  let patch: Partial<FieldDef> = {};
  for (const [k, v] of Object.entries(body)) {
    if (k === '__metadata') continue;
    if (k === 'SchemaXml') {
      const parsed = fieldFromSchemaXml(String(v), (ref) => ctx.store.resolveListReference(ref));
      const { id: _id, internalName: _in, staticName: _sn, builtIn: _b, ...rest } = parsed;
      patch = { ...patch, ...rest };
      continue;
    }
    const typed = declared === 'SP.Field' ? undefined : TYPE_WRITABLE[declared];
    if (k in BASE_WRITABLE) {
      const set = BASE_WRITABLE[k];
      if (set) patch = { ...patch, ...set(field, v) };
    } else if (typed && k in typed) {
      const set = typed[k];
      if (set) patch = { ...patch, ...set(field, v, ctx.verboseBody) };
    } else {
      throw propertyNotOnType(k, declared);
    }
  }
  ctx.store.updateField(list, field, patch);
  field.schemaXml = renderSchemaXml(field);
  return empty(204);
}

