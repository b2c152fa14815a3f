import { HttpRequestError } from '@pnp/queryable';
import { API, newLocal, pnp, raw, seedTestLists, TASKS } from './helpers';

function setup() {
  const local = newLocal();
  seedTestLists(local);
  local.store.bulkAddItems(TASKS, [{ Title: 'Existing', Effort: 1 }]);
  return local;
}

describe('$batch', () => {
  test('PnPjs batches mixing adds, updates and reads resolve; one failing part fails only itself', async () => {
    const local = setup();
    const [batched, execute] = pnp(local).batched();
    const list = batched.web.lists.getByTitle(TASKS);
    const added = list.items.add({ Title: 'A' });
    const bad = list.items.add({ Title: 'B', Nope: 1 }).catch((e: HttpRequestError) => e);
    const updated = list.items.getById(1).update({ Title: 'Existing 2' });
    const read = list.items.select('Id', 'Title').orderBy('Id')();
    const added2 = list.items.add({ Title: 'C' });
    await execute();
    expect(await added).toMatchObject({ Id: 2, Title: 'A', 'odata.etag': '"1"' });
    expect((await bad as HttpRequestError).status).toBe(400);
    expect(await updated).toEqual({ etag: '"2"' });
    expect(await read).toEqual([{ 'odata.type': 'SP.Data.TestTasksListItem', 'odata.id': expect.any(String), 'odata.etag': '"2"', 'odata.editLink': expect.any(String), Id: 1, Title: 'Existing 2' }, expect.objectContaining({ Id: 2 })]);
    expect(await added2).toMatchObject({ Id: 3, Title: 'C' });
  });

  test('more than 20 requests are split by PnPjs into several $batch calls, all answered', async () => {
    const local = setup();
    const [batched, execute] = pnp(local).batched();
    const list = batched.web.lists.getByTitle(TASKS);
    const adds = Array.from({ length: 45 }, (_, i) => list.items.add({ Title: `N${i}` }));
    await execute();
    expect((await Promise.all(adds)).map((a) => a.Title)).toEqual(Array.from({ length: 45 }, (_, i) => `N${i}`));
    expect(local.store.list(TASKS).items.size).toBe(46);
  });

  test('parts run as the batch\'s user: a forbidden part is 403 while the others succeed', async () => {
    const local = setup();
    local.store.list(TASKS).data.writeSecurity = 2;
    const [batched, execute] = pnp(local, 'dan.evans@digitalhub.example').batched();
    const list = batched.web.lists.getByTitle(TASKS);
    const notMine = list.items.getById(1).update({ Title: 'hijack' }).catch((e: HttpRequestError) => e);
    const mine = list.items.add({ Title: 'mine' });
    await execute();
    expect((await notMine as HttpRequestError).status).toBe(403);
    expect(await mine).toMatchObject({ AuthorId: 19 });
  });

  test('the wire format: flat batchresponse parts in order, ETag on MERGE, closing boundary and newline', async () => {
    const local = setup();
    const url = `${API}/web/lists/getByTitle('Test%20Tasks')/items`;
    const body = [
      '--batch_1', 'Content-Type: application/http', 'Content-Transfer-Encoding: binary', '',
      `GET ${url}(1)?$select=Title HTTP/1.1`, 'accept: application/json;odata=nometadata', '', '',
      '--batch_1', 'Content-Type: multipart/mixed; boundary="changeset_9"', '',
      '--changeset_9', 'Content-Type: application/http', 'Content-Transfer-Encoding: binary', '',
      `MERGE ${url}(1) HTTP/1.1`, 'accept: application/json', 'content-type: application/json;charset=utf-8', 'if-match: *', '',
      '{"Title":"Merged"}', '', '',
      '--changeset_9', 'Content-Type: application/http', 'Content-Transfer-Encoding: binary', '',
      `DELETE ${url}(99) HTTP/1.1`, 'accept: application/json', 'if-match: *', '', '',
      '--changeset_9--', '', '--batch_1--', '',
    ].join('\n');
    const res = await raw(local, '$batch', { method: 'POST', body, headers: { 'Content-Type': 'multipart/mixed; boundary=batch_1' } });
    expect(res.status).toBe(200);
    const boundary = /boundary=(batchresponse_[0-9a-f-]+)/.exec(res.headers.get('content-type') ?? '')?.[1];
    expect(boundary).toBeDefined();
    const text = await res.text();
    expect(text.endsWith(`--${boundary}--\n`)).toBe(true);
    const parts = text.split(`--${boundary}`).slice(1, -1);
    expect(parts).toHaveLength(3);
    expect(parts[0]).toContain('HTTP/1.1 200 OK\n');
    expect(parts[0]).toContain('{"Title":"Existing"}');
    expect(parts[1]).toMatch(/HTTP\/1\.1 204 No Content\n[\s\S]*ETag: "2"\n/);
    expect(parts[2]).toContain('HTTP/1.1 404 Not Found\n');
    expect(text).not.toContain('\r');
  });

  test('the $batch request itself needs a digest', async () => {
    const local = setup();
    const res = await raw(local, '$batch', { method: 'POST', digest: false, body: '--batch_1--\n', headers: { 'Content-Type': 'multipart/mixed; boundary=batch_1' } });
    expect(res.status).toBe(403);
  });
});
