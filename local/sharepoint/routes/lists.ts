/**
 * Lists: web/lists (GET, POST add), getByTitle / getById / lists(guid'..') / getList(url),
 * list GET, MERGE (update, e.g. WriteSecurity), DELETE, and the list's children.
 *
 * Documented choices:
 * - Only generic lists (BaseTemplate 100) can be created.
 * - The lists collection leaves out lists the user cannot view; getByTitle on such a list
 *   answers 403 Access denied.
 */
import { empty, etagOf, ifMatchFails, listMask, readJsonBody, requireList, requireWeb, type RequestContext } from '../context';
import { etagMismatch, invalidRequest, listNotFound, listNotFoundByTitle, propertyNotOnType, SpError } from '../errors';
import { EntityValue } from '../formats';
import { has, PermissionKind } from '../permissions';
import type { ResourceNode } from '../router';
import type { Segment } from '../pathParser';
import { itemEntityType, type ListState } from '../store';
import type { ListData } from '../types';
import { requested, sendCollection, sendEntity } from './common';
import { fieldsChild } from './fields';
import { getItemsNode, itemNode, itemsChild } from './items';
import { addValidateUpdateItemUsingPath, folderNode } from './folders';
import { basePermissionsValue, scopeMask, securityChildren } from './security';

const LIST_EXTRAS = ['EffectiveBasePermissions', 'HasUniqueRoleAssignments'];
const SECURITY_CHILDREN = ['effectivebasepermissions', 'effectivebasepermissionsforui', 'getusereffectivepermissions',
  'roleassignments', 'breakroleinheritance', 'resetroleinheritance'];

/** SP.List properties a body may set, and how. Known-but-unmodelled ones are accepted and ignored. */
const LIST_SETTERS: Record<string, ((d: ListData, v: unknown) => void) | null> = {
  Title: (d, v) => { d.title = String(v); },
  Description: (d, v) => { d.description = String(v ?? ''); },
  Hidden: (d, v) => { d.hidden = Boolean(v); },
  EnableVersioning: (d, v) => { d.enableVersioning = Boolean(v); },
  EnableAttachments: (d, v) => { d.enableAttachments = Boolean(v); },
  ContentTypesEnabled: (d, v) => { d.contentTypesEnabled = Boolean(v); },
  AllowContentTypes: (d, v) => { d.allowContentTypes = Boolean(v); },
  OnQuickLaunch: (d, v) => { d.onQuickLaunch = Boolean(v); },
  NoCrawl: (d, v) => { d.noCrawl = Boolean(v); },
  WriteSecurity: (d, v) => {
    if (v !== 1 && v !== 2 && v !== 4) throw invalidRequest('WriteSecurity must be 1, 2 or 4.');
    d.writeSecurity = v;
  },
  ReadSecurity: (d, v) => {
    if (v !== 1 && v !== 2) throw invalidRequest('ReadSecurity must be 1 or 2.');
    d.readSecurity = v;
  },
  BaseTemplate: null,
  MajorVersionLimit: null,
  MajorWithMinorVersionsLimit: null,
  EnableMinorVersions: null,
  EnableModeration: (d, v) => {
    if (typeof v !== 'boolean') throw invalidRequest('EnableModeration must be true or false.');
    d.enableModeration = v;
  },
  ForceCheckout: null,
  DraftVersionVisibility: (d, v) => {
    if (v !== 0 && v !== 1 && v !== 2) throw invalidRequest('DraftVersionVisibility must be 0 (Reader), 1 (Author) or 2 (Approver).');
    d.draftVersionVisibility = v;
  },
  Direction: null,
  EnableFolderCreation: (d, v) => { d.enableFolderCreation = Boolean(v); },
  DisableGridEditing: null,
  DefaultContentApprovalWorkflowId: null,
  IrmEnabled: null,
  ImageUrl: null,
  ValidationFormula: null,
  ValidationMessage: null,
  ExcludeFromOfflineClient: null,
  EnableRequestSignOff: null,
};

export function listUri(ctx: RequestContext, list: ListData): string {
  return `${ctx.apiUrl}/Web/Lists(guid'${list.id}')`;
}

function listProperties(ctx: RequestContext, state: ListState, extras: Set<string>): Record<string, unknown> {
  const d = state.data;
  const sitePath = new URL(ctx.siteUrl).pathname;
  const props: Record<string, unknown> = {
    AllowContentTypes: d.allowContentTypes,
    BaseTemplate: d.baseTemplate,
    BaseType: 0,
    ContentTypesEnabled: d.contentTypesEnabled,
    Created: d.created,
    DefaultViewUrl: `${sitePath}/${d.url}/AllItems.aspx`,
    Description: d.description,
    EnableAttachments: d.enableAttachments,
    EnableFolderCreation: d.enableFolderCreation ?? false,
    EnableMinorVersions: false,
    EnableModeration: d.enableModeration ?? false,
    DraftVersionVisibility: d.draftVersionVisibility ?? 0,
    EnableVersioning: d.enableVersioning,
    EntityTypeName: d.entityTypeName,
    ForceCheckout: false,
    Hidden: d.hidden,
    Id: d.id,
    ItemCount: state.items.size,
    LastItemDeletedDate: d.lastItemDeletedDate,
    LastItemModifiedDate: d.lastItemModifiedDate,
    LastItemUserModifiedDate: d.lastItemModifiedDate,
    ListItemEntityTypeFullName: itemEntityType(d),
    MajorVersionLimit: d.enableVersioning ? 50 : 0,
    NoCrawl: d.noCrawl,
    OnQuickLaunch: d.onQuickLaunch,
    ParentWebUrl: sitePath,
    ReadSecurity: d.readSecurity,
    Title: d.title,
    WriteSecurity: d.writeSecurity,
  };
  if (extras.has('EffectiveBasePermissions')) props.EffectiveBasePermissions = basePermissionsValue(scopeMask(ctx, { kind: 'list', list: state }));
  if (extras.has('HasUniqueRoleAssignments')) props.HasUniqueRoleAssignments = d.roleAssignments !== null;
  return props;
}

export function listEntity(ctx: RequestContext, state: ListState, extras: Set<string> = new Set()): EntityValue {
  return new EntityValue('SP.List', listUri(ctx, state.data), listProperties(ctx, state, extras), {
    etag: etagOf(state.data.version),
    editLink: `Web/Lists(guid'${state.data.id}')`,
  });
}

/** Applies a list add/update body; unknown properties are 400 as SharePoint. */
function listBodyApplier(ctx: RequestContext, body: Record<string, unknown>): (d: ListData) => void {
  const setters: [(d: ListData, v: unknown) => void, unknown][] = [];
  for (const [k, v] of Object.entries(body)) {
    if (k === '__metadata') {
      if (!ctx.verboseBody) throw propertyNotOnType('__metadata', 'SP.List');
      continue;
    }
    if (!(k in LIST_SETTERS)) throw propertyNotOnType(k, 'SP.List');
    const setter = LIST_SETTERS[k];
    if (setter) setters.push([setter, v]);
  }
  return (d) => { for (const [set, v] of setters) set(d, v); };
}

function listNode(find: (ctx: RequestContext) => ListState): ResourceNode {
  const visible = (ctx: RequestContext) => {
    const list = find(ctx);
    requireList(ctx, list, PermissionKind.ViewListItems);
    return list;
  };
  const children: ResourceNode['children'] = {
    items: (seg, ctx) => itemsChild(visible(ctx), seg),
    fields: (seg, ctx) => fieldsChild(visible(ctx), seg),
    getitembyid: (seg, ctx) => itemsChild(visible(ctx), { ...seg, name: 'items' }),
    getitems: (seg, ctx) => getItemsNode(visible(ctx)),
    rootfolder: () => folderNode((c) => ({ list: visible(c), folder: null }), itemNode),
    addvalidateupdateitemusingpath: () => ({ typeName: 'SP.List', methods: { POST: (c) => addValidateUpdateItemUsingPath(c, visible(c)) } }),
  };
  for (const name of SECURITY_CHILDREN) {
    children[name] = (seg, ctx) => securityChildren({ kind: 'list', list: find(ctx) })[name](seg);
  }
  return {
    typeName: 'SP.List',
    children,
    methods: {
      GET: (ctx) => sendEntity(ctx, listEntity(ctx, visible(ctx), requested(ctx, LIST_EXTRAS)), 'SP.ApiData.Lists', LIST_EXTRAS),
      MERGE: (ctx) => {
        const list = visible(ctx);
        requireList(ctx, list, PermissionKind.ManageLists);
        const stale = ifMatchFails(ctx.req.headers.get('if-match'), list.data.version);
        if (stale) throw etagMismatch(stale, etagOf(list.data.version));
        const apply = listBodyApplier(ctx, readJsonBody(ctx));
        const next = { ...list.data };
        apply(next);
        ctx.store.updateList(list, next);
        return empty(204, { ETag: etagOf(list.data.version) });
      },
      DELETE: (ctx) => {
        const list = visible(ctx);
        requireList(ctx, list, PermissionKind.ManageLists);
        ctx.store.deleteList(list);
        return empty(200);
      },
    },
    properties: (ctx) => listProperties(ctx, visible(ctx), new Set(LIST_EXTRAS)),
  };
}

function byTitle(title: string): (ctx: RequestContext) => ListState {
  return (ctx) => ctx.store.findListByTitle(title) ?? (() => { throw listNotFoundByTitle(title, ctx.siteUrl); })();
}

function byId(id: string): (ctx: RequestContext) => ListState {
  return (ctx) => ctx.store.findListById(id) ?? (() => { throw listNotFound(); })();
}

function addList(ctx: RequestContext): ReturnType<typeof sendEntity> {
  requireWeb(ctx, PermissionKind.ManageLists);
  const body = readJsonBody(ctx);
  const title = typeof body.Title === 'string' ? body.Title.trim() : '';
  if (!title) throw invalidRequest('The list Title is required.');
  const template = body.BaseTemplate === undefined ? 100 : Number(body.BaseTemplate);
  if (template !== 100) throw invalidRequest(`The local SharePoint only creates generic lists (BaseTemplate 100), not ${template}.`);
  const apply = listBodyApplier(ctx, body);
  const list = ctx.store.createList({ title });
  const next = { ...list.data };
  apply(next);
  Object.assign(list.data, next);
  ctx.store.touchSite();
  return sendEntity(ctx, listEntity(ctx, list), 'SP.ApiData.Lists', LIST_EXTRAS, 201);
}

function listsCollection(): ResourceNode {
  return {
    typeName: 'SP.ListCollection',
    children: {
      getbytitle: (seg) => listNode(byTitle(String(seg.args?.positional[0] ?? ''))),
      getbyid: (seg) => listNode(byId(String(seg.args?.positional[0] ?? ''))),
    },
    methods: {
      GET: (ctx) => {
        const extras = requested(ctx, LIST_EXTRAS);
        const rows = ctx.store.lists
          .filter((l) => has(listMask(ctx, l), PermissionKind.ViewListItems))
          .map((l) => listEntity(ctx, l, extras));
        return sendCollection(ctx, rows, 'SP.ApiData.Lists', LIST_EXTRAS);
      },
      POST: addList,
    },
  };
}

/** web/lists and web/lists(guid'...') */
export function listsChild(seg: Segment): ResourceNode {
  if (seg.args) return listNode(byId(String(seg.args.positional[0] ?? '')));
  return listsCollection();
}

/** web/getList('/sites/digital/Lists/X') */
export function getListNode(seg: Segment): ResourceNode {
  const url = String(seg.args?.positional[0] ?? '');
  return listNode((ctx) => {
    const id = ctx.store.resolveListReference(url);
    const list = id ? ctx.store.findListById(id) : undefined;
    if (!list) throw new SpError(404, '-2147024894, System.IO.FileNotFoundException', 'File Not Found.');
    return list;
  });
}

