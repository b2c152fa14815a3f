/**
 * PnPjs's selective imports, in one place, so a type-only import elsewhere never drops a registration.
 * Everything in src/data that talks to SharePoint imports SPFI and its helpers from here.
 */
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/fields';
import '@pnp/sp/batching';
import '@pnp/sp/site-users/web';
import '@pnp/sp/site-groups/web';
import '@pnp/sp/security';
import '@pnp/sp/profiles';
import '@pnp/sp/folders';

export { spfi, SPBrowser, spPost, spPostMerge } from '@pnp/sp';
export { body, headers } from '@pnp/queryable';
export type { SPFI } from '@pnp/sp';
export { PermissionKind } from '@pnp/sp/security';
export type { IList } from '@pnp/sp/lists';
export { List } from '@pnp/sp/lists';
export type { IItems } from '@pnp/sp/items';
