import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import type { AddressInfo } from 'net';
import type { Server } from 'http';
import { spfi, SPBrowser } from '@pnp/sp';
import { HttpRequestError } from '@pnp/queryable';
import { createLocalSharePoint, startHttpServer, people, USER_COOKIE } from '../../local/sharepoint';
import { newLocal, pnp, raw, seedTestLists, SITE_URL, STAFF, TASKS } from './helpers';

describe('persistence', () => {
  let dir: string;
  beforeEach(() => { dir = mkdtempSync(join(tmpdir(), 'localsp-')); });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  test('a new createLocalSharePoint on the same dataDir sees lists, fields, items, versions and permissions', async () => {
    const first = createLocalSharePoint({ siteUrl: SITE_URL, dataDir: dir });
    seedTestLists(first);
    const sp = pnp(first);
    const a = await sp.web.lists.getByTitle(TASKS).items.add({ Title: 'A', Tags: ['B'], OwnerId: 15 });
    await sp.web.lists.getByTitle(TASKS).items.getById(a.Id).update({ Title: 'A2' });
    await sp.web.lists.getByTitle(TASKS).items.add({ Title: 'B' });
    await sp.web.lists.getByTitle(TASKS).items.getById(2).delete();
    await sp.web.lists.getByTitle(TASKS).breakRoleInheritance(true);
    await first.flush();

    const second = createLocalSharePoint({ siteUrl: SITE_URL, dataDir: dir });
    const sp2 = pnp(second);
    expect(await sp2.web.lists.getByTitle(TASKS).items()).toEqual([expect.objectContaining({ Id: 1, Title: 'A2', Tags: ['B'], OwnerId: 15, 'odata.etag': '"2"' })]);
    expect((await sp2.web.lists.getByTitle(TASKS).select('HasUniqueRoleAssignments')<{ HasUniqueRoleAssignments: boolean }>()).HasUniqueRoleAssignments).toBe(true);
    expect((await sp2.web.lists.getByTitle(TASKS).fields.getByInternalNameOrTitle('Code')()).EnforceUniqueValues).toBe(true);
    expect((await sp2.web.lists.getByTitle(TASKS).items.add({ Title: 'C' })).Id).toBe(3);
    await second.flush();
  });

  test('changes made straight on the store are saved without flush too; reset empties the site', async () => {
    const first = createLocalSharePoint({ siteUrl: SITE_URL, dataDir: dir });
    first.store.createList({ title: 'Soon saved' });
    await new Promise((r) => setTimeout(r, 350));
    expect(createLocalSharePoint({ siteUrl: SITE_URL, dataDir: dir }).store.findListByTitle('Soon saved')).toBeDefined();
    first.store.reset();
    await first.flush();
    expect(createLocalSharePoint({ siteUrl: SITE_URL, dataDir: dir }).store.lists).toHaveLength(0);
  });
});

describe('faults', () => {
  test('with throttleRate 1 every REST request is 429 with Retry-After; admin endpoints are not', async () => {
    const local = newLocal();
    local.faults.throttleRate = 1;
    local.faults.retryAfterSeconds = 7;
    const res = await raw(local, 'web');
    expect(res.status).toBe(429);
    expect(res.headers.get('Retry-After')).toBe('7');
    expect((await local.handle(new Request('http://localhost:4321/_local/faults'))).status).toBe(200);
    local.faults = { throttleRate: 0, retryAfterSeconds: 1, latencyMs: 0, lostAnswerRate: 0 };
    expect((await raw(local, 'web')).status).toBe(200);
  });

  test('with lostAnswerRate 1 a write is carried out and kept, but answered 503; reads are answered', async () => {
    const local = newLocal();
    seedTestLists(local);
    local.faults.lostAnswerRate = 1;
    const sp = pnp(local);
    const error = (await sp.web.lists.getByTitle(TASKS).items.add({ Title: 'Sent once' }).catch((e: unknown) => e)) as HttpRequestError;
    expect(error.status).toBe(503);
    const items = await sp.web.lists.getByTitle(TASKS).items.select('Title')<{ Title: string }[]>();
    expect(items.map((i) => i.Title)).toEqual(['Sent once']);
    local.faults.lostAnswerRate = 0;
  });

  test('latencyMs delays every answer', async () => {
    const local = newLocal();
    local.faults.latencyMs = 60;
    const start = Date.now();
    await raw(local, 'web');
    expect(Date.now() - start).toBeGreaterThanOrEqual(55);
  });
});

describe('HTTP server', () => {
  let server: Server;
  let base: string;
  const local = newLocal();
  seedTestLists(local);

  beforeAll(async () => {
    server = await startHttpServer(local, 0, (req, res) => {
      if (req.url !== '/hello') return false;
      res.end('static');
      return true;
    }, { allowedOrigins: ['http://localhost:5173'] });
    base = `http://localhost:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  test('real PnPjs over HTTP (SPBrowser with its own fetch, digest and retry)', async () => {
    const siteUrl = `${base}/sites/digital`;
    const sp = spfi(siteUrl).using(SPBrowser({ baseUrl: siteUrl }));
    const added = await sp.web.lists.getByTitle(TASKS).items.add({ Title: 'over HTTP' });
    expect(added.Title).toBe('over HTTP');
    expect(await sp.web.lists.getByTitle(TASKS).items.getById(added.Id).update({ Title: 'again' })).toEqual({ etag: '"2"' });
  });

  test('PnPjs retries 429s honouring Retry-After, then gives up with the 429', async () => {
    const siteUrl = `${base}/sites/digital`;
    local.faults.throttleRate = 1;
    local.faults.retryAfterSeconds = 0;
    try {
      const error = (await spfi(siteUrl).using(SPBrowser({ baseUrl: siteUrl })).web().catch((e: unknown) => e)) as HttpRequestError;
      expect(error.status).toBe(429);
    } finally {
      local.faults.throttleRate = 0;
    }
  });

  test('CORS only for allowed origins: preflight answered, ETag and Retry-After exposed, credentials allowed', async () => {
    const pre = await fetch(`${base}/sites/digital/_api/web`, { method: 'OPTIONS', headers: { Origin: 'http://localhost:5173', 'Access-Control-Request-Headers': 'x-requestdigest,if-match' } });
    expect(pre.status).toBe(204);
    expect(pre.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
    expect(pre.headers.get('access-control-allow-headers')).toBe('x-requestdigest,if-match');
    expect(pre.headers.get('access-control-allow-methods')).toContain('MERGE');
    const res = await fetch(`${base}/sites/digital/_api/web`, { headers: { Origin: 'http://localhost:5173', Accept: 'application/json' } });
    expect(res.headers.get('access-control-expose-headers')).toBe('ETag, Retry-After');
    expect(res.headers.get('access-control-allow-credentials')).toBe('true');
  });

  test('another origin gets no CORS headers and cannot write (reset, sign-in, REST), whatever headers it sends', async () => {
    const evil = { Origin: 'https://example.org' };
    const read = await fetch(`${base}/sites/digital/_api/web`, { headers: { ...evil, Accept: 'application/json' } });
    expect(read.headers.get('access-control-allow-origin')).toBeNull();
    const pre = await fetch(`${base}/sites/digital/_api/web`, { method: 'OPTIONS', headers: { ...evil, 'Access-Control-Request-Headers': 'x-requestdigest' } });
    expect(pre.headers.get('access-control-allow-origin')).toBeNull();
    expect((await fetch(`${base}/_local/reset`, { method: 'POST', headers: evil })).status).toBe(403);
    expect((await fetch(`${base}/_local/user`, { method: 'POST', headers: evil, body: JSON.stringify({ login: STAFF }) })).status).toBe(403);
    const digest = local.digestFor();
    const write = await fetch(`${base}/sites/digital/_api/web/lists/getByTitle('Test%20Tasks')/items`, { method: 'POST', headers: { ...evil, 'X-RequestDigest': digest, 'Content-Type': 'application/json', Accept: 'application/json' }, body: JSON.stringify({ Title: 'from elsewhere' }) });
    expect(write.status).toBe(403);
    // the server's own pages may
    const own = await fetch(`${base}/sites/digital/_api/contextinfo`, { method: 'POST', headers: { Origin: base, Accept: 'application/json' } });
    expect(own.status).toBe(200);
    expect(own.headers.get('access-control-allow-origin')).toBe(base);
  });

  test('on the loopback address a request naming another host is refused (DNS rebinding)', async () => {
    const { request } = await import('http');
    const status = await new Promise<number>((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port: (server.address() as AddressInfo).port, path: '/sites/digital/_api/web', headers: { Host: 'attacker.example:80' } }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on('error', reject);
      req.end();
    });
    expect(status).toBe(403);
  });

  test('it listens on 127.0.0.1 unless told otherwise', () => {
    expect((server.address() as AddressInfo).address).toBe('127.0.0.1');
  });

  test('admin endpoints: people, user cookie, faults, reset; extra handler first', async () => {
    expect(await (await fetch(`${base}/hello`)).text()).toBe('static');
    const directory = (await (await fetch(`${base}/_local/people`)).json()) as { login: string; role: string; groups: string[] }[];
    expect(directory).toHaveLength(people.length);
    expect(directory.find((p) => p.login === 'priya.shah@digitalhub.example')).toMatchObject({ role: 'Programme office', groups: ['Programme Office'] });
    const signIn = await fetch(`${base}/_local/user`, { method: 'POST', body: JSON.stringify({ login: STAFF }) });
    const cookie = signIn.headers.get('set-cookie') ?? '';
    expect(cookie).toContain(`${USER_COOKIE}=${encodeURIComponent(STAFF)}`);
    const me = await (await fetch(`${base}/sites/digital/_api/web/currentUser`, { headers: { Cookie: cookie.split(';')[0], Accept: 'application/json' } })).json() as { Title: string };
    expect(me.Title).toBe('Dan Evans');
    const faults = await (await fetch(`${base}/_local/faults`, { method: 'POST', body: JSON.stringify({ latencyMs: 5 }) })).json();
    expect(faults).toEqual({ throttleRate: 0, retryAfterSeconds: 0, latencyMs: 5, lostAnswerRate: 0 });
    expect((await fetch(`${base}/_local/faults`, { method: 'POST', body: JSON.stringify({ throttleRate: 2 }) })).status).toBe(400);
    local.faults.latencyMs = 0;
    expect((await fetch(`${base}/_local/reset`, { method: 'POST' })).status).toBe(200);
    expect(local.store.lists).toHaveLength(0);
  });
});

describe('the form digest rule holds whatever headers come', () => {
  test('an Authorization header does not skip the digest check: a write without a valid digest is 403', async () => {
    const local = newLocal();
    seedTestLists(local);
    const path = `web/lists/getByTitle('Test%20Tasks')/items`;
    const attempts: Record<string, string>[] = [{ Authorization: 'Bearer anything' }, { Authorization: 'Basic YTpi' }, { Authorization: 'Bearer x', 'X-RequestDigest': '0xNOPE,01 Jan 2026 00:00:00 -0000' }];
    for (const headers of attempts) {
      const res = await raw(local, path, { method: 'POST', digest: false, headers, body: { Title: 'forged' } });
      expect(res.status).toBe(403);
    }
    expect(local.store.list(TASKS).items.size).toBe(0);
    expect((await raw(local, path, { method: 'POST', headers: { Authorization: 'Bearer anything' }, body: { Title: 'with a digest' } })).status).toBe(201);
  });
});
