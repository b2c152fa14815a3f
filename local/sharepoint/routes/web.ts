/** The API root (_api) and the web (_api/web) with its children. */
import { readJsonBody, requireWeb, type RequestContext } from '../context';
import { GROUP_MEMBERS, GROUP_OWNERS, GROUP_VISITORS } from '../directory';
import { propertyNotOnType } from '../errors';
import { EntityValue } from '../formats';
import { PermissionKind } from '../permissions';
import type { ResourceNode } from '../router';
import { requested, sendEntity } from './common';
import { contextInfoNode } from './contextInfo';
import { getListNode, listsChild } from './lists';
import { folderByUrl, folderNode, webFoldersNode } from './folders';
import { itemNode } from './items';
import { basePermissionsValue, roleDefinitionsNode, scopeMask, securityChildren } from './security';
import { associatedGroupNode, currentUserNode, ensureUserNode, getUserByIdNode, peoplePickerSearchNode, siteGroupsChild, siteUsersChild } from './users';

const WEB_SCOPE = { kind: 'web' } as const;
const WEB_EXTRAS = ['EffectiveBasePermissions', 'HasUniqueRoleAssignments'];

function webProperties(ctx: RequestContext, extras: Set<string>): Record<string, unknown> {
  const site = ctx.store.site;
  const lastModified = ctx.store.lists.reduce((max, l) => (l.data.lastItemModifiedDate > max ? l.data.lastItemModifiedDate : max), site.created);
  const props: Record<string, unknown> = {
    AllowRssFeeds: false,
    Configuration: 0,
    Created: site.created,
    Description: site.description,
    EnableMinimalDownload: false,
    Id: site.webId,
    Language: 1033,
    LastItemModifiedDate: lastModified,
    LastItemUserModifiedDate: lastModified,
    QuickLaunchEnabled: true,
    RecycleBinEnabled: true,
    ServerRelativeUrl: new URL(ctx.siteUrl).pathname,
    Title: site.title,
    UIVersion: 15,
    Url: ctx.siteUrl,
    WebTemplate: 'STS',
  };
  if (extras.has('EffectiveBasePermissions')) props.EffectiveBasePermissions = basePermissionsValue(scopeMask(ctx, WEB_SCOPE));
  if (extras.has('HasUniqueRoleAssignments')) props.HasUniqueRoleAssignments = true;
  return props;
}

function webEntity(ctx: RequestContext, extras: Set<string>): EntityValue {
  return new EntityValue('SP.Web', `${ctx.apiUrl}/Web`, webProperties(ctx, extras), { editLink: 'Web' });
}

const WEB_WRITABLE = new Set(['Title', 'Description']);

function webNode(): ResourceNode {
  return {
    typeName: 'SP.Web',
    children: {
      lists: listsChild,
      getlist: getListNode,
      folders: () => webFoldersNode(),
      getfolderbyserverrelativepath: (seg) => folderNode(folderByUrl(String(seg.args?.named.decodedurl ?? seg.args?.positional[0] ?? '')), itemNode),
      getfolderbyserverrelativeurl: (seg) => folderNode(folderByUrl(String(seg.args?.positional[0] ?? seg.args?.named.url ?? '')), itemNode),
      siteusers: siteUsersChild,
      sitegroups: siteGroupsChild,
      currentuser: () => currentUserNode(),
      getuserbyid: getUserByIdNode,
      ensureuser: () => ensureUserNode(),
      roledefinitions: () => roleDefinitionsNode(),
      associatedownergroup: () => associatedGroupNode(GROUP_OWNERS),
      associatedmembergroup: () => associatedGroupNode(GROUP_MEMBERS),
      associatedvisitorgroup: () => associatedGroupNode(GROUP_VISITORS),
      ...securityChildren(WEB_SCOPE),
    },
    methods: {
      GET: (ctx) => sendEntity(ctx, webEntity(ctx, requested(ctx, WEB_EXTRAS)), 'SP.ApiData.Webs', WEB_EXTRAS),
      MERGE: (ctx) => {
        requireWeb(ctx, PermissionKind.ManageWeb);
        const body = readJsonBody(ctx);
        for (const [k, v] of Object.entries(body)) {
          if (k === '__metadata' && ctx.verboseBody) continue;
          if (!WEB_WRITABLE.has(k)) throw propertyNotOnType(k, 'SP.Web');
          if (k === 'Title') ctx.store.site.title = String(v);
          if (k === 'Description') ctx.store.site.description = String(v);
        }
        ctx.store.touchSite();
        return { status: 204, headers: {}, body: null };
      },
    },
    properties: (ctx) => webProperties(ctx, new Set(WEB_EXTRAS)),
  };
}

function siteNode(): ResourceNode {
  return {
    typeName: 'SP.Site',
    children: { rootweb: () => webNode() },
    methods: {
      GET: (ctx) => sendEntity(ctx, new EntityValue('SP.Site', `${ctx.apiUrl}/Site`, {
        Id: ctx.store.site.siteId,
        ServerRelativeUrl: new URL(ctx.siteUrl).pathname,
        Url: ctx.siteUrl,
      }), 'SP.ApiData.Sites'),
    },
  };
}

export function apiRoot(): ResourceNode {
  return {
    typeName: 'SP.ApiRoot',
    children: {
      web: () => webNode(),
      site: () => siteNode(),
      contextinfo: () => contextInfoNode(),
      'sp.ui.applicationpages.clientpeoplepickerwebserviceinterface.clientpeoplepickersearchuser': () => peoplePickerSearchNode(),
    },
    methods: {},
  };
}
