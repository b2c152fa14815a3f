/**
 * What a route sees of a request, and the small helpers every route uses:
 * JSON body reading, permission checks, response building.
 */
import { accessDenied, invalidJson, SpError } from './errors';
import { contentTypeFor, errorBody, type ODataFormat, type RenderContext } from './formats';
import { has, listPermissions, webPermissions, type PermissionMask } from './permissions';
import type { ListState, LocalStore } from './store';
import type { LocalPerson, SpRequest, SpResponse } from './types';

export interface RequestContext {
  req: SpRequest;
  /** effective verb: X-HTTP-Method applied, upper case */
  method: string;
  user: LocalPerson;
  store: LocalStore;
  format: ODataFormat;
  /** body written as verbose JSON (Content-Type odata=verbose) */
  verboseBody: boolean;
  /** absolute site url, from the request's origin */
  siteUrl: string;
  apiUrl: string;
  render: RenderContext;
}

export function json(ctx: RequestContext, status: number, body: unknown, headers: Record<string, string> = {}): SpResponse {
  return { status, headers: { 'Content-Type': contentTypeFor(ctx.format), ...headers }, body: JSON.stringify(body) };
}

export function empty(status: number, headers: Record<string, string> = {}): SpResponse {
  return { status, headers, body: null };
}

export function errorResponse(format: ODataFormat, error: SpError): SpResponse {
  return {
    status: error.status,
    headers: { 'Content-Type': contentTypeFor(format), ...error.headers },
    body: JSON.stringify(errorBody(format, error)),
  };
}

export function readJsonBody(ctx: RequestContext): Record<string, unknown> {
  const text = ctx.req.body.trim();
  if (!text) return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw invalidJson();
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw invalidJson();
  return parsed as Record<string, unknown>;
}

export function webMask(ctx: RequestContext): PermissionMask {
  return webPermissions(ctx.store.site, ctx.user);
}

export function listMask(ctx: RequestContext, list: ListState): PermissionMask {
  return listPermissions(ctx.store.site, list.data, ctx.user);
}

export function requireWeb(ctx: RequestContext, kind: number): void {
  if (!has(webMask(ctx), kind)) throw accessDenied();
}

export function requireList(ctx: RequestContext, list: ListState, kind: number): void {
  if (!has(listMask(ctx, list), kind)) throw accessDenied();
}

/** The quoted etag form SharePoint uses: "3" */
export function etagOf(version: number): string {
  return `"${version}"`;
}

/** Compares an If-Match header with the current version; undefined header = last write wins. */
export function ifMatchFails(header: string | null, version: number): string | null {
  if (header === null || header.trim() === '' || header.trim() === '*') return null;
  const requested = header.trim().replace(/^W\//, '');
  const bare = requested.replace(/^"|"$/g, '');
  return bare === String(version) ? null : requested;
}
