/**
 * Effective base permissions, computed from role assignments the way SharePoint does:
 * the union of the role definitions bound to the user and to every group the user is in,
 * on the web or, when the list has unique role assignments, on the list.
 *
 * Documented choices:
 * - The site owner (Alex Morgan) is the site collection administrator: full mask everywhere,
 *   even on lists whose inheritance was broken without him.
 * - Item permissions are the list's, then item-level security narrows them for a user without
 *   ManageLists who is not the item's author: WriteSecurity 2 removes EditListItems and
 *   DeleteListItems, ReadSecurity 2 removes ViewListItems (SharePoint enforces these settings
 *   on the operation; reflecting them in the item's EffectiveBasePermissions is our choice).
 * - An item whose inheritance is broken has its own role assignments: its permissions are computed from
 *   them alone (the list's no longer apply), then item-level security narrows them as above. The site
 *   collection administrator keeps full control.
 */
import { ROLE_IDS, isSiteAdmin } from './directory';
import type { ItemRecord, ListData, LocalPerson, RoleAssignmentRecord, SiteData } from './types';

/** PnPjs's PermissionKind numbers (bit = kind - 1). */
export const PermissionKind = {
  ViewListItems: 1,
  AddListItems: 2,
  EditListItems: 3,
  DeleteListItems: 4,
  ApproveItems: 5,
  OpenItems: 6,
  ViewVersions: 7,
  ManageLists: 12,
  ViewFormPages: 13,
  Open: 17,
  ViewPages: 18,
  AddAndCustomizePages: 19,
  CreateGroups: 25,
  BrowseUserInfo: 28,
  ManagePermissions: 26,
  ManageWeb: 31,
  EnumeratePermissions: 63,
} as const;

export type PermissionMask = bigint;

export function bit(kind: number): PermissionMask {
  return 1n << BigInt(kind - 1);
}

export function has(mask: PermissionMask, kind: number): boolean {
  return (mask & bit(kind)) !== 0n;
}

export function maskFrom(high: number, low: number): PermissionMask {
  return (BigInt(high) << 32n) | BigInt(low);
}

export interface BasePermissions { High: string; Low: string }

export function toBasePermissions(mask: PermissionMask): BasePermissions {
  return { High: String((mask >> 32n) & 0xffffffffn), Low: String(mask & 0xffffffffn) };
}

export interface RoleDefinition {
  id: number;
  name: string;
  description: string;
  roleTypeKind: number;
  order: number;
  hidden: boolean;
  mask: PermissionMask;
}

/** SharePoint's standard permission levels with their real masks. */
export const ROLE_DEFINITIONS: RoleDefinition[] = [
  { id: ROLE_IDS.fullControl, name: 'Full Control', description: 'Has full control.', roleTypeKind: 5, order: 1, hidden: false, mask: maskFrom(2147483647, 4294967295) },
  { id: ROLE_IDS.design, name: 'Design', description: 'Can view, add, update, delete, approve, and customize.', roleTypeKind: 4, order: 32, hidden: false, mask: maskFrom(432, 1012866047) },
  { id: ROLE_IDS.edit, name: 'Edit', description: 'Can add, edit and delete lists; can view, add, update and delete list items and documents.', roleTypeKind: 6, order: 48, hidden: false, mask: maskFrom(432, 1011030767) },
  { id: ROLE_IDS.contribute, name: 'Contribute', description: 'Can view, add, update, and delete list items and documents.', roleTypeKind: 3, order: 64, hidden: false, mask: maskFrom(432, 1011028719) },
  { id: ROLE_IDS.read, name: 'Read', description: 'Can view pages and list items and download documents.', roleTypeKind: 2, order: 128, hidden: false, mask: maskFrom(176, 138612833) },
  { id: ROLE_IDS.limitedAccess, name: 'Limited Access', description: 'Can view specific lists, document libraries, list items, folders, or documents when given permissions.', roleTypeKind: 1, order: 160, hidden: true, mask: maskFrom(48, 134418465) },
];

export const FULL_MASK: PermissionMask = maskFrom(2147483647, 4294967295);
export const EMPTY_MASK: PermissionMask = 0n;

export function findRoleDefinition(id: number): RoleDefinition | undefined {
  return ROLE_DEFINITIONS.find((r) => r.id === id);
}

/** The principal ids that stand for a user: the user and the groups the user is in. */
export function principalIdsOf(site: SiteData, user: LocalPerson): Set<number> {
  const ids = new Set<number>([user.id]);
  for (const g of site.groups) {
    if (g.memberIds.includes(user.id)) {
      ids.add(g.id);
    }
  }
  return ids;
}

function maskFromAssignments(assignments: RoleAssignmentRecord[], principals: Set<number>): PermissionMask {
  let mask = EMPTY_MASK;
  for (const a of assignments) {
    if (!principals.has(a.principalId)) {
      continue;
    }
    for (const id of a.roleDefIds) {
      mask |= findRoleDefinition(id)?.mask ?? EMPTY_MASK;
    }
  }
  return mask;
}

export function webPermissions(site: SiteData, user: LocalPerson): PermissionMask {
  if (isSiteAdmin(user)) {
    return FULL_MASK;
  }
  return maskFromAssignments(site.webRoleAssignments, principalIdsOf(site, user));
}

export function listPermissions(site: SiteData, list: ListData, user: LocalPerson): PermissionMask {
  if (isSiteAdmin(user)) {
    return FULL_MASK;
  }
  const assignments = list.roleAssignments ?? site.webRoleAssignments;
  return maskFromAssignments(assignments, principalIdsOf(site, user));
}

/** True when item-level security applies to this user on this list. */
export function itemSecurityApplies(listMask: PermissionMask): boolean {
  return !has(listMask, PermissionKind.ManageLists);
}

/** The permissions an item's own role assignments give (the item must have unique role assignments). */
function uniqueItemPermissions(site: SiteData, assignments: RoleAssignmentRecord[], user: LocalPerson): PermissionMask {
  if (isSiteAdmin(user)) {
    return FULL_MASK;
  }
  return maskFromAssignments(assignments, principalIdsOf(site, user));
}

/**
 * `inherited`: the assignments of the nearest folder above the item that has its own (folders.ts), when the item
 * does not have its own; null or absent = the list's.
 */
export function itemPermissions(site: SiteData, list: ListData, item: ItemRecord, user: LocalPerson, inherited?: RoleAssignmentRecord[] | null): PermissionMask {
  const own = item.roleAssignments ?? inherited;
  let mask = own ? uniqueItemPermissions(site, own, user) : listPermissions(site, list, user);
  if (!itemSecurityApplies(mask)) {
    return mask;
  }
  const authored = item.authorId === user.id;
  if (list.writeSecurity === 4 || (list.writeSecurity === 2 && !authored)) {
    mask &= ~(bit(PermissionKind.EditListItems) | bit(PermissionKind.DeleteListItems));
  }
  if (list.readSecurity === 2 && !authored) {
    mask &= ~bit(PermissionKind.ViewListItems);
  }
  return mask;
}

/** May this user add items, given WriteSecurity? (4 = nobody without ManageLists) */
export function canAddItems(list: ListData, listMask: PermissionMask): boolean {
  if (!has(listMask, PermissionKind.AddListItems)) {
    return false;
  }
  return list.writeSecurity !== 4 || !itemSecurityApplies(listMask);
}
