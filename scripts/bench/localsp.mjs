// The local SharePoint's write throughput over HTTP (item adds one request each, and $batch requests of 20 adds),
// for each way it can keep data: in memory only, the journal handed to the OS before answering ('write'), the
// journal on disk before answering ('fsync', the default), and, for comparison, the design before the journal
// (changes written ~200 ms later, so an acknowledged write could be lost), built from git when history is there.
// Run alone with `node scripts/bench/localsp.mjs`; `npm run bench` calls benchLocalSharePoint().
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { table } from './benchKit.mjs';

/** The last commit with the debounced persistence (before the journal). */
const BEFORE_COMMIT = '0a955f0';
const ADDS = 600;
const BATCHES = 30;
const BATCH_SIZE = 20;
const CONCURRENCY = 4;

async function bundle(entry, outfile) {
  await build({ entryPoints: [entry], bundle: true, platform: 'node', format: 'esm', target: 'node20', outfile, logLevel: 'warning' });
  return import(pathToFileURL(outfile).href);
}

function batchBody(url, titles) {
  const lines = ['--batch_b', 'Content-Type: multipart/mixed; boundary="changeset_c"', ''];
  for (const t of titles) {
    lines.push('--changeset_c', 'Content-Type: application/http', 'Content-Transfer-Encoding: binary', '', `POST ${url} HTTP/1.1`,
      'accept: application/json;odata=nometadata', 'content-type: application/json;charset=utf-8', '', JSON.stringify({ Title: t }), '');
  }
  lines.push('--changeset_c--', '--batch_b--', '');
  return lines.join('\r\n');
}

async function measureOne(mod, dataDir, durability) {
  const local = mod.createLocalSharePoint({ siteUrl: 'http://127.0.0.1/sites/digital', dataDir, durability });
  local.store.createList({ title: 'Bench Writes' });
  const server = await mod.startHttpServer(local, 0, undefined, { host: '127.0.0.1' });
  const site = `http://127.0.0.1:${server.address().port}/sites/digital`;
  const items = `${site}/_api/web/lists/getByTitle('Bench%20Writes')/items`;
  const headers = { Accept: 'application/json;odata=nometadata', 'Content-Type': 'application/json;charset=utf-8', 'X-RequestDigest': local.digestFor() };
  const run = async (count, one) => {
    let next = 0;
    const started = performance.now();
    await Promise.all(Array.from({ length: CONCURRENCY }, async () => {
      while (next < count) await one(next++);
    }));
    return performance.now() - started;
  };
  const addMs = await run(ADDS, async (i) => {
    const res = await fetch(items, { method: 'POST', headers, body: JSON.stringify({ Title: `Add ${i}` }) });
    if (res.status !== 201) throw new Error(`add answered ${res.status}`);
    await res.arrayBuffer();
  });
  const batchMs = await run(BATCHES, async (i) => {
    const titles = Array.from({ length: BATCH_SIZE }, (_, k) => `Batch ${i}.${k}`);
    const res = await fetch(`${site}/_api/$batch`, { method: 'POST', headers: { ...headers, 'Content-Type': 'multipart/mixed; boundary=batch_b' }, body: batchBody(items, titles) });
    if (res.status !== 200) throw new Error(`$batch answered ${res.status}`);
    await res.arrayBuffer();
  });
  server.close();
  await local.flush();
  return { adds: ADDS / (addMs / 1000), batched: (BATCHES * BATCH_SIZE) / (batchMs / 1000) };
}

export async function benchLocalSharePoint() {
  const root = resolve('.');
  const work = mkdtempSync(join(tmpdir(), 'dsh-bench-localsp-'));
  const rows = [];
  try {
    const now = await bundle(join(root, 'local/sharepoint/index.ts'), join(work, 'now.mjs'));
    let before = null;
    try {
      const src = join(work, 'before-src');
      mkdirSync(src);
      const tar = execFileSync('git', ['archive', BEFORE_COMMIT, 'local/sharepoint'], { cwd: root, maxBuffer: 64 * 1024 * 1024, stdio: ['ignore', 'pipe', 'ignore'] });
      execFileSync('tar', ['-x', '-C', src], { input: tar });
      before = await bundle(join(src, 'local/sharepoint/index.ts'), join(work, 'before.mjs'));
    } catch {
      before = null;
    }
    const fmt = (n) => `${Math.round(n).toLocaleString('en-GB')}/s`;
    const row = async (name, mod, durability, persisted, acknowledged) => {
      const dir = persisted ? mkdtempSync(join(work, 'data-')) : undefined;
      const r = await measureOne(mod, dir, durability);
      rows.push([name, fmt(r.adds), fmt(r.batched), acknowledged]);
    };
    if (before) await row(`Before the journal (${BEFORE_COMMIT}: saved ~200 ms later)`, before, undefined, true, 'no: lost by kill -9');
    else rows.push([`Before the journal (${BEFORE_COMMIT})`, 'n/a (no git history)', '', '']);
    await row('In memory only (no data directory)', now, undefined, false, 'n/a');
    await row("Journal, durability 'write' (in the OS before answering)", now, 'write', true, 'yes (kill -9)');
    await row("Journal, durability 'fsync' (default: on disk before answering)", now, 'fsync', true, 'yes (kill -9, power cut)');
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  const head = ['Local SharePoint writes over HTTP', 'Adds (1 per request)', `Adds in $batch of ${BATCH_SIZE}`, 'Acknowledged write survives'];
  table(`Local SharePoint write throughput (${ADDS} adds and ${BATCHES} batches, ${CONCURRENCY} clients at once)`, head, rows);
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) await benchLocalSharePoint();
