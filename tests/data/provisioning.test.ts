import { provisionLists } from '../../src/data/provisioning/provisionLists';
import { missingLists } from '../../src/data/provisioning/listStatus';
import { LISTS, listDefinition } from '../../src/data/schema/lists';
import { IListDefinition } from '../../src/data/schema/fieldTypes';
import { isDataError } from '../../src/data/errors';
import { PermissionKind } from '../../src/data/sp';
import { CHAMPION, localSite, OFFICE, OWNER, STAFF } from './localSite';

describe('provisioning the lists', () => {
  it('creates every list of the schema with its columns, indexes and item-level security', async () => {
    const site = localSite();
    expect(await missingLists(site.sp())).toHaveLength(LISTS.length);
    const progress: string[] = [];
    const report = await provisionLists(site.sp(OWNER), (p) => progress.push(p.message));
    expect(report.createdLists).toEqual(LISTS.map((l) => l.title));
    expect(await missingLists(site.sp())).toEqual([]);
    expect(progress[progress.length - 1]).toBe('All lists are set up');

    const list = site.sp().web.lists.getByTitle('Roadmap Initiatives');
    const fields = await list.fields.select('InternalName', 'Indexed', 'TypeAsString')<{ InternalName: string; Indexed: boolean; TypeAsString: string }[]>();
    const workstream = fields.find((f) => f.InternalName === 'Workstream');
    expect(workstream).toMatchObject({ Indexed: true, TypeAsString: 'Choice' });
    expect(fields.find((f) => f.InternalName === 'Department')?.TypeAsString).toBe('Lookup');
    const activities = await site.sp().web.lists.getByTitle('Champion Activities').select('WriteSecurity')<{ WriteSecurity: number }>();
    expect(activities.WriteSecurity).toBe(2);
  });

  it('is idempotent: a second run creates and changes nothing', async () => {
    const site = localSite();
    await provisionLists(site.sp(OWNER));
    const again = await provisionLists(site.sp(OWNER));
    expect(again.createdLists).toEqual([]);
    expect(again.changes).toEqual([]);
    expect(again.unchangedLists).toHaveLength(LISTS.length);
  });

  it('applies deltas (a missing column, new choices) and keeps the items already there', async () => {
    const site = localSite();
    const initiatives = listDefinition('initiatives');
    const older: IListDefinition = {
      ...initiatives,
      fields: initiatives.fields
        .filter((f) => f.internalName !== 'Health')
        .map((f) => (f.internalName === 'Stage' ? { ...f, choices: f.choices?.slice(0, 3) } : f))
    };
    const lists = LISTS.map((l) => (l.key === 'initiatives' ? older : l));
    await provisionLists(site.sp(OWNER), undefined, lists);
    await site.sp().web.lists.getByTitle('Roadmap Initiatives').items.add({ Title: 'Kept', Workstream: 'Digital Workplace', Stage: 'Proposed' });

    const report = await provisionLists(site.sp(OWNER));
    expect(report.changes).toEqual(
      expect.arrayContaining([
        'Roadmap Initiatives: added the column "Health".',
        expect.stringMatching(/^Roadmap Initiatives: added the choices "In delivery", "Completed", "On hold", "Cancelled" to "Stage"/)
      ])
    );
    const items = await site.sp().web.lists.getByTitle('Roadmap Initiatives').items.select('Title')();
    expect(items.map((i: { Title: string }) => i.Title)).toEqual(['Kept']);
  });

  it('refuses someone who is not a site owner with a clear message', async () => {
    const site = localSite();
    await expect(provisionLists(site.sp(STAFF))).rejects.toThrow('Only a site owner can set up the lists.');
    await provisionLists(site.sp(STAFF)).catch((e) => expect(isDataError(e, 'AccessDenied')).toBe(true));
    expect(await missingLists(site.sp())).toHaveLength(LISTS.length);
  });

  it('lets members read curated lists and only the Programme Office edit them', async () => {
    const site = localSite();
    await provisionLists(site.sp(OWNER));
    const list = (login: string) => site.sp(login).web.lists.getByTitle('Roadmap Initiatives');
    expect(await list(STAFF).currentUserHasPermissions(PermissionKind.ViewListItems)).toBe(true);
    expect(await list(STAFF).currentUserHasPermissions(PermissionKind.AddListItems)).toBe(false);
    expect(await list(OFFICE).currentUserHasPermissions(PermissionKind.EditListItems)).toBe(true);
    // Champion Activities: members read; only the office adds at its root (it opens each champion's own folder).
    const activities = (login: string) => site.sp(login).web.lists.getByTitle('Champion Activities');
    expect(await activities(STAFF).currentUserHasPermissions(PermissionKind.ViewListItems)).toBe(true);
    expect(await activities(STAFF).currentUserHasPermissions(PermissionKind.AddListItems)).toBe(false);
    expect(await activities(OFFICE).currentUserHasPermissions(PermissionKind.ManagePermissions)).toBe(true);
    expect((await activities(OWNER).select('WriteSecurity')<{ WriteSecurity: number }>()).WriteSecurity).toBe(2);
  });

  it("opens the activity folder of an active champion who has none (a champion added by hand, or a site set up before folders)", async () => {
    const site = localSite();
    await provisionLists(site.sp(OWNER));
    const jamie = await site.sp(CHAMPION).web.currentUser.select('Id', 'Title')<{ Id: number; Title: string }>();
    await site.services(OFFICE).champions.add({ title: jamie.Title, champion: { id: jamie.Id, title: jamie.Title }, status: 'Active' });
    const refused = await site.services(CHAMPION).activities.add({ title: 'Too early', activityType: 'Drop-in clinic', activityDate: '2026-11-20T00:00:00Z' }).catch((e: unknown) => e);
    expect(isDataError(refused, 'AccessDenied')).toBe(true);
    const report = await provisionLists(site.sp(OWNER));
    expect(report.changes).toContain(`Champion Activities: opened ${jamie.Title}'s activity folder (they can log activities).`);
    const added = await site.services(CHAMPION).activities.add({ title: 'Now', activityType: 'Drop-in clinic', activityDate: '2026-11-20T00:00:00Z' });
    expect((await site.services(CHAMPION).championsData.mine()).activities.map((a) => a.id)).toEqual([added.id]);
    expect((await provisionLists(site.sp(OWNER))).changes.filter((c) => c.includes('activity folder'))).toEqual([]);
  });
});
