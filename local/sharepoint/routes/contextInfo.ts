/** POST _api/contextinfo: the form digest and site urls (minimal or verbose shape). */
import { json, type RequestContext } from '../context';
import { issueDigest, DIGEST_TIMEOUT_SECONDS } from '../digest';
import { CollectionValue, ComplexValue, complexBody } from '../formats';
import type { ResourceNode } from '../router';

export const LIBRARY_VERSION = '16.0.25919.12007';

export function contextInfoNode(): ResourceNode {
  return {
    typeName: 'SP.ContextWebInformation',
    methods: {
      POST: (ctx: RequestContext) => {
        const sitePath = new URL(ctx.siteUrl).pathname;
        const info = new ComplexValue('SP.ContextWebInformation', {
          FormDigestTimeoutSeconds: DIGEST_TIMEOUT_SECONDS,
          FormDigestValue: issueDigest(sitePath, ctx.user.login, ctx.store.now()),
          LibraryVersion: LIBRARY_VERSION,
          SiteFullUrl: ctx.siteUrl,
          SupportedSchemaVersions: new CollectionValue('Edm.String', ['14.0.0.0', '15.0.0.0']),
          WebFullUrl: ctx.siteUrl,
        });
        return json(ctx, 200, complexBody(ctx.render, info, 'GetContextWebInformation', 'SP.ContextWebInformation'));
      },
    },
  };
}
