/**
 * Shapes list items as OData entities: the default property set, or exactly what $select
 * names (lookup/person projections need $expand), with expanded lookups and people.
 * Documented choice: an expanded lookup/person that is empty is left out of the entity.
 */
import { ComplexValue, CollectionValue, EntityValue } from './formats';
import { fieldOrPropertyNotFound, lookupNeedsExpand } from './errors';
import { fileDirRef, fileRef, FOLDER_CONTENT_TYPE, isFolder, leafOf } from './folders';
import { entityPropertyName, FIELD_TYPES } from './fieldSchema';
import { outputProperties } from './fieldValues';
import { PERSON_PROPERTIES, valueGetter } from './itemColumns';
import { itemEntityType, type ListState, type LocalStore } from './store';
import { toBasePermissions, type PermissionMask } from './permissions';
import type { FieldDef, ItemRecord, ListData } from './types';

export interface ProjectionSpec {
  all: boolean;
  simple: Set<string>;
  /** expanded navigation -> selected sub-properties (null: the default ones) */
  navigations: Map<string, string[] | null>;
}

export interface ProjectionContext {
  apiUrl: string;
  store: LocalStore;
  list: ListState;
  permissionsOf(item: ItemRecord): PermissionMask;
}

const FIXED_PROPERTIES = ['FileSystemObjectType', 'Id', 'ServerRedirectedEmbedUri', 'ServerRedirectedEmbedUrl', 'ContentTypeId',
  'ID', 'Modified', 'Created', 'AuthorId', 'EditorId', 'OData__UIVersionString', 'Attachments', 'GUID'];
const EXTRA_SELECTABLE = ['FileDirRef', 'FileRef', 'FileLeafRef', 'FSObjType', 'AuthorStringId', 'EditorStringId', 'EffectiveBasePermissions', 'HasUniqueRoleAssignments', 'OData__ModerationStatus', 'OData__ModerationComments'];
const BUILT_IN_WITH_OWN_OUTPUT = new Set(['ContentTypeId', 'ID', 'Modified', 'Created', 'Author', 'Editor', '_UIVersionString', 'Attachments', 'GUID']);

export function itemUri(apiUrl: string, list: ListData, id: number): string {
  return `${apiUrl}/Web/Lists(guid'${list.id}')/Items(${id})`;
}

function navField(list: ListState, name: string): FieldDef | undefined {
  return list.data.fields.find((f) => FIELD_TYPES[f.type].lookup && entityPropertyName(f) === name);
}

function targetList(store: LocalStore, field: FieldDef): ListState | undefined {
  return field.lookupListId ? store.findListById(field.lookupListId) : undefined;
}

function validSub(store: LocalStore, field: FieldDef, sub: string): boolean {
  if (sub === 'Id' || sub === 'ID') return true;
  if (FIELD_TYPES[field.type].user) return sub in PERSON_PROPERTIES;
  const target = targetList(store, field);
  return Boolean(target?.data.fields.some((f) => entityPropertyName(f) === sub && !FIELD_TYPES[f.type].lookup && !FIELD_TYPES[f.type].multi));
}

function isSimpleSelectable(list: ListState, name: string): boolean {
  if (FIXED_PROPERTIES.includes(name) || EXTRA_SELECTABLE.includes(name)) return true;
  for (const f of list.data.fields) {
    const p = entityPropertyName(f);
    if (FIELD_TYPES[f.type].lookup) {
      if (name === `${p}Id` || (FIELD_TYPES[f.type].user && name === `${p}StringId`)) return true;
    } else if (name === p) {
      return true;
    }
  }
  return false;
}

/** Validates $select/$expand against the list (400s as SharePoint) and compiles them. */
export function compileProjection(store: LocalStore, list: ListState, select: string[] | null, expand: string[]): ProjectionSpec {
  const expanded = new Set<string>();
  for (const e of expand) {
    if (!navField(list, e)) throw fieldOrPropertyNotFound(e);
    expanded.add(e);
  }
  const spec: ProjectionSpec = { all: select === null || select.includes('*'), simple: new Set(), navigations: new Map() };
  if (spec.all) {
    for (const e of expanded) spec.navigations.set(e, null);
  }
  for (const entry of select ?? []) {
    if (entry === '*') continue;
    const [head, sub, more] = entry.split('/');
    const nav = navField(list, head);
    if (sub !== undefined) {
      if (more !== undefined || !nav) throw fieldOrPropertyNotFound(entry);
      if (!expanded.has(head)) throw lookupNeedsExpand(head);
      if (!validSub(store, nav, sub)) throw fieldOrPropertyNotFound(entry);
      const subs = spec.navigations.get(head);
      spec.navigations.set(head, [...(subs ?? []), sub]);
    } else if (nav) {
      if (!expanded.has(head)) throw lookupNeedsExpand(head);
      if (!spec.navigations.has(head)) spec.navigations.set(head, null);
    } else {
      if (!isSimpleSelectable(list, entry)) throw fieldOrPropertyNotFound(entry);
      spec.simple.add(entry);
    }
  }
  return spec;
}

function builtInProperties(item: ItemRecord, list: ListData): Record<string, unknown> {
  const moderation = list.enableModeration ? { OData__ModerationComments: item.moderationComments ?? null, OData__ModerationStatus: item.moderationStatus ?? 0 } : {};
  return {
    ...moderation,
    ID: item.id,
    Modified: item.modified,
    Created: item.created,
    AuthorId: item.authorId,
    EditorId: item.editorId,
    OData__UIVersionString: list.enableVersioning ? `${item.version}.0` : '1.0',
    Attachments: Boolean(item.attachments?.length),
    GUID: item.guid,
  };
}

function allProperties(item: ItemRecord, list: ListData): Record<string, unknown> {
  const custom: Record<string, unknown> = {};
  for (const f of list.fields) {
    if (BUILT_IN_WITH_OWN_OUTPUT.has(f.internalName)) continue;
    Object.assign(custom, outputProperties(f, item.values[f.internalName]));
  }
  return {
    FileSystemObjectType: isFolder(item) ? 1 : 0,
    Id: item.id,
    ServerRedirectedEmbedUri: null,
    ServerRedirectedEmbedUrl: '',
    ContentTypeId: (isFolder(item) ? `${FOLDER_CONTENT_TYPE}00` : '0x0100') + list.id.replace(/-/g, '').toUpperCase(),
    ...custom,
    ...builtInProperties(item, list),
  };
}

/** Properties that are not in the default set but may be selected. */
function extraProperty(name: string, item: ItemRecord, ctx: ProjectionContext): unknown {
  switch (name) {
    case 'FileDirRef': return fileDirRef(ctx.store, ctx.list, item);
    case 'FileRef': return fileRef(ctx.store, ctx.list, item);
    case 'FileLeafRef': return leafOf(item);
    case 'FSObjType': return isFolder(item) ? '1' : '0';
    case 'AuthorStringId': return String(item.authorId);
    case 'EditorStringId': return String(item.editorId);
    case 'EffectiveBasePermissions': return new ComplexValue('SP.BasePermissions', { ...toBasePermissions(ctx.permissionsOf(item)) });
    case 'HasUniqueRoleAssignments': return item.roleAssignments !== undefined;
    case 'OData__ModerationStatus': return ctx.list.data.enableModeration ? item.moderationStatus ?? 0 : undefined;
    case 'OData__ModerationComments': return ctx.list.data.enableModeration ? item.moderationComments ?? null : undefined;
    default: return undefined;
  }
}

function personEntity(ctx: ProjectionContext, id: number, subs: string[] | null): EntityValue {
  const names = subs ?? ['Id', 'Title', 'EMail', 'Name'];
  const props: Record<string, unknown> = {};
  for (const n of names) props[n] = PERSON_PROPERTIES[n](id);
  return new EntityValue('SP.Data.UserInfoItem', `${ctx.apiUrl}/Web/GetUserById(${id})`, props);
}

function lookupEntity(ctx: ProjectionContext, field: FieldDef, id: number, subs: string[] | null): EntityValue | null {
  const target = targetList(ctx.store, field);
  const row = target?.items.get(id);
  if (!target || !row) return null;
  const names = subs ?? ['Id', field.lookupField ?? 'Title'];
  const props: Record<string, unknown> = {};
  for (const n of names) {
    const tf = n === 'Id' || n === 'ID' ? undefined : target.data.fields.find((f) => entityPropertyName(f) === n);
    if (!tf) {
      props[n] = row.id;
    } else if (BUILT_IN_WITH_OWN_OUTPUT.has(tf.internalName)) {
      props[n] = valueGetter(tf)(row);
    } else {
      props[n] = outputProperties(tf, row.values[tf.internalName])[n];
    }
  }
  return new EntityValue(itemEntityType(target.data), itemUri(ctx.apiUrl, target.data, row.id), props);
}

function expandedValue(ctx: ProjectionContext, field: FieldDef, item: ItemRecord, subs: string[] | null): unknown {
  const raw = valueGetter(field)(item);
  const one = (id: number) => (FIELD_TYPES[field.type].user ? personEntity(ctx, id, subs) : lookupEntity(ctx, field, id, subs));
  if (FIELD_TYPES[field.type].multi) {
    const ids = Array.isArray(raw) ? (raw as number[]) : [];
    return new CollectionValue(null, ids.map(one).filter((e): e is EntityValue => e !== null));
  }
  return typeof raw === 'number' ? one(raw) : null;
}

export function projectItem(ctx: ProjectionContext, item: ItemRecord, spec: ProjectionSpec): EntityValue {
  const list = ctx.list.data;
  const all = allProperties(item, list);
  const props: Record<string, unknown> = spec.all ? { ...all } : {};
  for (const name of spec.simple) props[name] = name in all ? all[name] : extraProperty(name, item, ctx);
  for (const [name, subs] of spec.navigations) {
    const field = navField(ctx.list, name);
    if (!field) continue;
    const value = expandedValue(ctx, field, item, subs);
    if (value !== null) props[name] = value;
  }
  const uri = itemUri(ctx.apiUrl, list, item.id);
  return new EntityValue(itemEntityType(list), uri, props, {
    etag: `"${item.version}"`,
    editLink: `Web/Lists(guid'${list.id}')/Items(${item.id})`,
  });
}
