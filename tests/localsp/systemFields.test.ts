/**
 * Author, Editor, Created and Modified through the REST item endpoints and through ValidateUpdateListItem,
 * as local/sharepoint/README.md ("System fields") says SharePoint Online does them, and who may do it.
 */
import { HttpRequestError } from '@pnp/queryable';
import { CHAMPION, newLocal, OTHER_CHAMPION, OWNER, pnp, raw, seedTestLists, STAFF, TASKS } from './helpers';

const JAMIE = 15;
const FATIMA = 16;
const claims = (login: string): string => `[{"Key":"i:0#.f|membership|${login}"}]`;

function setup() {
  const local = newLocal();
  seedTestLists(local);
  const list = (login?: string) => pnp(local, login).web.lists.getByTitle(TASKS);
  return { local, list };
}

interface SystemFields { AuthorId: number; EditorId: number; Created: string; Modified: string; Title: string; 'odata.etag'?: string }

async function fieldsOf(list: ReturnType<ReturnType<typeof setup>['list']>, id: number): Promise<SystemFields> {
  return list.items.getById(id).select('AuthorId', 'EditorId', 'Created', 'Modified', 'Title')<SystemFields>();
}

describe('system fields through the REST item endpoints', () => {
  test('an add stamps the caller as Author and Editor and now as Created and Modified', async () => {
    const { list } = setup();
    const added = await list(CHAMPION).items.add({ Title: 'Mine' });
    expect(added).toMatchObject({ AuthorId: JAMIE, EditorId: JAMIE });
    expect(added.Created).toBe(added.Modified);
  });

  test('a MERGE makes the caller the Editor and moves Modified, and keeps Author and Created', async () => {
    const { local, list } = setup();
    const { Id } = await list(CHAMPION).items.add({ Title: 'Shared' });
    const before = await fieldsOf(list(), Id);
    local.store.list(TASKS).items.get(Id)!.modified = '2020-01-01T00:00:00Z';
    await list(OTHER_CHAMPION).items.getById(Id).update({ Title: 'Edited' });
    const after = await fieldsOf(list(), Id);
    expect(after).toMatchObject({ AuthorId: JAMIE, EditorId: FATIMA, Created: before.Created, Title: 'Edited' });
    expect(after.Modified > '2020-01-01T00:00:00Z').toBe(true);
  });

  test('AuthorId, EditorId, Created and Modified sent on add or MERGE are stored (the worst case; see README)', async () => {
    const { list } = setup();
    const forged = await list(CHAMPION).items.add({ Title: 'Forged', AuthorId: FATIMA, EditorId: FATIMA, Created: '2024-01-02T03:04:05Z', Modified: '2024-01-02T03:04:05Z' });
    expect(forged).toMatchObject({ AuthorId: FATIMA, EditorId: FATIMA, Created: '2024-01-02T03:04:05Z', Modified: '2024-01-02T03:04:05Z' });
    const { Id } = await list(CHAMPION).items.add({ Title: 'Later forged' });
    await list(CHAMPION).items.getById(Id).update({ AuthorId: FATIMA });
    expect(await fieldsOf(list(), Id)).toMatchObject({ AuthorId: FATIMA, EditorId: JAMIE });
  });

  test('with WriteSecurity 2 a forged author hands the item to that person: its creator can no longer edit it', async () => {
    const { list } = setup();
    await list(OWNER).update({ WriteSecurity: 2 });
    const { Id } = await list(CHAMPION).items.add({ Title: 'Given away', AuthorId: FATIMA });
    const denied = await list(CHAMPION).items.getById(Id).update({ Title: 'back' }).catch((e: HttpRequestError) => e);
    expect((denied as HttpRequestError).status).toBe(403);
    await expect(list(OTHER_CHAMPION).items.getById(Id).update({ Title: 'mine now' })).resolves.toBeDefined();
  });

  test('Id, GUID and Attachments stay read-only: 400', async () => {
    const { list } = setup();
    for (const body of [{ Id: 99 }, { GUID: 'x' }, { Attachments: true }]) {
      const error = await list(CHAMPION).items.add({ Title: 'x', ...body }).catch((e: HttpRequestError) => e);
      expect((error as HttpRequestError).status).toBe(400);
    }
  });
});

describe('ValidateUpdateListItem (item.validateUpdateListItem)', () => {
  test('a contributor may set Author, Editor, Created and Modified on an item they may edit, with claims keys and form dates', async () => {
    const { list } = setup();
    const { Id } = await list(CHAMPION).items.add({ Title: 'Score' });
    const results = await list(CHAMPION).items.getById(Id).validateUpdateListItem([
      { FieldName: 'Title', FieldValue: 'Score, re-attributed' },
      { FieldName: 'Author', FieldValue: claims(OTHER_CHAMPION) },
      { FieldName: 'Editor', FieldValue: claims(OTHER_CHAMPION) },
      { FieldName: 'Created', FieldValue: '3/4/2025 2:30 PM' },
      { FieldName: 'Modified', FieldValue: '3/5/2025 9:00 AM' },
    ], true);
    expect(results.map((r) => [r.FieldName, r.HasException, r.ErrorMessage])).toEqual([
      ['Title', false, null], ['Author', false, null], ['Editor', false, null], ['Created', false, null], ['Modified', false, null],
    ]);
    expect(await fieldsOf(list(), Id)).toMatchObject({ Title: 'Score, re-attributed', AuthorId: FATIMA, EditorId: FATIMA, Created: '2025-03-04T14:30:00Z', Modified: '2025-03-05T09:00:00Z' });
  });

  test('without Editor and Modified in the form, the caller becomes the Editor and Modified moves', async () => {
    const { list } = setup();
    const { Id } = await list(CHAMPION).items.add({ Title: 'Score' });
    await list(OTHER_CHAMPION).items.getById(Id).validateUpdateListItem([{ FieldName: 'Title', FieldValue: 'by Fatima' }]);
    expect(await fieldsOf(list(), Id)).toMatchObject({ AuthorId: JAMIE, EditorId: FATIMA, Title: 'by Fatima' });
  });

  test('it needs what MERGE needs: 403 for a reader and, with WriteSecurity 2, for someone else\'s item', async () => {
    const { local, list } = setup();
    await list(OWNER).update({ WriteSecurity: 2 });
    const { Id } = await list(CHAMPION).items.add({ Title: 'Score' });
    const form = [{ FieldName: 'Author', FieldValue: claims(OTHER_CHAMPION) }];
    const other = await list(OTHER_CHAMPION).items.getById(Id).validateUpdateListItem(form).catch((e: HttpRequestError) => e);
    expect((other as HttpRequestError).status).toBe(403);
    await pnp(local).web.lists.getByTitle(TASKS).breakRoleInheritance(false);
    await pnp(local).web.lists.getByTitle(TASKS).roleAssignments.add(JAMIE, 1073741826);
    const reader = await list(CHAMPION).items.getById(Id).validateUpdateListItem(form).catch((e: HttpRequestError) => e);
    expect((reader as HttpRequestError).status).toBe(403);
    expect((await fieldsOf(list(), Id)).AuthorId).toBe(JAMIE);
  });

  test('a refused value comes back as HasException with HTTP 200 and nothing is saved; an unknown field is 400', async () => {
    const { list, local } = setup();
    const { Id } = await list(CHAMPION).items.add({ Title: 'Score', Effort: 3 });
    const results = await list(CHAMPION).items.getById(Id).validateUpdateListItem([
      { FieldName: 'Title', FieldValue: 'changed' },
      { FieldName: 'Author', FieldValue: '[{"Key":"i:0#.f|membership|nobody@example.com"}]' },
      { FieldName: 'Effort', FieldValue: 'lots' },
      { FieldName: 'Due', FieldValue: '1/1/9000' },
    ]);
    expect(results.filter((r) => r.HasException).map((r) => r.FieldName)).toEqual(['Author', 'Effort', 'Due']);
    expect(await fieldsOf(list(), Id)).toMatchObject({ Title: 'Score', AuthorId: JAMIE });
    const res = await raw(local, `web/lists/getByTitle('Test%20Tasks')/items(${Id})/ValidateUpdateListItem`, { method: 'POST', login: CHAMPION, body: { formValues: [{ FieldName: 'Nope', FieldValue: 'x' }] } });
    expect(res.status).toBe(400);
  });

  test('other field types take the forms\' formats', async () => {
    const { list } = setup();
    const { Id } = await list(STAFF).items.add({ Title: 'Typed' });
    const results = await list(STAFF).items.getById(Id).validateUpdateListItem([
      { FieldName: 'Effort', FieldValue: '12.5' },
      { FieldName: 'Done', FieldValue: '1' },
      { FieldName: 'Due', FieldValue: '6/23/2026' },
      { FieldName: 'Tags', FieldValue: 'A;#C' },
      { FieldName: 'Owner', FieldValue: claims(CHAMPION) },
      { FieldName: 'Link', FieldValue: 'https://example.com, Example' },
    ]);
    expect(results.every((r) => !r.HasException)).toBe(true);
    const item = await list().items.getById(Id).select('Effort', 'Done', 'Due', 'Tags', 'OwnerId', 'Link')<Record<string, unknown>>();
    expect(item).toMatchObject({ Effort: 12.5, Done: true, Due: '2026-06-23T00:00:00Z', Tags: ['A', 'C'], OwnerId: JAMIE, Link: { Url: 'https://example.com', Description: 'Example' } });
  });
});
