import { LISTS } from '../schema/lists';
import { IListDefinition } from '../schema/fieldTypes';
import { toDataError } from '../errors';
import { SPFI } from '../sp';

/** The titles of the site's lists (one request). */
export async function siteListTitles(sp: SPFI): Promise<ReadonlySet<string>> {
  try {
    const existing = await sp.web.lists.select('Title')<{ Title: string }[]>();
    return new Set(existing.map((l) => l.Title));
  } catch (error) {
    throw toDataError(error, 'the site\'s lists');
  }
}

/** Which of the given lists (default: all the suite's) the site does not have yet. */
export async function missingLists(sp: SPFI, lists: readonly IListDefinition[] = LISTS, titles?: ReadonlySet<string>): Promise<string[]> {
  const existing = titles ?? (await siteListTitles(sp));
  return lists.filter((l) => !existing.has(l.title)).map((l) => l.title);
}
