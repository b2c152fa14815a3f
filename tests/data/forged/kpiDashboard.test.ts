import { readExampleContent } from '../../../src/data/content/exampleContent';
import { loadExampleContent } from '../../../src/data/content/loadExampleContent';
import { isDataError } from '../../../src/data/errors';
import { IKpi, IKpiMeasurement } from '../../../src/domain/entities';
import { buildPack } from '../../../src/domain/kpi/pack';
import { quarterOf } from '../../../src/domain/kpi/periods';
import { summarise } from '../../../src/domain/kpi/scorecard';
import { loadScorecard } from '../../../src/features/kpiDashboard/reads/loadScorecard';
import { inProcessSP } from '../../../local/pnpInProcess';
import { rawJson } from '../../localsp/helpers';
import { ILocalSite, OFFICE, OWNER, provisionedSite, SITE_URL, STAFF } from '../localSite';

/**
 * Issue 15, the KPI Dashboard under forged writes: values sent over REST by someone who is not the measure's owner,
 * after the quarter's sign-off, out of range, and twice for one measure and quarter. Each is refused by SharePoint or
 * changes no figure: every measure's value, status and history, the summary counts, and the committee pack (the draft
 * built from the live values, and the signed-off snapshot). Who may write values through the app (owners, the
 * programme office, no one once signed off) is tests/data/kpi/kpiSecurity.test.ts.
 */
const TOM = 'tom.okafor@digitalhub.example';
const GRACE = 'grace.lee@digitalhub.example';
const SIGNED = '2026-10-01';
const MEASUREMENTS = 'KPI Measurements';
const PREPARED = new Date('2027-01-05T09:00:00Z');
jest.setTimeout(90_000);

let site: ILocalSite;
let toms: IKpi;

const post = (login: string, body: unknown, path = 'items', headers: Record<string, string> = {}) =>
  rawJson<{ Id: number }>(site.local, `web/lists/getByTitle('${encodeURIComponent(MEASUREMENTS)}')/${path}`, { method: 'POST', login, body, headers });
const merge = (login: string, id: number, body: unknown) => post(login, body, `items(${id})`, { 'X-HTTP-Method': 'MERGE', 'IF-MATCH': '*' });

async function valueOf(kpiId: number, periodStart: string): Promise<IKpiMeasurement> {
  const [m] = await site.services(OWNER).kpiMeasurements.getAll({ where: { kpi: kpiId, periodStart } });
  return m;
}

/** The scorecards of the signed-off quarter and the next, their summaries and packs, and the stored signed-off pack. */
async function figures(): Promise<unknown> {
  const services = site.services(STAFF);
  const quarters = await Promise.all([SIGNED, '2027-01-01'].map((q) => loadScorecard(services, q)));
  const [pack] = await services.kpiPacks.getAll({ where: { periodStart: SIGNED } });
  return {
    scorecards: quarters.map(({ rows }) => rows.map((r) => ({ kpi: r.kpi.id, value: r.value, status: r.status, travel: r.travel, history: r.history }))),
    summaries: quarters.map(({ rows }) => summarise(rows)),
    drafts: quarters.map(({ rows, quarter }) => buildPack(rows, [], quarter, PREPARED)),
    signed: pack.snapshot
  };
}

beforeAll(async () => {
  site = await provisionedSite();
  const report = await loadExampleContent(site.sp(OWNER), await readExampleContent(), { actAs: (login) => inProcessSP(site.local, SITE_URL, login) });
  expect(report.warnings).toEqual([]);
  [toms] = await site.services(OWNER).kpis.getAll({ where: { title: 'User satisfaction rate' } });
  expect(toms.owner?.email).toBe(TOM);
  // The programme office signs off the quarter as the Committee pack does: lock its values, then store the pack.
  const office = site.services(OFFICE);
  expect(await office.kpiSecurity.lockQuarter(SIGNED)).toBe(29);
  const { rows } = await loadScorecard(office, SIGNED);
  await office.kpiPacks.add({ title: 'Committee pack 2026-27 Q3', periodStart: `${SIGNED}T00:00:00Z`, snapshot: JSON.stringify(buildPack(rows, [], quarterOf(SIGNED), PREPARED)) });
});

describe('KPI Dashboard: forged writes', () => {
  it('staff (Dan) cannot record or change a value over REST: 403, no figure changes', async () => {
    const before = await figures();
    expect((await post(STAFF, { KpiId: toms.id, PeriodStart: '2027-01-01T00:00:00Z', Value: 1 })).status).toBe(403);
    const earlier = await valueOf(toms.id, '2026-07-01');
    expect((await merge(STAFF, earlier.id, { Value: 1 })).status).toBe(403);
    expect(await figures()).toEqual(before);
  });

  it("another measure's owner (Grace) cannot change Tom's value, and a second value she adds for his quarter counts for nothing", async () => {
    const before = await figures();
    const toms2026q2 = await valueOf(toms.id, '2026-07-01');
    expect((await merge(GRACE, toms2026q2.id, { Value: 1 })).status).toBe(403);
    const edit = await site.services(GRACE).kpiMeasurements.update(toms2026q2.id, { value: 1 }, '*').catch((e: unknown) => e);
    expect(isDataError(edit, 'AccessDenied')).toBe(true);
    const forged = await post(GRACE, { KpiId: toms.id, PeriodStart: '2026-07-01T00:00:00Z', Value: 1, Commentary: 'Forged' });
    expect(forged.status).toBe(201); // Grace may add values (she owns other measures); uniqueness over two columns is not SharePoint's
    expect(forged.body.Id).toBeGreaterThan(toms2026q2.id);
    expect(await figures()).toEqual(before);
  });

  it('after sign-off, the owner cannot change the quarter\'s value, and a second value for it counts for nothing', async () => {
    const before = await figures();
    const signed = await valueOf(toms.id, SIGNED);
    expect((await merge(TOM, signed.id, { Value: 1 })).status).toBe(403);
    const form = await post(TOM, { formValues: [{ FieldName: 'Value', FieldValue: '1' }], bNewDocumentUpdate: false }, `items(${signed.id})/ValidateUpdateListItem()`);
    expect(form.status).toBe(403);
    expect((await site.sp(TOM).web.lists.getByTitle(MEASUREMENTS).items.getById(signed.id).delete().catch((e: unknown) => e)) instanceof Error).toBe(true);
    expect((await post(TOM, { KpiId: toms.id, PeriodStart: `${SIGNED}T00:00:00Z`, Value: 1 })).status).toBe(201);
    expect(await figures()).toEqual(before);
  });

  it('a value of 1e308 is refused by the data layer with a specific message; sent around it, it counts for nothing', async () => {
    const before = await figures();
    const refused = await site.services(TOM).kpiMeasurements.add({ kpi: { id: toms.id, title: '' }, periodStart: '2027-01-01T00:00:00Z', value: 1e308 }).catch((e: unknown) => e);
    expect(isDataError(refused, 'Validation')).toBe(true);
    expect((refused as Error).message).toMatch(/Value is too large to store/);
    expect(await valueOf(toms.id, '2027-01-01')).toBeUndefined();
    const forged = await post(TOM, { KpiId: toms.id, PeriodStart: '2027-01-01T00:00:00Z', Value: 1e308 });
    expect(forged.status).toBe(201); // SharePoint stores any double in a Number column without a range
    const stored = await valueOf(toms.id, '2027-01-01');
    expect(stored.value).toBeUndefined();
    expect(stored.readIssues?.map((i) => i.message).join(' ')).toMatch(/too large/);
    // The scorecard reads the quarter as awaiting data, as before; the pack draft and every other figure are as they were.
    expect(await figures()).toEqual(before);
  });

  it('duplicates of one value per measure and quarter: the first by id counts, whoever adds the later ones', async () => {
    const before = await figures();
    for (const value of [0, 100, 55]) expect((await post(TOM, { KpiId: toms.id, PeriodStart: '2026-04-01T00:00:00Z', Value: value })).status).toBe(201);
    const office = await site.services(OFFICE).kpiMeasurements.add({ kpi: { id: toms.id, title: '' }, periodStart: '2026-04-01T00:00:00Z', value: 3 }).catch((e: unknown) => e);
    expect(isDataError(office, 'Duplicate')).toBe(true); // the app refuses the duplicate it is asked to add
    expect(await figures()).toEqual(before);
  });
});
