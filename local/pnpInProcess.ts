import { InjectHeaders } from '@pnp/queryable';
import { SPBrowser, SPFI, spfi } from '../src/data/sp';

/** Anything that answers a fetch Request like SharePoint: the local SharePoint's `handle`. */
export interface IRequestHandler {
  handle(request: Request): Promise<Response>;
  /** A valid request digest for the login (digests are per user; PnPjs caches one per web URL). */
  digestFor(login?: string): string;
}

/**
 * Real PnPjs wired to the local SharePoint without a port: PnPjs's `send` moment is replaced, so every
 * request (batches included) goes straight to the in-process handler. `login` chooses who is signed in.
 */
export function inProcessSP(handler: IRequestHandler, siteUrl: string, login?: string): SPFI {
  const sp = spfi(siteUrl).using(SPBrowser({ baseUrl: siteUrl }), (instance) => {
    instance.on.send.replace(async (url: URL, init: RequestInit) => handler.handle(new Request(url.toString(), init)));
    return instance;
  });
  return login ? sp.using(InjectHeaders({ 'X-Local-User': login, 'X-RequestDigest': handler.digestFor(login) })) : sp;
}
