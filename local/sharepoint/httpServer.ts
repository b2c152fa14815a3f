/**
 * Serves a LocalSharePoint over HTTP: Node req/res <-> WHATWG Request/Response, CORS
 * (credentials allowed, ETag and Retry-After exposed), and an optional `extra` handler that
 * runs first (the workbench serves its static files there).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'http';

export interface RequestHandlerHost {
  handle(request: Request): Promise<Response>;
}

export type ExtraHandler = (req: IncomingMessage, res: ServerResponse) => boolean | Promise<boolean>;

const ALLOWED_METHODS = 'GET, POST, PUT, PATCH, MERGE, DELETE, OPTIONS';

function corsHeaders(req: IncomingMessage): Record<string, string> {
  const origin = req.headers.origin;
  return {
    'Access-Control-Allow-Origin': origin ?? '*',
    ...(origin ? { 'Access-Control-Allow-Credentials': 'true', Vary: 'Origin' } : {}),
    'Access-Control-Expose-Headers': 'ETag, Retry-After',
  };
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
}

export const DEFAULT_HOST = '127.0.0.1';

export function startHttpServer(sp: RequestHandlerHost, port: number, extra?: ExtraHandler, options: ServeOptions = {}): Promise<Server> {
  const server = createServer((req, res) => {
    (async () => {
      if (extra && (await extra(req, res))) return;
      const cors = corsHeaders(req);
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
    server.listen(port, options.host ?? DEFAULT_HOST, () => {
      server.off('error', reject);
      resolve(server);
    });
  });
}
