import { IEntity } from '../../domain/entities';
import { IListQuery } from '../../domain/query';
import { IListPermissions } from '../../domain/services';
import { DataError, isDataError, toDataError } from '../errors';
import { CurrentUserId, ListRepository } from '../ListRepository';
import { newRequestId } from '../../domain/saving/requestId';
import { toListItem } from '../mapping';
import { ReadBatcher } from '../readBatcher';
import { IListDefinition } from '../schema/fieldTypes';
import { PermissionKind, SPFI } from '../sp';
import { assertValid } from '../validation';
import { ROLE_TYPE, hubPrincipals, setItemPermissions } from './itemPermissions';

/**
 * A folder per person (lists with `editors: 'ownFolders'`: Champion Activities, Initiative Scores, KPI Measurements). SharePoint itself
 * decides who may write what:
 * - nobody but the programme office (Full Control of the list) adds at the list's root;
 * - the office creates each person's folder, named by the person's site user id, and gives it unique permissions: the
 *   person Contribute (Read once they may no longer add), the office Full Control, and, unless the list keeps its
 *   folders private, site members Read (copied from the list);
 * - items inherit their folder's permissions, so a person adds and edits only inside their own folder, and in a list
 *   with private folders (`privateFolders`) reads only their own folder: SharePoint leaves the rest out of their reads;
 * - WriteSecurity 2 keeps the folder item itself (created by the office) out of the person's reach: they cannot
 *   rename it (which would move their items to another name).
 * The person an item belongs to is the owner of the top-level folder that holds it (its FileDirRef), never its
 * Created By: anyone who can edit an item can re-attribute its author (local/sharepoint/README.md, "System fields").
 * An item at the root or in a folder not named by a user id belongs to nobody.
 */

/** The folder of the person with this site user id. */
export const personFolderName = (userId: number): string => String(userId);

/**
 * The person (site user id) an item belongs to, from its FileDirRef and the list's root folder url: the name of the
 * top-level folder holding it. Undefined at the root or in a folder that is not named by a user id.
 */
export function folderOwner(fileDirRef: unknown, rootUrl: string): number | undefined {
  if (typeof fileDirRef !== 'string' || !rootUrl) return undefined;
  const root = rootUrl.replace(/\/+$/, '').toLowerCase();
  if (!fileDirRef.toLowerCase().startsWith(`${root}/`)) return undefined;
  const top = fileDirRef.slice(root.length + 1).split('/')[0];
  return /^[1-9]\d*$/.test(top) ? Number(top) : undefined;
}

/** A REST item body as the form values AddValidateUpdateItemUsingPath takes (every value a string). */
export function toFormValues(body: Readonly<Record<string, unknown>>): { FieldName: string; FieldValue: string }[] {
  return Object.entries(body).map(([name, value]) => {
    const lookup = /^(.+)Id$/.exec(name);
    const fieldName = lookup && (typeof value === 'number' || value === null) ? lookup[1] : name;
    let text: string;
    if (value === null || value === undefined) text = '';
    else if (typeof value === 'boolean') text = value ? '1' : '0';
    else if (Array.isArray(value)) text = value.map(String).join(';#');
    else if (typeof value === 'object') {
      const link = value as { Url?: string; Description?: string };
      text = link.Url ? `${link.Url}, ${link.Description ?? link.Url}` : '';
    } else text = String(value);
    return { FieldName: fieldName, FieldValue: text };
  });
}

interface IFormResult {
  FieldName?: string;
  FieldValue?: string;
  HasException?: boolean;
  ErrorMessage?: string | null;
}

/**
 * A list with a folder per person: adds go into the signed-in person's own folder (AddValidateUpdateItemUsingPath,
 * idempotent by request id as every add); reads leave the folders out and say whose each item is (`ownerId`, the
 * folder's owner); `permissions().canAdd` is whether the signed-in person may add in their own folder.
 */
export class FolderListRepository<T extends IEntity> extends ListRepository<T> {
  private rootUrl?: Promise<string>;
  private readonly logins = new Map<number, Promise<string>>();

  public constructor(
    private readonly web: SPFI,
    definition: IListDefinition,
    private readonly me: CurrentUserId,
    private readonly reads?: ReadBatcher,
    /** Said when the signed-in person has no folder yet (or may not add in it). */
    private readonly noFolderMessage = 'You cannot add here yet: the programme office has not opened your folder.'
  ) {
    super(web, definition, me, reads);
  }

  /**
   * A REST body's people (`<Field>Id`: site user ids) as form values take them: `[{"Key":"<login>"}]` (the form values
   * of AddValidateUpdateItemUsingPath name a person by login, never by id).
   */
  private async peopleAsKeys(body: Readonly<Record<string, unknown>>): Promise<Record<string, unknown>> {
    const out: Record<string, unknown> = { ...body };
    for (const field of this.definition.fields) {
      if (field.kind !== 'User') continue;
      const key = `${field.internalName}Id`;
      const value = out[key];
      const ids = (Array.isArray(value) ? value : [value]).filter((v): v is number => typeof v === 'number');
      if (!ids.length) continue;
      try {
        const logins = await Promise.all(ids.map((id) => this.loginOf(id)));
        delete out[key];
        out[field.internalName] = JSON.stringify(logins.map((login) => ({ Key: login })));
      } catch (error) {
        throw toDataError(error, `the person in ${field.title}`);
      }
    }
    return out;
  }

  private loginOf(id: number): Promise<string> {
    let login = this.logins.get(id);
    if (!login) {
      login = this.web.web.siteUsers.getById(id).select('LoginName')<{ LoginName: string }>().then((u) => u.LoginName);
      login.catch(() => this.logins.delete(id));
      this.logins.set(id, login);
    }
    return login;
  }

  /** The list's root folder url (read once). */
  public rootFolderUrl(): Promise<string> {
    const read = (sp: SPFI): Promise<{ ServerRelativeUrl: string }> => sp.web.lists.getByTitle(this.definition.title).rootFolder.select('ServerRelativeUrl')<{ ServerRelativeUrl: string }>();
    // Through the read batcher when there is one: asked with the list's items (getAll), it joins their $batch.
    this.rootUrl ??= (this.reads ? this.reads.read(read) : read(this.web))
      .then((r) => r.ServerRelativeUrl)
      .catch((error: unknown) => {
        this.rootUrl = undefined;
        throw toDataError(error, `the ${this.definition.title} list`);
      });
    return this.rootUrl;
  }

  private async owned(items: T[]): Promise<T[]> {
    if (!items.length) return items;
    const root = await this.rootFolderUrl();
    const rootPath = root.replace(/\/+$/, '').toLowerCase();
    return items
      .filter((i) => !i.isFolder)
      .map((i) => ({ ...i, ownerId: folderOwner(i.folderPath, root), atListRoot: typeof i.folderPath === 'string' && i.folderPath.replace(/\/+$/, '').toLowerCase() === rootPath }));
  }

  /** The folder an add goes into (the list's root url and the signed-in person's id): their own folder. */
  protected async addFolder(root: string, me: number): Promise<string> {
    return `${root}/${personFolderName(me)}`;
  }

  public async getAll(query?: IListQuery<T>): Promise<T[]> {
    const root = this.rootFolderUrl();
    root.catch(() => undefined);
    return this.owned(await super.getAll(query));
  }

  public async getById(id: number): Promise<T> {
    const [item] = await this.owned([await super.getById(id)]);
    if (!item) throw new DataError('NotFound', `Item ${id} in ${this.definition.title} is a folder.`, 404);
    return item;
  }

  public async update(id: number, values: Partial<T>, etag: string): Promise<T> {
    const [item] = await this.owned([await super.update(id, values, etag)]);
    return item;
  }

  /** Adds in the signed-in person's own folder. */
  protected async insert(body: Record<string, unknown>): Promise<number> {
    const [root, me] = await Promise.all([this.rootFolderUrl(), this.me()]);
    let results: IFormResult[];
    try {
      results = (await this.web.web.lists
        .getByTitle(this.definition.title)
        .addValidateUpdateItemUsingPath(toFormValues(await this.peopleAsKeys(body)), await this.addFolder(root, me))) as IFormResult[];
    } catch (error) {
      const failure = toDataError(error, `your item in ${this.definition.title}`);
      if (failure.status === 404 || failure.kind === 'NotFound') throw new DataError('AccessDenied', this.noFolderMessage, failure.status, failure.serverMessage);
      throw failure;
    }
    const refused = results.find((r) => r.HasException);
    if (refused) throw new DataError('Validation', `${refused.FieldName ?? 'A value'}: ${refused.ErrorMessage ?? 'SharePoint refused this value.'}`);
    const id = Number(results.find((r) => r.FieldName === 'Id')?.FieldValue);
    if (!id) throw new DataError('Unknown', 'SharePoint did not say which item it added.');
    return id;
  }

  /** Adds many items in the signed-in person's own folder, 100 to a $batch (each validated first; a refused value stops it). */
  public async addMany(values: readonly Partial<T>[], onProgress?: (done: number, total: number) => void): Promise<number[]> {
    values.forEach((v) => assertValid(this.definition, v));
    const [root, me] = await Promise.all([this.rootFolderUrl(), this.me()]);
    const folder = await this.addFolder(root, me);
    const bodies = await Promise.all(values.map((v) => this.peopleAsKeys(toListItem(this.definition, { clientRequestId: newRequestId(), ...v }))));
    const ids: number[] = [];
    try {
      for (let start = 0; start < values.length; start += 100) {
        const [batched, execute] = this.web.batched();
        const list = batched.web.lists.getByTitle(this.definition.title);
        const pending = bodies.slice(start, start + 100).map((body) => list.addValidateUpdateItemUsingPath(toFormValues(body), folder) as Promise<IFormResult[]>);
        const settled = Promise.all(pending);
        settled.catch(() => undefined);
        await execute();
        for (const results of await settled) {
          const refused = results.find((r) => r.HasException);
          if (refused) throw new DataError('Validation', `${refused.FieldName ?? 'A value'}: ${refused.ErrorMessage ?? 'SharePoint refused this value.'}`);
          ids.push(Number(results.find((r) => r.FieldName === 'Id')?.FieldValue));
        }
        onProgress?.(ids.length, values.length);
      }
      return ids;
    } catch (error) {
      throw toDataError(error, `the items in ${this.definition.title}`);
    }
  }

  /** The list's rights, except that adding means adding in one's own folder (read from that folder's permissions). */
  public async permissions(): Promise<IListPermissions> {
    const [onList, me] = await Promise.all([
      // A list whose folders are private is closed to everyone outside its group: no rights at all, not an error.
      super.permissions().catch((error: unknown) => {
        if (this.definition.privateFolders && (isDataError(error, 'AccessDenied') || isDataError(error, 'NotFound'))) return { canAdd: false, canEditAll: false };
        throw error;
      }),
      this.me()
    ]);
    try {
      const folder = await this.web.web.lists.getByTitle(this.definition.title).rootFolder.folders.getByUrl(personFolderName(me)).getItem();
      const mine = await folder.getCurrentUserEffectivePermissions();
      return { ...onList, canAdd: folder.hasPermissions(mine, PermissionKind.AddListItems) };
    } catch (error) {
      const failure = toDataError(error, `your folder in ${this.definition.title}`);
      if (failure.status === 404 || failure.kind === 'NotFound' || failure.kind === 'AccessDenied') return { ...onList, canAdd: false };
      throw failure;
    }
  }
}

/**
 * Opens (or closes) a person's folder, as the programme office: creates it when missing, gives it unique permissions
 * and gives the person Contribute ('Contribute': they may add) or Read only ('Read': their items stay theirs to read).
 * In a list with private folders the folder gets exactly the office and the site's owners (Full Control) and the
 * person; otherwise the list's own assignments are copied (members Read, the office Full Control). Idempotent.
 */
export async function ensurePersonFolder(sp: SPFI, definition: IListDefinition, userId: number, access: 'Contribute' | 'Read'): Promise<void> {
  try {
    const list = sp.web.lists.getByTitle(definition.title);
    const name = personFolderName(userId);
    await list.rootFolder.folders.addUsingPath(name);
    const folder = await list.rootFolder.folders.getByUrl(name).getItem<{ Id: number; HasUniqueRoleAssignments: boolean }>('Id', 'HasUniqueRoleAssignments');
    if (definition.privateFolders) {
      const principals = await hubPrincipals(sp);
      const managers = [principals.office, principals.owners].filter((id): id is number => id !== undefined);
      const grants = [
        ...managers.map((principalId) => ({ principalId, role: ROLE_TYPE.administrator })),
        { principalId: userId, role: access === 'Contribute' ? ROLE_TYPE.contributor : ROLE_TYPE.reader }
      ];
      await setItemPermissions(sp, definition.title, [{ id: folder.Id, hasUniqueRoleAssignments: folder.HasUniqueRoleAssignments, grants }], () => '');
      return;
    }
    if (!folder.HasUniqueRoleAssignments) await folder.breakRoleInheritance(true, false);
    const [wanted, other] = await Promise.all([
      sp.web.roleDefinitions.getByType(access === 'Contribute' ? ROLE_TYPE.contributor : ROLE_TYPE.reader).select('Id')<{ Id: number }>(),
      sp.web.roleDefinitions.getByType(access === 'Contribute' ? ROLE_TYPE.reader : ROLE_TYPE.contributor).select('Id')<{ Id: number }>()
    ]);
    const assignments = await folder.roleAssignments.expand('RoleDefinitionBindings').select('PrincipalId', 'RoleDefinitionBindings/Id')<
      { PrincipalId: number; RoleDefinitionBindings: { Id: number }[] }[]
    >();
    const bindings = assignments.find((a) => a.PrincipalId === userId)?.RoleDefinitionBindings ?? [];
    if (bindings.some((b) => b.Id === other.Id)) await folder.roleAssignments.remove(userId, other.Id);
    if (!bindings.some((b) => b.Id === wanted.Id)) await folder.roleAssignments.add(userId, wanted.Id);
  } catch (error) {
    throw toDataError(error, `a folder in ${definition.title}`);
  }
}

/** The names of the person folders a list has (its top-level folders). */
export async function personFolderNames(sp: SPFI, definition: IListDefinition): Promise<Set<string>> {
  const folders = await sp.web.lists.getByTitle(definition.title).rootFolder.folders.select('Name')<{ Name: string }[]>();
  return new Set(folders.map((f) => f.Name));
}

/**
 * A list with private folders (Initiative Scores): opens a folder (Contribute) for every member of its group
 * (`privateFolders.group`: the Scoring Panel). With `onlyMissing` (set-up) members whose folder exists are left as they
 * are; otherwise (the programme office opening a scoring round) every member's folder is given Contribute again and
 * the folder of anyone no longer in the group drops to Read (their past items stay theirs to read). Returns what it did.
 */
export async function openGroupFolders(sp: SPFI, definition: IListDefinition, options: { readonly onlyMissing?: boolean } = {}): Promise<string[]> {
  const group = definition.privateFolders?.group;
  if (!group) return [];
  let people: { Id: number; Title: string }[];
  try {
    people = await sp.web.siteGroups.getByName(group).users.select('Id', 'Title')<{ Id: number; Title: string }[]>();
  } catch (error) {
    throw toDataError(error, `the "${group}" group`);
  }
  const existing = await personFolderNames(sp, definition).catch((error: unknown) => Promise.reject(toDataError(error, `the ${definition.title} list`)));
  const changes: string[] = [];
  const inGroup = new Set<string>();
  for (const person of people) {
    const name = personFolderName(person.Id);
    inGroup.add(name);
    if (options.onlyMissing && existing.has(name)) continue;
    await ensurePersonFolder(sp, definition, person.Id, 'Contribute');
    if (!existing.has(name)) changes.push(`${definition.title}: opened ${person.Title}'s folder (they can add to it; only they and the Programme Office read it).`);
  }
  if (!options.onlyMissing) {
    for (const name of existing) {
      if (inGroup.has(name) || !/^[1-9]\d*$/.test(name)) continue;
      await ensurePersonFolder(sp, definition, Number(name), 'Read');
      changes.push(`${definition.title}: the folder of user ${name}, no longer in "${group}", is read-only for them.`);
    }
  }
  return changes;
}
