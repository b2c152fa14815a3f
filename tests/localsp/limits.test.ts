/**
 * Limits SharePoint enforces (title length, the date range, property names as SharePoint matches them) and
 * item-level read security seen from every angle a reader might try, as local/sharepoint/README.md says.
 */
import { HttpRequestError } from '@pnp/queryable';
import { CHAMPION, newLocal, OFFICE, OWNER, pnp, raw, rawJson, seedTestLists, STAFF, TASKS } from './helpers';

function setup() {
  const local = newLocal();
  seedTestLists(local);
  const list = (login?: string) => pnp(local, login).web.lists.getByTitle(TASKS);
  return { local, list };
}

async function failure(p: Promise<unknown>): Promise<{ status: number; message: string }> {
  const e = (await p.then(() => null, (x: HttpRequestError) => x)) as HttpRequestError | null;
  if (!e) return { status: 200, message: '' };
  const body = (await e.response.json()) as { 'odata.error': { message: { value: string } } };
  return { status: e.status, message: body['odata.error'].message.value };
}

const items = `web/lists/getByTitle('Test%20Tasks')/items`;

describe('limits', () => {
  test('a Title (single line of text) takes 255 characters, not 256, on add and update', async () => {
    const { list } = setup();
    const { Id } = await list().items.add({ Title: 'x'.repeat(255) });
    expect(await failure(list().items.add({ Title: 'x'.repeat(256) }))).toEqual({ status: 400, message: "The value of the field 'Title' exceeds its maximum length of 255 characters." });
    expect((await failure(list().items.getById(Id).update({ Title: 'y'.repeat(256) }))).status).toBe(400);
    expect((await list().items.getById(Id).select('Title')()).Title).toHaveLength(255);
  });

  test('dates run from 1 January 1900 to 31 December 8900: outside is refused, on date columns and on Created/Modified', async () => {
    const { list } = setup();
    await list().items.add({ Title: 'edges', Due: '8900-12-31T00:00:00Z' });
    await list().items.add({ Title: 'edges', Due: '1900-01-01T00:00:00Z' });
    const message = 'You must specify a valid date within the range of 1/1/1900 and 12/31/8900.';
    expect(await failure(list().items.add({ Title: 'x', Due: '8901-01-01T00:00:00Z' }))).toEqual({ status: 400, message });
    expect(await failure(list().items.add({ Title: 'x', Due: '1899-12-31T00:00:00Z' }))).toEqual({ status: 400, message });
    expect(await failure(list().items.add({ Title: 'x', Due: '9999-12-31T00:00:00Z' }))).toEqual({ status: 400, message });
    expect((await failure(list().items.add({ Title: 'x', Modified: '9000-01-01T00:00:00Z' }))).status).toBe(400);
    expect((await list().items()).length).toBe(2);
  });

  test('property names are matched exactly (case-sensitive) in $select, $filter, $orderby and bodies; option names and paths are not', async () => {
    const { local, list } = setup();
    await list().items.add({ Title: 'A', Effort: 2 });
    expect((await raw(local, `${items}?$select=title`)).status).toBe(400);
    expect((await raw(local, `${items}?$filter=${encodeURIComponent("title eq 'A'")}`)).status).toBe(400);
    expect((await raw(local, `${items}?$orderby=effort`)).status).toBe(400);
    expect((await raw(local, items, { method: 'POST', body: { title: 'lower' } })).status).toBe(400);
    const ok = await rawJson<{ value: { Title: string }[] }>(local, `${items.replace('getByTitle', 'GETBYTITLE')}?$SELECT=Title&$FILTER=${encodeURIComponent("Effort eq 2")}`);
    expect(ok.body.value).toEqual([expect.objectContaining({ Title: 'A' })]);
  });
});

describe('item-level read security (ReadSecurity 2) from every angle', () => {
  async function ownItems() {
    const s = setup();
    await s.list(OWNER).update({ ReadSecurity: 2 });
    const theirs = await s.list(CHAMPION).items.add({ Title: 'Secret score', Effort: 9 });
    await s.list(STAFF).items.add({ Title: 'Mine', Effort: 1 });
    return { ...s, theirs: theirs.Id as number };
  }

  test('another member cannot find the item by query, filter, order, id, update, attachments or ValidateUpdateListItem', async () => {
    const { local, list, theirs } = await ownItems();
    const staff = list(STAFF);
    expect((await staff.items()).map((i: { Title: string }) => i.Title)).toEqual(['Mine']);
    expect(await staff.items.filter('Effort gt 5')()).toEqual([]);
    expect(await staff.items.filter(`Id eq ${theirs}`)()).toEqual([]);
    expect((await staff.items.orderBy('Effort', false).top(1)()).map((i: { Title: string }) => i.Title)).toEqual(['Mine']);
    for (const attempt of [
      staff.items.getById(theirs)(),
      staff.items.getById(theirs).update({ Title: 'overwritten' }),
      staff.items.getById(theirs).delete(),
      staff.items.getById(theirs).validateUpdateListItem([{ FieldName: 'Title', FieldValue: 'x' }]),
    ]) expect((await failure(attempt)).status).toBe(404);
    expect((await raw(local, `${items}(${theirs})/AttachmentFiles`, { login: STAFF })).status).toBe(404);
    expect((await list(CHAMPION).items.getById(theirs).select('Title')()).Title).toBe('Secret score');
  });

  test('list managers (the Programme Office, Edit includes ManageLists) and the owner read every item', async () => {
    const { list } = await ownItems();
    expect(await list(OFFICE).items()).toHaveLength(2);
    expect(await list(OWNER).items()).toHaveLength(2);
  });
});
