import { SPFI } from '../sp';

/** SharePoint's built-in role types (SP.RoleType). */
const ROLE_READER = 2;
const ROLE_ADMINISTRATOR = 5;
const ROLE_EDITOR = 6;
export const PROGRAMME_OFFICE_GROUP = 'Programme Office';

interface IPrincipal {
  Id: number;
}

/**
 * Curated lists (the roadmap, KPIs, models...) are read by everyone and edited by the Programme Office and
 * site owners. The list stops inheriting the site's permissions; site members keep Read, the Programme
 * Office group gets Edit. Returns what it changed.
 */
export async function ensureCuratedPermissions(sp: SPFI, listTitle: string, hasUniquePermissions: boolean): Promise<string[]> {
  if (hasUniquePermissions) return [];
  const list = sp.web.lists.getByTitle(listTitle);
  const [members, reader, editor] = await Promise.all([
    sp.web.associatedMemberGroup.select('Id')<IPrincipal>(),
    sp.web.roleDefinitions.getByType(ROLE_READER).select('Id')<IPrincipal>(),
    sp.web.roleDefinitions.getByType(ROLE_EDITOR).select('Id')<IPrincipal>()
  ]);
  await list.breakRoleInheritance(true, false);
  const assignments = await list.roleAssignments.expand('RoleDefinitionBindings').select('PrincipalId', 'RoleDefinitionBindings/Id')<
    { PrincipalId: number; RoleDefinitionBindings: IPrincipal[] }[]
  >();
  for (const binding of assignments.find((a) => a.PrincipalId === members.Id)?.RoleDefinitionBindings ?? []) {
    if (binding.Id !== reader.Id) await list.roleAssignments.remove(members.Id, binding.Id);
  }
  await list.roleAssignments.add(members.Id, reader.Id);
  const changes = [`${listTitle}: site members can read it; only the ${PROGRAMME_OFFICE_GROUP} and site owners edit it.`];
  const office = await sp.web.siteGroups.getByName(PROGRAMME_OFFICE_GROUP).select('Id')<IPrincipal>().catch(() => undefined);
  if (office) await list.roleAssignments.add(office.Id, editor.Id);
  else changes.push(`${listTitle}: there is no "${PROGRAMME_OFFICE_GROUP}" group yet; create it and give it Edit on this list.`);
  return changes;
}

/**
 * Lists whose items the Programme Office locks (a closed maturity round's responses): the list stops inheriting,
 * keeping the site's assignments (so everyone still adds and edits their own items), and the Programme Office group
 * gets Full Control of this list only, which holds the "Manage permissions" right that locking needs.
 * Returns what it changed.
 */
export async function ensureProgrammeOfficeLocks(sp: SPFI, listTitle: string, hasUniquePermissions: boolean): Promise<string[]> {
  const list = sp.web.lists.getByTitle(listTitle);
  const office = await sp.web.siteGroups.getByName(PROGRAMME_OFFICE_GROUP).select('Id')<IPrincipal>().catch(() => undefined);
  if (!office) return [`${listTitle}: there is no "${PROGRAMME_OFFICE_GROUP}" group yet; create it and give it Full Control of this list so it can make items read-only or open them to one person (closed rounds, a talk's speaker).`];
  const fullControl = await sp.web.roleDefinitions.getByType(ROLE_ADMINISTRATOR).select('Id')<IPrincipal>();
  if (hasUniquePermissions) {
    const assignments = await list.roleAssignments.expand('RoleDefinitionBindings').select('PrincipalId', 'RoleDefinitionBindings/Id')<
      { PrincipalId: number; RoleDefinitionBindings: IPrincipal[] }[]
    >();
    const bindings = assignments.find((a) => a.PrincipalId === office.Id)?.RoleDefinitionBindings ?? [];
    if (bindings.some((b) => b.Id === fullControl.Id)) return [];
  } else {
    await list.breakRoleInheritance(true, false);
  }
  await list.roleAssignments.add(office.Id, fullControl.Id);
  return [`${listTitle}: the ${PROGRAMME_OFFICE_GROUP} can now set item permissions here (Full Control of this list).`];
}
