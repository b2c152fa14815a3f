// The workbench page's browser build (esbuild), shared by `npm start` and `npm run bench`: the page, its bundle in
// `<publicDir>/build` (ES modules split at each import(), so chunks load on demand as in SPFx), and the metafile.
import { build } from 'esbuild';
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

export async function buildWorkbenchPage(publicDir, { sourcemap = false } = {}) {
  mkdirSync(join(publicDir, 'build'), { recursive: true });
  copyFileSync('workbench/index.html', join(publicDir, 'index.html'));
  const result = await build({
    entryPoints: { main: 'workbench/main.tsx' },
    bundle: true,
    format: 'esm',
    splitting: true,
    platform: 'browser',
    target: 'es2019',
    minify: true,
    sourcemap,
    metafile: true,
    outdir: join(publicDir, 'build'),
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'warning'
  });
  return result.metafile;
}
