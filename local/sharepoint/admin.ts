/**
 * Admin endpoints of the local tool (not SharePoint), under /_local/:
 *   GET  /_local/health   {ok, siteUrl}
 *   GET  /_local/people   the directory with roles and current group membership
 *   GET  /_local/user     who this request acts as (X-Local-User / cookie / site owner)
 *   POST /_local/user     {"login": "..."} sets the localsp-user cookie (null clears it)
 *   GET  /_local/faults   FaultSettings;  POST /_local/faults  (partial) FaultSettings
 *   POST /_local/reset    empty site (default groups and permissions, no lists)
 */
import { claimsLogin, findPerson, people } from './directory';
import { mergeFaults } from './faults';
import { identify, USER_COOKIE } from './identity';
import type { LocalStore } from './store';
import type { FaultSettings, LocalPerson } from './types';
import { SpError } from './errors';

export interface AdminHost {
  store: LocalStore;
  faults: FaultSettings;
  siteUrl(origin: string): string;
}

function reply(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', ...headers } });
}

function describe(host: AdminHost, p: LocalPerson): Record<string, unknown> {
  return {
    id: p.id,
    login: p.login,
    loginName: claimsLogin(p),
    title: p.title,
    email: p.email,
    role: p.role,
    department: p.department ?? null,
    groups: host.store.site.groups.filter((g) => g.memberIds.includes(p.id)).map((g) => g.title),
  };
}

async function readJson(request: Request): Promise<unknown> {
  const text = await request.text();
  try {
    return text.trim() ? JSON.parse(text) : {};
  } catch {
    return undefined;
  }
}

export function isAdminPath(url: URL): boolean {
  return url.pathname.startsWith('/_local/') || url.pathname === '/_local';
}

export async function handleAdmin(host: AdminHost, request: Request): Promise<Response> {
  const url = new URL(request.url);
  const route = `${request.method.toUpperCase()} ${url.pathname.replace(/\/+$/, '')}`;
  switch (route) {
    case 'GET /_local/health':
      return reply(200, { ok: true, siteUrl: host.siteUrl(url.origin) });
    case 'GET /_local/people':
      return reply(200, people.map((p) => describe(host, p)));
    case 'GET /_local/user': {
      try {
        return reply(200, describe(host, identify(request.headers)));
      } catch (e) {
        return reply(401, { error: e instanceof SpError ? e.message : String(e) });
      }
    }
    case 'POST /_local/user': {
      const body = (await readJson(request)) as { login?: unknown } | undefined;
      if (body?.login === null) {
        return reply(200, { login: null }, { 'Set-Cookie': `${USER_COOKIE}=; Path=/; Max-Age=0; SameSite=Lax` });
      }
      const person = typeof body?.login === 'string' ? findPerson(body.login) : undefined;
      if (!person) return reply(400, { error: 'Unknown login; see GET /_local/people.' });
      return reply(200, describe(host, person), { 'Set-Cookie': `${USER_COOKIE}=${encodeURIComponent(person.login)}; Path=/; SameSite=Lax` });
    }
    case 'GET /_local/faults':
      return reply(200, host.faults);
    case 'POST /_local/faults': {
      const merged = mergeFaults(host.faults, await readJson(request));
      if (typeof merged === 'string') return reply(400, { error: merged });
      Object.assign(host.faults, merged);
      return reply(200, host.faults);
    }
    case 'POST /_local/reset':
      host.store.reset();
      return reply(200, { ok: true });
    default:
      return reply(404, { error: `No admin endpoint ${route}.` });
  }
}
