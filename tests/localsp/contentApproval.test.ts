/**
 * List content approval (EnableModeration) as local/sharepoint/README.md says SharePoint Online does it:
 * new and edited items are Pending, only ApproveItems sets OData__ModerationStatus, and who sees what.
 */
import { HttpRequestError } from '@pnp/queryable';
import { CHAMPION, newLocal, OFFICE, OTHER_CHAMPION, OWNER, pnp, seedTestLists, STAFF, TASKS } from './helpers';

const APPROVED = 0;
const REJECTED = 1;
const PENDING = 2;
const VISITOR = 'hannah.price@digitalhub.example';

interface Row { Id: number; Title: string; OData__ModerationStatus: number; EditorId: number }

async function setup(draftVersionVisibility: 0 | 1 | 2 = 2) {
  const local = newLocal();
  seedTestLists(local);
  local.store.bulkAddItems(TASKS, [{ Title: 'Before approval was on' }]);
  const list = (login?: string) => pnp(local, login).web.lists.getByTitle(TASKS);
  await list(OWNER).update({ EnableModeration: true, DraftVersionVisibility: draftVersionVisibility });
  // a visitor who only reads
  const members = pnp(local).web.siteGroups.getByName('Digital Strategy Members').users;
  await members.removeByLoginName(`i:0#.f|membership|${VISITOR}`);
  await pnp(local).web.siteGroups.getByName('Digital Strategy Visitors').users.add(`i:0#.f|membership|${VISITOR}`);
  return { local, list };
}

const titles = async (list: ReturnType<Awaited<ReturnType<typeof setup>>['list']>): Promise<string[]> =>
  (await list.items.select('Title').orderBy('Id')<{ Title: string }[]>()).map((r) => r.Title);

async function status(p: Promise<unknown>): Promise<number> {
  return p.then(() => 200, (e: HttpRequestError) => e.status);
}

describe('content approval (EnableModeration)', () => {
  test('the list reports it; items there before are Approved; a new item is Pending whoever adds it', async () => {
    const { list } = await setup();
    expect(await list().select('EnableModeration', 'DraftVersionVisibility')()).toMatchObject({ EnableModeration: true, DraftVersionVisibility: 2 });
    expect(await list().items.getById(1).select('OData__ModerationStatus')()).toMatchObject({ OData__ModerationStatus: APPROVED });
    expect(await list(CHAMPION).items.add({ Title: 'Proposal' })).toMatchObject({ OData__ModerationStatus: PENDING });
    expect(await list(OWNER).items.add({ Title: 'By the owner' })).toMatchObject({ OData__ModerationStatus: PENDING });
  });

  test('a pending item is seen by its author, approvers and list managers; other readers see only approved items (404 by id)', async () => {
    const { list } = await setup();
    const { Id } = await list(CHAMPION).items.add({ Title: 'Proposal' });
    expect(await titles(list(CHAMPION))).toEqual(['Before approval was on', 'Proposal']);
    expect(await titles(list(OWNER))).toEqual(['Before approval was on', 'Proposal']);
    expect(await titles(list(OFFICE))).toEqual(['Before approval was on', 'Proposal']);
    expect(await titles(list(OTHER_CHAMPION))).toEqual(['Before approval was on']);
    expect(await titles(list(VISITOR))).toEqual(['Before approval was on']);
    expect(await status(list(OTHER_CHAMPION).items.getById(Id)())).toBe(404);
  });

  test('only ApproveItems sets OData__ModerationStatus: contributors and the Edit level get 403, the owner approves', async () => {
    const { list } = await setup();
    expect(await status(list(CHAMPION).items.add({ Title: 'Self-approved', OData__ModerationStatus: APPROVED }))).toBe(403);
    const { Id } = await list(CHAMPION).items.add({ Title: 'Proposal' });
    expect(await status(list(CHAMPION).items.getById(Id).update({ OData__ModerationStatus: APPROVED }))).toBe(403);
    expect(await status(list(OFFICE).items.getById(Id).update({ OData__ModerationStatus: APPROVED }))).toBe(403);
    expect(await status(list(CHAMPION).items.getById(Id).validateUpdateListItem([{ FieldName: '_ModerationStatus', FieldValue: '0' }]))).toBe(403);
    await list(OWNER).items.getById(Id).update({ OData__ModerationStatus: APPROVED, OData__ModerationComments: 'Agreed at board' });
    const approved = await list(OWNER).items.getById(Id).select('OData__ModerationStatus', 'OData__ModerationComments', 'EditorId')<Row & { OData__ModerationComments: string }>();
    // approving alone leaves Modified By alone
    expect(approved).toMatchObject({ OData__ModerationStatus: APPROVED, OData__ModerationComments: 'Agreed at board', EditorId: 15 });
    expect(await titles(list(OTHER_CHAMPION))).toEqual(['Before approval was on', 'Proposal']);
  });

  test('editing an approved item sends it back to Pending; until approved again others see the approved version', async () => {
    const { list } = await setup();
    const { Id } = await list(CHAMPION).items.add({ Title: 'Score 3' });
    await list(OWNER).items.getById(Id).update({ OData__ModerationStatus: APPROVED });
    await list(CHAMPION).items.getById(Id).update({ Title: 'Score 5' });
    expect(await list(CHAMPION).items.getById(Id).select('Title', 'OData__ModerationStatus')()).toMatchObject({ Title: 'Score 5', OData__ModerationStatus: PENDING });
    expect(await list(OTHER_CHAMPION).items.getById(Id).select('Title', 'OData__ModerationStatus')()).toMatchObject({ Title: 'Score 3', OData__ModerationStatus: APPROVED });
    expect(await list(VISITOR).items.filter("Title eq 'Score 5'")()).toEqual([]);
    // an approver's own edit goes back to Pending too, unless it sets the status
    await list(OWNER).items.getById(Id).update({ OData__ModerationStatus: REJECTED, OData__ModerationComments: 'No evidence' });
    expect(await list(OTHER_CHAMPION).items.getById(Id).select('Title')()).toMatchObject({ Title: 'Score 3' });
    expect(await list(CHAMPION).items.getById(Id).select('OData__ModerationStatus')()).toMatchObject({ OData__ModerationStatus: REJECTED });
    await list(OWNER).items.getById(Id).update({ OData__ModerationStatus: APPROVED });
    expect(await list(OTHER_CHAMPION).items.getById(Id).select('Title')()).toMatchObject({ Title: 'Score 5' });
  });

  test('a rejected item never approved is seen only by its author and approvers', async () => {
    const { list } = await setup();
    const { Id } = await list(STAFF).items.add({ Title: 'Spam' });
    await list(OWNER).items.getById(Id).update({ OData__ModerationStatus: REJECTED });
    expect(await titles(list(STAFF))).toContain('Spam');
    expect(await titles(list(CHAMPION))).not.toContain('Spam');
  });

  test('DraftVersionVisibility 1 shows drafts to everyone who can edit items, 0 to every reader', async () => {
    const editors = await setup(1);
    await editors.list(CHAMPION).items.add({ Title: 'Draft' });
    expect(await titles(editors.list(OTHER_CHAMPION))).toContain('Draft');
    expect(await titles(editors.list(VISITOR))).not.toContain('Draft');
    const readers = await setup(0);
    await readers.list(CHAMPION).items.add({ Title: 'Draft' });
    expect(await titles(readers.list(VISITOR))).toContain('Draft');
  });

  test('without content approval OData__ModerationStatus cannot be written', async () => {
    const local = newLocal();
    seedTestLists(local);
    expect(await status(pnp(local).web.lists.getByTitle(TASKS).items.add({ Title: 'x', OData__ModerationStatus: 0 }))).toBe(400);
  });
});
