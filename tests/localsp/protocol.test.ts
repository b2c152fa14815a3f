import { API, DEPARTMENTS, newLocal, pnp, raw, rawJson, seedTestLists, SITE_URL, STAFF, TASKS } from './helpers';
import { createLocalSharePoint, USER_COOKIE } from '../../local/sharepoint';

const tasksPath = `web/lists/getByTitle('${encodeURIComponent(TASKS)}')`;

function setup() {
  const local = newLocal();
  seedTestLists(local);
  local.store.bulkAddItems(DEPARTMENTS, [{ Title: 'Environment', ShortName: 'ENV' }]);
  local.store.bulkAddItems(TASKS, [{ Title: 'One', Tags: ['A', 'B'], DepartmentId: 1, Link: { Url: 'https://a.example', Description: 'A' } }]);
  return local;
}

describe('request digest', () => {
  test('a write without X-RequestDigest is 403 with the security validation error', async () => {
    const local = setup();
    const res = await rawJson(local, `${tasksPath}/items`, { method: 'POST', body: { Title: 'x' }, digest: false });
    expect(res.status).toBe(403);
    expect(res.body).toEqual({ 'odata.error': {
      code: '-2130575251, Microsoft.SharePoint.SPException',
      message: { lang: 'en-US', value: "The security validation for this page is invalid and might be corrupted. Please use your web browser's Back button to try your operation again." },
    } });
  });

  test('a forged digest, or another user\'s digest, is refused too', async () => {
    const local = setup();
    const forged = await raw(local, `${tasksPath}/items`, { method: 'POST', body: { Title: 'x' }, digest: false, headers: { 'X-RequestDigest': '0xABC,01 Jan 2026 00:00:00 -0000' } });
    expect(forged.status).toBe(403);
    const ownersDigest = local.digestFor();
    const stolen = await raw(local, `${tasksPath}/items`, { method: 'POST', login: STAFF, body: { Title: 'x' }, digest: false, headers: { 'X-RequestDigest': ownersDigest } });
    expect(stolen.status).toBe(403);
  });

  test('digests expire after 1,800 seconds', async () => {
    let now = new Date('2026-01-01T09:00:00Z');
    const local = createLocalSharePoint({ siteUrl: SITE_URL, now: () => now });
    local.store.createList({ title: 'Clocked' });
    const digest = local.digestFor();
    now = new Date(now.getTime() + 1799 * 1000);
    expect((await raw(local, "web/lists/getByTitle('Clocked')/items", { method: 'POST', body: {}, digest: false, headers: { 'X-RequestDigest': digest } })).status).toBe(201);
    now = new Date(now.getTime() + 2000);
    expect((await raw(local, "web/lists/getByTitle('Clocked')/items", { method: 'POST', body: {}, digest: false, headers: { 'X-RequestDigest': digest } })).status).toBe(403);
  });

  test('POST contextinfo needs no digest and answers the minimal shape PnPjs reads', async () => {
    const local = setup();
    const res = await rawJson<Record<string, unknown>>(local, 'contextinfo', { method: 'POST', digest: false });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      FormDigestTimeoutSeconds: 1800,
      FormDigestValue: expect.stringMatching(/^0x[0-9A-F]+,\d\d [A-Z][a-z]{2} \d{4} \d\d:\d\d:\d\d -0000$/),
      WebFullUrl: SITE_URL,
      SiteFullUrl: SITE_URL,
      LibraryVersion: expect.any(String),
      SupportedSchemaVersions: ['14.0.0.0', '15.0.0.0'],
    });
    const verbose = await rawJson<{ d: { GetContextWebInformation: { FormDigestValue: string; SupportedSchemaVersions: { results: string[] } } } }>(local, 'contextinfo', { method: 'POST', digest: false, accept: 'application/json;odata=verbose' });
    expect(verbose.body.d.GetContextWebInformation.SupportedSchemaVersions.results).toHaveLength(2);
  });

  test('PnPjs fetches the digest itself and writes succeed', async () => {
    const local = setup();
    const sp = pnp(local);
    await expect(sp.web.lists.getByTitle(TASKS).items.add({ Title: 'via PnPjs' })).resolves.toMatchObject({ Title: 'via PnPjs' });
  });
});

describe('response formats by Accept', () => {
  test('nometadata: bare values, no annotations, no etag', async () => {
    const local = setup();
    const res = await rawJson<{ value: Record<string, unknown>[] }>(local, `${tasksPath}/items?$select=Id,Title,Tags`, { accept: 'application/json;odata=nometadata' });
    expect(res.body).toEqual({ value: [{ Id: 1, Title: 'One', Tags: ['A', 'B'] }] });
    expect(res.headers.get('content-type')).toContain('odata=nometadata');
  });

  test('minimal (and plain application/json): odata.metadata, type, id, etag, editLink', async () => {
    const local = setup();
    for (const accept of ['application/json', 'application/json;odata=minimalmetadata']) {
      const res = await rawJson<{ 'odata.metadata': string; value: Record<string, unknown>[] }>(local, `${tasksPath}/items?$select=Id,Title`, { accept });
      expect(res.body['odata.metadata']).toBe(`${API}/$metadata#SP.ListData.TestTasksListItems`);
      expect(res.body.value[0]).toEqual({
        'odata.type': 'SP.Data.TestTasksListItem',
        'odata.id': expect.stringContaining('/Items(1)'),
        'odata.etag': '"1"',
        'odata.editLink': expect.stringMatching(/^Web\/Lists\(guid'[0-9a-f-]+'\)\/Items\(1\)$/),
        Id: 1,
        Title: 'One',
      });
    }
  });

  test('verbose: d wrapper, results, __metadata with etag, {results} collections, typed URL value', async () => {
    const local = setup();
    const res = await rawJson<{ d: { results: Record<string, unknown>[] } }>(local, `${tasksPath}/items?$select=Id,Tags,PartnersId,Link`, { accept: 'application/json;odata=verbose' });
    expect(res.body.d.results[0]).toEqual({
      __metadata: { id: expect.any(String), uri: expect.stringContaining('/Items(1)'), etag: '"1"', type: 'SP.Data.TestTasksListItem' },
      Id: 1,
      Tags: { __metadata: { type: 'Collection(Edm.String)' }, results: ['A', 'B'] },
      PartnersId: { __metadata: { type: 'Collection(Edm.Int32)' }, results: [] },
      Link: { __metadata: { type: 'SP.FieldUrlValue' }, Description: 'A', Url: 'https://a.example' },
    });
  });

  test('verbose paging link is d.__next; a single entity is {d:{...}}', async () => {
    const local = setup();
    local.store.bulkAddItems(TASKS, [{ Title: 'Two' }, { Title: 'Three' }]);
    const page = await rawJson<{ d: { __next: string } }>(local, `${tasksPath}/items?$top=2`, { accept: 'application/json;odata=verbose' });
    expect(page.body.d.__next).toContain('%24skiptoken=Paged%3DTRUE%26p_ID%3D2');
    const one = await rawJson<{ d: { Title: string } }>(local, `${tasksPath}/items(1)`, { accept: 'application/json;odata=verbose' });
    expect(one.body.d.Title).toBe('One');
  });

  test('verbose writes need {results} for collections and accept __metadata', async () => {
    const local = setup();
    const headers = { 'Content-Type': 'application/json;odata=verbose' };
    const ok = await raw(local, `${tasksPath}/items`, { method: 'POST', headers, accept: 'application/json;odata=verbose', body: { __metadata: { type: 'SP.Data.TestTasksListItem' }, Title: 'v', Tags: { results: ['C'] } } });
    expect(ok.status).toBe(201);
    const bad = await rawJson<{ error: { message: { value: string } } }>(local, `${tasksPath}/items`, { method: 'POST', headers, accept: 'application/json;odata=verbose', body: { Tags: ['C'] } });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message.value).toContain("'StartArray'");
  });
});

describe('errors and verbs', () => {
  test('a missing list is 404 with the ArgumentException body (odata.error; verbose uses error)', async () => {
    const local = setup();
    const res = await rawJson(local, "web/lists/getByTitle('Nope')");
    expect(res.status).toBe(404);
    expect(res.body).toEqual({ 'odata.error': { code: '-1, System.ArgumentException', message: { lang: 'en-US', value: `List 'Nope' does not exist at site with URL '${SITE_URL}'.` } } });
    const verbose = await rawJson(local, "web/lists/getByTitle('Nope')", { accept: 'application/json;odata=verbose' });
    expect(verbose.body).toEqual({ error: { code: '-1, System.ArgumentException', message: { lang: 'en-US', value: `List 'Nope' does not exist at site with URL '${SITE_URL}'.` } } });
  });

  test('titles with quotes and spaces round-trip through getByTitle', async () => {
    const local = setup();
    local.store.createList({ title: "Officer's List" });
    const sp = pnp(local);
    expect((await sp.web.lists.getByTitle("Officer's List")()).Title).toBe("Officer's List");
  });

  test('real PATCH and DELETE verbs work like MERGE and X-HTTP-Method DELETE', async () => {
    const local = setup();
    const patch = await raw(local, `${tasksPath}/items(1)`, { method: 'PATCH', body: { Title: 'Patched' }, headers: { 'IF-Match': '"1"' } });
    expect(patch.status).toBe(204);
    expect(patch.headers.get('ETag')).toBe('"2"');
    const merge = await raw(local, `${tasksPath}/items(1)`, { method: 'POST', body: { Title: 'Merged' }, headers: { 'X-HTTP-Method': 'MERGE', 'IF-Match': '"2"' } });
    expect(merge.status).toBe(204);
    const del = await raw(local, `${tasksPath}/items(1)`, { method: 'DELETE', headers: { 'IF-Match': '*' } });
    expect(del.status).toBe(200);
    expect(await del.text()).toBe('');
  });

  test('no If-Match: last write wins', async () => {
    const local = setup();
    expect((await raw(local, `${tasksPath}/items(1)`, { method: 'PATCH', body: { Title: 'A' } })).status).toBe(204);
    expect((await raw(local, `${tasksPath}/items(1)`, { method: 'PATCH', body: { Title: 'B' } })).status).toBe(204);
  });

  test('an unknown resource is 404; a wrong verb is 400', async () => {
    const local = setup();
    expect((await raw(local, 'web/nothingHere')).status).toBe(404);
    expect((await raw(local, 'contextinfo')).status).toBe(400);
  });

  test('query strings decode as forms: + is a space', async () => {
    const local = setup();
    const res = await rawJson<{ value: unknown[] }>(local, `${tasksPath}/items?%24filter=Title+eq+%27One%27`);
    expect(res.body.value).toHaveLength(1);
  });
});

describe('who is signed in', () => {
  test('X-Local-User header, localsp-user cookie, or the site owner', async () => {
    const local = setup();
    const me = async (headers: Record<string, string>) => (await rawJson<{ Title: string }>(local, 'web/currentUser', { headers })).body.Title;
    expect(await me({})).toBe('Alex Morgan');
    expect(await me({ 'X-Local-User': STAFF })).toBe('Dan Evans');
    expect(await me({ Cookie: `other=1; ${USER_COOKIE}=${encodeURIComponent(`i:0#.f|membership|${STAFF}`)}` })).toBe('Dan Evans');
  });

  test('an unknown login is 401', async () => {
    const local = setup();
    expect((await raw(local, 'web', { login: 'nobody@example.org' })).status).toBe(401);
  });
});
