/**
 * The request pipeline: faults, the signed-in user, the form digest, $batch, then the
 * resource tree. Works on transport-independent SpRequest/SpResponse; handle() adapts
 * WHATWG Request/Response.
 */
import { errorResponse, type RequestContext } from './context';
import { verifyDigest } from './digest';
import { accessDenied, answerLost, asSpError, invalidRequest, resourceNotFound, securityValidation, throttled } from './errors';
import { formatFromAccept, isVerboseBody } from './formats';
import { identify } from './identity';
import { parseApiPath } from './pathParser';
import { has, PermissionKind, webPermissions } from './permissions';
import { dispatch, resolve } from './router';
import { apiRoot } from './routes/web';
import { parseBatch, renderBatchResponse, toSpRequest } from './batch';
import { delay, shouldLoseAnswer, shouldThrottle } from './faults';
import type { LocalStore } from './store';
import type { FaultSettings, LocalPerson, SpRequest, SpResponse } from './types';

const READ_VERBS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Whether a request changes anything: a write verb, or a $batch holding at least one write. */
function isWrite(req: SpRequest): boolean {
  if (READ_VERBS.has(req.method)) return false;
  if (!/\/_api\/\$batch$/i.test(req.url.pathname)) return true;
  return /^(POST|PUT|PATCH|MERGE|DELETE) /m.test(req.body);
}
const ROOT = apiRoot();


export interface ProcessOptions {
  /** set for $batch parts: the batch's user, and no digest check (the batch was checked) */
  batchUser?: LocalPerson;
}

/** Runs a request's work as one unit that is made durable before it is answered (see persistence.ts). */
export type Transact = <T>(work: () => Promise<T>) => Promise<T>;

export class SharePointHandler {
  /** requests run one at a time, so a commit holds exactly one request's (or one $batch's) changes */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly store: LocalStore,
    /** e.g. /sites/digital */
    readonly sitePath: string,
    private readonly faults: () => FaultSettings,
    private readonly transact: Transact = (work) => work(),
  ) {}

  /** Runs work after every request before it, as one transaction. */
  exclusive<T>(work: () => Promise<T>): Promise<T> {
    const run = this.queue.then(() => this.transact(work));
    this.queue = run.catch(() => undefined);
    return run;
  }

  async handle(request: Request): Promise<Response> {
    const bytes = READ_VERBS.has(request.method.toUpperCase()) ? new Uint8Array(0) : new Uint8Array(await request.arrayBuffer());
    const req: SpRequest = {
      method: request.method.toUpperCase(),
      url: new URL(request.url),
      headers: request.headers,
      body: new TextDecoder().decode(bytes),
      bytes,
    };
    const settings = this.faults();
    await delay(settings.latencyMs);
    let res = shouldThrottle(settings)
      ? errorResponse(formatFromAccept(req.headers.get('accept')), throttled(settings.retryAfterSeconds))
      : await this.exclusive(() => this.process(req));
    if (isWrite(req) && res.status < 300 && shouldLoseAnswer(settings)) {
      res = errorResponse(formatFromAccept(req.headers.get('accept')), answerLost());
    }
    return new Response(res.status === 204 || res.body === null ? null : res.body, { status: res.status, headers: res.headers });
  }

  /** The api path after /_api/, or null when the url is not this site's REST api. */
  private apiPath(url: URL): string | null {
    const path = url.pathname;
    const prefix = `${this.sitePath}/_api`.toLowerCase();
    const lower = path.toLowerCase();
    if (lower === prefix || lower === `${prefix}/`) return '';
    return lower.startsWith(`${prefix}/`) ? path.slice(prefix.length + 1) : null;
  }

  async process(req: SpRequest, options: ProcessOptions = {}): Promise<SpResponse> {
    const format = formatFromAccept(req.headers.get('accept'));
    try {
      const user = options.batchUser ?? identify(req.headers);
      const apiPath = this.apiPath(req.url);
      if (apiPath === null) throw resourceNotFound(req.url.pathname);
      let method = req.method;
      const override = req.headers.get('x-http-method');
      if (method === 'POST' && override) method = override.toUpperCase();
      const siteUrl = `${req.url.origin}${this.sitePath}`;
      const ctx: RequestContext = {
        req,
        method,
        user,
        store: this.store,
        format,
        verboseBody: isVerboseBody(req.headers.get('content-type')),
        siteUrl,
        apiUrl: `${siteUrl}/_api`,
        render: { format, apiUrl: `${siteUrl}/_api` },
      };
      const lowerPath = apiPath.toLowerCase();
      // every write carries a valid digest, whatever other headers come (an Authorization header proves nothing here)
      if (!READ_VERBS.has(method) && !options.batchUser && lowerPath !== 'contextinfo') {
        if (!verifyDigest(this.sitePath, user.login, req.headers.get('x-requestdigest'), this.store.now())) throw securityValidation();
      }
      if (!has(webPermissions(this.store.site, user), PermissionKind.Open)) throw accessDenied();
      if (lowerPath === '$batch') return await this.batch(ctx, user);
      const node = resolve(ROOT, parseApiPath(apiPath, req.url.searchParams), ctx);
      return await dispatch(node, ctx);
    } catch (e) {
      return errorResponse(format, asSpError(e));
    }
  }

  private async batch(ctx: RequestContext, user: LocalPerson): Promise<SpResponse> {
    if (ctx.method !== 'POST') throw invalidRequest('$batch requires POST.');
    const parts = parseBatch(ctx.req.body, ctx.req.headers.get('content-type'));
    const responses: SpResponse[] = [];
    for (const part of parts) {
      const req = toSpRequest(part, ctx.req.url);
      if (this.apiPath(req.url)?.toLowerCase() === '$batch') {
        responses.push(errorResponse(ctx.format, invalidRequest('A $batch cannot contain another $batch.')));
        continue;
      }
      responses.push(await this.process(req, { batchUser: user }));
    }
    const rendered = renderBatchResponse(responses);
    return { status: 200, headers: { 'Content-Type': rendered.contentType }, body: rendered.body };
  }
}

