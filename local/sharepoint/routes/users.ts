/**
 * People and groups: web/currentUser(/groups), web/siteUsers (getByEmail, getById, by login),
 * web/getUserById(n), web/ensureUser, web/siteGroups (add, getByName, getById, removeById, removeByLoginName;
 * a group's MERGE, users add/remove, owner, SetUserAsOwner, CanCurrentUserEditMembership/ManageGroup).
 */
import { empty, json, readJsonBody, type RequestContext } from '../context';
import { claimsLogin, findPerson, findPersonById, GROUP_DEFINITIONS, isSiteAdmin, people, SITE_OWNER } from '../directory';
import { accessDenied, invalidRequest, propertyNotOnType, spException } from '../errors';
import { ComplexValue, EntityValue, primitiveBody } from '../formats';
import { has, PermissionKind, webPermissions } from '../permissions';
import type { ResourceNode } from '../router';
import type { Segment } from '../pathParser';
import type { GroupRecord, LocalPerson, SpResponse } from '../types';
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
    AllowMembersEditMembership: g.allowMembersEditMembership ?? false,
    AllowRequestToJoinLeave: g.allowRequestToJoinLeave ?? false,
    AutoAcceptRequestToJoinLeave: g.autoAcceptRequestToJoinLeave ?? false,
    Description: g.description,
    OnlyAllowMembersViewMembership: g.onlyAllowMembersViewMembership ?? false,
    OwnerTitle: g.ownerTitle,
    RequestToJoinLeaveEmailSetting: g.requestToJoinLeaveEmailSetting ?? null,
  }, { editLink: `Web/SiteGroups/GetById(${g.id})` });
}

/** Group properties a caller may set on add or MERGE, by their REST names. */
const GROUP_PROPERTIES: Record<string, { key: keyof GroupRecord; type: 'string' | 'boolean' | 'nullable' }> = {
  Title: { key: 'title', type: 'string' },
  Description: { key: 'description', type: 'string' },
  AllowMembersEditMembership: { key: 'allowMembersEditMembership', type: 'boolean' },
  OnlyAllowMembersViewMembership: { key: 'onlyAllowMembersViewMembership', type: 'boolean' },
  AllowRequestToJoinLeave: { key: 'allowRequestToJoinLeave', type: 'boolean' },
  AutoAcceptRequestToJoinLeave: { key: 'autoAcceptRequestToJoinLeave', type: 'boolean' },
  RequestToJoinLeaveEmailSetting: { key: 'requestToJoinLeaveEmailSetting', type: 'nullable' },
};

function groupPatch(body: Record<string, unknown>): Partial<GroupRecord> {
  const patch: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(body)) {
    if (name === '__metadata') continue;
    const prop = GROUP_PROPERTIES[name];
    if (!prop) throw propertyNotOnType(name, 'SP.Group');
    const ok = prop.type === 'boolean' ? typeof value === 'boolean' : prop.type === 'string' ? typeof value === 'string' : value === null || typeof value === 'string';
    if (!ok) throw invalidRequest(`The property '${name}' has an invalid value.`);
    patch[prop.key] = value;
  }
  if (typeof patch.title === 'string') {
    const title = patch.title.trim();
    if (!title || title.length > 255 || /["/\\[\]:|<>+=;,?*'@]/.test(title)) {
      throw spException(400, 'The group name is empty, longer than 255 characters, or contains a character a group name cannot have (" / \\ [ ] : | < > + = ; , ? * \' @).');
    }
    patch.title = title;
  }
  return patch as Partial<GroupRecord>;
}

/**
 * Who may change a group (properties, owner, deletion): the site collection administrator, anyone with
 * ManagePermissions on the web (Full Control), and the group's owner: the owner user, or a member of the
 * owner group.
 */
export function canManageGroup(ctx: RequestContext, g: GroupRecord): boolean {
  if (isSiteAdmin(ctx.user) || has(webPermissions(ctx.store.site, ctx.user), PermissionKind.ManagePermissions)) return true;
  const owner = g.ownerId ?? GROUP_DEFINITIONS[0].id;
  if (owner === ctx.user.id) return true;
  return ctx.store.findGroup(owner)?.memberIds.includes(ctx.user.id) ?? false;
}

/** Who may add or remove members: those who manage the group, and its members when AllowMembersEditMembership. */
export function canEditMembership(ctx: RequestContext, g: GroupRecord): boolean {
  return canManageGroup(ctx, g) || (Boolean(g.allowMembersEditMembership) && g.memberIds.includes(ctx.user.id));
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
  const withGroup = (ctx: RequestContext, change: (g: GroupRecord) => void) => {
    if (!group) throw spException(400, 'Use a group\'s users collection to change membership.');
    const g = group(ctx);
    if (!canEditMembership(ctx, g)) throw accessDenied();
    change(g);
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

function groupNotFound(): never {
  throw spException(404, 'Group cannot be found.');
}

/** The owner as SharePoint shows it (SP.User or SP.Group). */
function ownerEntity(ctx: RequestContext, g: GroupRecord): EntityValue {
  const id = g.ownerId ?? GROUP_DEFINITIONS[0].id;
  const person = findPersonById(id);
  if (person) return userEntity(ctx, person);
  const owner = ctx.store.findGroup(id);
  return owner ? groupEntity(ctx, owner) : userEntity(ctx, SITE_OWNER);
}

function groupNode(find: (ctx: RequestContext) => GroupRecord | undefined): ResourceNode {
  const get = (ctx: RequestContext) => find(ctx) ?? groupNotFound();
  const manage = (ctx: RequestContext): GroupRecord => {
    const g = get(ctx);
    if (!canManageGroup(ctx, g)) throw accessDenied();
    return g;
  };
  return {
    typeName: 'SP.Group',
    children: {
      users: () => usersCollection((ctx) => get(ctx).memberIds.map(findPersonById).filter((p): p is LocalPerson => Boolean(p)), get),
      owner: () => ({ typeName: 'SP.Principal', methods: { GET: (ctx) => sendEntity(ctx, ownerEntity(ctx, get(ctx)), 'SP.ApiData.Principals') } }),
      setuserasowner: (seg) => ({
        typeName: 'SP.Group',
        methods: {
          POST: (ctx) => {
            const g = manage(ctx);
            const id = Number(seg.args?.positional[0]);
            const person = findPersonById(id);
            const group = ctx.store.findGroup(id);
            if (!person && !group) userNotFound();
            ctx.store.updateGroup(g, { ownerId: id, ownerTitle: person ? person.title : (group as GroupRecord).title });
            return sendNull(ctx, 'SetUserAsOwner');
          },
        },
      }),
      cancurrentusereditmembership: () => ({
        typeName: 'SP.Group',
        methods: { GET: (ctx) => json(ctx, 200, primitiveBody(ctx.render, 'CanCurrentUserEditMembership', canEditMembership(ctx, get(ctx)), 'Edm.Boolean')) },
      }),
      cancurrentusermanagegroup: () => ({
        typeName: 'SP.Group',
        methods: { GET: (ctx) => json(ctx, 200, primitiveBody(ctx.render, 'CanCurrentUserManageGroup', canManageGroup(ctx, get(ctx)), 'Edm.Boolean')) },
      }),
    },
    methods: {
      GET: (ctx) => sendEntity(ctx, groupEntity(ctx, get(ctx)), 'SP.ApiData.Groups'),
      MERGE: (ctx) => {
        const g = manage(ctx);
        ctx.store.updateGroup(g, groupPatch(readJsonBody(ctx)));
        return empty(204);
      },
    },
    properties: (ctx) => groupEntity(ctx, get(ctx)).props,
  };
}

/** POST web/sitegroups: a new group, owned by its creator, who is also its first member; needs CreateGroups. */
function addGroup(ctx: RequestContext): SpResponse {
  if (!has(webPermissions(ctx.store.site, ctx.user), PermissionKind.CreateGroups)) throw accessDenied();
  const patch = groupPatch(readJsonBody(ctx));
  if (!patch.title) throw spException(400, 'The group name is empty, longer than 255 characters, or contains a character a group name cannot have.');
  const g = ctx.store.createGroup({ description: '', ownerId: ctx.user.id, ...patch, title: patch.title }, ctx.user.title, [ctx.user.id]);
  return sendEntity(ctx, groupEntity(ctx, g), 'SP.ApiData.Groups', [], 201);
}

function removeGroup(ctx: RequestContext, g: GroupRecord | undefined): SpResponse {
  if (!g) groupNotFound();
  if (!canManageGroup(ctx, g)) throw accessDenied();
  ctx.store.deleteGroup(g);
  return sendNull(ctx, 'RemoveById');
}

export function siteGroupsChild(seg: Segment): ResourceNode {
  if (seg.args) return groupNode((ctx) => ctx.store.findGroup(Number(seg.args?.positional[0])));
  return {
    typeName: 'SP.GroupCollection',
    children: {
      getbyname: (s) => groupNode((ctx) => ctx.store.findGroup(argText(s))),
      getbyid: (s) => groupNode((ctx) => ctx.store.findGroup(Number(s.args?.positional[0]))),
      removebyid: (s) => ({ typeName: 'SP.GroupCollection', methods: { POST: (ctx) => removeGroup(ctx, ctx.store.findGroup(Number(s.args?.positional[0]))) } }),
      removebyloginname: (s) => ({ typeName: 'SP.GroupCollection', methods: { POST: (ctx) => removeGroup(ctx, ctx.store.findGroup(argText(s))) } }),
    },
    methods: {
      GET: (ctx) => sendCollection(ctx, ctx.store.site.groups.map((g) => groupEntity(ctx, g)), 'SP.ApiData.Groups'),
      POST: addGroup,
    },
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
