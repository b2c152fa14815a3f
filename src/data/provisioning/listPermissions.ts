import { SPFI } from '../sp';

/** SharePoint's built-in role types (SP.RoleType). */
const ROLE_READER = 2;
const ROLE_CONTRIBUTOR = 3;
const ROLE_ADMINISTRATOR = 5;
const ROLE_EDITOR = 6;
export const PROGRAMME_OFFICE_GROUP = 'Programme Office';
/** The representative group that scores the roadmap's initiatives (the Dudley update's "agreed scoring system"). */
export const SCORING_PANEL_GROUP = 'Scoring Panel';
/** The people who review Tech Talk proposals and score them (with the Programme Office). */
export const TALK_REVIEWERS_GROUP = 'Talk Reviewers';

/** The SharePoint groups set-up creates when the site lacks them, with what each is for. */
export const HUB_GROUPS: readonly { readonly title: string; readonly description: string }[] = [
  { title: PROGRAMME_OFFICE_GROUP, description: 'The people who run the digital strategy: they edit the roadmap, KPIs, models, rounds and departments.' },
  { title: SCORING_PANEL_GROUP, description: 'The representative group that scores the roadmap\'s initiatives in each scoring round. Only its members may add scores.' },
  { title: TALK_REVIEWERS_GROUP, description: 'Review Tech Talk proposals: each member scores a proposal 1 to 5 with a comment, and reads only their own reviews.' }
];

/**
 * Creates the hub's SharePoint groups that the site does not have yet (siteGroups.add: the creator, a site owner,
 * owns the group and is its first member). Returns what it changed.
 */
export async function ensureHubGroups(sp: SPFI): Promise<string[]> {
  const changes: string[] = [];
  for (const group of HUB_GROUPS) {
    const found = await sp.web.siteGroups.getByName(group.title).select('Id')<IPrincipal>().catch(() => undefined);
    if (found) continue;
    await sp.web.siteGroups.add({ Title: group.title, Description: group.description });
    changes.push(`Created the "${group.title}" group. Add its members in Site settings > People and groups.`);
  }
  return changes;
}

/**
 * A list only one group adds to (Initiative Scores: the scoring panel). The list stops inheriting, copying the
 * site's assignments; site members keep only Read, and the group gets Contribute. Idempotent. Returns what it changed.
 */
export async function ensureGroupContributes(sp: SPFI, listTitle: string, groupTitle: string, hasUniquePermissions: boolean): Promise<string[]> {
  const list = sp.web.lists.getByTitle(listTitle);
  const group = await sp.web.siteGroups.getByName(groupTitle).select('Id')<IPrincipal>().catch(() => undefined);
  if (!group) return [`${listTitle}: there is no "${groupTitle}" group; run set-up again as a site owner to create it.`];
  const [members, reader, contributor] = await Promise.all([
    sp.web.associatedMemberGroup.select('Id')<IPrincipal>(),
    sp.web.roleDefinitions.getByType(ROLE_READER).select('Id')<IPrincipal>(),
    sp.web.roleDefinitions.getByType(ROLE_CONTRIBUTOR).select('Id')<IPrincipal>()
  ]);
  if (!hasUniquePermissions) await list.breakRoleInheritance(true, false);
  const assignments = await list.roleAssignments.expand('RoleDefinitionBindings').select('PrincipalId', 'RoleDefinitionBindings/Id')<
    { PrincipalId: number; RoleDefinitionBindings: IPrincipal[] }[]
  >();
  const bindingsOf = (id: number): IPrincipal[] => assignments.find((a) => a.PrincipalId === id)?.RoleDefinitionBindings ?? [];
  const changes: string[] = [];
  const memberBindings = bindingsOf(members.Id);
  if (memberBindings.some((b) => b.Id !== reader.Id) || !memberBindings.some((b) => b.Id === reader.Id)) {
    for (const binding of memberBindings) {
      if (binding.Id !== reader.Id) await list.roleAssignments.remove(members.Id, binding.Id);
    }
    if (!memberBindings.some((b) => b.Id === reader.Id)) await list.roleAssignments.add(members.Id, reader.Id);
    changes.push(`${listTitle}: site members can read it; only the "${groupTitle}" group adds to it.`);
  }
  if (!bindingsOf(group.Id).some((b) => b.Id === contributor.Id)) {
    await list.roleAssignments.add(group.Id, contributor.Id);
    changes.push(`${listTitle}: the "${groupTitle}" group can add to it (Contribute), each member editing only their own items.`);
  }
  return changes;
}

interface IPrincipal {
  Id: number;
}

/**
 * A list whose folders are private (Initiative Scores: `privateFolders`): the list stops inheriting, copying the site's
 * assignments; site members and visitors lose every role on it (they read nothing); the group whose members get
 * folders reads it (so its members reach their own folder, which alone lets them in); the Programme Office gets Full
 * Control (it opens the folders and reads every item). Idempotent. Returns what it changed.
 */
export async function ensurePrivateFolderList(sp: SPFI, listTitle: string, groupTitle: string, hasUniquePermissions: boolean): Promise<string[]> {
  const list = sp.web.lists.getByTitle(listTitle);
  const idOf = (read: () => Promise<IPrincipal>): Promise<number | undefined> => read().then((p) => p.Id, () => undefined);
  const [members, visitors, group, office, reader, fullControl] = await Promise.all([
    idOf(() => sp.web.associatedMemberGroup.select('Id')<IPrincipal>()),
    idOf(() => sp.web.associatedVisitorGroup.select('Id')<IPrincipal>()),
    idOf(() => sp.web.siteGroups.getByName(groupTitle).select('Id')<IPrincipal>()),
    idOf(() => sp.web.siteGroups.getByName(PROGRAMME_OFFICE_GROUP).select('Id')<IPrincipal>()),
    sp.web.roleDefinitions.getByType(ROLE_READER).select('Id')<IPrincipal>(),
    sp.web.roleDefinitions.getByType(ROLE_ADMINISTRATOR).select('Id')<IPrincipal>()
  ]);
  if (!hasUniquePermissions) await list.breakRoleInheritance(true, false);
  const assignments = await list.roleAssignments.expand('RoleDefinitionBindings').select('PrincipalId', 'RoleDefinitionBindings/Id')<
    { PrincipalId: number; RoleDefinitionBindings: IPrincipal[] }[]
  >();
  const bindingsOf = (id: number | undefined): IPrincipal[] => (id === undefined ? [] : assignments.find((a) => a.PrincipalId === id)?.RoleDefinitionBindings ?? []);
  const changes: string[] = [];
  let closed = false;
  for (const principal of [members, visitors]) {
    for (const binding of bindingsOf(principal)) {
      await list.roleAssignments.remove(principal as number, binding.Id);
      closed = true;
    }
  }
  if (closed) changes.push(`${listTitle}: site members and visitors can no longer read it; each person reads only their own folder.`);
  if (group === undefined) changes.push(`${listTitle}: there is no "${groupTitle}" group; run set-up again as a site owner to create it.`);
  else {
    const groupBindings = bindingsOf(group);
    for (const binding of groupBindings) if (binding.Id !== reader.Id) await list.roleAssignments.remove(group, binding.Id);
    if (!groupBindings.some((b) => b.Id === reader.Id)) await list.roleAssignments.add(group, reader.Id);
    if (groupBindings.length !== 1 || groupBindings[0].Id !== reader.Id) changes.push(`${listTitle}: the "${groupTitle}" group reaches the list; each member adds to and reads only their own folder.`);
  }
  if (office === undefined) changes.push(`${listTitle}: there is no "${PROGRAMME_OFFICE_GROUP}" group yet; create it and give it Full Control of this list.`);
  else if (!bindingsOf(office).some((b) => b.Id === fullControl.Id)) {
    await list.roleAssignments.add(office, fullControl.Id);
    changes.push(`${listTitle}: the ${PROGRAMME_OFFICE_GROUP} reads every item and opens each person's folder (Full Control of this list).`);
  }
  return changes;
}

/**
 * Curated lists (the roadmap, KPIs, models, departments, the maturity responses...) are read by everyone and edited
 * by the Programme Office and site owners. The list stops inheriting the site's permissions (copying them); site
 * members are brought down to Read and the Programme Office group gets Edit. Idempotent: on a list that already has
 * its own permissions only what is missing is changed (a list that used to let members contribute, as Maturity
 * Responses did before department respondents, is brought down to Read). Returns what it changed.
 */
export async function ensureCuratedPermissions(sp: SPFI, listTitle: string, hasUniquePermissions: boolean): Promise<string[]> {
  const list = sp.web.lists.getByTitle(listTitle);
  const [members, reader, editor, fullControl] = await Promise.all([
    sp.web.associatedMemberGroup.select('Id')<IPrincipal>(),
    sp.web.roleDefinitions.getByType(ROLE_READER).select('Id')<IPrincipal>(),
    sp.web.roleDefinitions.getByType(ROLE_EDITOR).select('Id')<IPrincipal>(),
    sp.web.roleDefinitions.getByType(ROLE_ADMINISTRATOR).select('Id')<IPrincipal>()
  ]);
  if (!hasUniquePermissions) await list.breakRoleInheritance(true, false);
  const assignments = await list.roleAssignments.expand('RoleDefinitionBindings').select('PrincipalId', 'RoleDefinitionBindings/Id')<
    { PrincipalId: number; RoleDefinitionBindings: IPrincipal[] }[]
  >();
  const bindingsOf = (id: number): IPrincipal[] => assignments.find((a) => a.PrincipalId === id)?.RoleDefinitionBindings ?? [];
  const changes: string[] = [];
  const memberBindings = bindingsOf(members.Id);
  const membersOnlyRead = memberBindings.length === 1 && memberBindings[0].Id === reader.Id;
  if (!membersOnlyRead) {
    for (const binding of memberBindings) {
      if (binding.Id !== reader.Id) await list.roleAssignments.remove(members.Id, binding.Id);
    }
    if (!memberBindings.some((b) => b.Id === reader.Id)) await list.roleAssignments.add(members.Id, reader.Id);
  }
  const office = await sp.web.siteGroups.getByName(PROGRAMME_OFFICE_GROUP).select('Id')<IPrincipal>().catch(() => undefined);
  const officeEdits = office ? bindingsOf(office.Id).some((b) => b.Id === editor.Id || b.Id === fullControl.Id) : false;
  if (office && !officeEdits) await list.roleAssignments.add(office.Id, editor.Id);
  if (!membersOnlyRead || (office && !officeEdits)) changes.push(`${listTitle}: site members can read it; only the ${PROGRAMME_OFFICE_GROUP} and site owners edit it.`);
  if (!office) changes.push(`${listTitle}: there is no "${PROGRAMME_OFFICE_GROUP}" group yet; create it and give it Edit on this list.`);
  return changes;
}

/**
 * Lists whose items the Programme Office locks (a closed maturity round's responses): the list stops inheriting,
 * keeping the site's assignments (so everyone still adds and edits their own items), and the Programme Office group
 * gets Full Control of this list only, which holds the "Manage permissions" right that locking needs.
 * Returns what it changed.
 */
export async function ensureProgrammeOfficeLocks(sp: SPFI, listTitle: string, hasUniquePermissions: boolean): Promise<string[]> {
  return ensureProgrammeOfficeFullControl(sp, listTitle, hasUniquePermissions, {
    missing: 'so it can make items read-only or open them to one person (closed rounds, a talk\'s speaker)',
    done: 'can now set item permissions here (Full Control of this list)'
  });
}

/**
 * Lists where each person reads only their own items (ReadSecurity = 2: proposal reviews): the Programme Office gets
 * Full Control of the list, whose Manage Lists right reads every item. Returns what it changed.
 */
export async function ensureProgrammeOfficeReadsAll(sp: SPFI, listTitle: string, hasUniquePermissions: boolean): Promise<string[]> {
  return ensureProgrammeOfficeFullControl(sp, listTitle, hasUniquePermissions, {
    missing: 'so it can read every item here (each other person reads only their own)',
    done: 'reads every item here (Full Control of this list); everyone else reads only their own'
  });
}

async function ensureProgrammeOfficeFullControl(
  sp: SPFI,
  listTitle: string,
  hasUniquePermissions: boolean,
  why: { readonly missing: string; readonly done: string }
): Promise<string[]> {
  const list = sp.web.lists.getByTitle(listTitle);
  const office = await sp.web.siteGroups.getByName(PROGRAMME_OFFICE_GROUP).select('Id')<IPrincipal>().catch(() => undefined);
  if (!office) return [`${listTitle}: there is no "${PROGRAMME_OFFICE_GROUP}" group yet; create it and give it Full Control of this list ${why.missing}.`];
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
  return [`${listTitle}: the ${PROGRAMME_OFFICE_GROUP} ${why.done}.`];
}
