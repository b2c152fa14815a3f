// What every benchmark in scripts/bench.mjs and scripts/bench/*.mjs shares: bundling its core (TypeScript that imports
// the app from the repository) for Node, counting the requests and bytes that reach the local SharePoint, serving the
// workbench page, and printing figures as a table.
import { build } from 'esbuild';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

export { countingHandler } from './counting.mjs';

/** Bundles a benchmark's core (TypeScript source text, its imports relative to `root`) for Node into `work` and loads it. */
export async function loadBenchCore(core, { root = resolve('.'), work, name }) {
  const outfile = join(work, 'core.mjs');
  await build({
    stdin: { contents: core, resolveDir: root, loader: 'ts', sourcefile: `${name}.ts` },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile,
    banner: { js: "import { createRequire } from 'module'; const require = createRequire(import.meta.url);" },
    logLevel: 'warning'
  });
  return import(pathToFileURL(outfile).href);
}

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.woff': 'font/woff', '.woff2': 'font/woff2' };

/** Serves the workbench page built into `publicDir` (scripts/workbenchBuild.mjs) and Fluent UI's icon fonts. */
export function workbenchFiles(publicDir) {
  const fontsDir = resolve('node_modules/@fluentui/font-icons-mdl2/fonts');
  return (req, res) => {
    if (req.method !== 'GET') return false;
    const path = decodeURIComponent((req.url ?? '/').split('?')[0]);
    const file = path === '/' ? join(publicDir, 'index.html') : path.startsWith('/build/') ? join(publicDir, normalize(path)) : path.startsWith('/fonts/') ? join(fontsDir, normalize(path.slice(7))) : undefined;
    if (!file || !existsSync(file) || !statSync(file).isFile()) return false;
    res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
    return true;
  };
}

export const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
export const ms = (value) => `${Math.round(value).toLocaleString('en-GB')} ms`;
export const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

/**
 * Bundles web parts as SPFx ships them (React, ReactDOM and SharePoint's own modules come from the page; features
 * split at each import()), minified, in memory with a metafile. `absWorkingDir`: another checkout of the tree.
 */
export function buildWebParts({ entryPoints, outdir, absWorkingDir, logLevel = 'error' }) {
  return build({
    ...(absWorkingDir ? { absWorkingDir } : {}),
    entryPoints,
    bundle: true,
    format: 'esm',
    splitting: true,
    platform: 'browser',
    target: 'es2019',
    minify: true,
    metafile: true,
    write: false,
    outdir,
    external: ['react', 'react-dom', '@microsoft/sp-*', 'HubWebPartStrings'],
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel
  });
}

/** An output file of a metafile and every output it imports statically, transitively (what loads with it). */
export function staticClosure(outputs, start, seen = new Set()) {
  if (!start || seen.has(start)) return seen;
  seen.add(start);
  for (const i of outputs[start]?.imports ?? []) if (i.kind === 'import-statement') staticClosure(outputs, i.path, seen);
  return seen;
}

/** Prints a title and a Markdown table. */
export function table(title, head, rows) {
  const widths = head.map((h, c) => Math.max(h.length, ...rows.map((r) => String(r[c] ?? '').length)));
  const line = (cells) => `| ${cells.map((cell, c) => String(cell ?? '').padEnd(widths[c])).join(' | ')} |`;
  console.log(`\n${title}\n${line(head)}\n| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |\n${rows.map(line).join('\n')}`);
}

/**
 * Runs `run` `runs` times, counting each run from zero; answers a row: name, first time, median time, and the last
 * run's requests, bytes and result.
 */
export async function measureRow(counter, runs, name, run) {
  const times = [];
  let detail;
  for (let i = 0; i < runs; i++) {
    counter.requests = 0;
    counter.bytes = 0;
    const started = performance.now();
    detail = await run();
    times.push(performance.now() - started);
  }
  return [name, ms(times[0]), ms(median(times)), String(counter.requests), kb(counter.bytes), detail];
}
