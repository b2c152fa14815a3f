/**
 * Fields of a list: GET (with $filter such as "Hidden eq false"), getByInternalNameOrTitle,
 * getByTitle, getById / fields('guid'), createfieldasxml, AddField, POST (fields.add, verbose),
 * MERGE (field.update, see fieldUpdate.ts) and DELETE.
 */
import { empty, readJsonBody, requireList, type RequestContext } from '../context';
import { invalidRequest, propertyNotOnType, spException } from '../errors';
import { FIELD_TYPES, fieldFromProperties, fieldFromSchemaXml, isLookupLike } from '../fieldSchema';
import { PermissionKind } from '../permissions';
import type { ResourceNode } from '../router';
import type { Segment } from '../pathParser';
import type { ListState } from '../store';
import type { FieldDef } from '../types';
import { sendCollection, sendEntity } from './common';
import { ALL_FIELD_PROPERTIES, fieldEntity } from './fieldEntity';
import { choicesFrom, updateField } from './fieldUpdate';


function resolver(ctx: RequestContext) {
  return (ref: string) => ctx.store.resolveListReference(ref);
}

function fieldNode(list: ListState, find: (ctx: RequestContext) => FieldDef | undefined, name: string): ResourceNode {
  const get = (ctx: RequestContext) => find(ctx) ?? (() => {
    throw spException(404, `Column '${name}' does not exist. It may have been deleted by another user.`, '-2147024809');
  })();
  const noop = (): ResourceNode => ({ typeName: 'SP.Field', methods: { POST: (ctx) => { get(ctx); requireList(ctx, list, PermissionKind.ManageLists); return empty(200); } } });
  return {
    typeName: 'SP.Field',
    children: {
      setshowindisplayform: () => noop(),
      setshowineditform: () => noop(),
      setshowinnewform: () => noop(),
    },
    methods: {
      GET: (ctx) => sendEntity(ctx, fieldEntity(ctx, list, get(ctx)), 'SP.ApiData.Fields', ALL_FIELD_PROPERTIES),
      MERGE: (ctx) => updateField(ctx, list, get(ctx)),
      DELETE: (ctx) => {
        requireList(ctx, list, PermissionKind.ManageLists);
        ctx.store.deleteField(list, get(ctx));
        return empty(200);
      },
    },
    properties: (ctx) => fieldEntity(ctx, list, get(ctx)).props,
  };
}

function created(ctx: RequestContext, list: ListState, field: FieldDef, status: number): ReturnType<typeof sendEntity> {
  requireList(ctx, list, PermissionKind.ManageLists);
  if (isLookupLike(field) && !FIELD_TYPES[field.type].user && !(field.lookupListId && ctx.store.findListById(field.lookupListId))) {
    throw invalidRequest(`The lookup field '${field.internalName}' refers to a list that does not exist.`);
  }
  ctx.store.addField(list, field);
  return sendEntity(ctx, fieldEntity(ctx, list, field), 'SP.ApiData.Fields', ALL_FIELD_PROPERTIES, status);
}

function parametersOf(ctx: RequestContext): Record<string, unknown> {
  const body = readJsonBody(ctx);
  const p = body.parameters;
  if (!p || typeof p !== 'object') throw invalidRequest("The parameter 'parameters' is required.");
  const params = { ...(p as Record<string, unknown>) };
  if ('__metadata' in params) {
    if (!ctx.verboseBody) throw propertyNotOnType('__metadata', 'SP.XmlSchemaFieldCreationInformation');
    delete params.__metadata;
  }
  return params;
}

const CREATION_PROPERTIES = new Set(['Title', 'FieldTypeKind', 'Required', 'Indexed', 'EnforceUniqueValues', 'Hidden', 'Description',
  'DefaultValue', 'Group', 'StaticName', 'Choices', 'FillInChoice', 'EditFormat', 'MaxLength', 'MinimumValue', 'MaximumValue',
  'ShowAsPercentage', 'DisplayFormat', 'DateTimeCalendarType', 'FriendlyDisplayFormat', 'NumberOfLines', 'RichText', 'AppendOnly',
  'AllowHyperlink', 'RestrictedMode', 'SelectionMode', 'SelectionGroup', 'AllowMultipleValues', 'LookupListId', 'LookupFieldName',
  'LookupField', 'LookupList', 'LookupWebId', 'CurrencyLocaleId', 'IsCompactName', 'OutputType', 'Formula', 'JSLink', 'ValidationFormula',
  'ValidationMessage', 'UnlimitedLengthInDocumentLibrary']);

function checkCreationProperties(props: Record<string, unknown>, type: string): void {
  for (const k of Object.keys(props)) {
    if (!CREATION_PROPERTIES.has(k)) throw propertyNotOnType(k, type);
  }
}

function fieldsCollection(list: ListState): ResourceNode {
  const byName = (seg: Segment) => {
    const name = String(seg.args?.positional[0] ?? '');
    return fieldNode(list, (ctx) => ctx.store.findField(list, name), name);
  };
  return {
    typeName: 'SP.FieldCollection',
    children: {
      getbyinternalnameortitle: byName,
      getbytitle: (seg) => {
        const title = String(seg.args?.positional[0] ?? '');
        return fieldNode(list, () => list.data.fields.find((f) => f.title.toLowerCase() === title.toLowerCase()), title);
      },
      getbyid: (seg) => fieldById(list, seg),
      createfieldasxml: () => ({
        typeName: 'SP.FieldCollection',
        methods: {
          POST: (ctx) => {
            const params = parametersOf(ctx);
            if (typeof params.SchemaXml !== 'string') throw invalidRequest("The parameter 'SchemaXml' is required.");
            return created(ctx, list, fieldFromSchemaXml(params.SchemaXml, resolver(ctx)), 200);
          },
        },
      }),
      addfield: () => ({
        typeName: 'SP.FieldCollection',
        methods: {
          POST: (ctx) => {
            const params = parametersOf(ctx);
            checkCreationProperties(params, 'SP.FieldCreationInformation');
            return created(ctx, list, fieldFromProperties(params), 200);
          },
        },
      }),
    },
    methods: {
      GET: (ctx) => sendCollection(ctx, list.data.fields.map((f) => fieldEntity(ctx, list, f)), 'SP.ApiData.Fields', ALL_FIELD_PROPERTIES),
      POST: (ctx) => {
        const body = readJsonBody(ctx);
        let type = 'SP.Field';
        if ('__metadata' in body) {
          if (!ctx.verboseBody) throw propertyNotOnType('__metadata', 'SP.Field');
          type = String((body.__metadata as { type?: unknown } | null)?.type ?? 'SP.Field');
          delete body.__metadata;
        }
        checkCreationProperties(body, type);
        if (body.Choices !== undefined) body.Choices = choicesFrom(body.Choices, ctx.verboseBody);
        return created(ctx, list, fieldFromProperties(body), 201);
      },
    },
  };
}

function fieldById(list: ListState, seg: Segment): ResourceNode {
  const id = String(seg.args?.positional[0] ?? '').replace(/^\{|\}$/g, '').toLowerCase();
  return fieldNode(list, () => list.data.fields.find((f) => f.id === id), id);
}

/** list/fields and list/fields('guid') */
export function fieldsChild(list: ListState, seg: Segment): ResourceNode {
  return seg.args ? fieldById(list, seg) : fieldsCollection(list);
}
