import { IEntity, ILink, ILookupRef, IPersonRef } from '../domain/entities';
import { IFieldIssue } from '../domain/dataErrors';
import { IFieldDefinition, IListDefinition } from './schema/fieldTypes';
import { listDefinition } from './schema/lists';
import { propertyName } from './schema/propertyName';
import { storedValueIssue } from './validation';

/**
 * Schema-driven mapping between SharePoint list items (minimal metadata JSON) and domain records.
 * A record's property is the field's internal name with a lower-case first letter.
 */

type Raw = Record<string, unknown>;

export { propertyName };

const isReference = (field: IFieldDefinition): boolean => field.kind === 'Lookup' || field.kind === 'User';

/** The `$select` and `$expand` that read exactly the schema's fields, people and lookups included. */
/** Lists with a folder per person (editors 'ownFolders'): the folder an item is in, and whether it is a folder itself. */
export const FOLDER_FIELDS: readonly string[] = ['FileDirRef', 'FileSystemObjectType'];

export function selectFor(def: IListDefinition): { select: string[]; expand: string[] } {
  const select = ['Id', 'Title', 'Created', 'Modified', 'Author/Id', 'Author/Title', 'Author/EMail', 'Editor/Id', 'Editor/Title', 'Editor/EMail'];
  const expand = ['Author', 'Editor'];
  if (def.editors === 'ownFolders') select.push(...FOLDER_FIELDS);
  for (const field of def.fields) {
    if (field.kind === 'Lookup') {
      // The id too: a lookup to an item that no longer exists expands to nothing, and is named by its id (toEntity).
      if (!field.multi) select.push(`${field.internalName}Id`);
      select.push(`${field.internalName}/Id`, `${field.internalName}/Title`);
      expand.push(field.internalName);
    } else if (field.kind === 'User') {
      select.push(`${field.internalName}/Id`, `${field.internalName}/Title`, `${field.internalName}/EMail`);
      expand.push(field.internalName);
    } else {
      select.push(field.internalName);
    }
  }
  return { select, expand };
}

function person(value: unknown): IPersonRef | undefined {
  const v = value as { Id?: number; Title?: string; EMail?: string } | null | undefined;
  if (!v || typeof v.Id !== 'number') return undefined;
  return { id: v.Id, title: v.Title ?? '', email: v.EMail ?? undefined };
}

function lookup(value: unknown): ILookupRef | undefined {
  const v = value as { Id?: number; Title?: string } | null | undefined;
  if (!v || typeof v.Id !== 'number') return undefined;
  return { id: v.Id, title: v.Title ?? '' };
}

function fromField(field: IFieldDefinition, value: unknown): unknown {
  if (value === null || value === undefined) return undefined;
  switch (field.kind) {
    case 'Lookup':
      return lookup(value);
    case 'User': {
      if (!field.multi) return person(value);
      const list = Array.isArray(value) ? value : (value as { results?: unknown[] }).results;
      return Array.isArray(list) ? list.map(person).filter((p): p is IPersonRef => p !== undefined) : [];
    }
    case 'MultiChoice': {
      const list = Array.isArray(value) ? value : (value as { results?: unknown[] }).results;
      return Array.isArray(list) ? list.map(String) : undefined;
    }
    case 'URL': {
      const v = value as { Url?: string; Description?: string };
      return v.Url ? ({ url: v.Url, description: v.Description || undefined } as ILink) : undefined;
    }
    default:
      return value;
  }
}

/** Why a lookup read has an id but no item (the item it points at was deleted, or never existed), or undefined. */
function danglingLookup(field: IFieldDefinition, raw: Raw): string | undefined {
  const id = raw[`${field.internalName}Id`];
  if (field.kind !== 'Lookup' || field.multi || typeof id !== 'number' || !field.lookupList) return undefined;
  return `${field.title}: there is no item ${id} in ${listDefinition(field.lookupList).title} (it may have been deleted).`;
}

/** Reads a list item answered by SharePoint into a record of type T. */
export function toEntity<T extends IEntity>(def: IListDefinition, raw: Raw): T {
  const entity: Record<string, unknown> = {
    id: raw.Id ?? raw.ID,
    title: raw.Title ?? '',
    etag: raw['odata.etag'] ?? (raw.__metadata as { etag?: string } | undefined)?.etag,
    created: raw.Created,
    modified: raw.Modified,
    author: person(raw.Author),
    editor: person(raw.Editor)
  };
  if (def.editors === 'ownFolders') {
    if (typeof raw.FileDirRef === 'string') entity.folderPath = raw.FileDirRef;
    if (raw.FileSystemObjectType === 1) entity.isFolder = true;
  }
  const readIssues: IFieldIssue[] = [];
  for (const field of def.fields) {
    const value = fromField(field, raw[field.internalName]);
    const key = propertyName(field.internalName);
    if (value === undefined) {
      const dangling = danglingLookup(field, raw);
      if (dangling) readIssues.push({ field: key, message: dangling });
      continue;
    }
    // A value the app would never have written (put there another way) is left out and named, so one bad item cannot
    // break a page or smuggle in a `javascript:` link: its other values still show.
    const issue = storedValueIssue(field, value);
    if (issue) readIssues.push({ field: key, message: issue });
    else entity[key] = value;
  }
  if (readIssues.length) entity.readIssues = readIssues;
  return entity as unknown as T;
}

function toField(field: IFieldDefinition, value: unknown): [string, unknown] {
  if (field.kind === 'User' && field.multi) {
    const people = Array.isArray(value) ? (value as (number | { id: number })[]) : [];
    return [`${field.internalName}Id`, people.map((p) => (typeof p === 'number' ? p : p.id))];
  }
  if (isReference(field)) {
    const id = value === undefined || value === null ? null : typeof value === 'number' ? value : (value as { id: number }).id;
    return [`${field.internalName}Id`, id];
  }
  if (field.kind === 'URL') {
    const link = value as ILink | null | undefined;
    return [field.internalName, link ? { Url: link.url, Description: link.description ?? link.url } : null];
  }
  if (field.kind === 'MultiChoice') return [field.internalName, value ? [...(value as string[])] : []];
  return [field.internalName, value === undefined ? null : value];
}

/** The JSON body of an add or update: only the properties present in `values` are written. */
export function toListItem(def: IListDefinition, values: Readonly<Record<string, unknown>>): Raw {
  const body: Raw = {};
  if ('title' in values) body.Title = values.title ?? null;
  for (const field of def.fields) {
    const key = propertyName(field.internalName);
    if (!(key in values)) continue;
    const [name, value] = toField(field, values[key]);
    body[name] = value;
  }
  return body;
}
