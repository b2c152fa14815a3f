/**
 * Resolves column paths used in $filter / $orderby on list items (Title, XId, X/Id,
 * X/Title, Author/EMail, Created...) into typed getters, with SharePoint's rules:
 * lookup projections need $expand, Note/URL columns cannot be filtered, multi-value
 * lookups cannot be filtered.
 */
import { findPersonById, claimsLogin } from './directory';
import { columnNotFound, lookupNeedsExpand, spException } from './errors';
import { entityPropertyName, FIELD_TYPES } from './fieldSchema';
import { fileDirRef, fileRef, isFolder, leafOf } from './folders';
import type { BoundColumn, FilterBinder, ValueKind } from './filterCompile';
import type { ListState, LocalStore } from './store';
import type { FieldDef, ItemRecord } from './types';

export type ItemColumn = BoundColumn<ItemRecord> & { label: string };

function kindOf(field: FieldDef): ValueKind | null {
  switch (field.type) {
    case 'Text':
    case 'Choice':
    case 'Guid':
    case 'ContentTypeId':
      return 'string';
    case 'Number':
    case 'Currency':
    case 'Integer':
    case 'Counter':
      return 'number';
    case 'Boolean':
    case 'Attachments':
      return 'boolean';
    case 'DateTime':
      return 'datetime';
    case 'MultiChoice':
      return 'stringArray';
    default:
      return null;
  }
}

/** The person properties a $select / $filter may project from a User field. */
export const PERSON_PROPERTIES: Record<string, (id: number) => unknown> = {
  Id: (id) => id,
  ID: (id) => id,
  Title: (id) => findPersonById(id)?.title ?? null,
  EMail: (id) => findPersonById(id)?.email ?? null,
  Name: (id) => { const p = findPersonById(id); return p ? claimsLogin(p) : null; },
  UserName: (id) => findPersonById(id)?.login ?? null,
  FirstName: (id) => findPersonById(id)?.title.split(' ')[0] ?? null,
  LastName: (id) => findPersonById(id)?.title.split(' ').slice(1).join(' ') ?? null,
  Department: (id) => findPersonById(id)?.department ?? null,
  JobTitle: (id) => findPersonById(id)?.role ?? null,
  SipAddress: (id) => findPersonById(id)?.email ?? null,
};

function builtInGetter(field: FieldDef): ((item: ItemRecord) => unknown) | null {
  switch (field.internalName) {
    case 'ID': return (i) => i.id;
    case 'Created': return (i) => i.created;
    case 'Modified': return (i) => i.modified;
    case 'GUID': return (i) => i.guid;
    case 'Attachments': return () => false;
    case 'ContentTypeId': return () => '0x0100';
    case '_UIVersionString': return (i) => `${i.version}.0`;
    case 'Author': return (i) => i.authorId;
    case 'Editor': return (i) => i.editorId;
    default: return null;
  }
}

export function valueGetter(field: FieldDef): (item: ItemRecord) => unknown {
  return builtInGetter(field) ?? ((i) => i.values[field.internalName]);
}

function notFilterable(field: FieldDef, usage: 'filter' | 'sort'): never {
  throw spException(400, `The field '${field.internalName}' of type '${field.type}' cannot be used in the query ${usage} expression.`, '-1');
}

export class ItemColumns implements FilterBinder<ItemRecord> {
  constructor(
    private readonly store: LocalStore,
    private readonly list: ListState,
    private readonly expand: ReadonlySet<string>,
    private readonly usage: 'filter' | 'sort' = 'filter',
  ) {}

  private field(name: string): FieldDef | undefined {
    if (name === 'Id') return this.list.data.fields.find((f) => f.internalName === 'ID');
    return this.list.data.fields.find((f) => entityPropertyName(f) === name || f.internalName === name);
  }

  bind(path: string): ItemColumn {
    const parts = path.split('/');
    if (parts.length > 2) throw columnNotFound(path);
    return parts.length === 2 ? this.bindProjection(parts[0], parts[1], path) : this.bindSimple(path);
  }

  private bindSimple(name: string): ItemColumn {
    const place = this.placeColumn(name);
    if (place) return place;
    const direct = this.field(name);
    if (direct && !FIELD_TYPES[direct.type].lookup) {
      const kind = kindOf(direct);
      if (!kind) notFilterable(direct, this.usage);
      if (kind === 'stringArray' && this.usage === 'sort') notFilterable(direct, this.usage);
      return { kind, get: valueGetter(direct), indexed: direct.indexed, label: name };
    }
    if (direct) {
      throw lookupNeedsExpand(name);
    }
    const idMatch = /^(.+?)(String)?Id$/.exec(name);
    const lookup = idMatch ? this.field(idMatch[1]) : undefined;
    if (lookup && FIELD_TYPES[lookup.type].lookup) {
      if (FIELD_TYPES[lookup.type].multi) notFilterable(lookup, this.usage);
      const get = valueGetter(lookup);
      return idMatch?.[2]
        ? { kind: 'string', get: (i) => { const v = get(i); return v === null || v === undefined ? null : String(v); }, indexed: lookup.indexed, label: name }
        : { kind: 'number', get, indexed: lookup.indexed, label: name };
    }
    throw columnNotFound(name);
  }

  /**
   * Where an item is (folders.ts): FileDirRef, FileRef, FileLeafRef as text, FSObjType as a number (0 item,
   * 1 folder). Not indexed: past 5,000 items a filter on them needs an index seek beside it (our reading).
   */
  private placeColumn(name: string): ItemColumn | null {
    const { store, list } = this;
    switch (name) {
      case 'FileDirRef': return { kind: 'string', get: (i) => fileDirRef(store, list, i), indexed: false, label: name };
      case 'FileRef': return { kind: 'string', get: (i) => fileRef(store, list, i), indexed: false, label: name };
      case 'FileLeafRef': return { kind: 'string', get: (i) => leafOf(i), indexed: false, label: name };
      case 'FSObjType': return { kind: 'number', get: (i) => (isFolder(i) ? 1 : 0), indexed: false, label: name };
      default: return null;
    }
  }

  private bindProjection(navName: string, sub: string, path: string): ItemColumn {
    const nav = this.field(navName);
    if (!nav || !FIELD_TYPES[nav.type].lookup) throw columnNotFound(path);
    if (!this.expand.has(navName)) throw lookupNeedsExpand(navName);
    if (FIELD_TYPES[nav.type].multi) notFilterable(nav, this.usage);
    const idOf = valueGetter(nav);
    if (sub === 'Id' || sub === 'ID') {
      return { kind: 'number', get: idOf, indexed: nav.indexed, label: path };
    }
    if (FIELD_TYPES[nav.type].user) {
      const project = PERSON_PROPERTIES[sub];
      if (!project) throw columnNotFound(path);
      return { kind: 'string', get: (i) => { const id = idOf(i); return typeof id === 'number' ? project(id) : null; }, indexed: false, label: path };
    }
    const target = nav.lookupListId ? this.store.findListById(nav.lookupListId) : undefined;
    const targetField = target?.data.fields.find((f) => entityPropertyName(f) === sub);
    if (!target || !targetField) throw columnNotFound(path);
    const kind = kindOf(targetField);
    if (!kind || kind === 'stringArray') notFilterable(targetField, this.usage);
    const get = valueGetter(targetField);
    return {
      kind,
      get: (i) => {
        const id = idOf(i);
        const row = typeof id === 'number' ? target.items.get(id) : undefined;
        return row ? get(row) : null;
      },
      indexed: false,
      label: path,
    };
  }
}
