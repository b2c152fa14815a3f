import { ConflictError, isDataError, ValidationError } from '../../src/data/errors';
import { IChampionActivity, IDepartment, IInitiative, IKpi, IKpiMeasurement } from '../../src/domain/entities';
import { CHAMPION, ILocalSite, OFFICE, OTHER_CHAMPION, OWNER, provisionedSite, STAFF } from './localSite';

describe('repositories over PnPjs and the local SharePoint', () => {
  let site: ILocalSite;
  let department: IDepartment;
  beforeEach(async () => {
    site = await provisionedSite();
    department = await site.services(OWNER).departments.add({ title: "Chamberlain's", group: 'Corporation', active: true });
  });

  const newInitiative = (title: string): Partial<IInitiative> => ({
    title,
    workstream: 'End-User Computing',
    stage: 'Approved',
    waysOfWorking: ['Reach', 'Automation'],
    department,
    timeframeLabel: '2021-22'
  });

  it('adds and reads back an initiative with its lookup, person and choices', async () => {
    const services = site.services(OFFICE);
    const me = await services.currentUser();
    const added = await services.initiatives.add({ ...newInitiative('Full Intune Deployment'), owner: me });
    const read = await services.initiatives.getById(added.id);
    expect(read).toMatchObject({
      title: 'Full Intune Deployment',
      workstream: 'End-User Computing',
      waysOfWorking: ['Reach', 'Automation'],
      department: { id: department.id, title: "Chamberlain's" },
      owner: { id: me.id, title: 'Priya Shah' }
    });
    expect(read.etag).toBeTruthy();
    expect(read.author?.title).toBe('Priya Shah');
  });

  it('validates before writing: nothing is half-written', async () => {
    const services = site.services(OFFICE);
    await expect(services.initiatives.add({ title: '', workstream: 'End-User Computing', stage: 'Approved' })).rejects.toBeInstanceOf(ValidationError);
    await expect(services.initiatives.add({ ...newInitiative('x'), progress: 140 })).rejects.toThrow('Progress (%) must be at most 100.');
    expect(await services.initiatives.count()).toBe(0);
  });

  it('detects a concurrent edit (412) and returns both versions', async () => {
    const office = site.services(OFFICE);
    const owner = site.services(OWNER);
    const added = await office.initiatives.add(newInitiative('Windows 11 upgrade'));
    await owner.initiatives.update(added.id, { stage: 'In delivery' }, added.etag as string);
    const conflict = await office.initiatives.update(added.id, { stage: 'On hold', notes: 'Paused for budget' }, added.etag as string).catch((e) => e);
    expect(conflict).toBeInstanceOf(ConflictError);
    expect(conflict.mine).toEqual({ stage: 'On hold', notes: 'Paused for budget' });
    expect(conflict.theirs).toMatchObject({ id: added.id, stage: 'In delivery' });
    const saved = await office.initiatives.update(added.id, { stage: 'On hold' }, conflict.theirs.etag);
    expect(saved.etag).toBeTruthy();
    expect((await office.initiatives.getById(added.id)).stage).toBe('On hold');
  });

  it('refuses staff writes to curated lists, and says so', async () => {
    const added = await site.services(OFFICE).initiatives.add(newInitiative('Cloud telephony'));
    const error = await site.services(STAFF).initiatives.update(added.id, { stage: 'Cancelled' }, '*').catch((e) => e);
    expect(isDataError(error, 'AccessDenied')).toBe(true);
    expect(await site.services(STAFF).initiatives.permissions()).toEqual({ canAdd: false, canEditAll: false });
    expect(await site.services(OFFICE).initiatives.permissions()).toEqual({ canAdd: true, canEditAll: true });
  });

  it('lets champions edit only their own activities; the Programme Office edits any', async () => {
    const activity: Partial<IChampionActivity> = { title: 'Teams drop-in', activityType: 'Drop-in clinic', activityDate: '2026-10-01T00:00:00Z', hours: 2, peopleReached: 12 };
    const me = await site.sp(CHAMPION).web.currentUser.select('Id')<{ Id: number }>();
    await site.services(OFFICE).championsData.setActivityAccess(me.Id, 'Contribute');
    const mine = await site.services(CHAMPION).activities.add(activity);
    expect(mine.author?.email).toBe(CHAMPION);
    const other = await site.services(OTHER_CHAMPION).activities.update(mine.id, { hours: 3 }, '*').catch((e) => e);
    expect(isDataError(other, 'AccessDenied')).toBe(true);
    await site.services(CHAMPION).activities.update(mine.id, { hours: 3 }, '*');
    await site.services(OFFICE).activities.update(mine.id, { peopleReached: 20 }, '*');
    expect(await site.services(OWNER).activities.getById(mine.id)).toMatchObject({ hours: 3, peopleReached: 20 });
  });

  it('escapes user text in filters', async () => {
    const services = site.services(OFFICE);
    await services.initiatives.add(newInitiative("O'Brien's review"));
    await services.initiatives.add(newInitiative('Other'));
    expect((await services.initiatives.getAll({ where: { title: "O'Brien's review" } })).map((i) => i.title)).toEqual(["O'Brien's review"]);
    expect(await services.initiatives.getAll({ where: { title: "x' or Title ne 'y" } })).toEqual([]);
  });

  it('adds in batches and pages through more than one page of results', async () => {
    const services = site.services(OFFICE);
    const values = Array.from({ length: 2105 }, (_, i) => ({ ...newInitiative(`Initiative ${i + 1}`), department: undefined }));
    const progress: number[] = [];
    const repository = services.initiatives as unknown as { addMany(v: unknown[], p: (done: number) => void): Promise<number[]> };
    const ids = await repository.addMany(values, (done) => progress.push(done));
    expect(ids).toHaveLength(2105);
    expect(progress[progress.length - 1]).toBe(2105);
    const all = await services.initiatives.getAll({ orderBy: [{ by: 'id' }] });
    expect(all).toHaveLength(2105);
    expect(all[2104].title).toBe('Initiative 2105');
    expect(await services.initiatives.getAll({ top: 10 })).toHaveLength(10);
  });

  it('keeps one measurement per KPI and period', async () => {
    const services = site.services(OFFICE);
    const kpi: IKpi = await services.kpis.add({ title: 'Uptime', outcome: 'Brilliant Basics', unit: 'Percent', polarity: 'Higher is better', target: 99 });
    const measurement: Partial<IKpiMeasurement> = { kpi, periodStart: '2026-04-01T00:00:00Z', periodLabel: '2026-27 Q1', value: 99.5 };
    await services.kpiMeasurements.add(measurement);
    const duplicate = await services.kpiMeasurements.add(measurement).catch((e) => e);
    expect(isDataError(duplicate, 'Duplicate')).toBe(true);
    expect(await services.kpiMeasurements.count()).toBe(1);
  });

  it('reports a missing item as not found', async () => {
    const error = await site.services(OWNER).initiatives.getById(999).catch((e) => e);
    expect(isDataError(error, 'NotFound')).toBe(true);
  });
});
