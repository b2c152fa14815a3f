import { IChampion, IChampionActivity } from '../../domain/entities';
import { IListQuery } from '../../domain/query';
import { DataError, toDataError } from '../errors';
import { ListRepository } from '../ListRepository';
import { toListItem } from '../mapping';
import { ReadBatcher } from '../readBatcher';
import { IListDefinition } from '../schema/fieldTypes';
import { listDefinition } from '../schema/lists';
import { SPFI } from '../sp';
import { assertValid } from '../validation';

/**
 * A folder per champion in Champion Activities. SharePoint itself decides who may log what:
 * - the list gives site members Read only, so nobody adds at its root;
 * - the programme office (Full Control of the list) creates each champion's folder, named by the champion's site user
 *   id, when it makes them Active, and gives the folder unique permissions: the champion Contribute, site members
 *   Read, the office Full Control; an Inactive champion's folder drops to Read for them;
 * - items inherit their folder's permissions, so a champion adds and edits only inside their own folder;
 * - WriteSecurity 2 keeps the folder item itself (created by the office) out of the champion's reach: they cannot
 *   rename it (which would move their activities to another name).
 * The champion an activity counts for is the owner of the top-level folder that holds it (its FileDirRef), never its
 * Created By: anyone who can edit an item can re-attribute its author (local/sharepoint/README.md, "System fields").
 */

/** The folder of the champion with this site user id. */
export const activityFolderName = (userId: number): string => String(userId);

/**
 * The champion (site user id) an activity counts for, from its FileDirRef and the list's root folder url: the name of
 * the top-level folder holding it. Undefined at the root or in a folder that is not named by a user id.
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
 * Champion Activities: adds go into the signed-in champion's own folder (AddValidateUpdateItemUsingPath); reads,
 * updates and deletes are the list repository's (an item in a folder is edited like any other).
 */
export class ChampionActivityRepository extends ListRepository<IChampionActivity> {
  private rootUrl?: Promise<string>;

  public constructor(
    private readonly web: SPFI,
    definition: IListDefinition,
    private readonly me: () => Promise<number>,
    batcher?: ReadBatcher
  ) {
    super(web, definition, me, batcher);
  }

  /** The list's root folder url (read once). */
  public rootFolderUrl(): Promise<string> {
    this.rootUrl ??= this.web.web.lists
      .getByTitle(this.definition.title)
      .rootFolder.select('ServerRelativeUrl')<{ ServerRelativeUrl: string }>()
      .then((r) => r.ServerRelativeUrl)
      .catch((error: unknown) => {
        this.rootUrl = undefined;
        throw toDataError(error, 'the Champion Activities list');
      });
    return this.rootUrl;
  }

  /** The activities a query matches; the champions' folders (list items too, without a type or date) are left out. */
  public async getAll(query?: IListQuery<IChampionActivity>): Promise<IChampionActivity[]> {
    return (await super.getAll(query)).filter((a) => !!a.activityType && !!a.activityDate);
  }

  public async add(values: Partial<IChampionActivity>): Promise<IChampionActivity> {
    assertValid(this.definition, values);
    await this.checkReferences([values]);
    const [root, me] = await Promise.all([this.rootFolderUrl(), this.me()]);
    let results: IFormResult[];
    try {
      results = (await this.web.web.lists
        .getByTitle(this.definition.title)
        .addValidateUpdateItemUsingPath(toFormValues(toListItem(this.definition, values)), `${root}/${activityFolderName(me)}`)) as IFormResult[];
    } catch (error) {
      const failure = toDataError(error, 'your activity');
      if (failure.status === 404 || failure.kind === 'NotFound') {
        throw new DataError(
          'AccessDenied',
          'You cannot log activities yet: the programme office opens your activity folder when it makes you an active champion.',
          failure.status,
          failure.serverMessage
        );
      }
      throw failure;
    }
    const refused = results.find((r) => r.HasException);
    if (refused) throw new DataError('Validation', `${refused.FieldName ?? 'A value'}: ${refused.ErrorMessage ?? 'SharePoint refused this value.'}`);
    const id = Number(results.find((r) => r.FieldName === 'Id')?.FieldValue);
    if (!id) throw new DataError('Unknown', 'SharePoint did not say which item it added.');
    return this.getById(id);
  }
}

interface IPrincipal {
  Id: number;
}

/** SP.RoleType of Contribute and Read. */
const ROLE_TYPE = { Contribute: 3, Read: 2 } as const;

/**
 * Opens (or closes) a champion's activity folder, as the programme office: creates it when missing, gives it unique
 * permissions copied from the list (members Read, the office Full Control), and gives the champion Contribute
 * ('Contribute': active) or Read only ('Read': inactive, their history stays). Idempotent.
 */
export async function ensureActivityFolder(sp: SPFI, definition: IListDefinition, championUserId: number, access: 'Contribute' | 'Read'): Promise<void> {
  try {
    const list = sp.web.lists.getByTitle(definition.title);
    const name = activityFolderName(championUserId);
    await list.rootFolder.folders.addUsingPath(name);
    const folder = await list.rootFolder.folders.getByUrl(name).getItem<{ Id: number; HasUniqueRoleAssignments: boolean }>('Id', 'HasUniqueRoleAssignments');
    if (!folder.HasUniqueRoleAssignments) await folder.breakRoleInheritance(true, false);
    const [wanted, other] = await Promise.all([
      sp.web.roleDefinitions.getByType(ROLE_TYPE[access]).select('Id')<IPrincipal>(),
      sp.web.roleDefinitions.getByType(ROLE_TYPE[access === 'Contribute' ? 'Read' : 'Contribute']).select('Id')<IPrincipal>()
    ]);
    const assignments = await folder.roleAssignments.expand('RoleDefinitionBindings').select('PrincipalId', 'RoleDefinitionBindings/Id')<
      { PrincipalId: number; RoleDefinitionBindings: IPrincipal[] }[]
    >();
    const bindings = assignments.find((a) => a.PrincipalId === championUserId)?.RoleDefinitionBindings ?? [];
    if (bindings.some((b) => b.Id === other.Id)) await folder.roleAssignments.remove(championUserId, other.Id);
    if (!bindings.some((b) => b.Id === wanted.Id)) await folder.roleAssignments.add(championUserId, wanted.Id);
  } catch (error) {
    throw toDataError(error, 'the champion\u2019s activity folder');
  }
}

/**
 * Set-up: opens the activity folder of every Active or Inactive champion who has none yet (a site set up before
 * folders, or champions added to Digital Champions by hand). Champions whose folder exists are left as they are.
 * Returns what it changed.
 */
export async function openMissingActivityFolders(sp: SPFI, definition: IListDefinition): Promise<string[]> {
  const list = sp.web.lists.getByTitle(definition.title);
  const existing = new Set((await list.rootFolder.folders.select('Name')<{ Name: string }[]>()).map((f) => f.Name));
  const champions = await new ListRepository<IChampion>(sp, listDefinition('champions')).getAll();
  const changes: string[] = [];
  for (const c of champions) {
    const id = c.champion?.id;
    if (!id || existing.has(activityFolderName(id)) || (c.status !== 'Active' && c.status !== 'Inactive')) continue;
    await ensureActivityFolder(sp, definition, id, c.status === 'Active' ? 'Contribute' : 'Read');
    changes.push(`${definition.title}: opened ${c.champion.title}'s activity folder (${c.status === 'Active' ? 'they can log activities' : 'read-only: inactive'}).`);
  }
  return changes;
}
