/**
 * The local site's state: lists, fields, items, groups and role assignments, with the
 * integrity rules SharePoint enforces at the data level (unique values, index limits,
 * duplicate names). Routes call it after checking permissions and converting bodies;
 * tests and benchmarks may call it directly (bulkAddItems, reset).
 */
import { randomUUID } from 'crypto';
import { GROUP_DEFINITIONS, findPersonById, people, SITE_OWNER } from './directory';
import { spException } from './errors';
import { builtInFields, entityPropertyName, fieldFromSchemaXml, isMultiValue } from './fieldSchema';
import { descendantsOf, findFolder, isFolder, pathOf } from './folders';
import { convertItemBody, defaultValueOf, emptyValueOf, isoSeconds, type ItemWrite } from './fieldValues';
import type { AttachmentRecord, FieldDef, GroupRecord, ItemRecord, ListData, RoleAssignmentRecord, SiteData, StoredValue } from './types';
import { UniqueValues } from './uniqueValues';

export const MAX_INDEXES = 20;

/** _ModerationStatus values. */
export const MODERATION = { approved: 0, rejected: 1, pending: 2 } as const;

export interface ListState {
  data: ListData;
  items: Map<number, ItemRecord>;
}

/** What changed: the site (lists, fields, groups, permissions), one item (itemId) or all of a list's items, or everything (reset). */
export type StoreChange = { scope: 'site' } | { scope: 'items'; listId: string; itemId?: number } | { scope: 'reset' };

export interface CreateListOptions {
  title: string;
  description?: string;
  baseTemplate?: number;
  hidden?: boolean;
  writeSecurity?: 1 | 2 | 4;
  readSecurity?: 1 | 2;
  enableVersioning?: boolean;
  contentTypesEnabled?: boolean;
  allowContentTypes?: boolean;
  onQuickLaunch?: boolean;
}

export interface BulkAddOptions {
  /** default author/editor (person id); default the site owner */
  authorId?: number;
  /** the folder (a path below the list's root folder, e.g. '14') the items go in; it must exist (ensureFolder) */
  folder?: string;
}

/** EntityTypeName: the title without spaces/punctuation + 'List' (documented choice). */
export function entityTypeNameFor(title: string): string {
  const core = title.replace(/[^A-Za-z0-9]/g, '');
  return `${core || 'Custom'}List`;
}

export function itemEntityType(list: ListData): string {
  return `SP.Data.${list.entityTypeName}Item`;
}

export function createSiteData(now: Date): SiteData {
  const groups: GroupRecord[] = GROUP_DEFINITIONS.map((g) => ({
    id: g.id,
    title: g.title,
    description: g.description,
    ownerTitle: GROUP_DEFINITIONS[0].title,
    ownerId: GROUP_DEFINITIONS[0].id,
    memberIds: people.filter((p) => p.groups.includes(g.title)).map((p) => p.id),
  }));
  return {
    siteId: randomUUID(),
    webId: randomUUID(),
    title: 'Digital Strategy Hub',
    description: 'Digital, data and technology strategy',
    created: isoSeconds(now),
    groups,
    webRoleAssignments: GROUP_DEFINITIONS.map((g) => ({ principalId: g.id, roleDefIds: [g.roleDefId] })),
  };
}

export class LocalStore {
  site: SiteData;
  /** the site's server-relative path (/sites/digital): folders' urls (FileDirRef, FileRef) start with it */
  sitePath = '/sites/digital';
  private listStates: ListState[] = [];
  private readonly unique = new UniqueValues();
  private readonly listeners: ((change: StoreChange) => void)[] = [];

  constructor(private readonly clock: () => Date = () => new Date()) {
    this.site = createSiteData(clock());
  }

  now(): Date {
    return this.clock();
  }

  onChange(listener: (change: StoreChange) => void): void {
    this.listeners.push(listener);
  }

  private emit(change: StoreChange): void {
    for (const l of this.listeners) l(change);
  }

  /** Back to an empty site (default groups and permissions, no lists). */
  reset(): void {
    this.site = createSiteData(this.now());
    this.listStates = [];
    this.unique.clear();
    this.emit({ scope: 'reset' });
  }

  /** Replaces the whole state (persistence load). */
  load(site: SiteData, lists: ListState[]): void {
    this.site = site;
    this.listStates = lists;
    this.unique.clear();
  }

  get lists(): readonly ListState[] {
    return this.listStates;
  }

  findListByTitle(title: string): ListState | undefined {
    const t = title.toLowerCase();
    return this.listStates.find((l) => l.data.title.toLowerCase() === t);
  }

  findListById(id: string): ListState | undefined {
    const key = id.replace(/^\{|\}$/g, '').toLowerCase();
    return this.listStates.find((l) => l.data.id === key);
  }

  /** For tests: the list or an Error. */
  list(title: string): ListState {
    const l = this.findListByTitle(title);
    if (!l) throw new Error(`Local SharePoint: no list '${title}'`);
    return l;
  }

  createList(o: CreateListOptions): ListState {
    if (this.findListByTitle(o.title)) {
      throw spException(500, 'A list, survey, discussion board, or document library with the specified title already exists in this Web site.  Please choose another title.', '-2130575342');
    }
    const now = isoSeconds(this.now());
    const entityTypeName = entityTypeNameFor(o.title);
    const data: ListData = {
      id: randomUUID(),
      title: o.title,
      description: o.description ?? '',
      url: `Lists/${entityTypeName.replace(/List$/, '')}`,
      entityTypeName,
      baseTemplate: o.baseTemplate ?? 100,
      hidden: o.hidden ?? false,
      writeSecurity: o.writeSecurity ?? 1,
      readSecurity: o.readSecurity ?? 1,
      enableVersioning: o.enableVersioning ?? false,
      enableAttachments: true,
      contentTypesEnabled: o.contentTypesEnabled ?? false,
      allowContentTypes: o.allowContentTypes ?? true,
      onQuickLaunch: o.onQuickLaunch ?? false,
      noCrawl: false,
      created: now,
      lastItemModifiedDate: now,
      lastItemDeletedDate: now,
      version: 1,
      fields: builtInFields(),
      nextItemId: 1,
      roleAssignments: null,
    };
    const state: ListState = { data, items: new Map() };
    this.listStates.push(state);
    this.emit({ scope: 'site' });
    return state;
  }

  updateList(list: ListState, patch: Partial<ListData>): void {
    if (patch.title !== undefined && patch.title.toLowerCase() !== list.data.title.toLowerCase() && this.findListByTitle(patch.title)) {
      throw spException(500, 'A list, survey, discussion board, or document library with the specified title already exists in this Web site.  Please choose another title.', '-2130575342');
    }
    Object.assign(list.data, patch);
    list.data.version += 1;
    this.emit({ scope: 'site' });
  }

  deleteList(list: ListState): void {
    this.listStates = this.listStates.filter((l) => l !== list);
    this.unique.forget(list.data.id);
    this.emit({ scope: 'site' });
  }

  touchSite(): void {
    this.emit({ scope: 'site' });
  }

  /** Records a change to a list's items that is not a value write (e.g. an item's role assignments): one item, or all. */
  touchItems(list: ListState, item?: ItemRecord): void {
    this.emit(item ? { scope: 'items', listId: list.data.id, itemId: item.id } : { scope: 'items', listId: list.data.id });
  }

  // ---------------------------------------------------------------- fields

  findField(list: ListState, name: string): FieldDef | undefined {
    const exact = list.data.fields.find((f) => f.internalName === name || entityPropertyName(f) === name);
    if (exact) return exact;
    const lower = name.toLowerCase();
    return list.data.fields.find((f) => f.internalName.toLowerCase() === lower || f.title.toLowerCase() === lower);
  }

  private checkIndexRules(list: ListState, field: FieldDef, others: FieldDef[]): void {
    if (field.indexed && isMultiValue(field)) {
      throw spException(400, `The field '${field.title}' allows multiple values and cannot be indexed.`);
    }
    if (field.enforceUniqueValues && isMultiValue(field)) {
      throw spException(400, `The field '${field.title}' allows multiple values and cannot enforce unique values.`);
    }
    if (field.enforceUniqueValues && !field.indexed) {
      throw spException(400, `The field '${field.title}' must be indexed to enforce unique values.`);
    }
    const indexCount = others.filter((f) => f.indexed && f.internalName !== 'ID').length + (field.indexed && field.internalName !== 'ID' ? 1 : 0);
    if (indexCount > MAX_INDEXES) {
      throw spException(400, `The list '${list.data.title}' already has the maximum of ${MAX_INDEXES} indexed columns.`);
    }
  }

  addField(list: ListState, field: FieldDef): FieldDef {
    const clash = list.data.fields.find((f) => f.internalName.toLowerCase() === field.internalName.toLowerCase() || f.id === field.id);
    if (clash) {
      throw spException(500, `A duplicate field name "${field.internalName}" was found.`);
    }
    this.checkIndexRules(list, field, list.data.fields);
    list.data.fields.push(field);
    const empty = emptyValueOf(field);
    for (const item of list.items.values()) {
      if (!(field.internalName in item.values)) item.values[field.internalName] = empty;
    }
    this.unique.forget(list.data.id);
    this.emit({ scope: 'site' });
    this.emit({ scope: 'items', listId: list.data.id });
    return field;
  }

  /** For tests and seeding: add a field from SchemaXml without HTTP. */
  addFieldXml(listTitle: string, schemaXml: string): FieldDef {
    const list = this.list(listTitle);
    return this.addField(list, fieldFromSchemaXml(schemaXml, (ref) => this.resolveListReference(ref)));
  }

  /** A lookup's List attribute: {guid}, guid, Lists/<url> or a title. */
  resolveListReference(ref: string): string | undefined {
    const byId = this.findListById(ref);
    if (byId) return byId.data.id;
    const url = ref.replace(/^\/+/, '').toLowerCase();
    const byUrl = this.listStates.find((l) => l.data.url.toLowerCase() === url || url.endsWith(`/${l.data.url.toLowerCase()}`));
    return byUrl?.data.id ?? this.findListByTitle(ref)?.data.id;
  }

  updateField(list: ListState, field: FieldDef, patch: Partial<FieldDef>): void {
    const next = { ...field, ...patch };
    this.checkIndexRules(list, next, list.data.fields.filter((f) => f !== field));
    if (next.enforceUniqueValues && !field.enforceUniqueValues) UniqueValues.assertNoDuplicates(list, field);
    Object.assign(field, patch);
    this.unique.forget(list.data.id);
    this.emit({ scope: 'site' });
  }

  deleteField(list: ListState, field: FieldDef): void {
    if (field.builtIn) {
      throw spException(500, 'You cannot delete a hidden column or a column that SharePoint needs.', '-2130575236');
    }
    list.data.fields = list.data.fields.filter((f) => f !== field);
    for (const item of list.items.values()) delete item.values[field.internalName];
    this.unique.forget(list.data.id);
    this.emit({ scope: 'site' });
    this.emit({ scope: 'items', listId: list.data.id });
  }

  // ----------------------------------------------------------------- items

  /**
   * Adds an item, or a folder (`place.folder` = its name), in the folder at `place.dir` (a path below the list's
   * root folder; absent = the root). The caller checks that the folder exists and that the user may add there.
   */
  addItem(list: ListState, write: ItemWrite, actorId: number, place: { dir?: string; folder?: string } = {}): ItemRecord {
    const now = this.now();
    const values: Record<string, StoredValue> = {};
    for (const f of list.data.fields) {
      if (f.builtIn && f.internalName !== 'Title') continue;
      values[f.internalName] = f.internalName in write.values
        ? write.values[f.internalName]
        : defaultValueOf(f, now) ?? emptyValueOf(f);
    }
    const id = list.data.nextItemId;
    this.unique.check(list, values, id);
    const stamp = isoSeconds(now);
    const item: ItemRecord = {
      id,
      guid: randomUUID(),
      version: 1,
      created: write.created ?? stamp,
      modified: write.modified ?? stamp,
      authorId: write.authorId ?? actorId,
      editorId: write.editorId ?? write.authorId ?? actorId,
      values,
    };
    if (place.dir) item.dir = place.dir;
    if (place.folder !== undefined) {
      item.fsObjType = 1;
      item.leaf = place.folder;
      if ('Title' in values && !values.Title) values.Title = place.folder;
    }
    if (list.data.enableModeration) {
      item.moderationStatus = write.moderationStatus ?? MODERATION.pending;
      item.moderationComments = write.moderationComments ?? null;
    }
    list.data.nextItemId += 1;
    list.items.set(id, item);
    list.data.lastItemModifiedDate = stamp;
    this.unique.update(list, null, item);
    this.emit({ scope: 'items', listId: list.data.id, itemId: id });
    return item;
  }

  /** MERGE (replace = false) or PUT (replace = true: unset custom fields are cleared). */
  updateItem(list: ListState, item: ItemRecord, write: ItemWrite, actorId: number, replace = false): ItemRecord {
    const values: Record<string, StoredValue> = { ...item.values };
    if (replace) {
      for (const f of list.data.fields) {
        if (!f.builtIn || f.internalName === 'Title') values[f.internalName] = emptyValueOf(f);
      }
    }
    Object.assign(values, write.values);
    this.unique.check(list, values, item.id);
    const before: ItemRecord = { ...item, values: item.values };
    const stamp = isoSeconds(this.now());
    const approvalOnly = !replace && Object.keys(write.values).length === 0 && !write.created && !write.modified && !write.authorId && !write.editorId
      && (write.moderationStatus !== undefined || write.moderationComments !== undefined);
    if (list.data.enableModeration) this.moderate(item, write, approvalOnly);
    item.values = values;
    item.version += 1;
    if (write.attachments) {
      if (write.attachments.length) item.attachments = write.attachments;
      else delete item.attachments;
    }
    if (!approvalOnly) {
      item.modified = write.modified ?? stamp;
      if (write.created) item.created = write.created;
      if (write.authorId) item.authorId = write.authorId;
      item.editorId = write.editorId ?? actorId;
    }
    list.data.lastItemModifiedDate = stamp;
    this.unique.update(list, before, item);
    this.emit({ scope: 'items', listId: list.data.id, itemId: item.id });
    return item;
  }

  /**
   * Content approval on an update: an approver's status is taken as given; any other change sends the item
   * back to Pending. Leaving Approved keeps the approved state for readers until the next approval.
   */
  private moderate(item: ItemRecord, write: ItemWrite, approvalOnly: boolean): void {
    const previous = item.moderationStatus ?? MODERATION.approved;
    const next = write.moderationStatus ?? (approvalOnly ? previous : MODERATION.pending);
    if (previous === MODERATION.approved && next !== MODERATION.approved) {
      const { approved: _a, roleAssignments: _r, ...current } = item;
      item.approved = { ...current, values: { ...item.values } };
    }
    if (next === MODERATION.approved) delete item.approved;
    item.moderationStatus = next;
    if (write.moderationComments !== undefined) item.moderationComments = write.moderationComments;
  }

  /** Replaces an item's attachments: an edit of the item (new etag, Modified, Editor; Pending under content approval). */
  changeAttachments(list: ListState, item: ItemRecord, attachments: AttachmentRecord[], actorId: number): void {
    this.updateItem(list, item, { values: {}, attachments }, actorId);
  }

  /** Deletes an item; a folder goes with everything in it (as SharePoint does). */
  deleteItem(list: ListState, item: ItemRecord): void {
    if (isFolder(item)) {
      for (const inside of descendantsOf(list, item)) {
        list.items.delete(inside.id);
        this.unique.update(list, inside, null);
        this.emit({ scope: 'items', listId: list.data.id, itemId: inside.id });
      }
    }
    list.items.delete(item.id);
    list.data.lastItemDeletedDate = isoSeconds(this.now());
    this.unique.update(list, item, null);
    this.emit({ scope: 'items', listId: list.data.id, itemId: item.id });
  }

  isPrincipal(id: number, allowGroups: boolean): boolean {
    return Boolean(findPersonById(id)) || (allowGroups && this.site.groups.some((g) => g.id === id));
  }

  /**
   * Adds many items without HTTP (seeding, benchmarks). Each item is a REST-shaped body
   * (internal names, XId for lookups/people; Created/Modified/AuthorId/EditorId allowed).
   * Values are validated and unique values enforced; permissions and digests are not.
   */
  bulkAddItems(listTitle: string, items: Record<string, unknown>[], options: BulkAddOptions = {}): ItemRecord[] {
    const list = this.list(listTitle);
    const entityType = itemEntityType(list.data);
    const actor = options.authorId ?? SITE_OWNER.id;
    const added: ItemRecord[] = [];
    const folder = options.folder ? findFolder(list, options.folder) : undefined;
    if (options.folder && !folder) throw new Error(`Local SharePoint: no folder '${options.folder}' in '${listTitle}'`);
    const place = folder ? { dir: pathOf(folder) } : {};
    for (const body of items) {
      const write = convertItemBody(list.data, body, {
        verbose: false,
        entityType,
        isPrincipal: (id, groups) => this.isPrincipal(id, groups),
      });
      added.push(this.addItem(list, write, actor, place));
    }
    return added;
  }

  /** Seeding and benchmarks: a folder at the root of a list (created by `authorId`, default the site owner) unless it exists. */
  ensureFolder(listTitle: string, name: string, authorId: number = SITE_OWNER.id): ItemRecord {
    const list = this.list(listTitle);
    return findFolder(list, name) ?? this.addItem(list, { values: {} }, authorId, { folder: name });
  }

  // ---------------------------------------------------------------- groups

  findGroup(idOrName: number | string): GroupRecord | undefined {
    return typeof idOrName === 'number'
      ? this.site.groups.find((g) => g.id === idOrName)
      : this.site.groups.find((g) => g.title.toLowerCase() === idOrName.toLowerCase());
  }

  addGroupMember(group: GroupRecord, personId: number): void {
    if (!group.memberIds.includes(personId)) group.memberIds.push(personId);
    this.emit({ scope: 'site' });
  }

  removeGroupMember(group: GroupRecord, personId: number): void {
    group.memberIds = group.memberIds.filter((id) => id !== personId);
    this.emit({ scope: 'site' });
  }

  /** A new SharePoint group owned by `owner` (a principal id); its id is never reused. */
  createGroup(props: Omit<GroupRecord, 'id' | 'memberIds' | 'ownerTitle'>, ownerTitle: string, memberIds: number[]): GroupRecord {
    if (this.findGroup(props.title) || people.some((p) => p.title.toLowerCase() === props.title.toLowerCase())) {
      throw spException(400, 'The specified name is already in use.\n\nPlease try again with a different name.', '-2130575293');
    }
    const highest = Math.max(...this.site.groups.map((g) => g.id), ...people.map((p) => p.id));
    const id = Math.max(this.site.nextPrincipalId ?? 0, highest + 1);
    this.site.nextPrincipalId = id + 1;
    const group: GroupRecord = { ...props, id, ownerTitle, memberIds: [...memberIds] };
    this.site.groups.push(group);
    this.emit({ scope: 'site' });
    return group;
  }

  updateGroup(group: GroupRecord, patch: Partial<GroupRecord>): void {
    if (patch.title !== undefined && patch.title.toLowerCase() !== group.title.toLowerCase() && this.findGroup(patch.title)) {
      throw spException(400, 'The specified name is already in use.\n\nPlease try again with a different name.', '-2130575293');
    }
    Object.assign(group, patch);
    this.emit({ scope: 'site' });
  }

  /** Removes a group, its role assignments everywhere, and its ownership of other groups (they fall back to the site owner). */
  deleteGroup(group: GroupRecord): void {
    this.site.groups = this.site.groups.filter((g) => g !== group);
    const drop = (list: RoleAssignmentRecord[]) => list.filter((a) => a.principalId !== group.id);
    this.site.webRoleAssignments = drop(this.site.webRoleAssignments);
    for (const l of this.listStates) {
      if (l.data.roleAssignments) l.data.roleAssignments = drop(l.data.roleAssignments);
      let items = false;
      for (const item of l.items.values()) {
        if (item.roleAssignments?.some((a) => a.principalId === group.id)) {
          item.roleAssignments = drop(item.roleAssignments);
          items = true;
        }
      }
      if (items) this.emit({ scope: 'items', listId: l.data.id });
    }
    for (const g of this.site.groups) {
      if (g.ownerId === group.id) {
        g.ownerId = SITE_OWNER.id;
        g.ownerTitle = SITE_OWNER.title;
      }
    }
    this.emit({ scope: 'site' });
  }
}
