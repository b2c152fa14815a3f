/**
 * Item attachments through PnPjs's item.attachmentFiles (add, list, get, content, replace, delete) and who
 * may do what, as local/sharepoint/README.md ("Attachments") says SharePoint Online does.
 */
import '@pnp/sp/attachments';
import { HttpRequestError } from '@pnp/queryable';
import { CHAMPION, newLocal, OTHER_CHAMPION, OWNER, pnp, raw, seedTestLists, TASKS } from './helpers';

function setup() {
  const local = newLocal();
  seedTestLists(local);
  const list = (login?: string) => pnp(local, login).web.lists.getByTitle(TASKS);
  return { local, list };
}

async function status(p: Promise<unknown>): Promise<number> {
  return p.then(() => 200, (e: HttpRequestError) => e.status);
}

describe('item attachments (AttachmentFiles)', () => {
  test('add, list, read back the bytes, replace and delete; the item says Attachments and gets a new etag', async () => {
    const { list } = setup();
    const { Id } = await list(CHAMPION).items.add({ Title: 'With evidence' });
    const item = () => list(CHAMPION).items.getById(Id);
    const bytes = new Uint8Array([0, 1, 2, 250, 255, 10, 13]);
    const added = await item().attachmentFiles.add('evidence.bin', bytes);
    expect(added.data).toMatchObject({ FileName: 'evidence.bin', ServerRelativeUrl: `/sites/digital/Lists/TestTasks/Attachments/${Id}/evidence.bin` });
    await item().attachmentFiles.add('notes.txt', 'Minutes of the board, 3 March');
    expect((await item().attachmentFiles()).map((a) => a.FileName)).toEqual(['evidence.bin', 'notes.txt']);
    expect(await item().select('Attachments', 'EditorId')()).toMatchObject({ Attachments: true, 'odata.etag': '"3"' });
    expect(new Uint8Array(await item().attachmentFiles.getByName('evidence.bin').getBuffer())).toEqual(bytes);
    expect(await item().attachmentFiles.getByName('notes.txt').getText()).toBe('Minutes of the board, 3 March');
    await item().attachmentFiles.getByName('notes.txt').setContent('Corrected minutes');
    expect(await item().attachmentFiles.getByName('NOTES.TXT').getText()).toBe('Corrected minutes');
    await item().attachmentFiles.getByName('evidence.bin').delete();
    await item().attachmentFiles.getByName('notes.txt').recycle();
    expect(await item().attachmentFiles()).toEqual([]);
    expect(await item().select('Attachments')()).toMatchObject({ Attachments: false });
    expect(await status(item().attachmentFiles.getByName('notes.txt')())).toBe(404);
  });

  test('a duplicate or invalid file name is refused, and nothing is added', async () => {
    const { list } = setup();
    const { Id } = await list(CHAMPION).items.add({ Title: 'x' });
    const files = () => list(CHAMPION).items.getById(Id).attachmentFiles;
    await files().add('a.txt', 'one');
    expect(await status(files().add('A.TXT', 'two'))).toBe(409);
    for (const bad of ['what?.txt', 'a:b.txt', '.hidden', 'x'.repeat(129)]) expect(await status(files().add(bad, 'x'))).toBe(400);
    expect((await files()()).map((a) => a.FileName)).toEqual(['a.txt']);
    expect(await files().getByName('a.txt').getText()).toBe('one');
  });

  test('changing attachments needs the right to edit the item (WriteSecurity 2 applies); reading needs the item', async () => {
    const { list } = setup();
    await list(OWNER).update({ WriteSecurity: 2 });
    const { Id } = await list(CHAMPION).items.add({ Title: 'Mine' });
    await list(CHAMPION).items.getById(Id).attachmentFiles.add('mine.txt', 'mine');
    const others = list(OTHER_CHAMPION).items.getById(Id).attachmentFiles;
    expect(await status(others.add('theirs.txt', 'x'))).toBe(403);
    expect(await status(others.getByName('mine.txt').delete())).toBe(403);
    expect(await status(others.getByName('mine.txt').setContent('x'))).toBe(403);
    expect(await others.getByName('mine.txt').getText()).toBe('mine');
    await list(OWNER).update({ ReadSecurity: 2 });
    expect(await status(others())).toBe(404);
    expect(await status(others.getByName('mine.txt').getText())).toBe(404);
  });

  test('under content approval an attachment change sends the item back to Pending', async () => {
    const { list } = setup();
    await list(OWNER).update({ EnableModeration: true, DraftVersionVisibility: 2 });
    const { Id } = await list(CHAMPION).items.add({ Title: 'Score' });
    await list(OWNER).items.getById(Id).update({ OData__ModerationStatus: 0 });
    await list(CHAMPION).items.getById(Id).attachmentFiles.add('late.txt', 'added after approval');
    expect(await list(CHAMPION).items.getById(Id).select('OData__ModerationStatus')()).toMatchObject({ OData__ModerationStatus: 2 });
    expect(await list(OTHER_CHAMPION).items.getById(Id).attachmentFiles()).toEqual([]);
  });

  test('a list with EnableAttachments false refuses them', async () => {
    const { list, local } = setup();
    await list(OWNER).update({ EnableAttachments: false });
    const { Id } = await list(CHAMPION).items.add({ Title: 'x' });
    const res = await raw(local, `web/lists/getByTitle('Test%20Tasks')/items(${Id})/AttachmentFiles/add(FileName='a.txt')`, { method: 'POST', login: CHAMPION, body: 'x' });
    expect(res.status).toBe(400);
  });
});
