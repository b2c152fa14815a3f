/**
 * Durability of the local SharePoint as a real process (local/sharepoint/serve.ts, built with esbuild and
 * spawned on a spare port with a temporary data directory): a clean stop and a `kill -9` during a burst of
 * adds and $batch requests lose no acknowledged write, reuse no id and leave no batch half-written.
 */
import { execFileSync, spawn, type ChildProcess } from 'child_process';
import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join, resolve } from 'path';
import { spfi, SPBrowser } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/batching';
import type { SPFI } from '../../src/data/sp';

jest.setTimeout(60_000);

const LIST = 'Durable Things';
const root = resolve(__dirname, '../..');
let work: string;
let launcher: string;

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'localsp-durable-'));
  launcher = join(work, 'serve.cjs');
  execFileSync(process.execPath, [join(root, 'node_modules/esbuild/bin/esbuild'), join(root, 'local/sharepoint/serve.ts'), '--bundle', '--platform=node', '--format=cjs', '--target=node20', `--outfile=${launcher}`, '--log-level=warning']);
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

interface Running { child: ChildProcess; port: number; sp: SPFI }

const children = new Set<ChildProcess>();
afterEach(() => {
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  children.clear();
});

function start(dataDir: string): Promise<Running> {
  const child = spawn(process.execPath, [launcher, '--port', '0', '--data-dir', dataDir], { stdio: ['ignore', 'pipe', 'inherit'] });
  children.add(child);
  return new Promise((resolveStart, reject) => {
    let out = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error('local SharePoint did not start within 20 s'));
    }, 20_000);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`local SharePoint exited with ${code}`));
    });
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const m = /listening (\d+)/.exec(out);
      if (!m) return;
      clearTimeout(timer);
      child.removeAllListeners('exit');
      const port = Number(m[1]);
      const siteUrl = `http://127.0.0.1:${port}/sites/digital`;
      resolveStart({ child, port, sp: spfi(siteUrl).using(SPBrowser({ baseUrl: siteUrl })) });
    });
  });
}

function stopped(child: ChildProcess, signal: NodeJS.Signals): Promise<number | null> {
  return new Promise((done) => {
    if (child.exitCode !== null || child.signalCode !== null) {
      done(child.exitCode);
      return;
    }
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.once('exit', (code) => {
      clearTimeout(timer);
      done(code);
    });
    child.kill(signal);
  });
}

async function allItems(sp: SPFI): Promise<Map<number, string>> {
  const rows = await sp.web.lists.getByTitle(LIST).items.select('Id', 'Title').top(5000)<{ Id: number; Title: string }[]>();
  return new Map(rows.map((r) => [r.Id, r.Title]));
}

describe('durability of a real local SharePoint process', () => {
  let dataDir: string;
  beforeEach(() => { dataDir = mkdtempSync(join(work, 'data-')); });

  test('after a clean stop no id is reused, not even the id of the last item deleted', async () => {
    let server = await start(dataDir);
    await server.sp.web.lists.add(LIST, '', 100);
    const list = () => server.sp.web.lists.getByTitle(LIST).items;
    for (const t of ['one', 'two', 'three']) await list().add({ Title: t });
    await list().getById(3).delete();
    expect(await stopped(server.child, 'SIGTERM')).toBe(0);

    server = await start(dataDir);
    expect([...(await allItems(server.sp))]).toEqual([[1, 'one'], [2, 'two']]);
    expect((await list().add({ Title: 'four' })).Id).toBe(4);
    expect(await stopped(server.child, 'SIGTERM')).toBe(0);

    server = await start(dataDir);
    expect((await list().add({ Title: 'five' })).Id).toBe(5);
    expect([...(await allItems(server.sp))]).toEqual([[1, 'one'], [2, 'two'], [4, 'four'], [5, 'five']]);
    await stopped(server.child, 'SIGTERM');
  });

  test('kill -9 during a burst of adds and $batch requests: every acknowledged write is there, no id reused, no partial batch', async () => {
    let server = await start(dataDir);
    await server.sp.web.lists.add(LIST, '', 100);
    // an acknowledged delete of the highest id must not let that id come back
    const first = await server.sp.web.lists.getByTitle(LIST).items.add({ Title: 'deleted' });
    await server.sp.web.lists.getByTitle(LIST).items.getById(first.Id).delete();

    const acknowledged = new Map<number, string>();
    const batches: string[][] = [];
    let running = true;
    const adder = async (worker: number): Promise<void> => {
      for (let n = 0; running; n++) {
        const title = `add ${worker}.${n}`;
        try {
          const added = await server.sp.web.lists.getByTitle(LIST).items.add({ Title: title });
          acknowledged.set(added.Id, title);
        } catch {
          return;
        }
      }
    };
    const batcher = async (worker: number): Promise<void> => {
      for (let n = 0; running; n++) {
        const titles = [0, 1, 2, 3].map((k) => `batch ${worker}.${n}.${k}`);
        batches.push(titles);
        try {
          const [batched, execute] = server.sp.batched();
          const adds = titles.map((t) => batched.web.lists.getByTitle(LIST).items.add({ Title: t }));
          await execute();
          const results = await Promise.all(adds);
          results.forEach((r, k) => acknowledged.set(r.Id, titles[k]));
        } catch {
          return;
        }
      }
    };
    const burst = [adder(1), adder(2), adder(3), batcher(1), batcher(2)];
    // kill it mid-burst, once enough writes were acknowledged (however slow the machine is)
    const started = Date.now();
    while (acknowledged.size < 60 && Date.now() - started < 20_000) await new Promise((r) => setTimeout(r, 50));
    await stopped(server.child, 'SIGKILL');
    running = false;
    await Promise.all(burst);
    expect(acknowledged.size).toBeGreaterThanOrEqual(60);

    server = await start(dataDir);
    const items = await allItems(server.sp);
    for (const [id, title] of acknowledged) expect([id, items.get(id)]).toEqual([id, title]);
    expect(items.has(first.Id)).toBe(false);
    // each batch is there whole or not at all
    const present = new Set(items.values());
    for (const titles of batches) {
      const count = titles.filter((t) => present.has(t)).length;
      expect([titles[0], count === 0 || count === titles.length]).toEqual([titles[0], true]);
    }
    const highest = Math.max(first.Id, ...items.keys(), ...acknowledged.keys());
    const next = await server.sp.web.lists.getByTitle(LIST).items.add({ Title: 'after the crash' });
    expect(next.Id).toBeGreaterThan(highest);
    await stopped(server.child, 'SIGTERM');
  });
});
