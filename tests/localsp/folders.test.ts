import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { createLocalSharePoint, ROLE_IDS, type LocalSharePoint } from '../../local/sharepoint';
import { CHAMPION, failure, newLocal, OTHER_CHAMPION, OWNER, pnp, rawJson, seedTestLists, SITE_URL, STAFF, TASKS } from './helpers';

/**
 * Folders in lists, as PnPjs 4 creates and uses them against SharePoint Online: rootFolder.folders.addUsingPath,
 * addValidateUpdateItemUsingPath (items and folders), FileDirRef/FileRef/FileLeafRef/FileSystemObjectType/FSObjType,
 * $filter on FileDirRef, folders among /items, permissions inherited from a folder, adds refused where the caller
 * lacks AddListItems, and folders kept across a restart.
 */

const MEMBERS = 5;
const ROOT = '/sites/digital/Lists/TestTasks';

type Row = Record<string, unknown>;

async function setup(local: LocalSharePoint = newLocal()) {
  seedTestLists(local);
  const list = (login?: string) => pnp(local, login).web.lists.getByTitle(TASKS);
  const jamie = await pnp(local, CHAMPION).web.currentUser.select('Id')<{ Id: number }>();
  return { local, list, jamieId: jamie.Id };
}

type List = Awaited<ReturnType<typeof setup>>['list'];

/** The champions' layout: members read the list; Jamie's own folder gives him Contribute. */
async function jamiesFolder(list: List, jamieId: number) {
  await list(OWNER).breakRoleInheritance(true, false);
  await list(OWNER).roleAssignments.remove(MEMBERS, ROLE_IDS.contribute);
  await list(OWNER).roleAssignments.add(MEMBERS, ROLE_IDS.read);
  await list(OWNER).rootFolder.folders.addUsingPath(String(jamieId));
  const folder = await list(OWNER).rootFolder.folders.getByUrl(String(jamieId)).getItem<{ Id: number }>('Id');
  await folder.breakRoleInheritance(false, true);
  await folder.roleAssignments.add(MEMBERS, ROLE_IDS.read);
  await folder.roleAssignments.add(jamieId, ROLE_IDS.contribute);
  return folder;
}

const form = (title: string) => [{ FieldName: 'Title', FieldValue: title }, { FieldName: 'Effort', FieldValue: '3' }];
const idOf = (results: { FieldName?: string; FieldValue?: string }[]) => Number(results.find((r) => r.FieldName === 'Id')?.FieldValue);

describe('folders in lists', () => {
  test('rootFolder.folders.addUsingPath creates a folder; /items returns it as an item with FileSystemObjectType 1', async () => {
    const { list } = await setup();
    const created = await list(OWNER).rootFolder.folders.addUsingPath('14');
    expect(created).toEqual(expect.objectContaining({ Name: '14', ServerRelativeUrl: `${ROOT}/14`, Exists: true }));
    const root = await list(OWNER).rootFolder.select('ServerRelativeUrl')<{ ServerRelativeUrl: string }>();
    expect(root.ServerRelativeUrl).toBe(ROOT);
    const rows = await list(OWNER).items.select('Id', 'FileSystemObjectType', 'FSObjType', 'FileLeafRef', 'FileRef', 'FileDirRef', 'ContentTypeId')<Row[]>();
    expect(rows).toEqual([expect.objectContaining({ FileSystemObjectType: 1, FSObjType: '1', FileLeafRef: '14', FileRef: `${ROOT}/14`, FileDirRef: ROOT })]);
    expect(String(rows[0].ContentTypeId)).toMatch(/^0x0120/);
    expect((await list(OWNER).items<Row[]>())[0].FileSystemObjectType).toBe(1);
    const folders = await list(OWNER).rootFolder.folders.select('Name')<{ Name: string }[]>();
    expect(folders.map((f) => f.Name)).toEqual(['14']);
    const again = await list(OWNER).rootFolder.folders.addUsingPath('14');
    expect(again.ServerRelativeUrl).toBe(`${ROOT}/14`);
    expect(await list(OWNER).items()).toHaveLength(1);
  });

  test('web.getFolderByServerRelativePath and web.folders.addUsingPath reach folders by url; a subfolder sits inside', async () => {
    const { list, local } = await setup();
    await pnp(local, OWNER).web.folders.addUsingPath(`${ROOT}/14`);
    const folder = pnp(local, OWNER).web.getFolderByServerRelativePath(`${ROOT}/14`);
    expect((await folder.select('Name', 'ItemCount')<Row>())).toEqual(expect.objectContaining({ Name: '14', ItemCount: 0 }));
    await folder.addSubFolderUsingPath('2025');
    const sub = await list(OWNER).items.filter(`FileDirRef eq '${ROOT}/14'`).select('FileRef', 'FileSystemObjectType')<Row[]>();
    expect(sub).toEqual([expect.objectContaining({ FileRef: `${ROOT}/14/2025`, FileSystemObjectType: 1 })]);
    expect((await failure(pnp(local, OWNER).web.getFolderByServerRelativePath(`${ROOT}/99`)())).status).toBe(404);
    const item = await folder.getItem<{ Id: number; FileLeafRef: string }>('Id', 'FileLeafRef');
    expect(item.FileLeafRef).toBe('14');
  });

  test('addValidateUpdateItemUsingPath adds an item in a folder (FileDirRef, FileRef) and a folder by UnderlyingObjectType 1', async () => {
    const { list } = await setup();
    await list(OWNER).rootFolder.folders.addUsingPath('14');
    const results = await list(OWNER).addValidateUpdateItemUsingPath(form('In the folder'), `${ROOT}/14`);
    const id = idOf(results);
    expect(id).toBeGreaterThan(0);
    const row = await list(OWNER).items.getById(id).select('Title', 'Effort', 'FileDirRef', 'FileRef', 'FileLeafRef', 'FileSystemObjectType')<Row>();
    expect(row).toEqual(expect.objectContaining({ Title: 'In the folder', Effort: 3, FileDirRef: `${ROOT}/14`, FileRef: `${ROOT}/14/${id}_.000`, FileLeafRef: `${id}_.000`, FileSystemObjectType: 0 }));
    const atRoot = idOf(await list(OWNER).addValidateUpdateItemUsingPath(form('At the root'), ROOT));
    expect((await list(OWNER).items.getById(atRoot).select('FileDirRef')<Row>()).FileDirRef).toBe(ROOT);
    const folderId = idOf(await list(OWNER).addValidateUpdateItemUsingPath([], ROOT, false, '', { objectType: 1, leafName: '15' }));
    expect((await list(OWNER).items.getById(folderId).select('FileSystemObjectType', 'FileRef')<Row>())).toEqual(expect.objectContaining({ FileSystemObjectType: 1, FileRef: `${ROOT}/15` }));
    const refused = await list(OWNER).addValidateUpdateItemUsingPath([{ FieldName: 'Effort', FieldValue: 'lots' }], `${ROOT}/14`);
    expect(refused.some((r) => r.HasException)).toBe(true);
    expect((await failure(list(OWNER).addValidateUpdateItemUsingPath(form('nowhere'), `${ROOT}/99`))).status).toBe(404);
  });

  test('$filter on FileDirRef picks one folder\'s items; FSObjType eq 0 leaves folders out', async () => {
    const { list } = await setup();
    await list(OWNER).rootFolder.folders.addUsingPath('14');
    await list(OWNER).rootFolder.folders.addUsingPath('15');
    await list(OWNER).addValidateUpdateItemUsingPath(form('a'), `${ROOT}/14`);
    await list(OWNER).addValidateUpdateItemUsingPath(form('b'), `${ROOT}/15`);
    await list(OWNER).items.add({ Title: 'c' });
    const in14 = await list(OWNER).items.filter(`FileDirRef eq '${ROOT}/14'`).select('Title')<Row[]>();
    expect(in14.map((r) => r.Title)).toEqual(['a']);
    const atRoot = await list(OWNER).items.filter(`FileDirRef eq '${ROOT}' and FSObjType eq 0`).select('Title')<Row[]>();
    expect(atRoot.map((r) => r.Title)).toEqual(['c']);
  });

  test('an item inherits its folder\'s permissions; adds where the caller lacks AddListItems are 403', async () => {
    const { list, jamieId } = await setup();
    await jamiesFolder(list, jamieId);
    const mine = `${ROOT}/${jamieId}`;
    const id = idOf(await list(CHAMPION).addValidateUpdateItemUsingPath(form("Jamie's"), mine));
    expect(id).toBeGreaterThan(0);
    await list(CHAMPION).items.getById(id).update({ Effort: 5 });
    expect((await list(STAFF).items.getById(id).select('Effort', 'HasUniqueRoleAssignments')<Row>())).toEqual(expect.objectContaining({ Effort: 5, HasUniqueRoleAssignments: false }));
    expect((await failure(list(STAFF).items.getById(id).update({ Effort: 6 }))).status).toBe(403);
    expect((await failure(list(STAFF).addValidateUpdateItemUsingPath(form("Dan's"), mine))).status).toBe(403);
    expect((await failure(list(CHAMPION).addValidateUpdateItemUsingPath(form('root'), ROOT))).status).toBe(403);
    expect((await failure(list(CHAMPION).items.add({ Title: 'root' }))).status).toBe(403);
    expect((await failure(list(CHAMPION).rootFolder.folders.addUsingPath('99'))).status).toBe(403);
  });

  test("another champion's folder refuses Jamie's add with SharePoint's 403 Access denied; the folder item itself is not his to edit", async () => {
    const { list, jamieId, local } = await setup();
    await jamiesFolder(list, jamieId);
    await list(OWNER).update({ WriteSecurity: 2 });
    const fatima = await pnp(local, OTHER_CHAMPION).web.currentUser.select('Id')<{ Id: number }>();
    await list(OWNER).rootFolder.folders.addUsingPath(String(fatima.Id));
    const hers = await list(OWNER).rootFolder.folders.getByUrl(String(fatima.Id)).getItem<{ Id: number }>('Id');
    await hers.breakRoleInheritance(false, true);
    await hers.roleAssignments.add(MEMBERS, ROLE_IDS.read);
    await hers.roleAssignments.add(fatima.Id, ROLE_IDS.contribute);
    const forged = await rawJson(local, "web/lists/getByTitle('Test%20Tasks')/AddValidateUpdateItemUsingPath()", {
      method: 'POST',
      login: CHAMPION,
      body: { listItemCreateInfo: { FolderPath: { DecodedUrl: `${ROOT}/${fatima.Id}` }, UnderlyingObjectType: 0 }, formValues: form('forged'), bNewDocumentUpdate: false },
    });
    expect(forged.status).toBe(403);
    expect(forged.body).toEqual({ 'odata.error': { code: '-2147024891, System.UnauthorizedAccessException', message: { lang: 'en-US', value: 'Access denied.' } } });
    const folderItem = (await list(OWNER).rootFolder.folders.getByUrl(String(jamieId)).getItem<{ Id: number }>('Id')).Id;
    expect((await failure(list(CHAMPION).items.getById(folderItem).update({ Title: String(fatima.Id) }))).status).toBe(403);
    expect((await failure(list(CHAMPION).items.getById(folderItem).delete())).status).toBe(403);
    expect((await list(CHAMPION).items.filter(`FileDirRef eq '${ROOT}/${fatima.Id}'`)()).length).toBe(0);
  });

  test("a folder that does not let a user read hides the items inside it from that user's queries and reads by id", async () => {
    const { list, jamieId, local } = await setup();
    const fatima = await pnp(local, OTHER_CHAMPION).web.currentUser.select('Id')<{ Id: number }>();
    await list(OWNER).breakRoleInheritance(true, false);
    await list(OWNER).roleAssignments.remove(MEMBERS, ROLE_IDS.contribute);
    await list(OWNER).roleAssignments.add(MEMBERS, ROLE_IDS.read);
    const folders: Record<number, number> = {};
    for (const id of [jamieId, fatima.Id]) {
      await list(OWNER).rootFolder.folders.addUsingPath(String(id));
      const folder = await list(OWNER).rootFolder.folders.getByUrl(String(id)).getItem<{ Id: number }>('Id');
      await folder.breakRoleInheritance(false, true);
      await folder.roleAssignments.add(id, ROLE_IDS.contribute);
      folders[id] = idOf(await list(id === jamieId ? CHAMPION : OTHER_CHAMPION).addValidateUpdateItemUsingPath(form(`${id}'s`), `${ROOT}/${id}`));
    }
    const titles = async (login: string) => (await list(login).items.select('Title')<Row[]>()).map((r) => r.Title).sort();
    // Each sees their own folder (its list item, titled by its name) and what is in it; members see neither folder.
    expect(await titles(CHAMPION)).toEqual([String(jamieId), `${jamieId}'s`]);
    expect(await titles(OTHER_CHAMPION)).toEqual([String(fatima.Id), `${fatima.Id}'s`]);
    expect(await titles(STAFF)).toEqual([]);
    expect((await titles(OWNER)).length).toBe(4);
    expect((await failure(list(CHAMPION).items.getById(folders[fatima.Id])())).status).toBe(404);
    expect((await list(CHAMPION).items.getById(folders[jamieId]).select('Title')<Row>()).Title).toBe(`${jamieId}'s`);
  });

  test("breakRoleInheritance(true) on an item in a folder copies the folder's assignments; deleting a folder deletes its contents", async () => {
    const { list, jamieId } = await setup();
    await jamiesFolder(list, jamieId);
    const id = idOf(await list(CHAMPION).addValidateUpdateItemUsingPath(form('copy me'), `${ROOT}/${jamieId}`));
    await list(OWNER).items.getById(id).breakRoleInheritance(true, false);
    const assignments = await list(OWNER).items.getById(id).roleAssignments.select('PrincipalId')<{ PrincipalId: number }[]>();
    // the folder's: the site owner who broke it (Full Control), members (Read), Jamie (Contribute)
    expect(assignments.map((a) => a.PrincipalId).sort((a, b) => a - b)).toEqual([MEMBERS, 10, jamieId].sort((a, b) => a - b));
    await list(OWNER).rootFolder.folders.getByUrl(String(jamieId)).delete();
    expect(await list(OWNER).items()).toEqual([]);
  });

  test('getItemsByCAMLQuery scoped to a folder: its items (Scope), RowLimit, $expand; a CAML <Query> is 400', async () => {
    const { list, local } = await setup();
    await list(OWNER).rootFolder.folders.addUsingPath('14');
    await pnp(local, OWNER).web.getFolderByServerRelativePath(`${ROOT}/14`).addSubFolderUsingPath('2025');
    const a = idOf(await list(OWNER).addValidateUpdateItemUsingPath(form('a'), `${ROOT}/14`));
    const b = idOf(await list(OWNER).addValidateUpdateItemUsingPath(form('b'), `${ROOT}/14/2025`));
    await list(OWNER).items.add({ Title: 'at the root' });
    const caml = (scope: string, limit = '') => ({ ViewXml: `<View${scope ? ` Scope="${scope}"` : ''}>${limit}</View>`, FolderServerRelativeUrl: `${ROOT}/14` });
    const titles = async (scope: string, limit = '') => ((await list(OWNER).getItemsByCAMLQuery(caml(scope, limit), 'Author')) as Row[]).map((r) => r.Title);
    expect(await titles('')).toEqual(['2025', 'a']);
    expect(await titles('FilesOnly')).toEqual(['a']);
    expect(await titles('Recursive')).toEqual(['a', 'b']);
    expect(await titles('RecursiveAll')).toEqual(['2025', 'a', 'b']);
    expect(await titles('Recursive', '<RowLimit>1</RowLimit>')).toEqual(['a']);
    const [row] = (await list(OWNER).getItemsByCAMLQuery(caml('FilesOnly'), 'Author')) as Row[];
    expect(row).toEqual(expect.objectContaining({ Id: a, Effort: 3, Author: expect.objectContaining({ EMail: OWNER }) }));
    expect(b).toBeGreaterThan(a);
    const query = await failure(list(OWNER).getItemsByCAMLQuery({ ViewXml: '<View><Query><Where><Eq><FieldRef Name="Title"/><Value Type="Text">a</Value></Eq></Where></Query></View>' }));
    expect(query.status).toBe(400);
  });

  test('past 5,000 items: a folder under the threshold is read by getItemsByCAMLQuery; a bigger folder, and $filter on FileDirRef alone, are refused', async () => {
    const { local, list } = await setup();
    local.store.ensureFolder(TASKS, '14');
    local.store.ensureFolder(TASKS, '15');
    local.store.bulkAddItems(TASKS, Array.from({ length: 5001 }, (_, i) => ({ Title: `big ${i}` })), { folder: '14' });
    local.store.bulkAddItems(TASKS, [{ Title: 'small 1' }, { Title: 'small 2' }], { folder: '15' });
    const small = (await list(OWNER).getItemsByCAMLQuery({ ViewXml: '<View Scope="Recursive"/>', FolderServerRelativeUrl: `${ROOT}/15` })) as Row[];
    expect(small.map((r) => r.Title)).toEqual(['small 1', 'small 2']);
    const big = await failure(list(OWNER).getItemsByCAMLQuery({ ViewXml: '<View Scope="Recursive"/>', FolderServerRelativeUrl: `${ROOT}/14` }));
    expect(big.status).toBe(500);
    expect(big.message).toContain('exceeds the list view threshold');
    expect((await failure(list(OWNER).items.filter(`FileDirRef eq '${ROOT}/15'`)())).status).toBe(500);
  });

  test('folders, their places and permissions survive a restart (journal and snapshot)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'localsp-folders-'));
    try {
      const first = createLocalSharePoint({ siteUrl: SITE_URL, dataDir: dir, durability: 'write' });
      const { list, jamieId } = await setup(first);
      await jamiesFolder(list, jamieId);
      const id = idOf(await list(CHAMPION).addValidateUpdateItemUsingPath(form('kept'), `${ROOT}/${jamieId}`));
      const second = createLocalSharePoint({ siteUrl: SITE_URL, dataDir: dir, durability: 'write' });
      const again = (login?: string) => pnp(second, login).web.lists.getByTitle(TASKS);
      expect((await again(OWNER).items.getById(id).select('FileDirRef')<Row>()).FileDirRef).toBe(`${ROOT}/${jamieId}`);
      expect((await failure(again(STAFF).items.getById(id).update({ Effort: 9 }))).status).toBe(403);
      await again(CHAMPION).items.getById(id).update({ Effort: 9 });
      await second.flush();
      await first.flush().catch(() => undefined);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
