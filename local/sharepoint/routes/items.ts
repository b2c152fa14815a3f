/**
 * List items: GET (query, paging with odata.nextLink / __next), POST add (201 + entity),
 * item GET, MERGE/PATCH (IF-Match, 204 + ETag), PUT (replace), DELETE (200, empty),
 * and the item's security (effective permissions, role assignments, breaking and resetting inheritance).
 */
import { empty, etagOf, ifMatchFails, json, listMask, readJsonBody, type RequestContext } from '../context';
import { accessDenied, etagMismatch, invalidRequest, itemNotFound, listViewThreshold } from '../errors';
import { inheritedAssignments, isFolder, resolveFolder } from '../folders';
import { LIST_VIEW_THRESHOLD } from '../threshold';
import { child, parseXml } from '../xml';
import { convertFormValues, type FormValue } from '../formValues';
import { collectionBody, entityBody } from '../formats';
import { convertItemBody } from '../fieldValues';
import { queryItems } from '../itemQuery';
import { compileProjection, projectItem, type ProjectionContext } from '../itemProjection';
import { nextLinkFor } from '../odataQuery';
import { canAddItems, has, itemPermissions, PermissionKind } from '../permissions';
import { itemMask } from '../folders';
import type { ResourceNode } from '../router';
import type { Segment } from '../pathParser';
import { itemEntityType, MODERATION, type ListState } from '../store';
import type { ItemRecord, RoleAssignmentRecord, SpResponse } from '../types';
import type { ItemWrite } from '../fieldValues';
import { queryOf } from './common';
import { securityChildren } from './security';
import { attachmentFilesChild } from './attachments';

function projectionContext(ctx: RequestContext, list: ListState): ProjectionContext {
  return {
    apiUrl: ctx.apiUrl,
    store: ctx.store,
    list,
    permissionsOf: (item) => itemMask(ctx.store.site, list, item, ctx.user),
  };
}

/**
 * What this user sees of each item: ReadSecurity 2 hides others' items from users without ManageLists, and
 * an item with unique role assignments (or inheriting a folder's) is seen only by those they give ViewListItems (others get 404, as on
 * SharePoint, where such an item is simply not there for them). With content approval, a pending or
 * rejected item is seen as it is by its author, approvers (ApproveItems), list managers and whoever
 * DraftVersionVisibility admits (0 readers, 1 editors); others see its last approved state, or nothing.
 */
function viewOf(ctx: RequestContext, list: ListState): (item: ItemRecord) => ItemRecord | null {
  const mask = listMask(ctx, list);
  const ownOnly = list.data.readSecurity === 2 && !has(mask, PermissionKind.ManageLists);
  const visibility = list.data.draftVersionVisibility ?? 0;
  const allDrafts = !list.data.enableModeration || has(mask, PermissionKind.ApproveItems) || has(mask, PermissionKind.ManageLists)
    || visibility === 0 || (visibility === 1 && has(mask, PermissionKind.EditListItems));
  // An item in a folder with its own permissions (a person's folder) inherits them: looked up once per folder.
  const byDir = new Map<string, RoleAssignmentRecord[] | null>();
  const inherited = (item: ItemRecord): RoleAssignmentRecord[] | null => {
    if (!item.dir) return null;
    const key = item.dir.toLowerCase();
    if (!byDir.has(key)) byDir.set(key, inheritedAssignments(list, item));
    return byDir.get(key) ?? null;
  };
  return (item) => {
    const fromFolder = item.roleAssignments ? null : inherited(item);
    if (item.roleAssignments) {
      if (!has(itemMask(ctx.store.site, list, item, ctx.user), PermissionKind.ViewListItems)) return null;
    } else if (fromFolder) {
      if (!has(itemPermissions(ctx.store.site, list.data, item, ctx.user, fromFolder), PermissionKind.ViewListItems)) return null;
    } else if (ownOnly && item.authorId !== ctx.user.id) {
      return null;
    }
    if (allDrafts || (item.moderationStatus ?? MODERATION.approved) === MODERATION.approved || item.authorId === ctx.user.id) return item;
    return item.approved ? { ...item.approved, roleAssignments: item.roleAssignments } : null;
  };
}

/** A write of OData__ModerationStatus needs ApproveItems (on the item). */
function requireApproverFor(ctx: RequestContext, list: ListState, item: ItemRecord | null, write: ItemWrite): void {
  if (write.moderationStatus === undefined) return;
  const mask = item ? itemMask(ctx.store.site, list, item, ctx.user) : listMask(ctx, list);
  if (!has(mask, PermissionKind.ApproveItems)) throw accessDenied();
}

function requireListPermission(ctx: RequestContext, list: ListState, kind: number): void {
  if (!has(listMask(ctx, list), kind)) throw accessDenied();
}

function writeOptions(ctx: RequestContext, list: ListState) {
  return {
    verbose: ctx.verboseBody,
    entityType: itemEntityType(list.data),
    isPrincipal: (id: number, groups: boolean) => ctx.store.isPrincipal(id, groups),
  };
}

function sendItem(ctx: RequestContext, list: ListState, item: ItemRecord, status = 200): SpResponse {
  const q = queryOf(ctx);
  const spec = compileProjection(ctx.store, list, q.select, q.expand);
  const entity = projectItem(projectionContext(ctx, list), item, spec);
  return json(ctx, status, entityBody(ctx.render, entity, `SP.ListData.${list.data.entityTypeName}Items/@Element`), { ETag: etagOf(item.version) });
}

function getItems(ctx: RequestContext, list: ListState): SpResponse {
  requireListPermission(ctx, list, PermissionKind.ViewListItems);
  const q = queryOf(ctx);
  const spec = compileProjection(ctx.store, list, q.select, q.expand);
  const page = queryItems(ctx.store, list, q, viewOf(ctx, list));
  const pctx = projectionContext(ctx, list);
  const entities = page.rows.map((r) => projectItem(pctx, r, spec));
  const next = page.nextSkipToken ? nextLinkFor(ctx.req.url, ctx.apiUrl, page.nextSkipToken) : undefined;
  return json(ctx, 200, collectionBody(ctx.render, entities, `SP.ListData.${list.data.entityTypeName}Items`, next));
}

/** CAML View Scope values SharePoint knows (SP.ViewScope). */
const VIEW_SCOPES = new Set(['', 'default', 'recursive', 'recursiveall', 'filesonly']);

/**
 * POST list/GetItems {query: {ViewXml, FolderServerRelativeUrl}} (PnPjs `list.getItemsByCAMLQuery(query, ...expand)`):
 * the items of one folder, as a view scoped to that folder reads them. Served CAML: `<View Scope="...">` (default: the
 * folder's own items and folders; Recursive: every item below it, no folders; RecursiveAll: items and folders below;
 * FilesOnly: its own items) and `<RowLimit>` (default and at most 5,000). `<ViewFields>` is ignored (every field comes
 * back; `$select`/`$expand` on the url apply); a `<Query>` (Where, OrderBy) is 400: filter with `$filter` on /items.
 * Order: ID. On a list above the threshold, a folder scope holding more than 5,000 items is refused as SharePoint
 * refuses a view that large (500 SPQueryThrottledException); a folder under it is read whatever the list's size.
 */
function getItemsByCaml(ctx: RequestContext, list: ListState): SpResponse {
  requireListPermission(ctx, list, PermissionKind.ViewListItems);
  const body = readJsonBody(ctx);
  const query = (body.query ?? {}) as { ViewXml?: unknown; FolderServerRelativeUrl?: unknown };
  let scope = '';
  let rowLimit = LIST_VIEW_THRESHOLD;
  if (typeof query.ViewXml === 'string' && query.ViewXml.trim()) {
    const view = parseXml(query.ViewXml);
    if (view.name !== 'View') throw invalidRequest('The ViewXml must be a <View> element.');
    scope = (view.attributes.Scope ?? '').toLowerCase();
    if (!VIEW_SCOPES.has(scope)) throw invalidRequest(`The view scope '${view.attributes.Scope}' is not valid.`);
    if (child(view, 'Query')) throw invalidRequest('The local SharePoint does not evaluate CAML <Query> (Where, OrderBy): filter with $filter on /items.');
    const limit = child(view, 'RowLimit');
    if (limit) rowLimit = Math.min(Math.max(Number(limit.text) || 0, 0), LIST_VIEW_THRESHOLD) || LIST_VIEW_THRESHOLD;
  }
  const folderUrl = typeof query.FolderServerRelativeUrl === 'string' ? query.FolderServerRelativeUrl : '';
  const { path } = folderUrl ? resolveFolder(ctx.store, list, folderUrl) : { path: '' };
  const lower = path.toLowerCase();
  const recursive = scope === 'recursive' || scope === 'recursiveall';
  const inScope = (item: ItemRecord): boolean => {
    const dir = (item.dir ?? '').toLowerCase();
    const below = recursive ? dir === lower || lower === '' || dir.startsWith(`${lower}/`) : dir === lower;
    if (!below) return false;
    if (scope === 'recursive' || scope === 'filesonly') return !isFolder(item);
    return true;
  };
  const scoped = [...list.items.values()].filter(inScope);
  if (list.items.size > LIST_VIEW_THRESHOLD && scoped.length > LIST_VIEW_THRESHOLD) throw listViewThreshold();
  const view = viewOf(ctx, list);
  const q = queryOf(ctx);
  const spec = compileProjection(ctx.store, list, q.select, q.expand);
  const pctx = projectionContext(ctx, list);
  const rows = scoped.map(view).filter((i): i is ItemRecord => i !== null).sort((a, b) => a.id - b.id).slice(0, rowLimit);
  return json(ctx, 200, collectionBody(ctx.render, rows.map((r) => projectItem(pctx, r, spec)), `SP.ListData.${list.data.entityTypeName}Items`));
}

function addItem(ctx: RequestContext, list: ListState): SpResponse {
  if (!canAddItems(list.data, listMask(ctx, list))) throw accessDenied();
  const write = convertItemBody(list.data, readJsonBody(ctx), writeOptions(ctx, list));
  requireApproverFor(ctx, list, null, write);
  const item = ctx.store.addItem(list, write, ctx.user.id);
  return sendItem(ctx, list, item, 201);
}

function writableItem(ctx: RequestContext, list: ListState, item: ItemRecord, kind: number): void {
  const mask = itemMask(ctx.store.site, list, item, ctx.user);
  if (!has(mask, kind)) throw accessDenied();
  const stale = ifMatchFails(ctx.req.headers.get('if-match'), item.version);
  if (stale) throw etagMismatch(stale, etagOf(item.version));
}

function updateItem(ctx: RequestContext, list: ListState, item: ItemRecord, replace: boolean): SpResponse {
  writableItem(ctx, list, item, PermissionKind.EditListItems);
  const write = convertItemBody(list.data, readJsonBody(ctx), writeOptions(ctx, list));
  requireApproverFor(ctx, list, item, write);
  ctx.store.updateItem(list, item, write, ctx.user.id, replace);
  return empty(204, { ETag: etagOf(item.version) });
}

/**
 * POST items(id)/ValidateUpdateListItem: the forms' update (formValues.ts). Needs what MERGE needs
 * (EditListItems on the item, so WriteSecurity applies); writes Author/Editor/Created/Modified too.
 * bNewDocumentUpdate (no new version on a real site) changes nothing here: versions are not kept.
 */
function validateUpdateListItem(ctx: RequestContext, list: ListState, item: ItemRecord): SpResponse {
  writableItem(ctx, list, item, PermissionKind.EditListItems);
  const body = readJsonBody(ctx);
  const formValues = body.formValues;
  if (!Array.isArray(formValues)) throw invalidRequest("The parameter 'formValues' must be an array of {FieldName, FieldValue}.");
  const { write, results } = convertFormValues(list, item.id, formValues as FormValue[], (name) => ctx.store.findField(list, name));
  if (write) {
    requireApproverFor(ctx, list, item, write);
    ctx.store.updateItem(list, item, write, ctx.user.id);
  }
  const rendered = results.map((r) => (ctx.format === 'verbose' ? { __metadata: { type: 'SP.ListItemFormUpdateValue' }, ...r } : r));
  const out = ctx.format === 'verbose'
    ? { d: { ValidateUpdateListItem: { __metadata: { type: 'Collection(SP.ListItemFormUpdateValue)' }, results: rendered } } }
    : ctx.format === 'nometadata' ? { value: rendered } : { 'odata.metadata': `${ctx.apiUrl}/$metadata#Collection(SP.ListItemFormUpdateValue)`, value: rendered };
  return json(ctx, 200, out);
}

function deleteItem(ctx: RequestContext, list: ListState, item: ItemRecord): SpResponse {
  writableItem(ctx, list, item, PermissionKind.DeleteListItems);
  ctx.store.deleteItem(list, item);
  return empty(200);
}

export function itemNode(list: ListState, id: number): ResourceNode {
  /** what the caller sees of the item (GET) */
  const seen = (ctx: RequestContext): ItemRecord => {
    requireListPermission(ctx, list, PermissionKind.ViewListItems);
    const item = list.items.get(id);
    const view = item ? viewOf(ctx, list)(item) : null;
    if (!view) throw itemNotFound();
    return view;
  };
  /** the item itself, once the caller can see some state of it (writes and security) */
  const find = (ctx: RequestContext): ItemRecord => {
    seen(ctx);
    return list.items.get(id) as ItemRecord;
  };
  const security = (name: string) => (seg: Segment, ctx: RequestContext) => securityChildren({ kind: 'item', list, item: find(ctx) })[name](seg);
  return {
    typeName: 'SP.ListItem',
    children: {
      effectivebasepermissions: security('effectivebasepermissions'),
      effectivebasepermissionsforui: security('effectivebasepermissionsforui'),
      getusereffectivepermissions: security('getusereffectivepermissions'),
      roleassignments: security('roleassignments'),
      breakroleinheritance: security('breakroleinheritance'),
      resetroleinheritance: security('resetroleinheritance'),
      attachmentfiles: (seg) => attachmentFilesChild({ list, item: seen, target: find }, seg),
      validateupdatelistitem: () => ({ typeName: 'SP.ListItem', methods: { POST: (ctx) => validateUpdateListItem(ctx, list, find(ctx)) } }),
    },
    methods: {
      GET: (ctx) => sendItem(ctx, list, seen(ctx)),
      MERGE: (ctx) => updateItem(ctx, list, find(ctx), false),
      PUT: (ctx) => updateItem(ctx, list, find(ctx), true),
      DELETE: (ctx) => deleteItem(ctx, list, find(ctx)),
    },
  };
}

function itemsCollection(list: ListState): ResourceNode {
  return {
    typeName: 'SP.ListItemCollection',
    children: {
      getbyid: (seg) => itemNode(list, Number(seg.args?.positional[0])),
    },
    methods: {
      GET: (ctx) => getItems(ctx, list),
      POST: (ctx) => addItem(ctx, list),
    },
  };
}

/** list/GetItems (a CAML query scoped to a folder) */
export function getItemsNode(list: ListState): ResourceNode {
  return { typeName: 'SP.ListItemCollection', methods: { POST: (ctx) => getItemsByCaml(ctx, list) } };
}

/** list/items and list/items(5) */
export function itemsChild(list: ListState, seg: Segment): ResourceNode {
  return seg.args ? itemNode(list, Number(seg.args.positional[0])) : itemsCollection(list);
}
