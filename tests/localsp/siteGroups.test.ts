/**
 * Site groups created and filled over REST as PnPjs does it (sp.web.siteGroups.add, getByName(x).users.add,
 * removeByLoginName, update, setUserAsOwner, removeById), and who may do each.
 */
import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { HttpRequestError } from '@pnp/queryable';
import { createLocalSharePoint, ROLE_IDS } from '../../local/sharepoint';
import { CHAMPION, MANAGER, newLocal, OFFICE, OTHER_CHAMPION, OWNER, pnp, raw, seedTestLists, SITE_URL, STAFF, TASKS } from './helpers';

const claims = (login: string): string => `i:0#.f|membership|${login}`;

async function status(p: Promise<unknown>): Promise<number> {
  return p.then(() => 200, (e: HttpRequestError) => e.status);
}

async function memberLogins(local: ReturnType<typeof newLocal>, group: string): Promise<string[]> {
  const users = await pnp(local).web.siteGroups.getByName(group).users<{ Email: string }[]>();
  return users.map((u) => u.Email).sort();
}

describe('site groups over REST', () => {
  test('the site owner creates a group with siteGroups.add: 201 with the SP.Group, owned by and first filled with the creator', async () => {
    const local = newLocal();
    const group = await pnp(local).web.siteGroups.add({ Title: 'Scoring Panel', Description: 'Scores roadmap initiatives.' });
    expect(group).toMatchObject({ Title: 'Scoring Panel', Description: 'Scores roadmap initiatives.', PrincipalType: 8, OwnerTitle: 'Alex Morgan', AllowMembersEditMembership: false });
    expect(group.Id).toBeGreaterThan(21);
    expect(await pnp(local).web.siteGroups.getByName('Scoring Panel').select('Id')()).toMatchObject({ Id: group.Id });
    expect(await memberLogins(local, 'Scoring Panel')).toEqual([OWNER]);
    const owner = await raw(local, `web/sitegroups/getbyid(${group.Id})/owner`);
    expect(await owner.json()).toMatchObject({ Title: 'Alex Morgan', Id: 10 });
  });

  test('members are added by login name and removed by login name or id; the group then gives its role on a list', async () => {
    const local = newLocal();
    seedTestLists(local);
    const sp = pnp(local);
    const { Id } = await sp.web.siteGroups.add({ Title: 'Scoring Panel' });
    const panel = sp.web.siteGroups.getByName('Scoring Panel');
    await panel.users.add(claims(MANAGER));
    await panel.users.add(claims(CHAMPION));
    await panel.users.removeByLoginName(claims(OWNER));
    expect(await memberLogins(local, 'Scoring Panel')).toEqual([CHAMPION, MANAGER].sort());
    await panel.users.removeById(15);
    expect(await memberLogins(local, 'Scoring Panel')).toEqual([MANAGER]);

    const list = sp.web.lists.getByTitle(TASKS);
    await list.breakRoleInheritance(false);
    await list.roleAssignments.add(Id, ROLE_IDS.contribute);
    expect(await status(pnp(local, MANAGER).web.lists.getByTitle(TASKS).items.add({ Title: 'scored' }))).toBe(200);
    expect(await status(pnp(local, STAFF).web.lists.getByTitle(TASKS).items.add({ Title: 'not on the panel' }))).toBe(403);
  });

  test('people without CreateGroups (Edit, Contribute, Read) get 403 on siteGroups.add, and no group is made', async () => {
    const local = newLocal();
    for (const login of [OFFICE, CHAMPION, STAFF]) {
      expect(await status(pnp(local, login).web.siteGroups.add({ Title: `By ${login}` }))).toBe(403);
    }
    expect((await pnp(local).web.siteGroups()).map((g) => g.Title)).toEqual(['Digital Strategy Owners', 'Digital Strategy Visitors', 'Digital Strategy Members', 'Programme Office']);
  });

  test('only those who manage a group change its members; AllowMembersEditMembership lets members do it too', async () => {
    const local = newLocal();
    await pnp(local).web.siteGroups.add({ Title: 'Scoring Panel' });
    const panelAs = (login: string) => pnp(local, login).web.siteGroups.getByName('Scoring Panel');
    await panelAs(OWNER).users.add(claims(CHAMPION));
    // a member, an Edit-level programme officer and an outsider may not add or remove
    expect(await status(panelAs(CHAMPION).users.add(claims(OTHER_CHAMPION)))).toBe(403);
    expect(await status(panelAs(OFFICE).users.add(claims(OFFICE)))).toBe(403);
    expect(await status(panelAs(STAFF).users.removeByLoginName(claims(CHAMPION)))).toBe(403);
    expect(await status(panelAs(CHAMPION).update({ AllowMembersEditMembership: true }))).toBe(403);
    // the owner lets members edit membership
    await panelAs(OWNER).update({ AllowMembersEditMembership: true });
    expect(await panelAs(OWNER).select('AllowMembersEditMembership')()).toMatchObject({ AllowMembersEditMembership: true });
    expect(await status(panelAs(CHAMPION).users.add(claims(OTHER_CHAMPION)))).toBe(200);
    expect(await status(panelAs(STAFF).users.add(claims(STAFF)))).toBe(403);
    expect(await memberLogins(local, 'Scoring Panel')).toEqual([OWNER, CHAMPION, OTHER_CHAMPION].sort());
    // still only the owner side may change the group itself
    expect(await status(panelAs(CHAMPION).update({ Title: 'Renamed' }))).toBe(403);
  });

  test('a group owned by another group (setUserAsOwner) is managed by that group\'s members', async () => {
    const local = newLocal();
    const { Id } = await pnp(local).web.siteGroups.add({ Title: 'Scoring Panel' });
    expect(await status(pnp(local, OFFICE).web.siteGroups.getById(Id).users.add(claims(MANAGER)))).toBe(403);
    await pnp(local).web.siteGroups.getById(Id).setUserAsOwner(6);
    expect(await pnp(local).web.siteGroups.getById(Id).select('OwnerTitle')()).toMatchObject({ OwnerTitle: 'Programme Office' });
    expect(await status(pnp(local, OFFICE).web.siteGroups.getById(Id).users.add(claims(MANAGER)))).toBe(200);
    expect(await status(pnp(local, CHAMPION).web.siteGroups.getById(Id).users.add(claims(CHAMPION)))).toBe(403);
    const can = await raw(local, `web/sitegroups(${Id})/CanCurrentUserEditMembership`, { login: OFFICE });
    expect(await can.json()).toMatchObject({ value: true });
  });

  test('bad and duplicate names, unknown properties: 400; the default groups are unaffected', async () => {
    const local = newLocal();
    await pnp(local).web.siteGroups.add({ Title: 'Scoring Panel' });
    expect(await status(pnp(local).web.siteGroups.add({ Title: 'scoring panel' }))).toBe(400);
    expect(await status(pnp(local).web.siteGroups.add({ Title: 'A/B' }))).toBe(400);
    expect(await status(pnp(local).web.siteGroups.add({ Title: 'x'.repeat(256) }))).toBe(400);
    expect(await status(pnp(local).web.siteGroups.add({ Title: 'Ok', Colour: 'red' } as never))).toBe(400);
  });

  test('removeById deletes the group and its role assignments; a deleted group id is not reused, even after a restart', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'localsp-groups-'));
    try {
      const first = createLocalSharePoint({ siteUrl: SITE_URL, dataDir: dir });
      seedTestLists(first);
      const sp = pnp(first);
      const a = await sp.web.siteGroups.add({ Title: 'Panel A' });
      await sp.web.lists.getByTitle(TASKS).breakRoleInheritance(true);
      await sp.web.lists.getByTitle(TASKS).roleAssignments.add(a.Id, ROLE_IDS.read);
      expect(await status(pnp(first, OFFICE).web.siteGroups.removeById(a.Id))).toBe(403);
      await sp.web.siteGroups.removeById(a.Id);
      expect(await status(sp.web.siteGroups.getById(a.Id)())).toBe(404);
      const principals = (await sp.web.lists.getByTitle(TASKS).roleAssignments<{ PrincipalId: number }[]>()).map((r) => r.PrincipalId);
      expect(principals).not.toContain(a.Id);
      await first.flush();
      const second = createLocalSharePoint({ siteUrl: SITE_URL, dataDir: dir });
      const b = await pnp(second).web.siteGroups.add({ Title: 'Panel B' });
      expect(b.Id).toBeGreaterThan(a.Id);
      await second.flush();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
