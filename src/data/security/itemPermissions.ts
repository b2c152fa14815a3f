import { ProgressCallback } from '../../domain/services';
import { DataError } from '../errors';
import { PROGRAMME_OFFICE_GROUP } from '../provisioning/listPermissions';
import { PermissionKind, SPFI } from '../sp';

/**
 * The one place that gives list items their own permissions: break an item's inheritance and grant these roles.
 * Used to make items read-only (a signed-off KPI quarter: `lockItems`) and to open an item to named people only (a
 * department's maturity response for its respondents and the programme office: src/data/maturity/roundLocks.ts).
 *
 * Each item stops inheriting without copying (clearing subscopes); an item that already had its own permissions is
 * reset first, so applying the same grants twice gives the same result and replaces permissions given by hand.
 * SharePoint also leaves the person who broke inheritance with Full Control on the item. Needs ManagePermissions
 * on the list; items are changed ITEMS_PER_BATCH to a $batch (each item takes up to ~8 calls; PnPjs sends 20 per
 * $batch request).
 */

/** SharePoint's built-in role types (SP.RoleType). */
export const ROLE_TYPE = { reader: 2, contributor: 3, administrator: 5, editor: 6 } as const;
export type RoleType = (typeof ROLE_TYPE)[keyof typeof ROLE_TYPE];

const ITEMS_PER_BATCH = 10;
const PAGE_SIZE = 2000;

/** A principal (person or group, by site id) and the role it gets on the item. */
export interface IItemGrant {
  readonly principalId: number;
  readonly role: RoleType;
}

/** One item and who gets what on it. */
export interface IItemPermissions {
  readonly id: number;
  /** Whether the item already has its own permissions (it is reset first). */
  readonly hasUniqueRoleAssignments: boolean;
  readonly grants: readonly IItemGrant[];
}

/** The site's own groups and the Programme Office group, by id; undefined where the site has no such group. */
export interface IHubPrincipals {
  readonly members?: number;
  readonly visitors?: number;
  readonly owners?: number;
  readonly office?: number;
}

export async function hubPrincipals(sp: SPFI): Promise<IHubPrincipals> {
  const idOf = (read: () => Promise<{ Id: number }>): Promise<number | undefined> => read().then((r) => r.Id, () => undefined);
  const web = sp.web;
  const [members, visitors, owners, office] = await Promise.all([
    idOf(() => web.associatedMemberGroup.select('Id')()),
    idOf(() => web.associatedVisitorGroup.select('Id')()),
    idOf(() => web.associatedOwnerGroup.select('Id')()),
    idOf(() => web.siteGroups.getByName(PROGRAMME_OFFICE_GROUP).select('Id')())
  ]);
  return { members, visitors, owners, office };
}

/**
 * The grants every item with its own permissions starts from: the site's members and visitors read it, the Programme
 * Office and the site's owners have Full Control (so any of them can change it again: unlock, reopen).
 */
export function baseGrants(principals: IHubPrincipals): IItemGrant[] {
  const grants: IItemGrant[] = [];
  for (const reader of [principals.members, principals.visitors]) if (reader !== undefined) grants.push({ principalId: reader, role: ROLE_TYPE.reader });
  for (const manager of [principals.office, principals.owners]) if (manager !== undefined) grants.push({ principalId: manager, role: ROLE_TYPE.administrator });
  return grants;
}

/** Only the Programme Office and the site's owners, with Full Control: the grants of an item nobody else may read. */
export function managerGrants(principals: IHubPrincipals): IItemGrant[] {
  return [principals.office, principals.owners].filter((id): id is number => id !== undefined).map((principalId) => ({ principalId, role: ROLE_TYPE.administrator }));
}

/** Refuses (403, with `message`) unless the signed-in person may manage permissions on the list. */
export async function assertMayManagePermissions(sp: SPFI, listTitle: string, message: string): Promise<void> {
  if (!(await sp.web.lists.getByTitle(listTitle).currentUserHasPermissions(PermissionKind.ManagePermissions))) {
    throw new DataError('AccessDenied', message, 403);
  }
}

/** The items matching an OData filter (written in src/data), with what setItemPermissions needs to know. */
export async function itemsToSecure(sp: SPFI, listTitle: string, filter: string): Promise<{ id: number; authorId: number; hasUniqueRoleAssignments: boolean }[]> {
  const rows: { id: number; authorId: number; hasUniqueRoleAssignments: boolean }[] = [];
  const query = sp.web.lists.getByTitle(listTitle).items.select('Id', 'AuthorId', 'HasUniqueRoleAssignments').filter(filter).top(PAGE_SIZE);
  for await (const page of query) {
    for (const row of page as { Id: number; AuthorId: number; HasUniqueRoleAssignments: boolean }[]) {
      rows.push({ id: row.Id, authorId: row.AuthorId, hasUniqueRoleAssignments: row.HasUniqueRoleAssignments });
    }
  }
  return rows;
}

/**
 * Breaks each item's inheritance and grants exactly its roles (duplicates dropped), batch by batch, reporting
 * progress with `message(done, total)` after each batch.
 */
export async function setItemPermissions(
  sp: SPFI,
  listTitle: string,
  items: readonly IItemPermissions[],
  message: (done: number, total: number) => string,
  onProgress?: ProgressCallback
): Promise<void> {
  const roleTypes = Array.from(new Set(items.flatMap((i) => i.grants.map((g) => g.role))));
  const roleIds = new Map<RoleType, number>(
    await Promise.all(roleTypes.map(async (type) => [type, (await sp.web.roleDefinitions.getByType(type).select('Id')<{ Id: number }>()).Id] as [RoleType, number]))
  );
  const report = (done: number): void => onProgress?.({ done, total: items.length, message: message(done, items.length) });
  report(0);
  for (let start = 0; start < items.length; start += ITEMS_PER_BATCH) {
    const chunk = items.slice(start, start + ITEMS_PER_BATCH);
    const [batched, execute] = sp.batched();
    const pending = chunk.flatMap((entry) => {
      const item = batched.web.lists.getByTitle(listTitle).items.getById(entry.id);
      const seen = new Set<string>();
      const grants = entry.grants.filter((g) => {
        const key = `${g.principalId}:${g.role}`;
        if (seen.has(key)) return false;
        seen.add(key);
        return true;
      });
      return [
        ...(entry.hasUniqueRoleAssignments ? [item.resetRoleInheritance()] : []),
        item.breakRoleInheritance(false, true),
        ...grants.map((g) => item.roleAssignments.add(g.principalId, roleIds.get(g.role) as number))
      ] as Promise<unknown>[];
    });
    // Attach handlers now so a failed part is not an unhandled rejection while the batch runs.
    const settled = Promise.all(pending);
    settled.catch(() => undefined);
    await execute();
    await settled;
    report(Math.min(start + chunk.length, items.length));
  }
}

/**
 * Makes the items matching `filter` read-only on the server: the base grants (members and visitors Read, the
 * Programme Office and owners Full Control) and each item's author Read. Returns how many items were locked.
 */
export async function lockItems(sp: SPFI, listTitle: string, filter: string, noRightsMessage: string, onProgress?: ProgressCallback, what = 'items'): Promise<number> {
  await assertMayManagePermissions(sp, listTitle, noRightsMessage);
  const [rows, principals] = await Promise.all([itemsToSecure(sp, listTitle, filter), hubPrincipals(sp)]);
  const base = baseGrants(principals);
  await setItemPermissions(
    sp,
    listTitle,
    rows.map((row) => ({ id: row.id, hasUniqueRoleAssignments: row.hasUniqueRoleAssignments, grants: [...base, { principalId: row.authorId, role: ROLE_TYPE.reader }] })),
    (done, total) => `Made ${done} of ${total} ${what} read-only`,
    onProgress
  );
  return rows.length;
}
