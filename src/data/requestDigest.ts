import { combine, TimelinePipe } from '@pnp/core';
import { IQueryableInternal, JSONParse, Queryable } from '@pnp/queryable';
import { BatchNever } from '@pnp/sp/batching';
import { extractWebUrl, ISPQueryable, SPQueryable, spPost } from '@pnp/sp';

/** A form digest and when it stops being accepted. */
export interface IDigest {
  readonly value: string;
  readonly expiration: Date;
}

/** The digest the hosting page already holds for a URL's web, if any (SharePoint pages carry one in their context). */
export type PageDigest = (url: string) => IDigest | undefined;

/**
 * Puts a form digest on every write (a `$batch` is a write too), asking SharePoint for one at most once per web at a
 * time: the requests a page starts together wait for the same `_api/contextinfo` answer instead of each asking for
 * their own, as PnPjs's RequestDigest does when none is cached yet. The page's own digest is used when it has one.
 *
 * Runs before the other behaviours' digest step, so they find the header set and leave it.
 */
export function SharedRequestDigest(pageDigest?: PageDigest): TimelinePipe<Queryable> {
  const known = new Map<string, IDigest>();
  const asking = new Map<string, Promise<IDigest>>();
  const valid = (digest: IDigest | undefined): IDigest | undefined => (digest && digest.expiration.getTime() > Date.now() ? digest : undefined);

  return (instance: Queryable) => {
    instance.on.pre.prepend(async function (this: IQueryableInternal, url: string, init: RequestInit, result: unknown) {
      this.on.auth.prepend(async (target: URL, request: RequestInit) => {
        const headers = (request.headers ?? {}) as Record<string, string>;
        const method = request.method ?? 'GET';
        if (/^get$/i.test(method) || 'X-RequestDigest' in headers || 'Authorization' in headers || 'X-PnPjs-NoDigest' in headers) return [target, request];
        const web = extractWebUrl(target.toString());
        let digest = valid(known.get(web)) ?? valid(pageDigest?.(target.toString()));
        if (!digest) {
          const ask = (): Promise<IDigest> => {
            const pending = spPost<{ FormDigestValue: string; FormDigestTimeoutSeconds: number }>(
              SPQueryable([this as unknown as ISPQueryable, combine(web, '_api/contextinfo')]).using(JSONParse(), BatchNever()),
              { headers: { Accept: 'application/json', 'X-PnPjs-NoDigest': '1' } }
            ).then((info): IDigest => ({ value: info.FormDigestValue, expiration: new Date(Date.now() + (info.FormDigestTimeoutSeconds - 15) * 1000) }));
            asking.set(web, pending);
            const forget = (): void => void asking.delete(web);
            pending.then(forget, forget);
            return pending;
          };
          digest = await (asking.get(web) ?? ask());
        }
        known.set(web, digest);
        request.headers = { 'X-RequestDigest': digest.value, ...headers };
        return [target, request];
      });
      return [url, init, result];
    });
    return instance;
  };
}
