import { LISTS } from '../schema/lists';
import { IListDefinition } from '../schema/fieldTypes';
import { toDataError } from '../errors';
import { SPFI } from '../sp';

/** Which of the suite's lists the site does not have yet: the web parts show "Set up lists" when any are missing. */
export async function missingLists(sp: SPFI, lists: readonly IListDefinition[] = LISTS): Promise<string[]> {
  try {
    const existing = await sp.web.lists.select('Title')<{ Title: string }[]>();
    const titles = new Set(existing.map((l) => l.Title));
    return lists.filter((l) => !titles.has(l.title)).map((l) => l.title);
  } catch (error) {
    throw toDataError(error, 'the site\'s lists');
  }
}
