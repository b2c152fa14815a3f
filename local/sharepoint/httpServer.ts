/**
 * Serves a LocalSharePoint over HTTP: Node req/res <-> WHATWG Request/Response, and an optional `extra`
 * handler that runs first (the workbench serves its static files there). Only as open as it must be:
 * - listens on 127.0.0.1 unless `host` says otherwise;
 * - on the loopback address, refuses requests whose Host is not localhost/127.0.0.1/[::1] (DNS rebinding);
 * - CORS only for the server's own origin and `allowedOrigins` (credentials allowed, ETag and Retry-After
 *   exposed); a write (anything but GET/HEAD/OPTIONS) from any other Origin is refused with 403, so a web
 *   page elsewhere cannot reset the site, switch the signed-in user or post with the user's cookie.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'http';

export interface RequestHandlerHost {
  handle(request: Request): Promise<Response>;
}

export type ExtraHandler = (req: IncomingMessage, res: ServerResponse) => boolean | Promise<boolean>;

const ALLOWED_METHODS = 'GET, POST, PUT, PATCH, MERGE, DELETE, OPTIONS';

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]', '::1']);

function hostnameOf(hostHeader: string | undefined): string {
  if (!hostHeader) return '';
  if (hostHeader.startsWith('[')) return hostHeader.slice(0, hostHeader.indexOf(']') + 1).toLowerCase();
  return hostHeader.replace(/:\d+$/, '').toLowerCase();
}

function isLoopback(host: string): boolean {
  return LOOPBACK_HOSTS.has(host) || host.startsWith('127.');
}

/** The request's Origin if it may read answers (its own origin, or one allowed), else null. */
function allowedOrigin(req: IncomingMessage, allowed: readonly string[]): string | null {
  const origin = req.headers.origin;
  if (!origin) return null;
  if (origin === `http://${req.headers.host ?? ''}` || allowed.includes(origin)) return origin;
  return null;
}

function corsHeaders(origin: string | null): Record<string, string> {
  if (!origin) return {};
  return {
    'Access-Control-Allow-Origin': origin,
    'Access-Control-Allow-Credentials': 'true',
    Vary: 'Origin',
    'Access-Control-Expose-Headers': 'ETag, Retry-After',
  };
}

function refuse(res: ServerResponse, message: string): void {
  res.writeHead(403, { 'Content-Type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify({ error: message }));
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks);
}

export function toWebRequest(req: IncomingMessage, body: Buffer): Request {
  const host = req.headers.host ?? 'localhost';
  const url = new URL(req.url ?? '/', `http://${host}`);
  const headers = new Headers();
  for (const [k, v] of Object.entries(req.headers)) {
    if (v === undefined) continue;
    for (const value of Array.isArray(v) ? v : [v]) headers.append(k, value);
  }
  const method = (req.method ?? 'GET').toUpperCase();
  const hasBody = method !== 'GET' && method !== 'HEAD';
  return new Request(url, { method, headers, body: hasBody ? body : undefined });
}

export async function writeWebResponse(res: ServerResponse, response: Response, extraHeaders: Record<string, string>): Promise<void> {
  const headers: Record<string, string | string[]> = { ...extraHeaders };
  response.headers.forEach((value, key) => {
    if (key.toLowerCase() === 'set-cookie') return;
    headers[key] = value;
  });
  const cookies = response.headers.getSetCookie();
  if (cookies.length) headers['Set-Cookie'] = cookies;
  res.writeHead(response.status, headers);
  res.end(Buffer.from(await response.arrayBuffer()));
}

export interface ServeOptions {
  /** the address to listen on; default 127.0.0.1 (this machine only). '0.0.0.0' or '::' opens it to the network. */
  host?: string;
  /** other origins (e.g. 'http://localhost:5173') whose pages may call this server with the user's cookie */
  allowedOrigins?: readonly string[];
}

export const DEFAULT_HOST = '127.0.0.1';

export function startHttpServer(sp: RequestHandlerHost, port: number, extra?: ExtraHandler, options: ServeOptions = {}): Promise<Server> {
  const host = options.host ?? DEFAULT_HOST;
  const allowed = options.allowedOrigins ?? [];
  const server = createServer((req, res) => {
    (async () => {
      if (isLoopback(host) && !isLoopback(hostnameOf(req.headers.host))) {
        refuse(res, `Host '${req.headers.host ?? ''}' refused: this server answers only to localhost.`);
        return;
      }
      const origin = allowedOrigin(req, allowed);
      const method = (req.method ?? 'GET').toUpperCase();
      if (req.headers.origin && !origin && method !== 'GET' && method !== 'HEAD' && method !== 'OPTIONS') {
        refuse(res, `Origin '${req.headers.origin}' refused: only this server's own pages may write (see --allow-origin).`);
        return;
      }
      if (extra && (await extra(req, res))) return;
      const cors = corsHeaders(origin);
      if (req.method === 'OPTIONS') {
        res.writeHead(204, {
          ...cors,
          'Access-Control-Allow-Methods': ALLOWED_METHODS,
          'Access-Control-Allow-Headers': req.headers['access-control-request-headers'] ?? '*',
          'Access-Control-Max-Age': '600',
        });
        res.end();
        return;
      }
      const request = toWebRequest(req, await readBody(req));
      await writeWebResponse(res, await sp.handle(request), cors);
    })().catch((e: unknown) => {
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain' });
      res.end(`Local SharePoint error: ${e instanceof Error ? e.message : String(e)}`);
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve(server);
    });
  });
}
