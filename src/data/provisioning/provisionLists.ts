import { LISTS } from '../schema/lists';
import { IFieldDefinition, IListDefinition } from '../schema/fieldTypes';
import { fieldSchemaXml } from '../schema/fieldXml';
import { DataError, toDataError } from '../errors';
import { body, headers, PermissionKind, SPFI, spPostMerge } from '../sp';
import { IProvisioningReport, ProgressCallback } from '../../domain/services';
import { openMissingActivityFolders } from '../champions/activityFolders';
import { ensureCuratedPermissions, ensureGroupContributes, ensureHubGroups, ensurePrivateFolderList, ensureProgrammeOfficeLocks, ensureProgrammeOfficeReadsAll } from './listPermissions';
import { openGroupFolders } from '../security/personFolders';

/**
 * Creates or brings up to date every list of the schema, with the signed-in user's rights (a site owner).
 * Idempotent: it only ever adds (lists, fields, choices, indexes, item-level security, permissions) and
 * never deletes a list, a field or an item.
 */

interface IExistingField {
  InternalName: string;
  Indexed: boolean;
  EnforceUniqueValues: boolean;
  Choices?: string[] | { results: string[] };
}

interface IExistingList {
  Id: string;
  EnableVersioning?: boolean;
  WriteSecurity?: number;
  ReadSecurity?: number;
  HasUniqueRoleAssignments?: boolean;
}

/** createfieldasxml options: keep the internal name (8) and show the column in the default view (16). */
const FIELD_OPTIONS = 8 | 16;
const FIELD_TYPE_NAMES: Record<string, string> = { Choice: 'SP.FieldChoice', MultiChoice: 'SP.FieldMultiChoice' };

const choiceList = (field: IExistingField): string[] =>
  Array.isArray(field.Choices) ? field.Choices : field.Choices?.results ?? [];

async function readList(sp: SPFI, title: string): Promise<IExistingList | undefined> {
  try {
    return await sp.web.lists.getByTitle(title).select('Id', 'WriteSecurity', 'ReadSecurity', 'HasUniqueRoleAssignments', 'EnableVersioning')<IExistingList>();
  } catch (error) {
    const dataError = toDataError(error);
    if (dataError.kind === 'NotFound') return undefined;
    throw dataError;
  }
}

async function ensureField(
  sp: SPFI,
  def: IListDefinition,
  field: IFieldDefinition,
  existing: IExistingField | undefined,
  listIds: ReadonlyMap<string, string>,
  changes: string[]
): Promise<void> {
  const list = sp.web.lists.getByTitle(def.title);
  if (!existing) {
    const lookupId = field.lookupList ? listIds.get(field.lookupList) : undefined;
    await list.fields.createFieldAsXml({ SchemaXml: fieldSchemaXml(field, lookupId), Options: FIELD_OPTIONS });
    changes.push(`${def.title}: added the column "${field.title}".`);
    return;
  }
  const update: Record<string, unknown> = {};
  const missingChoices = (field.choices ?? []).filter((c) => !choiceList(existing).includes(c));
  if (missingChoices.length) {
    update.Choices = { results: [...choiceList(existing), ...missingChoices] };
    changes.push(`${def.title}: added the choices ${missingChoices.map((c) => `"${c}"`).join(', ')} to "${field.title}".`);
  }
  if (field.indexed && !existing.Indexed) {
    update.Indexed = true;
    changes.push(`${def.title}: indexed "${field.title}".`);
  }
  if (field.unique && !existing.EnforceUniqueValues) {
    update.EnforceUniqueValues = true;
    changes.push(`${def.title}: "${field.title}" now requires unique values.`);
  }
  if (Object.keys(update).length) {
    // Verbose MERGE: PnPjs's field.update sends JSON light without the field type, which SharePoint
    // refuses for Choices ("The property 'Choices' does not exist on type 'SP.Field'").
    const verbose = { 'Content-Type': 'application/json;odata=verbose', Accept: 'application/json;odata=verbose' };
    await spPostMerge(
      list.fields.getByInternalNameOrTitle(field.internalName),
      body({ __metadata: { type: FIELD_TYPE_NAMES[field.kind] ?? 'SP.Field' }, ...update }, headers(verbose))
    );
  }
}

async function ensureList(sp: SPFI, def: IListDefinition, listIds: Map<string, string>, report: IProvisioningReport): Promise<void> {
  let existing = await readList(sp, def.title);
  const changes: string[] = [];
  if (!existing) {
    await sp.web.lists.add(def.title, def.description, 100, false);
    existing = await readList(sp, def.title);
    if (!existing) throw new DataError('Unknown', `The list ${def.title} could not be created.`);
    report.createdLists.push(def.title);
  }
  listIds.set(def.key, existing.Id);
  const list = sp.web.lists.getByTitle(def.title);
  const fields = await list.fields.select('InternalName', 'Indexed', 'EnforceUniqueValues', 'Choices')<IExistingField[]>();
  const byName = new Map(fields.map((f) => [f.InternalName, f]));
  for (const field of def.fields) {
    await ensureField(sp, def, field, byName.get(field.internalName), listIds, changes);
  }
  const author = byName.get('Author');
  if (def.indexAuthor && author && !author.Indexed) {
    await spPostMerge(
      list.fields.getByInternalNameOrTitle('Author'),
      body({ __metadata: { type: 'SP.FieldUser' }, Indexed: true }, headers({ 'Content-Type': 'application/json;odata=verbose', Accept: 'application/json;odata=verbose' }))
    );
    changes.push(`${def.title}: indexed "Created By", so each person's items can be read however large the list grows.`);
  }
  if ((def.editors === 'ownItems' || def.editors === 'namedWriters' || def.editors === 'ownFolders') && existing.WriteSecurity !== 2) {
    await list.update({ WriteSecurity: 2 });
    changes.push(`${def.title}: people can now edit only the items they created.`);
  }
  if (def.editors === 'programmeOffice' && existing.WriteSecurity === 2) {
    // A list that once let people edit only their own items (Maturity Responses before department respondents):
    // its items are now opened to named people with item permissions, which "own items only" would override.
    await list.update({ WriteSecurity: 1 });
    changes.push(`${def.title}: people with edit rights on an item can edit it, whoever created it.`);
  }
  if (def.versioning && !existing.EnableVersioning) {
    await list.update({ EnableVersioning: true });
    changes.push(`${def.title}: keeps a version of every change (who and when).`);
  }
  let hasUnique = !!existing.HasUniqueRoleAssignments;
  if (def.programmeOfficeLocksItems) {
    changes.push(...(await ensureProgrammeOfficeLocks(sp, def.title, hasUnique)));
    hasUnique = true;
  }
  if (def.contributorsGroup) {
    changes.push(...(await ensureGroupContributes(sp, def.title, def.contributorsGroup, hasUnique)));
    hasUnique = true;
  }
  if (def.readOwnItemsOnly) {
    if (existing.ReadSecurity !== 2) {
      await list.update({ ReadSecurity: 2 });
      changes.push(`${def.title}: people can now read only the items they created.`);
    }
    // After ensureGroupContributes the list has its own permissions already.
    changes.push(...(await ensureProgrammeOfficeReadsAll(sp, def.title, !!existing.HasUniqueRoleAssignments || !!def.contributorsGroup)));
  }
  if (def.editors === 'programmeOffice' || def.editors === 'namedWriters') {
    changes.push(...(await ensureCuratedPermissions(sp, def.title, hasUnique)));
  }
  if (def.editors === 'ownFolders' && def.privateFolders) {
    // Nobody but the folder's owner (and the office) reads a folder: members get nothing on the list.
    changes.push(...(await ensurePrivateFolderList(sp, def.title, def.privateFolders.group, hasUnique)));
  } else if (def.editors === 'ownFolders') {
    // Members read; the office gets Full Control (it creates the folders and sets their permissions).
    changes.push(...(await ensureCuratedPermissions(sp, def.title, !!existing.HasUniqueRoleAssignments)));
    changes.push(...(await ensureProgrammeOfficeLocks(sp, def.title, true)));
  }
  if (report.createdLists.includes(def.title)) report.changes.push(...changes.filter((c) => !c.includes('added the column')));
  else if (changes.length) report.changes.push(...changes);
  else report.unchangedLists.push(def.title);
}

export async function provisionLists(
  sp: SPFI,
  onProgress?: ProgressCallback,
  lists: readonly IListDefinition[] = LISTS
): Promise<IProvisioningReport> {
  const canManage = await sp.web.currentUserHasPermissions(PermissionKind.ManageLists).catch((e) => {
    throw toDataError(e, 'the site');
  });
  if (!canManage) {
    throw new DataError('AccessDenied', 'Only a site owner can set up the lists. Ask the owner of this site to open this page and choose "Set up lists".');
  }
  const report: IProvisioningReport = { createdLists: [], changes: [], unchangedLists: [] };
  onProgress?.({ done: 0, total: lists.length, message: 'Setting up the site\'s groups' });
  try {
    report.changes.push(...(await ensureHubGroups(sp)));
  } catch (error) {
    throw toDataError(error, 'the site\'s groups');
  }
  const listIds = new Map<string, string>();
  for (let i = 0; i < lists.length; i++) {
    onProgress?.({ done: i, total: lists.length, message: `Setting up ${lists[i].title}` });
    try {
      await ensureList(sp, lists[i], listIds, report);
    } catch (error) {
      throw toDataError(error, `the ${lists[i].title} list`);
    }
  }
  for (const privateFolders of lists.filter((l) => l.privateFolders)) {
    try {
      report.changes.push(...(await openGroupFolders(sp, privateFolders, { onlyMissing: true })));
    } catch (error) {
      throw toDataError(error, `the ${privateFolders.title} list's folders`);
    }
  }
  const folders = lists.find((l) => l.key === 'activities');
  if (folders && lists.some((l) => l.key === 'champions')) {
    try {
      report.changes.push(...(await openMissingActivityFolders(sp, folders)));
    } catch (error) {
      throw toDataError(error, `the ${folders.title} list's folders`);
    }
  }
  onProgress?.({ done: lists.length, total: lists.length, message: 'All lists are set up' });
  return report;
}
