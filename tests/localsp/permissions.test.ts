import { HttpRequestError } from '@pnp/queryable';
import { PermissionKind } from '@pnp/sp/security';
import { CHAMPION, newLocal, OFFICE, OTHER_CHAMPION, OWNER, pnp, raw, seedTestLists, STAFF, TASKS } from './helpers';
import { ROLE_IDS } from '../../local/sharepoint';

const MEMBERS_GROUP_ID = 5;

function setup() {
  const local = newLocal();
  seedTestLists(local);
  const list = (login?: string) => pnp(local, login).web.lists.getByTitle(TASKS);
  return { local, list };
}

async function accessDenied(p: Promise<unknown>): Promise<void> {
  const error = (await p.catch((e: unknown) => e)) as HttpRequestError;
  expect(error.status).toBe(403);
  expect((await error.response.json())['odata.error']).toEqual({ code: '-2147024891, System.UnauthorizedAccessException', message: { lang: 'en-US', value: 'Access denied.' } });
}

describe('item-level write security (WriteSecurity = 2)', () => {
  async function ownItemsList() {
    const s = setup();
    await s.list(OWNER).update({ WriteSecurity: 2 });
    const item = await s.list(CHAMPION).items.add({ Title: "Jamie's activity" });
    return { ...s, id: item.Id as number };
  }

  test('another member gets 403 Access denied on update and delete', async () => {
    const { list, id } = await ownItemsList();
    await accessDenied(list(OTHER_CHAMPION).items.getById(id).update({ Title: 'hijack' }));
    await accessDenied(list(OTHER_CHAMPION).items.getById(id).delete());
  });

  test('the author and the Programme Office (Edit includes ManageLists) may edit', async () => {
    const { list, id } = await ownItemsList();
    await expect(list(CHAMPION).items.getById(id).update({ Title: 'mine' })).resolves.toEqual({ etag: '"2"' });
    await expect(list(OFFICE).items.getById(id).update({ Title: 'curated' })).resolves.toEqual({ etag: '"3"' });
    await expect(list(OFFICE).items.getById(id).delete()).resolves.toBeDefined();
  });

  test("the item's effective permissions lack Edit/Delete for others, not for the author or the office", async () => {
    const { list, id } = await ownItemsList();
    const item = (login: string) => list(login).items.getById(id);
    expect(await item(OTHER_CHAMPION).currentUserHasPermissions(PermissionKind.EditListItems)).toBe(false);
    expect(await item(OTHER_CHAMPION).currentUserHasPermissions(PermissionKind.DeleteListItems)).toBe(false);
    expect(await item(OTHER_CHAMPION).currentUserHasPermissions(PermissionKind.ViewListItems)).toBe(true);
    expect(await item(CHAMPION).currentUserHasPermissions(PermissionKind.EditListItems)).toBe(true);
    expect(await item(OFFICE).currentUserHasPermissions(PermissionKind.EditListItems)).toBe(true);
    const perms = await item(OTHER_CHAMPION).getCurrentUserEffectivePermissions();
    expect(perms).toMatchObject({ High: '432', Low: String(1011028719 - 4 - 8) });
  });

  test('WriteSecurity can be set with a verbose MERGE carrying __metadata SP.List, and reads back', async () => {
    const { local, list } = setup();
    const res = await raw(local, `web/lists/getByTitle('Test%20Tasks')`, {
      method: 'POST',
      headers: { 'X-HTTP-Method': 'MERGE', 'IF-Match': '*', 'Content-Type': 'application/json;odata=verbose' },
      accept: 'application/json;odata=verbose',
      body: { __metadata: { type: 'SP.List' }, WriteSecurity: 2 },
    });
    expect(res.status).toBe(204);
    expect((await list().select('WriteSecurity')()).WriteSecurity).toBe(2);
    const light = await raw(local, `web/lists/getByTitle('Test%20Tasks')`, { method: 'POST', headers: { 'X-HTTP-Method': 'MERGE' }, body: { __metadata: { type: 'SP.List' }, WriteSecurity: 1 } });
    expect(light.status).toBe(400);
  });

  test('ReadSecurity = 2: members read only their own items', async () => {
    const { list } = setup();
    await list(OWNER).update({ ReadSecurity: 2 });
    await list(CHAMPION).items.add({ Title: 'J' });
    await list(STAFF).items.add({ Title: 'D' });
    expect((await list(STAFF).items()).map((i: { Title: string }) => i.Title)).toEqual(['D']);
    expect(await list(OFFICE).items()).toHaveLength(2);
    await expect(list(STAFF).items.getById(1)()).rejects.toMatchObject({ status: 404 });
  });
});

describe('effective permissions and role inheritance', () => {
  test('web permissions: the owner has full control, staff Contribute, as {High, Low} strings', async () => {
    const { local } = setup();
    expect(await pnp(local, OWNER).web.getCurrentUserEffectivePermissions()).toMatchObject({ High: '2147483647', Low: '4294967295' });
    expect(await pnp(local, STAFF).web.getCurrentUserEffectivePermissions()).toMatchObject({ High: '432', Low: '1011028719' });
    expect(await pnp(local, STAFF).web.currentUserHasPermissions(PermissionKind.ManageLists)).toBe(false);
    expect(await pnp(local, OFFICE).web.currentUserHasPermissions(PermissionKind.ManageLists)).toBe(true);
  });

  test('a list whose inheritance is broken and Members given Read: staff cannot edit, the office can', async () => {
    const { list } = setup();
    await list(OWNER).breakRoleInheritance(true, false);
    await list(OWNER).roleAssignments.remove(MEMBERS_GROUP_ID, ROLE_IDS.contribute);
    await list(OWNER).roleAssignments.add(MEMBERS_GROUP_ID, ROLE_IDS.read);
    expect((await list(OWNER).select('HasUniqueRoleAssignments')<{ HasUniqueRoleAssignments: boolean }>()).HasUniqueRoleAssignments).toBe(true);
    expect(await list(STAFF).currentUserHasPermissions(PermissionKind.ViewListItems)).toBe(true);
    expect(await list(STAFF).currentUserHasPermissions(PermissionKind.EditListItems)).toBe(false);
    expect(await list(STAFF).currentUserHasPermissions(PermissionKind.AddListItems)).toBe(false);
    expect(await list(OFFICE).currentUserHasPermissions(PermissionKind.EditListItems)).toBe(true);
    await accessDenied(list(STAFF).items.add({ Title: 'no' }));
    await expect(list(OFFICE).items.add({ Title: 'yes' })).resolves.toMatchObject({ Title: 'yes' });
    const assignments = await list(OWNER).roleAssignments.expand('RoleDefinitionBindings').select('PrincipalId', 'RoleDefinitionBindings/Id')<{ PrincipalId: number; RoleDefinitionBindings: { Id: number }[] }[]>();
    expect(assignments.find((a) => a.PrincipalId === MEMBERS_GROUP_ID)?.RoleDefinitionBindings).toEqual([
      expect.objectContaining({ Id: ROLE_IDS.read }),
    ]);
    await list(OWNER).resetRoleInheritance();
    expect((await list(OWNER).select('HasUniqueRoleAssignments')<{ HasUniqueRoleAssignments: boolean }>()).HasUniqueRoleAssignments).toBe(false);
    expect(await list(STAFF).currentUserHasPermissions(PermissionKind.EditListItems)).toBe(true);
  });

  test('breaking inheritance without copying leaves only the breaker with Full Control', async () => {
    const { list } = setup();
    await list(OWNER).breakRoleInheritance(false, true);
    const assignments = await list(OWNER).roleAssignments();
    expect(assignments.map((a: { PrincipalId: number }) => a.PrincipalId)).toEqual([10]);
    await accessDenied(list(STAFF).items());
    await accessDenied(list(OFFICE).items());
    await expect(list(OWNER).items()).resolves.toEqual([]);
  });

  test('the Edit level (Programme Office) cannot manage permissions', async () => {
    const { list } = setup();
    await accessDenied(list(OFFICE).breakRoleInheritance(true));
  });

  test('role definitions by type and by id carry the real masks', async () => {
    const { local } = setup();
    const sp = pnp(local);
    expect(await sp.web.roleDefinitions.getByType(6)()).toMatchObject({ Id: 1073741830, Name: 'Edit', RoleTypeKind: 6, BasePermissions: { High: '432', Low: '1011030767' } });
    expect(await sp.web.roleDefinitions.getById(1073741826)()).toMatchObject({ Name: 'Read', BasePermissions: { High: '176', Low: '138612833' } });
  });

  test('who may change what: staff cannot create lists, fields or change role assignments', async () => {
    const { local, list } = setup();
    await accessDenied(pnp(local, STAFF).web.lists.add('Staff list'));
    await accessDenied(list(STAFF).fields.createFieldAsXml('<Field Type="Text" Name="X" DisplayName="X" />'));
    await accessDenied(list(STAFF).update({ Description: 'x' }));
    await accessDenied(list(STAFF).breakRoleInheritance(true));
  });

  test("getUserEffectivePermissions(login) answers for another user", async () => {
    const { list } = setup();
    const perms = await list(OWNER).getUserEffectivePermissions(`i:0#.f|membership|${STAFF}`);
    expect(perms).toMatchObject({ High: '432', Low: '1011028719' });
  });
});
