/**
 * Folders in lists, as SharePoint Online keeps them: a folder is a list item (FileSystemObjectType 1,
 * FSObjType 1, content type 0x0120...) that other items (and folders) sit in. Every item has a place:
 *   FileDirRef  the server-relative url of the folder it is in (the list's root folder: /sites/x/Lists/Y)
 *   FileLeafRef its own name ('<id>_.000' for an item, the folder's name for a folder)
 *   FileRef     FileDirRef + '/' + FileLeafRef
 * Permissions are inherited along the folders: an item that does not have its own role assignments takes
 * those of the nearest folder above it that has them, else the list's (see README "Folders").
 */
import { invalidRequest, spException } from './errors';
import { itemPermissions, type PermissionMask } from './permissions';
import type { ListState, LocalStore } from './store';
import type { ItemRecord, LocalPerson, RoleAssignmentRecord, SiteData } from './types';

/** SharePoint's folder content type id (an item's is 0x0100...). */
export const FOLDER_CONTENT_TYPE = '0x0120';

/** Characters SharePoint refuses in a folder name; also a leading/trailing space and a trailing period. */
const BAD_FOLDER_NAME = /["*:<>?/\\|]|^\s|\s$|\.$/;
const MAX_FOLDER_NAME = 255;

export function isFolder(item: ItemRecord): boolean {
  return item.fsObjType === 1;
}

/** The item's own path below the list's root folder: '14' for folder 14 at the root, '14/2025' below it. */
export function pathOf(item: ItemRecord): string {
  const leaf = leafOf(item);
  return item.dir ? `${item.dir}/${leaf}` : leaf;
}

export function leafOf(item: ItemRecord): string {
  return isFolder(item) ? item.leaf ?? String(item.id) : `${item.id}_.000`;
}

/** The server-relative url of the list's root folder, e.g. /sites/digital/Lists/ChampionActivities. */
export function rootFolderUrl(store: LocalStore, list: ListState): string {
  return `${store.sitePath}/${list.data.url}`;
}

export function fileDirRef(store: LocalStore, list: ListState, item: ItemRecord): string {
  const root = rootFolderUrl(store, list);
  return item.dir ? `${root}/${item.dir}` : root;
}

export function fileRef(store: LocalStore, list: ListState, item: ItemRecord): string {
  return `${fileDirRef(store, list, item)}/${leafOf(item)}`;
}

/** The folder at a path below the root (compared case-insensitively, as SharePoint's urls are). */
export function findFolder(list: ListState, path: string): ItemRecord | undefined {
  const wanted = path.toLowerCase();
  for (const item of list.items.values()) {
    if (isFolder(item) && pathOf(item).toLowerCase() === wanted) return item;
  }
  return undefined;
}

/** A folder's own contents and everything below it. */
export function descendantsOf(list: ListState, folder: ItemRecord): ItemRecord[] {
  const prefix = `${pathOf(folder).toLowerCase()}/`;
  return [...list.items.values()].filter((i) => i.dir !== undefined && `${i.dir.toLowerCase()}/`.startsWith(prefix));
}

function fileNotFound(): never {
  throw spException(404, 'File Not Found.', '-2147024894, System.IO.FileNotFoundException');
}

/**
 * A folder url as a path below the list's root folder ('' = the root folder): server-relative
 * (/sites/digital/Lists/X/14), absolute (https://host/sites/digital/Lists/X/14) or relative to the root (14).
 * A server-relative or absolute url outside this list is 404 (File Not Found).
 */
export function relativeFolderPath(store: LocalStore, list: ListState, url: string): string {
  let path = url.trim();
  if (/^https?:\/\//i.test(path)) path = new URL(path).pathname;
  path = path.replace(/\/+$/, '');
  if (path.startsWith('/')) {
    const root = rootFolderUrl(store, list).toLowerCase();
    const lower = path.toLowerCase();
    if (lower === root) return '';
    if (!lower.startsWith(`${root}/`)) fileNotFound();
    path = path.slice(root.length + 1);
  }
  return path.split('/').filter((p) => p !== '').join('/');
}

/** The folder named by a url, or the root (null); 404 when there is no such folder. */
export function resolveFolder(store: LocalStore, list: ListState, url: string): { path: string; folder: ItemRecord | null } {
  const path = relativeFolderPath(store, list, url);
  if (!path) return { path, folder: null };
  const folder = findFolder(list, path);
  if (!folder) fileNotFound();
  return { path: pathOf(folder), folder };
}

export function checkFolderName(name: string): void {
  if (!name || name.length > MAX_FOLDER_NAME || BAD_FOLDER_NAME.test(name)) {
    throw invalidRequest(`The folder name '${name}' is not valid: it may not be empty, longer than ${MAX_FOLDER_NAME} characters, contain " * : < > ? / \\ |, start or end with a space, or end with a period.`);
  }
}

/**
 * The role assignments an item without its own inherits: the nearest folder above it that has its own,
 * else null (the list's, or the web's when the list inherits).
 */
export function inheritedAssignments(list: ListState, item: ItemRecord): RoleAssignmentRecord[] | null {
  let dir = item.dir;
  while (dir) {
    const folder = findFolder(list, dir);
    if (!folder) return null;
    if (folder.roleAssignments) return folder.roleAssignments;
    dir = folder.dir;
  }
  return null;
}

/** What a user may do on an item, given the folders it sits in (see permissions.itemPermissions). */
export function itemMask(site: SiteData, list: ListState, item: ItemRecord, user: LocalPerson): PermissionMask {
  return itemPermissions(site, list.data, item, user, item.roleAssignments ? null : inheritedAssignments(list, item));
}

/** What a user may do in a folder (null: the list's root folder, which is the list itself). */
export function folderMask(site: SiteData, list: ListState, folder: ItemRecord | null, user: LocalPerson, listMask: PermissionMask): PermissionMask {
  return folder ? itemMask(site, list, folder, user) : listMask;
}
