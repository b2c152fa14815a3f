import { isDataError } from '../../../src/data/errors';
import { IKpi } from '../../../src/domain/entities';
import { OFFICE, OWNER, provisionedSite, STAFF, ILocalSite } from '../localSite';

const KPI_OWNER = 'tom.okafor@digitalhub.example';
const OTHER_MANAGER = 'grace.lee@digitalhub.example';
const Q2 = '2026-07-01T00:00:00Z';
const Q3 = '2026-10-01T00:00:00Z';

async function siteWithOwnedKpi(): Promise<{ site: ILocalSite; kpi: IKpi }> {
  const site = await provisionedSite();
  const owner = await site.services(OWNER).people.ensure(KPI_OWNER);
  const kpi = await site.services(OFFICE).kpis.add({
    title: 'User satisfaction rate', outcome: 'Brilliant Basics', unit: 'Percent', polarity: 'Higher is better', target: 90, owner
  });
  expect(await site.services(OFFICE).kpiSecurity.grantOwners()).toEqual(['Tom Okafor']);
  return { site, kpi };
}

const refused = (e: unknown): boolean => isDataError(e, 'AccessDenied');

describe('who may write KPI values, enforced by the local SharePoint', () => {
  it('lets the KPI owner and the programme office record values, and refuses staff and other managers', async () => {
    const { site, kpi } = await siteWithOwnedKpi();
    const mine = await site.services(KPI_OWNER).kpiMeasurements.add({ kpi: { id: kpi.id, title: '' }, periodStart: Q3, periodLabel: '2026-27 Q3', value: 88 });
    expect(mine.author?.email).toBe(KPI_OWNER);
    // The owner's value is in their own folder; the programme office's at the list's root.
    expect(mine.ownerId).toBe(kpi.owner?.id);
    expect(mine.atListRoot).toBe(false);
    expect(await site.services(OFFICE).kpiMeasurements.add({ kpi: { id: kpi.id, title: '' }, periodStart: Q2, value: 86 })).toMatchObject({ value: 86, atListRoot: true });
    expect(await site.services(OFFICE).kpiSecurity.grantOwners()).toEqual([]); // the folder is open already
    expect((await site.services(KPI_OWNER).kpiMeasurements.permissions()).canAdd).toBe(true);
    expect((await site.services(OFFICE).kpiMeasurements.permissions()).canAdd).toBe(true);
    expect((await site.services(STAFF).kpiMeasurements.permissions()).canAdd).toBe(false);
    for (const who of [STAFF, OTHER_MANAGER]) {
      const add = await site.services(who).kpiMeasurements.add({ kpi: { id: kpi.id, title: '' }, periodStart: '2026-04-01T00:00:00Z', value: 1 }).catch((e: unknown) => e);
      expect(refused(add)).toBe(true);
      const edit = await site.services(who).kpiMeasurements.update(mine.id, { value: 1 }, mine.etag as string).catch((e: unknown) => e);
      expect(refused(edit)).toBe(true);
    }
    expect((await site.services(OWNER).kpiMeasurements.getById(mine.id)).value).toBe(88);
  });

  it('refuses a reader who changes a target', async () => {
    const { site, kpi } = await siteWithOwnedKpi();
    for (const who of [STAFF, KPI_OWNER]) {
      const change = await site.services(who).kpis.update(kpi.id, { target: 10 }, kpi.etag as string).catch((e: unknown) => e);
      expect(refused(change)).toBe(true);
    }
    expect((await site.services(OWNER).kpis.getById(kpi.id)).target).toBe(90);
  });

  it('signing off a quarter makes its values read-only for their owner, and leaves other quarters editable', async () => {
    const { site, kpi } = await siteWithOwnedKpi();
    const owner = site.services(KPI_OWNER).kpiMeasurements;
    const q3 = await owner.add({ kpi: { id: kpi.id, title: '' }, periodStart: Q3, value: 88 });
    const q2 = await owner.add({ kpi: { id: kpi.id, title: '' }, periodStart: Q2, value: 80 });
    expect(await site.services(STAFF).kpiSecurity.canSignOff()).toBe(false);
    await expect(site.services(STAFF).kpiSecurity.lockQuarter(Q3)).rejects.toMatchObject({ kind: 'AccessDenied' });
    expect(await site.services(OFFICE).kpiSecurity.canSignOff()).toBe(true);
    expect(await site.services(OFFICE).kpiSecurity.lockQuarter('2026-10-01')).toBe(1);

    const forged = await owner.update(q3.id, { value: 99 }, q3.etag as string).catch((e: unknown) => e);
    expect(refused(forged)).toBe(true);
    expect((await owner.getById(q3.id)).value).toBe(88);
    await owner.update(q2.id, { value: 82 }, q2.etag as string);
    expect((await owner.getById(q2.id)).value).toBe(82);
  });

  it('only the programme office writes committee packs', async () => {
    const { site } = await siteWithOwnedKpi();
    const pack = await site.services(OFFICE).kpiPacks.add({ title: '2026-27 Q3', periodStart: Q3, snapshot: '{"version":1,"measures":[]}' });
    const forged = await site.services(KPI_OWNER).kpiPacks.update(pack.id, { snapshot: '{}' }, pack.etag as string).catch((e: unknown) => e);
    expect(refused(forged)).toBe(true);
    const added = await site.services(STAFF).kpiPacks.add({ title: 'x', periodStart: Q2, snapshot: '{}' }).catch((e: unknown) => e);
    expect(refused(added)).toBe(true);
    const twice = await site.services(OFFICE).kpiPacks.add({ title: 'again', periodStart: Q3, snapshot: '{}' }).catch((e: unknown) => e);
    expect(isDataError(twice, 'Duplicate')).toBe(true);
  });
});
