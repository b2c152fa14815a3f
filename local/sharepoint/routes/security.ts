/**
 * Security: role definitions, role assignments, effective permissions and role inheritance
 * on the web, a list or an item.
 *
 * Documented choices:
 * - breakroleinheritance(copyroleassignments=false) leaves the user who broke it with Full
 *   Control on the list or item (as SharePoint does, so nobody locks themselves out); with
 *   copyroleassignments=true the parent's assignments (the list's, or the web's) are copied.
 *   Breaking an object that already has unique role assignments changes nothing.
 * - clearsubscopes=true on a list that breaks inheritance makes its items inherit again (items
 *   have no subscopes of their own).
 * - An item's role assignments are stored on the item; changing them does not change its ETag.
 * - Reading role assignments needs EnumeratePermissions; changing them ManagePermissions.
 */
import { json, type RequestContext } from '../context';
import { findPerson, findPersonById, ROLE_IDS } from '../directory';
import { accessDenied, invalidRequest, spException } from '../errors';
import { CollectionValue, ComplexValue, complexBody, EntityValue } from '../formats';
import {
  findRoleDefinition, has, listPermissions, PermissionKind, ROLE_DEFINITIONS, toBasePermissions,
  webPermissions, type PermissionMask, type RoleDefinition,
} from '../permissions';
import type { ResourceNode } from '../router';
import type { ListState } from '../store';
import type { ItemRecord, LocalPerson, RoleAssignmentRecord } from '../types';
import { groupEntity, userEntity } from './users';
import { queryOf, sendCollection, sendEntity, sendNull } from './common';
import type { Segment } from '../pathParser';
import { inheritedAssignments, itemMask } from '../folders';

export type SecurableScope =
  | { kind: 'web' }
  | { kind: 'list'; list: ListState }
  | { kind: 'item'; list: ListState; item: ItemRecord };

export function scopeMask(ctx: RequestContext, scope: SecurableScope, user: LocalPerson = ctx.user): PermissionMask {
  const site = ctx.store.site;
  switch (scope.kind) {
    case 'web': return webPermissions(site, user);
    case 'list': return listPermissions(site, scope.list.data, user);
    default: return itemMask(site, scope.list, scope.item, user);
  }
}

/** The assignments in force on the scope: its own, else the parent's it inherits. */
function assignmentsOf(ctx: RequestContext, scope: SecurableScope): RoleAssignmentRecord[] {
  if (scope.kind === 'web') return ctx.store.site.webRoleAssignments;
  if (scope.kind === 'item' && scope.item.roleAssignments) return scope.item.roleAssignments;
  if (scope.kind === 'item') {
    const folder = inheritedAssignments(scope.list, scope.item);
    if (folder) return folder;
  }
  return scope.list.data.roleAssignments ?? ctx.store.site.webRoleAssignments;
}

function hasUnique(scope: SecurableScope): boolean {
  if (scope.kind === 'web') return true;
  return scope.kind === 'list' ? scope.list.data.roleAssignments !== null : scope.item.roleAssignments !== undefined;
}

/** Records a security change where it is persisted: items with their list's items, the rest with the site. */
function touch(ctx: RequestContext, scope: SecurableScope): void {
  if (scope.kind === 'item') ctx.store.touchItems(scope.list, scope.item);
  else ctx.store.touchSite();
}

const copyOf = (assignments: RoleAssignmentRecord[]): RoleAssignmentRecord[] =>
  assignments.map((a) => ({ principalId: a.principalId, roleDefIds: [...a.roleDefIds] }));

export function basePermissionsValue(mask: PermissionMask): ComplexValue {
  return new ComplexValue('SP.BasePermissions', { ...toBasePermissions(mask) });
}

function permissionsResponse(ctx: RequestContext, mask: PermissionMask, property: string): ReturnType<typeof json> {
  return json(ctx, 200, complexBody(ctx.render, basePermissionsValue(mask), property, 'SP.BasePermissions'));
}

/** .../EffectiveBasePermissions */
export function effectivePermissionsNode(scope: SecurableScope): ResourceNode {
  return {
    typeName: 'SP.BasePermissions',
    methods: { GET: (ctx) => permissionsResponse(ctx, scopeMask(ctx, scope), 'EffectiveBasePermissions') },
  };
}

/** .../getusereffectivepermissions(@user)?@user='i:0#.f|membership|x' */
export function userEffectivePermissionsNode(scope: SecurableScope, seg: Segment): ResourceNode {
  return {
    typeName: 'SP.BasePermissions',
    methods: {
      GET: (ctx) => {
        const login = String(seg.args?.positional[0] ?? seg.args?.named.username ?? seg.args?.named.user ?? '');
        const person = findPerson(login);
        if (!person) throw spException(404, 'User cannot be found.');
        if (person.id !== ctx.user.id && !has(scopeMask(ctx, scope), PermissionKind.EnumeratePermissions)) throw accessDenied();
        return permissionsResponse(ctx, scopeMask(ctx, scope, person), 'GetUserEffectivePermissions');
      },
    },
  };
}

// ------------------------------------------------------------ role definitions

function roleDefinitionEntity(ctx: RequestContext, r: RoleDefinition): EntityValue {
  return new EntityValue('SP.RoleDefinition', `${ctx.apiUrl}/Web/RoleDefinitions(${r.id})`, {
    BasePermissions: basePermissionsValue(r.mask),
    Description: r.description,
    Hidden: r.hidden,
    Id: r.id,
    Name: r.name,
    Order: r.order,
    RoleTypeKind: r.roleTypeKind,
  }, { editLink: `Web/RoleDefinitions(${r.id})` });
}

function roleDefinitionNode(find: () => RoleDefinition | undefined): ResourceNode {
  return {
    typeName: 'SP.RoleDefinition',
    methods: {
      GET: (ctx) => {
        const r = find();
        if (!r) throw spException(404, 'Permission level cannot be found.', '-2146232832');
        return sendEntity(ctx, roleDefinitionEntity(ctx, r), 'SP.ApiData.RoleDefinitions');
      },
    },
  };
}

export function roleDefinitionsNode(): ResourceNode {
  const byId = (seg: Segment) => roleDefinitionNode(() => findRoleDefinition(Number(seg.args?.positional[0])));
  return {
    typeName: 'SP.RoleDefinitionCollection',
    children: {
      getbyid: byId,
      getbytype: (seg) => roleDefinitionNode(() => ROLE_DEFINITIONS.find((r) => r.roleTypeKind === Number(seg.args?.positional[0]))),
      getbyname: (seg) => roleDefinitionNode(() => ROLE_DEFINITIONS.find((r) => r.name.toLowerCase() === String(seg.args?.positional[0]).toLowerCase())),
    },
    methods: {
      GET: (ctx) => sendCollection(ctx, ROLE_DEFINITIONS.map((r) => roleDefinitionEntity(ctx, r)), 'SP.ApiData.RoleDefinitions'),
    },
  };
}

// ------------------------------------------------------------ role assignments

function principalEntity(ctx: RequestContext, principalId: number): EntityValue | null {
  const person = findPersonById(principalId);
  if (person) return userEntity(ctx, person);
  const group = ctx.store.findGroup(principalId);
  return group ? groupEntity(ctx, group) : null;
}

function scopeUri(ctx: RequestContext, scope: SecurableScope): string {
  if (scope.kind === 'web') return `${ctx.apiUrl}/Web`;
  const list = `${ctx.apiUrl}/Web/Lists(guid'${scope.list.data.id}')`;
  return scope.kind === 'list' ? list : `${list}/Items(${scope.item.id})`;
}

function assignmentEntity(ctx: RequestContext, scope: SecurableScope, a: RoleAssignmentRecord, expand: string[]): EntityValue {
  const props: Record<string, unknown> = { PrincipalId: a.principalId };
  if (expand.some((e) => e.toLowerCase() === 'member')) {
    const member = principalEntity(ctx, a.principalId);
    if (member) props.Member = member;
  }
  if (expand.some((e) => e.toLowerCase() === 'roledefinitionbindings')) {
    const defs = a.roleDefIds.map(findRoleDefinition).filter((r): r is RoleDefinition => Boolean(r));
    props.RoleDefinitionBindings = new CollectionValue(null, defs.map((r) => roleDefinitionEntity(ctx, r)));
  }
  return new EntityValue('SP.RoleAssignment', `${scopeUri(ctx, scope)}/RoleAssignments/GetByPrincipalId(${a.principalId})`, props);
}

function requireManagePermissions(ctx: RequestContext, scope: SecurableScope): void {
  if (!has(scopeMask(ctx, scope), PermissionKind.ManagePermissions)) throw accessDenied();
}

function mutableAssignments(ctx: RequestContext, scope: SecurableScope): RoleAssignmentRecord[] {
  if (!hasUnique(scope)) throw spException(400, 'This operation is not allowed on an object that inherits permissions.');
  return assignmentsOf(ctx, scope);
}

function changeAssignment(ctx: RequestContext, scope: SecurableScope, seg: Segment, add: boolean): ReturnType<typeof json> {
  requireManagePermissions(ctx, scope);
  const principalId = Number(seg.args?.named.principalid ?? seg.args?.positional[0]);
  const roleDefId = Number(seg.args?.named.roledefid ?? seg.args?.positional[1]);
  if (!principalEntity(ctx, principalId)) throw spException(400, 'Cannot find the principal with id: ' + principalId + '.');
  if (!findRoleDefinition(roleDefId)) throw spException(400, 'Permission level cannot be found.');
  const assignments = mutableAssignments(ctx, scope);
  const existing = assignments.find((a) => a.principalId === principalId);
  if (add) {
    if (existing) {
      if (!existing.roleDefIds.includes(roleDefId)) existing.roleDefIds.push(roleDefId);
    } else {
      assignments.push({ principalId, roleDefIds: [roleDefId] });
    }
  } else if (existing) {
    existing.roleDefIds = existing.roleDefIds.filter((id) => id !== roleDefId);
    if (existing.roleDefIds.length === 0) assignments.splice(assignments.indexOf(existing), 1);
  }
  touch(ctx, scope);
  return sendNull(ctx, add ? 'AddRoleAssignment' : 'RemoveRoleAssignment');
}

function roleAssignmentNode(scope: SecurableScope, principalId: number): ResourceNode {
  const find = (ctx: RequestContext) => {
    const a = assignmentsOf(ctx, scope).find((x) => x.principalId === principalId);
    if (!a) throw spException(404, 'Can not find the principal with id: ' + principalId + '.');
    return a;
  };
  return {
    typeName: 'SP.RoleAssignment',
    methods: {
      GET: (ctx) => {
        if (!has(scopeMask(ctx, scope), PermissionKind.EnumeratePermissions)) throw accessDenied();
        return sendEntity(ctx, assignmentEntity(ctx, scope, find(ctx), queryOf(ctx).expand), 'SP.ApiData.RoleAssignments');
      },
      DELETE: (ctx) => {
        requireManagePermissions(ctx, scope);
        const assignments = mutableAssignments(ctx, scope);
        assignments.splice(assignments.indexOf(find(ctx)), 1);
        touch(ctx, scope);
        return json(ctx, 200, {});
      },
    },
  };
}

export function roleAssignmentsNode(scope: SecurableScope): ResourceNode {
  return {
    typeName: 'SP.RoleAssignmentCollection',
    children: {
      addroleassignment: (seg) => ({ typeName: 'SP.RoleAssignmentCollection', methods: { POST: (ctx) => changeAssignment(ctx, scope, seg, true) } }),
      removeroleassignment: (seg) => ({ typeName: 'SP.RoleAssignmentCollection', methods: { POST: (ctx) => changeAssignment(ctx, scope, seg, false) } }),
      getbyprincipalid: (seg) => roleAssignmentNode(scope, Number(seg.args?.positional[0])),
    },
    methods: {
      GET: (ctx) => {
        if (!has(scopeMask(ctx, scope), PermissionKind.EnumeratePermissions)) throw accessDenied();
        const expand = queryOf(ctx).expand;
        return sendCollection(ctx, assignmentsOf(ctx, scope).map((a) => assignmentEntity(ctx, scope, a, expand)), 'SP.ApiData.RoleAssignments');
      },
    },
  };
}

/** roleassignments(5) */
export function roleAssignmentsChild(scope: SecurableScope): (seg: Segment) => ResourceNode {
  return (seg) => (seg.args ? roleAssignmentNode(scope, Number(seg.args.positional[0])) : roleAssignmentsNode(scope));
}

// ------------------------------------------------------------ inheritance

const truthy = (value: unknown): boolean => value === true || value === 'true';

export function breakInheritanceNode(scope: SecurableScope, seg: Segment): ResourceNode {
  return {
    typeName: 'SP.SecurableObject',
    methods: {
      POST: (ctx) => {
        if (scope.kind === 'web') throw invalidRequest('The root web always has unique role assignments.');
        requireManagePermissions(ctx, scope);
        const copy = truthy(seg.args?.named.copyroleassignments ?? seg.args?.positional[0] ?? false);
        const clearSubscopes = truthy(seg.args?.named.clearsubscopes ?? seg.args?.positional[1] ?? false);
        if (!hasUnique(scope)) {
          const base = copy ? copyOf(assignmentsOf(ctx, scope)) : [{ principalId: ctx.user.id, roleDefIds: [ROLE_IDS.fullControl] }];
          if (scope.kind === 'item') {
            scope.item.roleAssignments = base;
          } else {
            scope.list.data.roleAssignments = base;
            if (clearSubscopes) {
              for (const item of scope.list.items.values()) delete item.roleAssignments;
              ctx.store.touchItems(scope.list);
            }
          }
          touch(ctx, scope);
        }
        return sendNull(ctx, 'BreakRoleInheritance');
      },
    },
  };
}

export function resetInheritanceNode(scope: SecurableScope): ResourceNode {
  return {
    typeName: 'SP.SecurableObject',
    methods: {
      POST: (ctx) => {
        if (scope.kind === 'web') throw invalidRequest('The root web cannot inherit role assignments.');
        requireManagePermissions(ctx, scope);
        if (scope.kind === 'item') delete scope.item.roleAssignments;
        else scope.list.data.roleAssignments = null;
        touch(ctx, scope);
        return sendNull(ctx, 'ResetRoleInheritance');
      },
    },
  };
}

/** The security children every securable object has. */
export function securityChildren(scope: SecurableScope): Record<string, (seg: Segment) => ResourceNode> {
  return {
    effectivebasepermissions: () => effectivePermissionsNode(scope),
    effectivebasepermissionsforui: () => effectivePermissionsNode(scope),
    getusereffectivepermissions: (seg) => userEffectivePermissionsNode(scope, seg),
    roleassignments: roleAssignmentsChild(scope),
    breakroleinheritance: (seg) => breakInheritanceNode(scope, seg),
    resetroleinheritance: () => resetInheritanceNode(scope),
  };
}

export { hasUnique };
