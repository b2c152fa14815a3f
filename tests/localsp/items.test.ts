import { HttpRequestError } from '@pnp/queryable';
import { CHAMPION, newLocal, OWNER, pnp, rawJson, seedTestLists, TASKS, DEPARTMENTS, failure } from './helpers';

function setup() {
  const local = newLocal();
  const lists = seedTestLists(local);
  local.store.bulkAddItems(DEPARTMENTS, [
    { Title: "Chamberlain's", ShortName: 'CHB' },
    { Title: 'Environment', ShortName: 'ENV' },
    { Title: "Town Clerk's", ShortName: 'TC' },
  ]);
  return { local, sp: pnp(local), ...lists, tasks: () => pnp(local).web.lists.getByTitle(TASKS) };
}

describe('list items through real PnPjs', () => {
  test('add answers 201 with the entity, defaults and odata.etag "1"', async () => {
    const { tasks } = setup();
    const added = await tasks().items.add({ Title: 'Plan', Effort: 5, DepartmentId: 2, OwnerId: 15, Tags: ['A', 'C'] });
    expect(added).toMatchObject({
      Id: 1, ID: 1, Title: 'Plan', Effort: 5, DepartmentId: 2, OwnerId: 15, OwnerStringId: '15',
      Tags: ['A', 'C'], Stage: 'Proposed', Done: false, AuthorId: 10, EditorId: 10, 'odata.etag': '"1"',
      'odata.type': 'SP.Data.TestTasksListItem',
    });
    expect(added.Created).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
  });

  test('update returns the new etag from the ETag header; versions increase', async () => {
    const { tasks } = setup();
    const added = await tasks().items.add({ Title: 'Plan' });
    const first = await tasks().items.getById(added.Id).update({ Title: 'Plan 2' }, added['odata.etag']);
    expect(first.etag).toBe('"2"');
    const second = await tasks().items.getById(added.Id).update({ Effort: 1 });
    expect(second.etag).toBe('"3"');
    expect(await tasks().items.getById(added.Id)()).toMatchObject({ Title: 'Plan 2', Effort: 1, 'odata.etag': '"3"' });
  });

  test('a stale ETag on MERGE is 412 and PnPjs throws HttpRequestError(412)', async () => {
    const { tasks } = setup();
    const added = await tasks().items.add({ Title: 'Plan' });
    await tasks().items.getById(added.Id).update({ Title: 'Someone else' });
    const error = await tasks().items.getById(added.Id).update({ Title: 'Mine' }, '"1"').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HttpRequestError);
    expect((error as HttpRequestError).status).toBe(412);
    const body = await (error as HttpRequestError).response.json();
    expect(body['odata.error'].message.value).toBe(`The request ETag value '"1"' does not match the object's ETag value '"2"'.`);
    expect((await tasks().items.getById(added.Id)()).Title).toBe('Someone else');
  });

  test('delete answers 200 with an empty body; the item is then 404', async () => {
    const { tasks } = setup();
    const added = await tasks().items.add({ Title: 'Plan' });
    await expect(tasks().items.getById(added.Id).delete()).resolves.toBeDefined();
    const error = await failure(tasks().items.getById(added.Id)());
    expect(error.status).toBe(404);
    expect((await error.response.json())['odata.error'].message.value).toBe('Item does not exist. It may have been deleted by another user.');
  });

  test('a stale ETag on delete is 412 too', async () => {
    const { tasks } = setup();
    const added = await tasks().items.add({ Title: 'Plan' });
    await tasks().items.getById(added.Id).update({ Title: 'v2' });
    await expect(tasks().items.getById(added.Id).delete('"1"')).rejects.toMatchObject({ status: 412 });
  });

  test('$select returns only the selected fields; unknown fields are 400', async () => {
    const { tasks } = setup();
    await tasks().items.add({ Title: 'Plan', Effort: 2 });
    const [item] = await tasks().items.select('Id', 'Title')();
    expect(Object.keys(item).filter((k) => !k.startsWith('odata.')).sort()).toEqual(['Id', 'Title']);
    const error = await failure(tasks().items.select('Nope')());
    expect(error.status).toBe(400);
    expect((await error.response.json())['odata.error']).toEqual({
      code: '-1, Microsoft.SharePoint.SPException',
      message: { lang: 'en-US', value: "The field or property 'Nope' does not exist." },
    });
  });

  test('a lookup or person projection without $expand is 400', async () => {
    const { tasks } = setup();
    const error = await failure(tasks().items.select('Title', 'Department/Title')());
    expect(error.status).toBe(400);
    expect((await error.response.json())['odata.error'].message.value).toBe(
      "The query to field 'Department' is not valid. The $select query string must specify the target fields and the $expand query string must contains Department.");
  });

  test('$expand of lookups and people: {Id, Title...}, {Id, Title, EMail, Name}', async () => {
    const { tasks } = setup();
    await tasks().items.add({ Title: 'Plan', DepartmentId: 2, PartnersId: [1, 3], OwnerId: 15, HelpersId: [16, 17] });
    const [item] = await tasks().items
      .select('Title', 'Department/Id', 'Department/Title', 'Department/ShortName', 'Partners/Title', 'Owner/Title', 'Owner/EMail', 'Owner/Name', 'Helpers/Title', 'Author/Title')
      .expand('Department', 'Partners', 'Owner', 'Helpers', 'Author')();
    expect(item.Department).toMatchObject({ Id: 2, Title: 'Environment', ShortName: 'ENV' });
    expect(item.Partners.map((p: { Title: string }) => p.Title)).toEqual(["Chamberlain's", "Town Clerk's"]);
    expect(item.Owner).toMatchObject({ Title: 'Jamie Clarke', EMail: CHAMPION, Name: `i:0#.f|membership|${CHAMPION}` });
    expect(item.Helpers.map((p: { Title: string }) => p.Title)).toEqual(['Fatima Hussain', 'Oliver Brown']);
    expect(item.Author.Title).toBe('Alex Morgan');
  });

  test('default $expand without sub-selection and empty lookups', async () => {
    const { tasks } = setup();
    await tasks().items.add({ Title: 'Plan', OwnerId: 15 });
    const [item] = await tasks().items.expand('Owner', 'Department')();
    expect(item.Owner).toMatchObject({ Id: 15, Title: 'Jamie Clarke', EMail: CHAMPION });
    expect(item.Department).toBeUndefined();
    expect(item.DepartmentId).toBeNull();
  });

  test('value shapes: multichoice arrays (empty reads null), multi lookups, URL, dates to the second', async () => {
    const { tasks } = setup();
    const added = await tasks().items.add({
      Title: 'Shapes', Tags: [], PartnersId: [], Link: { Url: 'https://example.org', Description: 'Example' }, Due: '2026-03-01T10:20:30.456Z',
    });
    expect(added).toMatchObject({ Tags: null, PartnersId: [], HelpersId: [], Link: { Url: 'https://example.org', Description: 'Example' }, Due: '2026-03-01T10:20:30Z' });
  });

  test.each([
    [{ Nope: 1 }, "The property 'Nope' does not exist on type 'SP.Data.TestTasksListItem'. Make sure to only use property names that are defined by the type."],
    [{ __metadata: { type: 'SP.Data.TestTasksListItem' } }, "The property '__metadata' does not exist on type 'SP.Data.TestTasksListItem'. Make sure to only use property names that are defined by the type."],
    [{ Effort: 'lots' }, "Cannot convert a primitive value to the expected type 'Edm.Double'. See the inner exception for more details."],
    [{ Done: 'yes' }, "Cannot convert a primitive value to the expected type 'Edm.Boolean'. See the inner exception for more details."],
    [{ Due: 'tomorrow' }, "Cannot convert the literal 'tomorrow' to the expected type 'Edm.DateTime'."],
    [{ Tags: { results: ['A'] } }, "An unexpected 'StartObject' node was found when reading from the JSON reader. A 'StartArray' node was expected."],
    [{ Department: 1 }, expect.stringContaining('navigation property')],
    [{ OwnerId: 999 }, 'The user does not exist or is not unique.'],
    [{ Id: 7 }, 'Invalid data has been used to update the list item. The field you are trying to update may be read only.'],
  ])('rejects %j with 400', async (body, message) => {
    const { tasks } = setup();
    const error = await failure(tasks().items.add(body));
    expect(error.status).toBe(400);
    expect((await error.response.json())['odata.error'].message.value).toEqual(message);
  });

  test('a choice outside the field choices is stored (SharePoint REST does not validate choices); Required is not enforced', async () => {
    const { tasks } = setup();
    const added = await tasks().items.add({ Stage: 'Invented' });
    expect(added).toMatchObject({ Stage: 'Invented', Title: null });
  });

  test('unique values: a duplicate is 500 SPDuplicateValuesFoundException', async () => {
    const { tasks } = setup();
    await tasks().items.add({ Title: 'A', Code: 'X-1' });
    const error = await failure(tasks().items.add({ Title: 'B', Code: 'x-1' }));
    expect(error.status).toBe(500);
    expect((await error.response.json())['odata.error']).toEqual({
      code: '-2130575169, Microsoft.SharePoint.SPDuplicateValuesFoundException',
      message: { lang: 'en-US', value: 'The list item could not be added or updated because duplicate values were found in the following field(s) in the list: [Code].' },
    });
    const other = await tasks().items.add({ Title: 'C', Code: 'X-2' });
    await expect(tasks().items.getById(other.Id).update({ Code: 'X-1' })).rejects.toMatchObject({ status: 500 });
    await expect(tasks().items.getById(other.Id).update({ Code: 'X-2' })).resolves.toBeDefined();
  });

  test('$top defaults to 100 and the next page is odata.nextLink carrying every option', async () => {
    const { local, tasks } = setup();
    local.store.bulkAddItems(TASKS, Array.from({ length: 120 }, (_, i) => ({ Title: `T${i + 1}`, Effort: i % 7 })));
    expect(await tasks().items()).toHaveLength(100);
    const first = await rawJson<{ value: { Id: number }[]; 'odata.nextLink': string }>(local, `web/lists/getByTitle('${encodeURIComponent(TASKS)}')/items?%24select=Id%2CTitle&%24filter=Effort+ge+1&%24orderby=Effort+desc&%24top=10`);
    const next = new URL(first.body['odata.nextLink']);
    expect(Object.fromEntries(next.searchParams)).toMatchObject({
      $select: 'Id,Title', $filter: 'Effort ge 1', $orderby: 'Effort desc', $top: '10',
      $skiptoken: expect.stringMatching(/^Paged=TRUE&p_Effort=6&p_ID=\d+$/),
    });
  });

  test('async iteration with top(100) over 250 items yields all of them in order', async () => {
    const { local, tasks } = setup();
    local.store.bulkAddItems(TASKS, Array.from({ length: 250 }, (_, i) => ({ Title: `T${i + 1}` })));
    const pages: number[] = [];
    const ids: number[] = [];
    for await (const page of tasks().items.select('Id').top(100)) {
      pages.push(page.length);
      ids.push(...page.map((i: { Id: number }) => i.Id));
    }
    expect(pages).toEqual([100, 100, 50]);
    expect(ids).toEqual(Array.from({ length: 250 }, (_, i) => i + 1));
  });

  test('paging follows a non-ID $orderby without gaps or repeats', async () => {
    const { local, tasks } = setup();
    local.store.bulkAddItems(TASKS, Array.from({ length: 95 }, (_, i) => ({ Title: `T${i}`, Effort: (i * 37) % 10 })));
    const seen: { Id: number; Effort: number }[] = [];
    for await (const page of tasks().items.select('Id', 'Effort').orderBy('Effort', false).top(20)) seen.push(...page);
    expect(seen).toHaveLength(95);
    expect(new Set(seen.map((s) => s.Id)).size).toBe(95);
    const efforts = seen.map((s) => s.Effort);
    expect(efforts).toEqual([...efforts].sort((a, b) => b - a));
  });

  test('PUT replaces the item, clearing fields it does not name', async () => {
    const { local, tasks } = setup();
    const added = await tasks().items.add({ Title: 'Plan', Effort: 4 });
    const res = await rawJson(local, `web/lists/getByTitle('${encodeURIComponent(TASKS)}')/items(${added.Id})`, { method: 'PUT', body: { Title: 'Replaced' }, headers: { 'IF-Match': '*' } });
    expect(res.status).toBe(204);
    expect(await tasks().items.getById(added.Id)()).toMatchObject({ Title: 'Replaced', Effort: null });
  });

  test('items created as another user carry that author', async () => {
    const { local } = setup();
    const added = await pnp(local, CHAMPION).web.lists.getByTitle(TASKS).items.add({ Title: 'Mine' });
    expect(added).toMatchObject({ AuthorId: 15, EditorId: 15 });
    await pnp(local, OWNER).web.lists.getByTitle(TASKS).items.getById(added.Id).update({ Title: 'Edited' });
    expect(await pnp(local).web.lists.getByTitle(TASKS).items.getById(added.Id)()).toMatchObject({ AuthorId: 15, EditorId: 10 });
  });
});
