import { ProgressCallback } from '../../domain/services';
import { DataError } from '../errors';
import { PROGRAMME_OFFICE_GROUP } from '../provisioning/listPermissions';
import { PermissionKind, SPFI } from '../sp';

/** SharePoint's built-in role types (SP.RoleType). */
export const ROLE_TYPE = { reader: 2, contributor: 3, administrator: 5, editor: 6 } as const;

const ITEMS_PER_BATCH = 10;
const PAGE_SIZE = 2000;

interface IItemRow {
  readonly Id: number;
  readonly AuthorId: number;
  readonly HasUniqueRoleAssignments: boolean;
}

interface IGrant {
  readonly principalId: number;
  readonly roleDefId: number;
}

/**
 * Makes a set of list items read-only on the server with item permissions (the way closed maturity rounds are
 * locked, see maturity/roundLocks.ts): each item stops inheriting (no copy, clearing subscopes); the site's members
 * and visitors groups and the item's author get Read; the Programme Office and the site's owners Full Control (so
 * they can unlock). Items that already had their own permissions are reset first, so locking twice gives the same
 * result. Needs ManagePermissions on the list. Returns how many items were locked.
 */
export async function lockItems(sp: SPFI, listTitle: string, filter: string, noRightsMessage: string, onProgress?: ProgressCallback): Promise<number> {
  const list = (root: SPFI = sp) => root.web.lists.getByTitle(listTitle);
  if (!(await list().currentUserHasPermissions(PermissionKind.ManagePermissions))) throw new DataError('AccessDenied', noRightsMessage, 403);
  const rows: IItemRow[] = [];
  for await (const page of list().items.select('Id', 'AuthorId', 'HasUniqueRoleAssignments').filter(filter).top(PAGE_SIZE)) rows.push(...(page as IItemRow[]));
  const idOf = (read: () => Promise<{ Id: number }>): Promise<number | undefined> => read().then((r) => r.Id, () => undefined);
  const web = sp.web;
  const [members, visitors, owners, office, readRoleId, fullControlRoleId] = await Promise.all([
    idOf(() => web.associatedMemberGroup.select('Id')()),
    idOf(() => web.associatedVisitorGroup.select('Id')()),
    idOf(() => web.associatedOwnerGroup.select('Id')()),
    idOf(() => web.siteGroups.getByName(PROGRAMME_OFFICE_GROUP).select('Id')()),
    web.roleDefinitions.getByType(ROLE_TYPE.reader).select('Id')<{ Id: number }>().then((r) => r.Id),
    web.roleDefinitions.getByType(ROLE_TYPE.administrator).select('Id')<{ Id: number }>().then((r) => r.Id)
  ]);
  const grants: IGrant[] = [];
  for (const reader of [members, visitors]) if (reader !== undefined) grants.push({ principalId: reader, roleDefId: readRoleId });
  for (const manager of [office, owners]) if (manager !== undefined) grants.push({ principalId: manager, roleDefId: fullControlRoleId });
  onProgress?.({ done: 0, total: rows.length, message: `Made 0 of ${rows.length} read-only` });
  for (let start = 0; start < rows.length; start += ITEMS_PER_BATCH) {
    const chunk = rows.slice(start, start + ITEMS_PER_BATCH);
    const [batched, execute] = sp.batched();
    const pending = chunk.flatMap((row) => {
      const item = list(batched).items.getById(row.Id);
      return [
        ...(row.HasUniqueRoleAssignments ? [item.resetRoleInheritance()] : []),
        item.breakRoleInheritance(false, true),
        ...grants.map((g) => item.roleAssignments.add(g.principalId, g.roleDefId)),
        item.roleAssignments.add(row.AuthorId, readRoleId)
      ] as Promise<unknown>[];
    });
    const settled = Promise.all(pending);
    settled.catch(() => undefined);
    await execute();
    await settled;
    const done = Math.min(start + chunk.length, rows.length);
    onProgress?.({ done, total: rows.length, message: `Made ${done} of ${rows.length} read-only` });
  }
  return rows.length;
}
