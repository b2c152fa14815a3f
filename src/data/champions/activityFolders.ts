import { IChampion, IChampionActivity } from '../../domain/entities';
import { IListQuery } from '../../domain/query';
import { ListRepository } from '../ListRepository';
import { ReadBatcher } from '../readBatcher';
import { IListDefinition } from '../schema/fieldTypes';
import { listDefinition } from '../schema/lists';
import { ensurePersonFolder, FolderListRepository, folderOwner, personFolderName, toFormValues } from '../security/personFolders';
import { SPFI } from '../sp';

/**
 * A folder per champion in Champion Activities (the rule and its reasons: src/data/security/personFolders.ts). Site
 * members read the list; the programme office opens a champion's folder (Contribute) when it makes them Active, and an
 * Inactive champion's folder drops to Read. An activity counts for the owner of its folder, never its Created By.
 */

/** The folder of the champion with this site user id. */
export const activityFolderName = personFolderName;
export { folderOwner, toFormValues };

/**
 * Champion Activities: adds go into the signed-in champion's own folder; reads leave the folders out (and anything
 * without a type or date); updates and deletes are the list repository's (an item in a folder is edited like any other).
 */
export class ChampionActivityRepository extends FolderListRepository<IChampionActivity> {
  public constructor(web: SPFI, definition: IListDefinition, me: () => Promise<number>, batcher?: ReadBatcher) {
    super(web, definition, me, batcher, 'You cannot log activities yet: the programme office opens your activity folder when it makes you an active champion.');
  }

  /** The activities a query matches; the champions' folders (list items too, without a type or date) are left out. */
  public async getAll(query?: IListQuery<IChampionActivity>): Promise<IChampionActivity[]> {
    return (await super.getAll(query)).filter((a) => !!a.activityType && !!a.activityDate);
  }
}

/**
 * Opens (or closes) a champion's activity folder, as the programme office: creates it when missing, gives it unique
 * permissions copied from the list (members Read, the office Full Control), and gives the champion Contribute
 * ('Contribute': active) or Read only ('Read': inactive, their history stays). Idempotent.
 */
export const ensureActivityFolder = (sp: SPFI, definition: IListDefinition, championUserId: number, access: 'Contribute' | 'Read'): Promise<void> =>
  ensurePersonFolder(sp, definition, championUserId, access);

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
