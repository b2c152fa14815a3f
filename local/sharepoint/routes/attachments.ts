/**
 * An item's attachments, as PnPjs's `item.attachmentFiles` uses them:
 *   GET  items(id)/AttachmentFiles                      -> SP.Attachment collection
 *   POST items(id)/AttachmentFiles/add(FileName='x')    (body: the file's bytes) -> SP.Attachment
 *   GET  items(id)/AttachmentFiles('x')                 -> SP.Attachment
 *   GET  items(id)/AttachmentFiles('x')/$value          -> the bytes
 *   PUT  items(id)/AttachmentFiles('x')/$value          (X-HTTP-Method PUT) -> replaces the bytes
 *   DELETE items(id)/AttachmentFiles('x'), POST .../recycleObject -> removes it
 * Reading needs what reading the item needs; changing needs EditListItems on the item (so WriteSecurity
 * applies), and counts as an edit of the item (new etag, Modified, Editor, and back to Pending under
 * content approval). See README "Attachments".
 */
import { empty, type RequestContext } from '../context';
import { accessDenied, invalidRequest, spException } from '../errors';
import { EntityValue } from '../formats';
import { has, PermissionKind } from '../permissions';
import { itemMask } from '../folders';
import type { ResourceNode } from '../router';
import type { Segment } from '../pathParser';
import type { ListState } from '../store';
import type { AttachmentRecord, ItemRecord, SpResponse } from '../types';
import { sendCollection, sendEntity } from './common';

/** SharePoint's limit for a file name (and the characters it refuses). */
const MAX_NAME = 128;
const BAD_NAME = /["*:<>?/\\|#%]|^\.|\.$|^\s|\s$/;
/** the local store keeps files in its JSON: keep them small */
export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;

interface ItemAccess {
  list: ListState;
  /** the item as the caller sees it (its last approved state, under content approval), 404 otherwise */
  item: (ctx: RequestContext) => ItemRecord;
  /** the item itself, for changes (404 when the caller sees nothing of it) */
  target: (ctx: RequestContext) => ItemRecord;
}

function attachmentEntity(ctx: RequestContext, list: ListState, item: ItemRecord, a: AttachmentRecord): EntityValue {
  const sitePath = new URL(ctx.siteUrl).pathname;
  const url = `${sitePath}/${list.data.url}/Attachments/${item.id}/${a.name}`;
  const uri = `${ctx.apiUrl}/Web/Lists(guid'${list.data.id}')/Items(${item.id})/AttachmentFiles('${encodeURIComponent(a.name)}')`;
  return new EntityValue('SP.Attachment', uri, {
    FileName: a.name,
    FileNameAsPath: { DecodedUrl: a.name },
    ServerRelativePath: { DecodedUrl: url },
    ServerRelativeUrl: url,
  });
}

function notFound(): never {
  throw spException(404, 'File Not Found.', '-2147024894, System.IO.FileNotFoundException');
}

function requireEdit(ctx: RequestContext, access: ItemAccess): ItemRecord {
  const item = access.target(ctx);
  if (!has(itemMask(ctx.store.site, access.list, item, ctx.user), PermissionKind.EditListItems)) throw accessDenied();
  return item;
}

function contentOf(ctx: RequestContext): Buffer {
  const bytes = ctx.req.bytes ?? new TextEncoder().encode(ctx.req.body);
  if (bytes.length > MAX_ATTACHMENT_BYTES) throw spException(400, `The file is larger than the local SharePoint keeps (${MAX_ATTACHMENT_BYTES / 1024 / 1024} MB).`);
  return Buffer.from(bytes);
}

function addAttachment(ctx: RequestContext, access: ItemAccess, seg: Segment): SpResponse {
  const { list } = access;
  if (!list.data.enableAttachments) throw spException(400, 'Attachments are disabled on this list.');
  const item = requireEdit(ctx, access);
  const name = String(seg.args?.named.filename ?? seg.args?.positional[0] ?? '');
  if (!name || name.length > MAX_NAME || BAD_NAME.test(name)) {
    throw spException(400, `The file name '${name}' is not valid: at most ${MAX_NAME} characters, none of " * : < > ? / \\ | # %, not starting or ending with a period or space.`);
  }
  if ((item.attachments ?? []).some((a) => a.name.toLowerCase() === name.toLowerCase())) {
    throw spException(409, `A file with the name '${name}' already exists.`, '-2130575257, Microsoft.SharePoint.SPException');
  }
  const content = contentOf(ctx);
  const record: AttachmentRecord = { name, base64: content.toString('base64'), size: content.length };
  ctx.store.changeAttachments(list, item, [...(item.attachments ?? []), record], ctx.user.id);
  return sendEntity(ctx, attachmentEntity(ctx, list, item, record), 'SP.ApiData.Attachments', [], 200);
}

function attachmentNode(access: ItemAccess, name: string): ResourceNode {
  const { list } = access;
  const find = (item: ItemRecord): AttachmentRecord =>
    (item.attachments ?? []).find((a) => a.name.toLowerCase() === name.toLowerCase()) ?? notFound();
  const remove = (ctx: RequestContext): SpResponse => {
    const item = requireEdit(ctx, access);
    const target = find(item);
    ctx.store.changeAttachments(list, item, (item.attachments ?? []).filter((a) => a !== target), ctx.user.id);
    return empty(200);
  };
  return {
    typeName: 'SP.Attachment',
    children: {
      $value: () => ({
        typeName: 'SP.Attachment',
        methods: {
          GET: (ctx) => {
            const a = find(access.item(ctx));
            return { status: 200, headers: { 'Content-Type': 'application/octet-stream' }, body: new Uint8Array(Buffer.from(a.base64, 'base64')) };
          },
          PUT: (ctx) => {
            const item = requireEdit(ctx, access);
            const target = find(item);
            const content = contentOf(ctx);
            const next = { ...target, base64: content.toString('base64'), size: content.length };
            ctx.store.changeAttachments(list, item, (item.attachments ?? []).map((a) => (a === target ? next : a)), ctx.user.id);
            return empty(204);
          },
        },
      }),
      recycleobject: () => ({ typeName: 'SP.Attachment', methods: { POST: remove, DELETE: remove } }),
    },
    methods: {
      GET: (ctx) => {
        const item = access.item(ctx);
        return sendEntity(ctx, attachmentEntity(ctx, list, item, find(item)), 'SP.ApiData.Attachments');
      },
      DELETE: remove,
    },
  };
}

/** items(id)/AttachmentFiles and items(id)/AttachmentFiles('name') */
export function attachmentFilesChild(access: ItemAccess, seg: Segment): ResourceNode {
  if (seg.args) {
    const name = String(seg.args.positional[0] ?? '');
    if (!name) throw invalidRequest('An attachment name is required.');
    return attachmentNode(access, name);
  }
  return {
    typeName: 'SP.AttachmentCollection',
    children: {
      add: (s) => ({ typeName: 'SP.AttachmentCollection', methods: { POST: (ctx) => addAttachment(ctx, access, s) } }),
      getbyfilename: (s) => attachmentNode(access, String(s.args?.positional[0] ?? '')),
    },
    methods: {
      GET: (ctx) => {
        const item = access.item(ctx);
        return sendCollection(ctx, (item.attachments ?? []).map((a) => attachmentEntity(ctx, access.list, item, a)), 'SP.ApiData.Attachments');
      },
    },
  };
}
