import { HttpRequestError } from '@pnp/queryable';
import { newLocal, pnp, seedTestLists, TASKS } from './helpers';

/** 5,001 tasks: Stage (indexed) is 'Proposed' on all but ten ('Done'); Effort (not indexed) = i % 10. */
function bigList() {
  const local = newLocal();
  seedTestLists(local);
  local.store.bulkAddItems(TASKS, Array.from({ length: 5001 }, (_, i) => ({ Title: `T${i + 1}`, Effort: i % 10, Stage: i < 10 ? 'Done' : 'Proposed' })));
  return { local, items: () => pnp(local).web.lists.getByTitle(TASKS).items };
}

async function throttled(p: Promise<unknown>): Promise<void> {
  const error = (await p.catch((e: unknown) => e)) as HttpRequestError;
  expect(error).toBeInstanceOf(HttpRequestError);
  expect(error.status).toBe(500);
  expect((await error.response.json())['odata.error']).toEqual({
    code: '-2147024860, Microsoft.SharePoint.SPQueryThrottledException',
    message: { lang: 'en-US', value: 'The attempted operation is prohibited because it exceeds the list view threshold.' },
  });
}

describe('the list view threshold on a 5,001-item list', () => {
  const { items } = bigList();

  test('a filter on a non-indexed column is 500 SPQueryThrottledException', async () => {
    await throttled(items().filter('Effort eq 5')());
  });

  test('an indexed filter that narrows below 5,000 works, and may be combined with any clause', async () => {
    expect(await items().select('Id').filter("Stage eq 'Done'")()).toHaveLength(10);
    expect((await items().select('Id').filter("Effort eq 5 and Stage eq 'Done'")()).map((r: { Id: number }) => r.Id)).toEqual([6]);
  });

  test('an indexed filter that still matches more than 5,000 items is refused', async () => {
    await throttled(items().filter('Id ge 1')());
    await throttled(items().filter("Stage eq 'Proposed' or Stage eq 'Done'")());
    expect(await items().select('Id').filter("Stage eq 'Proposed'")()).toHaveLength(100); // 4,991 match: allowed, first page
  });

  test('ID-ordered paging still reads everything; ID filters are indexed', async () => {
    let count = 0;
    for await (const page of items().select('Id').top(2000)) count += page.length;
    expect(count).toBe(5001);
    expect(await items().select('Id').filter('Id gt 4990')()).toHaveLength(11);
    expect((await items().select('Id').orderBy('Id', false).top(1)())[0].Id).toBe(5001);
  });

  test('$orderby on a non-indexed column and $top over 5,000 are refused', async () => {
    await throttled(items().orderBy('Effort')());
    await throttled(items().filter("Stage eq 'Done'").orderBy('Title')());
    await throttled(items().top(5001)());
  });

  test('the same queries work on a list at the threshold or below', async () => {
    const local = newLocal();
    seedTestLists(local);
    local.store.bulkAddItems(TASKS, Array.from({ length: 50 }, (_, i) => ({ Title: `T${i}`, Effort: i % 10 })));
    expect(await pnp(local).web.lists.getByTitle(TASKS).items.filter('Effort eq 5').orderBy('Effort')()).toHaveLength(5);
  });
});
