// `npm start [-- --reset] [-- --port N] [-- --data-dir DIR] [-- --host ADDRESS] [-- --allow-origin URL,...]`: builds the workbench for the browser with
// esbuild, then serves it and the local SharePoint on http://localhost:4321 (first start provisions the lists
// and loads the example content through the app's own code).
import { build } from 'esbuild';
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildWorkbenchPage } from './workbenchBuild.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const port = Number(option('port', process.env.PORT ?? '4321'));
const dataDir = resolve(option('data-dir', '.local-data/sharepoint'));
// 127.0.0.1 (this machine only) unless --host widens it, e.g. --host 0.0.0.0
const host = option('host', '127.0.0.1');
// pages on other origins that may call the local SharePoint (CORS with the user's cookie): none unless named
const allowedOrigins = option('allow-origin', '').split(',').map((o) => o.trim()).filter(Boolean);
const out = resolve('.workbench-build');
const publicDir = `${out}/public`;

const started = Date.now();
writeFileSync(`${out}/meta.json`, JSON.stringify(await buildWorkbenchPage(publicDir, { sourcemap: true })));
await build({
  entryPoints: ['workbench/server.ts'],
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  outfile: `${out}/server.mjs`,
  banner: { js: "import { createRequire } from 'module'; const require = createRequire(import.meta.url);" },
  logLevel: 'warning'
});
console.log(`Built the workbench in ${Date.now() - started} ms.`);

const { startWorkbench } = await import(pathToFileURL(`${out}/server.mjs`).href);
await startWorkbench({ port, host, allowedOrigins, dataDir, reset: args.includes('--reset'), publicDir, fontsDir: resolve('node_modules/@fluentui/font-icons-mdl2/fonts') });
