import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { HttpRequestError } from '@pnp/queryable';
import { PermissionKind } from '@pnp/sp/security';
import { createLocalSharePoint, ROLE_IDS, type LocalSharePoint } from '../../local/sharepoint';
import { CHAMPION, newLocal, OFFICE, OTHER_CHAMPION, OWNER, pnp, rawJson, seedTestLists, SITE_URL, STAFF, TASKS } from './helpers';

/** SharePoint's item-level unique permissions: breakroleinheritance, role assignments and resetroleinheritance on items. */

const VISITORS = 4;
const MEMBERS = 5;
const PROGRAMME_OFFICE = 6;

async function status(p: Promise<unknown>): Promise<number> {
  const outcome = await p.then(() => 200, (e: unknown) => e);
  if (outcome instanceof HttpRequestError) return outcome.status;
  if (outcome === 200) return 200;
  throw outcome;
}

async function ownItemsList(local: LocalSharePoint = newLocal()) {
  seedTestLists(local);
  const list = (login?: string) => pnp(local, login).web.lists.getByTitle(TASKS);
  await list(OWNER).update({ WriteSecurity: 2 });
  const added = await list(CHAMPION).items.add({ Title: "Jamie's response" });
  const id = added.Id as number;
  const item = (login?: string) => list(login).items.getById(id);
  return { local, list, item, id };
}

/** The lock the Maturity Survey applies: read for members, visitors and the author; Edit for the office. */
async function lock(item: ReturnType<Awaited<ReturnType<typeof ownItemsList>>['item']>, authorId: number): Promise<void> {
  await item.breakRoleInheritance(false, true);
  await item.roleAssignments.add(MEMBERS, ROLE_IDS.read);
  await item.roleAssignments.add(VISITORS, ROLE_IDS.read);
  await item.roleAssignments.add(authorId, ROLE_IDS.read);
  await item.roleAssignments.add(PROGRAMME_OFFICE, ROLE_IDS.edit);
}

const uniqueOf = async (item: { select: (...s: string[]) => () => Promise<unknown> }): Promise<boolean> =>
  ((await item.select('HasUniqueRoleAssignments')()) as { HasUniqueRoleAssignments: boolean }).HasUniqueRoleAssignments;

describe('items with unique permissions', () => {
  test('an item inherits until its inheritance is broken; then only the breaker has Full Control', async () => {
    const { item } = await ownItemsList();
    expect(await uniqueOf(item(OWNER))).toBe(false);
    await item(OWNER).breakRoleInheritance(false, true);
    expect(await uniqueOf(item(OWNER))).toBe(true);
    const assignments = await item(OWNER).roleAssignments.expand('RoleDefinitionBindings').select('PrincipalId', 'RoleDefinitionBindings/Id')<
      { PrincipalId: number; RoleDefinitionBindings: { Id: number }[] }[]
    >();
    expect(assignments).toEqual([expect.objectContaining({ PrincipalId: 10, RoleDefinitionBindings: [expect.objectContaining({ Id: ROLE_IDS.fullControl })] })]);
  });

  test('people the item gives no access do not see it: left out of queries, 404 by id', async () => {
    const { list, item } = await ownItemsList();
    await list(CHAMPION).items.add({ Title: 'another' });
    await item(OWNER).breakRoleInheritance(false, true);
    expect((await list(STAFF).items()).map((i: { Title: string }) => i.Title)).toEqual(['another']);
    expect(await status(item(STAFF)())).toBe(404);
    expect(await status(item(CHAMPION)())).toBe(404);
    expect((await list(OWNER).items()).length).toBe(2);
  });

  test('a locked item: the author and other members read it but get 403 on MERGE and DELETE; the office edits it', async () => {
    const { item } = await ownItemsList();
    await lock(item(OWNER), 15);
    expect(await item(CHAMPION)()).toMatchObject({ Title: "Jamie's response" });
    expect(await item(STAFF)()).toMatchObject({ Title: "Jamie's response" });
    const denied = await item(CHAMPION).update({ Title: 'changed after closing' }).catch((e: HttpRequestError) => e);
    expect(denied).toBeInstanceOf(HttpRequestError);
    expect((denied as HttpRequestError).status).toBe(403);
    expect((await (denied as HttpRequestError).response.json())['odata.error'].code).toBe('-2147024891, System.UnauthorizedAccessException');
    expect(await status(item(STAFF).update({ Title: 'x' }))).toBe(403);
    expect(await status(item(CHAMPION).delete())).toBe(403);
    expect(await item(CHAMPION).currentUserHasPermissions(PermissionKind.EditListItems)).toBe(false);
    expect(await item(CHAMPION).currentUserHasPermissions(PermissionKind.ViewListItems)).toBe(true);
    expect(await status(item(OFFICE).update({ Title: 'corrected by the office' }))).toBe(200);
    expect(await item(OFFICE).currentUserHasPermissions(PermissionKind.EditListItems)).toBe(true);
  });

  test('resetroleinheritance gives the author back their edit rights', async () => {
    const { item } = await ownItemsList();
    await lock(item(OWNER), 15);
    await item(OWNER).resetRoleInheritance();
    expect(await uniqueOf(item(OWNER))).toBe(false);
    expect(await status(item(CHAMPION).update({ Title: 'edited again' }))).toBe(200);
    expect(await status(item(OTHER_CHAMPION).update({ Title: 'not theirs' }))).toBe(403);
  });

  test('changing an item\'s permissions needs ManagePermissions: the Edit level and members get 403', async () => {
    const { item } = await ownItemsList();
    expect(await status(item(OFFICE).breakRoleInheritance(false, true))).toBe(403);
    expect(await status(item(CHAMPION).breakRoleInheritance(false, true))).toBe(403);
    await lock(item(OWNER), 15);
    expect(await status(item(OFFICE).resetRoleInheritance())).toBe(403);
    expect(await status(item(CHAMPION).roleAssignments.add(15, ROLE_IDS.contribute))).toBe(403);
    expect(await status(item(STAFF).roleAssignments())).toBe(403);
  });

  test('role assignments cannot change on an item that inherits (400)', async () => {
    const { item } = await ownItemsList();
    const error = await item(OWNER).roleAssignments.add(MEMBERS, ROLE_IDS.read).catch((e: HttpRequestError) => e);
    expect((error as HttpRequestError).status).toBe(400);
    expect((await (error as HttpRequestError).response.json())['odata.error'].message.value).toBe('This operation is not allowed on an object that inherits permissions.');
  });

  test('breaking with copyRoleAssignments=true copies the list\'s assignments; breaking again changes nothing', async () => {
    const { list, item } = await ownItemsList();
    await list(OWNER).breakRoleInheritance(true, false);
    await list(OWNER).roleAssignments.remove(MEMBERS, ROLE_IDS.contribute);
    await list(OWNER).roleAssignments.add(MEMBERS, ROLE_IDS.read);
    await item(OWNER).breakRoleInheritance(true, false);
    const principals = async () => (await item(OWNER).roleAssignments<{ PrincipalId: number }[]>()).map((a) => a.PrincipalId).sort((a, b) => a - b);
    const copied = await principals();
    expect(copied).toEqual((await list(OWNER).roleAssignments<{ PrincipalId: number }[]>()).map((a) => a.PrincipalId).sort((a, b) => a - b));
    await item(OWNER).breakRoleInheritance(false, true);
    expect(await principals()).toEqual(copied);
  });

  test('clearSubscopes=true on a list breaking inheritance makes its items inherit again', async () => {
    const { list, item } = await ownItemsList();
    await lock(item(OWNER), 15);
    await list(OWNER).breakRoleInheritance(true, true);
    expect(await uniqueOf(item(OWNER))).toBe(false);
  });

  test('changing permissions leaves the item\'s ETag as it was', async () => {
    const { item } = await ownItemsList();
    await lock(item(OWNER), 15);
    expect(await item(OFFICE).update({ Title: 'after' }, '"1"')).toEqual({ etag: '"2"' });
  });

  test('HasUniqueRoleAssignments can be selected on an items query', async () => {
    const { list, item } = await ownItemsList();
    await list(CHAMPION).items.add({ Title: 'open' });
    await item(OWNER).breakRoleInheritance(false, true);
    const rows = await list(OWNER).items.select('Id', 'HasUniqueRoleAssignments')<{ Id: number; HasUniqueRoleAssignments: boolean }[]>();
    expect(rows.map((r) => [r.Id, r.HasUniqueRoleAssignments])).toEqual([[1, true], [2, false]]);
  });

  test('the calls work inside a $batch, in order', async () => {
    const { local, id } = await ownItemsList();
    const [batched, execute] = pnp(local, OWNER).batched();
    const batchedItem = batched.web.lists.getByTitle(TASKS).items.getById(id);
    const results = [batchedItem.breakRoleInheritance(false, true), batchedItem.roleAssignments.add(MEMBERS, ROLE_IDS.read), batchedItem.roleAssignments.add(15, ROLE_IDS.read)];
    await execute();
    await Promise.all(results);
    const { body } = await rawJson<{ value: { PrincipalId: number }[] }>(local, `web/lists/getByTitle('Test%20Tasks')/items(${id})/roleassignments`, { login: OWNER });
    expect(body.value.map((a) => a.PrincipalId).sort((a, b) => a - b)).toEqual([5, 10, 15]);
    expect(await status(pnp(local, CHAMPION).web.lists.getByTitle(TASKS).items.getById(id).update({ Title: 'x' }))).toBe(403);
  });
});

describe('item permissions are persisted', () => {
  let dir: string;
  beforeEach(() => { dir = mkdtempSync(join(tmpdir(), 'localsp-items-')); });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  test('a restarted local SharePoint keeps a locked item locked', async () => {
    const first = createLocalSharePoint({ siteUrl: SITE_URL, dataDir: dir });
    const { item } = await ownItemsList(first);
    await lock(item(OWNER), 15);
    await first.flush();
    const second = createLocalSharePoint({ siteUrl: SITE_URL, dataDir: dir });
    const again = (login: string) => pnp(second, login).web.lists.getByTitle(TASKS).items.getById(1);
    expect(await uniqueOf(again(OWNER))).toBe(true);
    expect(await status(again(CHAMPION).update({ Title: 'x' }))).toBe(403);
    await again(OWNER).resetRoleInheritance();
    await second.flush();
    const third = createLocalSharePoint({ siteUrl: SITE_URL, dataDir: dir });
    expect(await status(pnp(third, CHAMPION).web.lists.getByTitle(TASKS).items.getById(1).update({ Title: 'mine again' }))).toBe(200);
    await third.flush();
  });
});
