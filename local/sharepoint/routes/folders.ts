/**
 * Folders in lists (see ../folders.ts and README "Folders"), as PnPjs 4 reaches them:
 *   list/RootFolder, .../Folders (GET; POST addUsingPath(DecodedUrl='name',overwrite=false)),
 *   .../AddSubFolderUsingPath {leafPath}, .../ListItemAllFields, folder DELETE,
 *   web/GetFolderByServerRelativePath(DecodedUrl='/sites/x/Lists/Y/14') and GetFolderByServerRelativeUrl('...'),
 *   web/Folders/addUsingPath(DecodedUrl='/sites/x/Lists/Y/14'),
 *   list/AddValidateUpdateItemUsingPath {listItemCreateInfo:{FolderPath:{DecodedUrl}, UnderlyingObjectType, LeafName}, formValues}.
 * Adding in a folder needs AddListItems there: the folder's own permissions when it has them (or those of the
 * nearest folder above it that has them), else the list's; otherwise 403 Access denied.
 */
import { empty, etagOf, ifMatchFails, json, listMask, readJsonBody, type RequestContext } from '../context';
import { accessDenied, etagMismatch, invalidRequest, spException } from '../errors';
import { EntityValue, nullBody } from '../formats';
import {
  checkFolderName, fileDirRef, findFolder, folderMask, isFolder, pathOf, resolveFolder, rootFolderUrl,
} from '../folders';
import { convertFormValues, type FormValue } from '../formValues';
import { canAddItems, has, PermissionKind } from '../permissions';
import type { ResourceNode } from '../router';
import type { Segment } from '../pathParser';
import { MODERATION, type ListState } from '../store';
import type { ItemRecord, SpResponse } from '../types';
import { sendCollection, sendEntity } from './common';

type FolderRef = (ctx: RequestContext) => { list: ListState; folder: ItemRecord | null };

/** How many items and folders sit directly in each folder (by lower-cased path; '' the root), in one pass. */
function childCounts(list: ListState): Map<string, number> {
  const counts = new Map<string, number>();
  for (const i of list.items.values()) {
    const dir = (i.dir ?? '').toLowerCase();
    counts.set(dir, (counts.get(dir) ?? 0) + 1);
  }
  return counts;
}

function folderEntity(ctx: RequestContext, list: ListState, folder: ItemRecord | null, counts: Map<string, number> = childCounts(list)): EntityValue {
  const url = folder ? `${fileDirRef(ctx.store, list, folder)}/${folder.leaf ?? ''}` : rootFolderUrl(ctx.store, list);
  const path = folder ? pathOf(folder).toLowerCase() : '';
  const children = counts.get(path) ?? 0;
  return new EntityValue('SP.Folder', `${ctx.apiUrl}/Web/GetFolderByServerRelativePath(decodedurl='${encodeURIComponent(url)}')`, {
    Exists: true,
    IsWOPIEnabled: false,
    ItemCount: children,
    Name: folder ? folder.leaf ?? '' : list.data.url.split('/').pop() ?? '',
    ProgID: null,
    ServerRelativePath: { DecodedUrl: url },
    ServerRelativeUrl: url,
    TimeCreated: folder ? folder.created : list.data.created,
    TimeLastModified: folder ? folder.modified : list.data.lastItemModifiedDate,
    UniqueId: folder ? folder.guid : list.data.id,
    WelcomePage: '',
  });
}

/** The caller must see the folder: ViewListItems on it (the list's for the root folder). */
function visibleFolder(ctx: RequestContext, ref: FolderRef): { list: ListState; folder: ItemRecord | null } {
  const found = ref(ctx);
  const mask = folderMask(ctx.store.site, found.list, found.folder, ctx.user, listMask(ctx, found.list));
  if (!has(mask, PermissionKind.ViewListItems)) {
    if (found.folder) throw spException(404, 'File Not Found.', '-2147024894, System.IO.FileNotFoundException');
    throw accessDenied();
  }
  return found;
}

/** May the caller add items or folders in this folder? (AddListItems there; WriteSecurity 4 as on the list) */
function requireAddIn(ctx: RequestContext, list: ListState, folder: ItemRecord | null): void {
  const mask = folderMask(ctx.store.site, list, folder, ctx.user, listMask(ctx, list));
  if (!canAddItems(list.data, mask)) throw accessDenied();
}

/**
 * Creates folder `name` in `parent` (null = the root). An existing folder of that name is returned as it is
 * (SharePoint's Folders.Add does the same; with overwrite=false through AddUsingPath: unverified).
 */
function addFolder(ctx: RequestContext, list: ListState, parent: ItemRecord | null, name: string): ItemRecord {
  checkFolderName(name);
  requireAddIn(ctx, list, parent);
  const dir = parent ? pathOf(parent) : '';
  const existing = findFolder(list, dir ? `${dir}/${name}` : name);
  if (existing) return existing;
  const clash = [...list.items.values()].some((i) => !isFolder(i) && (i.dir ?? '') === dir && `${i.id}_.000` === name);
  if (clash) throw spException(500, `A file or folder with the name ${name} already exists.`, '-2130575257');
  const write = list.data.enableModeration ? { values: {}, moderationStatus: MODERATION.approved } : { values: {} };
  return ctx.store.addItem(list, write, ctx.user.id, { dir: dir || undefined, folder: name });
}

/** A path under a folder: 'name' (one level) or a server-relative url whose parent folder exists. */
function splitNewFolder(ctx: RequestContext, list: ListState, parent: ItemRecord | null, decodedUrl: string): { parent: ItemRecord | null; name: string } {
  const url = decodedUrl.replace(/\/+$/, '');
  if (!url.startsWith('/') && !/^https?:\/\//i.test(url)) {
    const parts = url.split('/').filter((p) => p !== '');
    const name = parts.pop() ?? '';
    if (!parts.length) return { parent, name };
    const base = parent ? pathOf(parent) : '';
    const within = resolveFolder(ctx.store, list, base ? `${base}/${parts.join('/')}` : parts.join('/'));
    return { parent: within.folder, name };
  }
  const cut = url.lastIndexOf('/');
  const within = resolveFolder(ctx.store, list, url.slice(0, cut));
  return { parent: within.folder, name: url.slice(cut + 1) };
}

function decodedUrlArg(seg: Segment): string {
  const value = seg.args?.named.decodedurl ?? seg.args?.named.url ?? seg.args?.positional[0];
  if (typeof value !== 'string') throw invalidRequest("The parameter 'DecodedUrl' is missing.");
  return value;
}

/** folders('name'): a folder below this one, by name or path (PnPjs's folders.getByUrl) */
function childFolder(ref: FolderRef, name: string, itemNode?: (list: ListState, id: number) => ResourceNode): ResourceNode {
  return folderNode((ctx) => {
    const { list, folder } = visibleFolder(ctx, ref);
    const base = folder ? pathOf(folder) : '';
    return { list, folder: resolveFolder(ctx.store, list, name.startsWith('/') ? name : base ? `${base}/${name}` : name).folder };
  }, itemNode);
}

function foldersCollection(ref: FolderRef): ResourceNode {
  return {
    typeName: 'SP.FolderCollection',
    children: {
      addusingpath: (seg) => ({
        typeName: 'SP.FolderCollection',
        methods: {
          POST: (ctx) => {
            const { list, folder } = visibleFolder(ctx, ref);
            const target = splitNewFolder(ctx, list, folder, decodedUrlArg(seg));
            const added = addFolder(ctx, list, target.parent, target.name);
            return sendEntity(ctx, folderEntity(ctx, list, added), 'SP.ApiData.Folders', [], 200);
          },
        },
      }),
    },
    methods: {
      GET: (ctx) => {
        const { list, folder } = visibleFolder(ctx, ref);
        const path = folder ? pathOf(folder).toLowerCase() : '';
        const lm = listMask(ctx, list);
        const counts = childCounts(list);
        const rows = [...list.items.values()]
          .filter((i) => isFolder(i) && (i.dir ?? '').toLowerCase() === path)
          .filter((i) => has(folderMask(ctx.store.site, list, i, ctx.user, lm), PermissionKind.ViewListItems))
          .map((i) => folderEntity(ctx, list, i, counts));
        return sendCollection(ctx, rows, 'SP.ApiData.Folders');
      },
    },
  };
}

/** A folder (the root folder when `folder` is null). `itemNode` serves its ListItemAllFields. */
export function folderNode(ref: FolderRef, itemNode?: (list: ListState, id: number) => ResourceNode): ResourceNode {
  return {
    typeName: 'SP.Folder',
    children: {
      folders: (seg) => (seg.args ? childFolder(ref, String(seg.args.positional[0] ?? ''), itemNode) : foldersCollection(ref)),
      addsubfolderusingpath: () => ({
        typeName: 'SP.Folder',
        methods: {
          POST: (ctx) => {
            const { list, folder } = visibleFolder(ctx, ref);
            const leaf = (readJsonBody(ctx).leafPath as { DecodedUrl?: unknown } | undefined)?.DecodedUrl;
            if (typeof leaf !== 'string') throw invalidRequest("The parameter 'leafPath' is missing.");
            addFolder(ctx, list, folder, leaf);
            return empty(200);
          },
        },
      }),
      listitemallfields: (seg, ctx) => {
        const { list, folder } = visibleFolder(ctx, ref);
        if (folder && itemNode) return itemNode(list, folder.id);
        return { typeName: 'SP.ListItem', methods: { GET: (c) => json(c, 200, nullBody(c.render, 'ListItemAllFields')) } };
      },
    },
    methods: {
      GET: (ctx) => {
        const { list, folder } = visibleFolder(ctx, ref);
        return sendEntity(ctx, folderEntity(ctx, list, folder), 'SP.ApiData.Folders');
      },
      DELETE: (ctx) => {
        const { list, folder } = visibleFolder(ctx, ref);
        if (!folder) throw invalidRequest('The root folder of a list cannot be deleted.');
        if (!has(folderMask(ctx.store.site, list, folder, ctx.user, listMask(ctx, list)), PermissionKind.DeleteListItems)) throw accessDenied();
        const stale = ifMatchFails(ctx.req.headers.get('if-match'), folder.version);
        if (stale) throw etagMismatch(stale, etagOf(folder.version));
        ctx.store.deleteItem(list, folder);
        return empty(200);
      },
    },
  };
}

/** The list whose root folder holds a server-relative url, and the folder there. */
export function folderByUrl(url: string): FolderRef {
  return (ctx) => {
    let path = url.trim();
    if (/^https?:\/\//i.test(path)) path = new URL(path).pathname;
    const lower = path.replace(/\/+$/, '').toLowerCase();
    const list = ctx.store.lists.find((l) => {
      const root = rootFolderUrl(ctx.store, l).toLowerCase();
      return lower === root || lower.startsWith(`${root}/`);
    });
    if (!list) throw spException(404, 'File Not Found.', '-2147024894, System.IO.FileNotFoundException');
    return { list, folder: resolveFolder(ctx.store, list, path).folder };
  };
}

/** web/Folders: addUsingPath with a server-relative url inside a list. */
export function webFoldersNode(): ResourceNode {
  return {
    typeName: 'SP.FolderCollection',
    children: {
      addusingpath: (seg) => ({
        typeName: 'SP.FolderCollection',
        methods: {
          POST: (ctx) => {
            const url = decodedUrlArg(seg).replace(/\/+$/, '');
            const cut = url.lastIndexOf('/');
            const { list, folder } = visibleFolder(ctx, folderByUrl(url.slice(0, cut)));
            const added = addFolder(ctx, list, folder, url.slice(cut + 1));
            return sendEntity(ctx, folderEntity(ctx, list, added), 'SP.ApiData.Folders', [], 200);
          },
        },
      }),
    },
    methods: {},
  };
}

/**
 * POST list/AddValidateUpdateItemUsingPath: adds an item (UnderlyingObjectType 0) or a folder (1, named by
 * LeafName) in the folder FolderPath names (the root when empty), with form values as ValidateUpdateListItem
 * takes them (formValues.ts). Answers one ListItemFormUpdateValue per value plus {FieldName:'Id', FieldValue:<new id>};
 * a refused value comes back as HasException (HTTP 200) and nothing is added.
 */
export function addValidateUpdateItemUsingPath(ctx: RequestContext, list: ListState): SpResponse {
  const body = readJsonBody(ctx);
  const info = (body.listItemCreateInfo ?? {}) as { FolderPath?: { DecodedUrl?: unknown }; UnderlyingObjectType?: unknown; LeafName?: { DecodedUrl?: unknown } };
  const folderUrl = typeof info.FolderPath?.DecodedUrl === 'string' ? info.FolderPath.DecodedUrl : '';
  const formValues = body.formValues ?? [];
  if (!Array.isArray(formValues)) throw invalidRequest("The parameter 'formValues' must be an array of {FieldName, FieldValue}.");
  const { folder } = folderUrl ? resolveFolder(ctx.store, list, folderUrl) : { folder: null };
  requireAddIn(ctx, list, folder);
  const converted = convertFormValues(list, 0, formValues as FormValue[], (name) => ctx.store.findField(list, name));
  let results = converted.results;
  if (converted.write) {
    if (converted.write.moderationStatus !== undefined) {
      const mask = folderMask(ctx.store.site, list, folder, ctx.user, listMask(ctx, list));
      if (!has(mask, PermissionKind.ApproveItems)) throw accessDenied();
    }
    const asFolder = Number(info.UnderlyingObjectType ?? 0) === 1;
    let added: ItemRecord;
    if (asFolder) {
      const leaf = info.LeafName?.DecodedUrl;
      if (typeof leaf !== 'string') throw invalidRequest("A folder needs listItemCreateInfo.LeafName.");
      checkFolderName(leaf);
      const dir = folder ? pathOf(folder) : '';
      if (findFolder(list, dir ? `${dir}/${leaf}` : leaf)) throw spException(500, `A file or folder with the name ${leaf} already exists.`, '-2130575257');
      added = ctx.store.addItem(list, converted.write, ctx.user.id, { dir: dir || undefined, folder: leaf });
    } else {
      added = ctx.store.addItem(list, converted.write, ctx.user.id, { dir: folder ? pathOf(folder) : undefined });
    }
    results = [
      ...results.map((r) => ({ ...r, ItemId: added.id })),
      { ErrorCode: 0, ErrorMessage: null, FieldName: 'Id', FieldValue: String(added.id), HasException: false, ItemId: added.id },
    ];
  }
  const rendered = results.map((r) => (ctx.format === 'verbose' ? { __metadata: { type: 'SP.ListItemFormUpdateValue' }, ...r } : r));
  const out = ctx.format === 'verbose'
    ? { d: { AddValidateUpdateItemUsingPath: { __metadata: { type: 'Collection(SP.ListItemFormUpdateValue)' }, results: rendered } } }
    : ctx.format === 'nometadata' ? { value: rendered } : { 'odata.metadata': `${ctx.apiUrl}/$metadata#Collection(SP.ListItemFormUpdateValue)`, value: rendered };
  return json(ctx, 200, out);
}
