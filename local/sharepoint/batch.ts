/**
 * OData $batch as PnPjs 4 sends it: multipart/mixed with a batch boundary, GET parts
 * directly in the batch and writes inside changesets. Each part runs through the same
 * handler, as the batch's user (the batch request's digest covers the parts). The answer
 * is what PnPjs parses: flat --batchresponse_<guid> parts in request order, each with
 * "HTTP/1.1 <code> <text>", single-colon headers (Content-Type, ETag), a blank line and the
 * body, then the closing boundary and a newline. LF line endings (a CR would end up in the
 * statusText PnPjs passes to new Response(), which rejects it). A failing part fails only itself.
 */
import { randomUUID } from 'crypto';
import { invalidRequest } from './errors';
import type { SpRequest, SpResponse } from './types';

export interface BatchPart { method: string; url: string; headers: Headers; body: string }

const STATUS_TEXT: Record<number, string> = {
  200: 'OK', 201: 'Created', 204: 'No Content', 400: 'Bad Request', 401: 'Unauthorized', 403: 'Forbidden',
  404: 'Not Found', 405: 'Method Not Allowed', 409: 'Conflict', 412: 'Precondition Failed', 429: 'Too Many Requests',
  500: 'Internal Server Error', 503: 'Service Unavailable',
};

function boundaryOf(contentType: string | null): string | null {
  const m = /boundary="?([^";]+)"?/i.exec(contentType ?? '');
  return m ? m[1] : null;
}

/** The bodies between --boundary lines (without the closing --boundary--). */
function splitMultipart(text: string, boundary: string): string[] {
  const lines = text.replace(/\r\n/g, '\n').split('\n');
  const parts: string[] = [];
  let current: string[] | null = null;
  for (const line of lines) {
    const t = line.trimEnd();
    if (t === `--${boundary}` || t === `--${boundary}--`) {
      if (current) parts.push(current.join('\n'));
      if (t === `--${boundary}--`) return parts;
      current = [];
      continue;
    }
    if (current) current.push(line);
  }
  return parts;
}

function splitHead(part: string): { headers: Headers; rest: string } {
  const idx = part.indexOf('\n\n');
  const head = idx < 0 ? part : part.slice(0, idx);
  const rest = idx < 0 ? '' : part.slice(idx + 2);
  const headers = new Headers();
  for (const line of head.split('\n')) {
    const colon = line.indexOf(':');
    if (colon > 0) headers.append(line.slice(0, colon).trim(), line.slice(colon + 1).trim());
  }
  return { headers, rest };
}

function parseHttpPart(text: string): BatchPart {
  const trimmed = text.replace(/^\n+/, '');
  const nl = trimmed.indexOf('\n');
  const requestLine = (nl < 0 ? trimmed : trimmed.slice(0, nl)).trim();
  const m = /^([A-Z]+)\s+(\S+)(?:\s+HTTP\/\d\.\d)?$/i.exec(requestLine);
  if (!m) throw invalidRequest(`The batch part request line '${requestLine}' is not valid.`);
  const { headers, rest } = splitHead(nl < 0 ? '' : trimmed.slice(nl + 1));
  return { method: m[1].toUpperCase(), url: m[2], headers, body: rest.replace(/\n+$/, '') };
}

export function parseBatch(body: string, contentType: string | null): BatchPart[] {
  const boundary = boundaryOf(contentType);
  if (!boundary) throw invalidRequest('The $batch request must be multipart/mixed with a boundary.');
  const requests: BatchPart[] = [];
  for (const part of splitMultipart(body, boundary)) {
    const { headers, rest } = splitHead(part.replace(/^\n+/, ''));
    const type = headers.get('content-type') ?? '';
    if (/^multipart\/mixed/i.test(type)) {
      const inner = boundaryOf(type);
      if (!inner) throw invalidRequest('A changeset must declare its boundary.');
      for (const change of splitMultipart(rest, inner)) {
        requests.push(parseHttpPart(splitHead(change.replace(/^\n+/, '')).rest));
      }
    } else {
      requests.push(parseHttpPart(rest));
    }
  }
  return requests;
}

export function toSpRequest(part: BatchPart, base: URL): SpRequest {
  return { method: part.method, url: new URL(part.url, base), headers: part.headers, body: part.body };
}

function safeHeader(value: string): boolean {
  return !value.includes(':') && !/[\r\n]/.test(value);
}

export function renderBatchResponse(responses: SpResponse[]): { contentType: string; body: string } {
  const boundary = `batchresponse_${randomUUID()}`;
  const out: string[] = [];
  for (const r of responses) {
    out.push(`--${boundary}`, 'Content-Type: application/http', 'Content-Transfer-Encoding: binary', '');
    out.push(`HTTP/1.1 ${r.status} ${STATUS_TEXT[r.status] ?? 'Unknown'}`);
    for (const [k, v] of Object.entries(r.headers)) {
      if (safeHeader(v)) out.push(`${k.toLowerCase() === 'content-type' ? 'CONTENT-TYPE' : k}: ${v}`);
    }
    out.push('');
    const text = r.body instanceof Uint8Array ? Buffer.from(r.body).toString('utf8') : r.body;
    if (text !== null && text !== '') out.push(text.replace(/\r?\n/g, ' '));
  }
  out.push(`--${boundary}--`, '');
  return { contentType: `multipart/mixed; boundary=${boundary}`, body: out.join('\n') };
}
