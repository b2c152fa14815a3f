import { createReadStream, existsSync, statSync } from 'fs';
import { IncomingMessage, ServerResponse } from 'http';
import { extname, join, normalize } from 'path';
import { readExampleContent } from '../src/data/content/exampleContent';
import { loadExampleContent } from '../src/data/content/loadExampleContent';
import { missingLists } from '../src/data/provisioning/listStatus';
import { provisionLists } from '../src/data/provisioning/provisionLists';
import { createLocalSharePoint, startHttpServer } from '../local/sharepoint';
import { inProcessSP } from '../local/pnpInProcess';

export interface IWorkbenchOptions {
  readonly port: number;
  readonly dataDir: string;
  readonly reset: boolean;
  /** Folder with index.html and build/ (the browser bundle). */
  readonly publicDir: string;
  /** Fluent UI's icon font files. */
  readonly fontsDir: string;
  /** The address to listen on (default 127.0.0.1: this machine only). */
  readonly host?: string;
  /** Other origins whose pages may call the local SharePoint (CORS); none by default. */
  readonly allowedOrigins?: readonly string[];
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
  '.map': 'application/json'
};

function serveFile(res: ServerResponse, file: string): boolean {
  if (!existsSync(file) || !statSync(file).isFile()) return false;
  res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-cache' });
  createReadStream(file).pipe(res);
  return true;
}

/** Serves the workbench page, its bundle and the icon font; everything else goes to the local SharePoint. */
function staticFiles(options: IWorkbenchOptions) {
  return (req: IncomingMessage, res: ServerResponse): boolean => {
    if (req.method !== 'GET') return false;
    const path = decodeURIComponent((req.url ?? '/').split('?')[0]);
    if (path === '/' || path === '/index.html') return serveFile(res, join(options.publicDir, 'index.html'));
    if (path.startsWith('/build/')) return serveFile(res, join(options.publicDir, normalize(path).replace(/^(\.\.[/\\])+/, '')));
    if (path.startsWith('/fonts/')) return serveFile(res, join(options.fontsDir, normalize(path.slice('/fonts/'.length)).replace(/^(\.\.[/\\])+/, '')));
    return false;
  };
}

const SITE_OWNER = 'alex.morgan@digitalhub.example';

export async function startWorkbench(options: IWorkbenchOptions): Promise<void> {
  const siteUrl = `http://localhost:${options.port}/sites/digital`;
  const local = createLocalSharePoint({ siteUrl, dataDir: options.dataDir });
  if (options.reset) local.store.reset();
  const sp = inProcessSP(local, siteUrl, SITE_OWNER);
  const missing = await missingLists(sp);
  if (missing.length) {
    console.log(`First start: setting up ${missing.length} lists as the site owner, with the app's own provisioning…`);
    const report = await provisionLists(sp, (p) => console.log(`  ${p.message}`));
    console.log(`  ${report.createdLists.length} lists created.`);
    const content = await loadExampleContent(sp, await readExampleContent(), {
      actAs: (login) => inProcessSP(local, siteUrl, login),
      onProgress: (p) => console.log(`  ${p.message}`)
    });
    const added = Object.values(content.added).reduce((a, b) => a + b, 0);
    console.log(`  ${added} example items loaded.${content.warnings.length ? ` ${content.warnings.length} warnings:\n    ${content.warnings.join('\n    ')}` : ''}`);
    await local.flush();
  }
  await startHttpServer(local, options.port, staticFiles(options), { host: options.host, allowedOrigins: options.allowedOrigins });
  console.log(`\nDigital Strategy Hub workbench: http://localhost:${options.port}/`);
  console.log(`Local SharePoint REST API:      ${siteUrl}/_api/web`);
  console.log(`Data is kept in ${options.dataDir} (start with --reset to begin again).`);
  if (options.host && options.host !== '127.0.0.1' && options.host !== 'localhost') {
    console.log(`Listening on ${options.host}: anyone who can reach this machine can sign in as anyone (no authentication).`);
  }
  const stop = (): void => {
    local.flush().finally(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
