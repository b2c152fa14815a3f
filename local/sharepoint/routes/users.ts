/**
 * People and groups: web/currentUser(/groups), web/siteUsers (getByEmail, getById, by login),
 * web/getUserById(n), web/ensureUser, web/siteGroups (getByName, getById, users, add/remove).
 */
import { json, readJsonBody, type RequestContext } from '../context';
import { claimsLogin, findPerson, findPersonById, isSiteAdmin, people } from '../directory';
import { accessDenied, spException } from '../errors';
import { ComplexValue, EntityValue, primitiveBody } from '../formats';
import { has, PermissionKind, webPermissions } from '../permissions';
import type { ResourceNode } from '../router';
import type { Segment } from '../pathParser';
import type { GroupRecord, LocalPerson } from '../types';
import { sendCollection, sendEntity, sendNull } from './common';

export function userEntity(ctx: RequestContext, p: LocalPerson): EntityValue {
  return new EntityValue('SP.User', `${ctx.apiUrl}/Web/GetUserById(${p.id})`, {
    Id: p.id,
    IsHiddenInUI: false,
    LoginName: claimsLogin(p),
    Title: p.title,
    PrincipalType: 1,
    Email: p.email,
    Expiration: '',
    IsEmailAuthenticationGuestUser: false,
    IsShareByEmailGuestUser: false,
    IsSiteAdmin: isSiteAdmin(p),
    UserId: new ComplexValue('SP.UserIdInfo', { NameId: `100320${p.id.toString(16).padStart(10, '0')}`, NameIdIssuer: 'urn:federation:microsoftonline' }),
    UserPrincipalName: p.login,
  }, { editLink: `Web/GetUserById(${p.id})` });
}

export function groupEntity(ctx: RequestContext, g: GroupRecord): EntityValue {
  return new EntityValue('SP.Group', `${ctx.apiUrl}/Web/SiteGroups/GetById(${g.id})`, {
    Id: g.id,
    IsHiddenInUI: false,
    LoginName: g.title,
    Title: g.title,
    PrincipalType: 8,
    AllowMembersEditMembership: false,
    AllowRequestToJoinLeave: false,
    AutoAcceptRequestToJoinLeave: false,
    Description: g.description,
    OnlyAllowMembersViewMembership: false,
    OwnerTitle: g.ownerTitle,
    RequestToJoinLeaveEmailSetting: null,
  }, { editLink: `Web/SiteGroups/GetById(${g.id})` });
}

function userNotFound(): never {
  throw spException(404, 'User cannot be found.');
}

function groupsOf(ctx: RequestContext, p: LocalPerson): GroupRecord[] {
  return ctx.store.site.groups.filter((g) => g.memberIds.includes(p.id));
}

export function userNode(find: (ctx: RequestContext) => LocalPerson | undefined): ResourceNode {
  const get = (ctx: RequestContext) => find(ctx) ?? userNotFound();
  return {
    typeName: 'SP.User',
    children: {
      groups: () => ({
        typeName: 'SP.GroupCollection',
        methods: { GET: (ctx) => sendCollection(ctx, groupsOf(ctx, get(ctx)).map((g) => groupEntity(ctx, g)), 'SP.ApiData.Groups') },
      }),
    },
    methods: { GET: (ctx) => sendEntity(ctx, userEntity(ctx, get(ctx)), 'SP.ApiData.Users') },
    properties: (ctx) => userEntity(ctx, get(ctx)).props,
  };
}

function argText(seg: Segment): string {
  return String(seg.args?.positional[0] ?? '');
}

function byEmail(seg: Segment): (ctx: RequestContext) => LocalPerson | undefined {
  return () => people.find((p) => p.email.toLowerCase() === argText(seg).toLowerCase());
}

function byId(seg: Segment): (ctx: RequestContext) => LocalPerson | undefined {
  return () => findPersonById(Number(seg.args?.positional[0]));
}

function usersCollection(list: (ctx: RequestContext) => LocalPerson[], group?: (ctx: RequestContext) => GroupRecord): ResourceNode {
  const requireGroupManager = (ctx: RequestContext) => {
    if (!has(webPermissions(ctx.store.site, ctx.user), PermissionKind.ManagePermissions)) throw accessDenied();
  };
  const withGroup = (ctx: RequestContext, change: (g: GroupRecord) => void) => {
    if (!group) throw spException(400, 'Use a group\'s users collection to change membership.');
    requireGroupManager(ctx);
    change(group(ctx));
  };
  return {
    typeName: 'SP.UserCollection',
    children: {
      getbyemail: (seg) => userNode(byEmail(seg)),
      getbyid: (seg) => userNode(byId(seg)),
      getbyloginname: (seg) => userNode(() => findPerson(argText(seg))),
      removebyid: (seg) => ({
        typeName: 'SP.UserCollection',
        methods: { POST: (ctx) => { withGroup(ctx, (g) => ctx.store.removeGroupMember(g, Number(seg.args?.positional[0]))); return sendNull(ctx, 'RemoveById'); } },
      }),
      removebyloginname: (seg) => ({
        typeName: 'SP.UserCollection',
        methods: {
          POST: (ctx) => {
            const p = findPerson(argText(seg)) ?? userNotFound();
            withGroup(ctx, (g) => ctx.store.removeGroupMember(g, p.id));
            return sendNull(ctx, 'RemoveByLoginName');
          },
        },
      }),
    },
    methods: {
      GET: (ctx) => sendCollection(ctx, list(ctx).map((p) => userEntity(ctx, p)), 'SP.ApiData.Users'),
      POST: (ctx) => {
        const body = readJsonBody(ctx);
        const p = findPerson(String(body.LoginName ?? '')) ?? userNotFound();
        if (group) withGroup(ctx, (g) => ctx.store.addGroupMember(g, p.id));
        return sendEntity(ctx, userEntity(ctx, p), 'SP.ApiData.Users', [], 201);
      },
    },
  };
}

/** web/siteusers and web/siteusers('!@v::login') (PnPjs getByLoginName). */
export function siteUsersChild(seg: Segment): ResourceNode {
  if (seg.args) return userNode(() => findPerson(argText(seg)));
  return usersCollection(() => people);
}

function groupNode(find: (ctx: RequestContext) => GroupRecord | undefined): ResourceNode {
  const get = (ctx: RequestContext) => find(ctx) ?? (() => { throw spException(404, 'Group cannot be found.'); })();
  return {
    typeName: 'SP.Group',
    children: {
      users: () => usersCollection((ctx) => get(ctx).memberIds.map(findPersonById).filter((p): p is LocalPerson => Boolean(p)), get),
    },
    methods: { GET: (ctx) => sendEntity(ctx, groupEntity(ctx, get(ctx)), 'SP.ApiData.Groups') },
    properties: (ctx) => groupEntity(ctx, get(ctx)).props,
  };
}

export function siteGroupsChild(seg: Segment): ResourceNode {
  if (seg.args) return groupNode((ctx) => ctx.store.findGroup(Number(seg.args?.positional[0])));
  return {
    typeName: 'SP.GroupCollection',
    children: {
      getbyname: (s) => groupNode((ctx) => ctx.store.findGroup(argText(s))),
      getbyid: (s) => groupNode((ctx) => ctx.store.findGroup(Number(s.args?.positional[0]))),
    },
    methods: { GET: (ctx) => sendCollection(ctx, ctx.store.site.groups.map((g) => groupEntity(ctx, g)), 'SP.ApiData.Groups') },
  };
}

export function associatedGroupNode(title: string): ResourceNode {
  return groupNode((ctx) => ctx.store.findGroup(title));
}

export function ensureUserNode(): ResourceNode {
  return {
    typeName: 'SP.User',
    methods: {
      POST: (ctx) => {
        const body = readJsonBody(ctx);
        const logon = String(body.logonName ?? body.LogonName ?? '');
        const p = findPerson(logon);
        if (!p) throw spException(404, `The specified user ${logon} could not be found.`);
        return sendEntity(ctx, userEntity(ctx, p), 'SP.ApiData.Users');
      },
    },
  };
}

export function currentUserNode(): ResourceNode {
  return userNode((ctx) => ctx.user);
}

export function getUserByIdNode(seg: Segment): ResourceNode {
  return userNode(byId(seg));
}


/**
 * _api/SP.UI.ApplicationPages.ClientPeoplePickerWebServiceInterface.clientPeoplePickerSearchUser: the
 * people picker's search. Body `{queryParams:{QueryString, MaximumEntitySuggestions, ...}}`. Matches the
 * directory's people whose name or e-mail has a word starting with the query (case-insensitive), as the
 * tenant's picker does. Answers the result as a JSON string (SharePoint's shape: the property
 * ClientPeoplePickerSearchUser, `value` in minimal metadata).
 */
export function peoplePickerSearchNode(): ResourceNode {
  return {
    typeName: 'SP.UI.ApplicationPages.ClientPeoplePickerWebServiceInterface',
    methods: {
      POST: (ctx) => {
        const body = readJsonBody(ctx);
        const params = (body.queryParams ?? {}) as { QueryString?: unknown; MaximumEntitySuggestions?: unknown };
        const query = String(params.QueryString ?? '').trim().toLowerCase();
        const top = Math.max(1, Math.min(50, Number(params.MaximumEntitySuggestions) || 30));
        const matches = query
          ? people.filter((p) => `${p.title} ${p.email}`.toLowerCase().split(/[\s.@]+/).some((w) => w.startsWith(query)) || p.email.startsWith(query))
          : [];
        const entities = matches.slice(0, top).map((p) => ({
          Key: claimsLogin(p),
          DisplayText: p.title,
          IsResolved: true,
          Description: p.email,
          EntityType: 'User',
          EntityData: { Email: p.email, Title: p.role, Department: p.department ?? '' },
          MultipleMatches: [],
          ProviderName: 'Tenant',
          ProviderDisplayName: 'Tenant',
        }));
        return json(ctx, 200, primitiveBody(ctx.render, 'ClientPeoplePickerSearchUser', JSON.stringify(entities), 'Edm.String'));
      },
    },
  };
}
