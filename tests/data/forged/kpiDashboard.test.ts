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
let root: string;
const ids: Record<string, number> = {};
/** The folder of the person with this login (named by their user id). */
const folderOf = (login: string): string => `${root}/${ids[login]}`;

const post = (login: string, body: unknown, path = 'items', headers: Record<string, string> = {}) =>
  rawJson<{ Id: number }>(site.local, `web/lists/getByTitle('${encodeURIComponent(MEASUREMENTS)}')/${path}`, { method: 'POST', login, body, headers });
const merge = (login: string, id: number, body: unknown) => post(login, body, `items(${id})`, { 'X-HTTP-Method': 'MERGE', 'IF-MATCH': '*' });
/** A value added over REST in a folder of the list (or at its root), as AddValidateUpdateItemUsingPath takes it. */
const addIn = (login: string, folder: string, kpiId: number, periodStart: string, value: string, extra: { FieldName: string; FieldValue: string }[] = []) =>
  post(
    login,
    {
      listItemCreateInfo: { FolderPath: { DecodedUrl: folder }, UnderlyingObjectType: 0 },
      formValues: [{ FieldName: 'Kpi', FieldValue: String(kpiId) }, { FieldName: 'PeriodStart', FieldValue: periodStart }, { FieldName: 'Value', FieldValue: value }, ...extra],
      bNewDocumentUpdate: false
    },
    'AddValidateUpdateItemUsingPath()'
  );

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
  root = (await site.sp(OWNER).web.lists.getByTitle(MEASUREMENTS).rootFolder.select('ServerRelativeUrl')<{ ServerRelativeUrl: string }>()).ServerRelativeUrl;
  for (const login of [TOM, GRACE]) ids[login] = (await site.sp(login).web.currentUser.select('Id')<{ Id: number }>()).Id;
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
    const forged = await addIn(GRACE, folderOf(GRACE), toms.id, '2026-07-01', '1', [{ FieldName: 'Commentary', FieldValue: 'Forged' }]);
    expect(forged.status).toBe(200); // Grace may add in her own folder (she owns other measures): it counts for nothing here
    expect(await figures()).toEqual(before);
  });

  it('after sign-off, the owner cannot change the quarter\'s value, and a second value for it counts for nothing', async () => {
    const before = await figures();
    const signed = await valueOf(toms.id, SIGNED);
    expect((await merge(TOM, signed.id, { Value: 1 })).status).toBe(403);
    const form = await post(TOM, { formValues: [{ FieldName: 'Value', FieldValue: '1' }], bNewDocumentUpdate: false }, `items(${signed.id})/ValidateUpdateListItem()`);
    expect(form.status).toBe(403);
    expect((await site.sp(TOM).web.lists.getByTitle(MEASUREMENTS).items.getById(signed.id).delete().catch((e: unknown) => e)) instanceof Error).toBe(true);
    expect((await post(TOM, { KpiId: toms.id, PeriodStart: `${SIGNED}T00:00:00Z`, Value: 1 })).status).toBe(403); // nobody but the office adds at the root
    expect((await addIn(TOM, folderOf(TOM), toms.id, SIGNED, '1')).status).toBe(200); // in his own folder: a second value, after the first
    expect(await figures()).toEqual(before);
  });

  it('a value of 1e308 is refused by the data layer with a specific message; sent around it, it counts for nothing', async () => {
    const before = await figures();
    const refused = await site.services(TOM).kpiMeasurements.add({ kpi: { id: toms.id, title: '' }, periodStart: '2027-01-01T00:00:00Z', value: 1e308 }).catch((e: unknown) => e);
    expect(isDataError(refused, 'Validation')).toBe(true);
    expect((refused as Error).message).toMatch(/Value is too large to store/);
    expect(await valueOf(toms.id, '2027-01-01')).toBeUndefined();
    const forged = await addIn(TOM, folderOf(TOM), toms.id, '2027-01-01', '1e308');
    expect(forged.status).toBe(200); // SharePoint stores any double in a Number column without a range
    const stored = await valueOf(toms.id, '2027-01-01');
    expect(stored.value).toBeUndefined();
    expect(stored.readIssues?.map((i) => i.message).join(' ')).toMatch(/too large/);
    // The scorecard reads the quarter as awaiting data, as before; the pack draft and every other figure are as they were.
    expect(await figures()).toEqual(before);
  });

  it('duplicates of one value per measure and quarter: the first by id counts, whoever adds the later ones', async () => {
    const before = await figures();
    for (const value of [0, 100, 55]) expect((await addIn(TOM, folderOf(TOM), toms.id, '2026-04-01', String(value))).status).toBe(200);
    const office = await site.services(OFFICE).kpiMeasurements.add({ kpi: { id: toms.id, title: '' }, periodStart: '2026-04-01T00:00:00Z', value: 3 }).catch((e: unknown) => e);
    expect(isDataError(office, 'Duplicate')).toBe(true); // the app refuses the duplicate it is asked to add
    expect(await figures()).toEqual(before);
  });

  it("another measure's owner (Grace) cannot fill a quarter of Tom's measure that has no value: refused at the root and in his folder, counting for nothing in hers", async () => {
    const before = await figures();
    const quarter = '2027-01-01';
    const registry = await site.services(OWNER).kpis.getAll();
    const other = registry.find((k) => k.owner?.email === TOM && k.id !== toms.id && !k.computedFrom && k.active !== false) as IKpi;
    expect(other).toBeDefined();
    expect(await valueOf(other.id, quarter)).toBeUndefined();
    expect(registry.some((k) => k.owner?.email === GRACE)).toBe(true); // Grace owns other measures: she has a folder
    expect((await post(GRACE, { KpiId: other.id, PeriodStart: `${quarter}T00:00:00Z`, Value: 1 })).status).toBe(403);
    expect((await addIn(GRACE, root, other.id, quarter, '1')).status).toBe(403);
    expect((await addIn(GRACE, folderOf(TOM), other.id, quarter, '1')).status).toBe(403);
    expect((await addIn(GRACE, folderOf(GRACE), other.id, quarter, '1')).status).toBe(200);
    // Through the app it goes into her folder too, and counts for nothing.
    await site.services(GRACE).kpiMeasurements.add({ kpi: { id: other.id, title: '' }, periodStart: `${quarter}T00:00:00Z`, value: 2 }).catch(() => undefined);
    expect(await figures()).toEqual(before);
    const { rows, broken } = await loadScorecard(site.services(STAFF), quarter);
    expect(rows.find((r) => r.kpi.id === other.id)?.value).toBeUndefined();
    expect(broken.map((b) => b.reasons.join(' ')).join('\n')).toMatch(/recorded by someone who does not own this measure/);
    // Tom still records the quarter's value in his own folder, and it counts.
    const recorded = await site.services(TOM).kpiMeasurements.add({ kpi: { id: other.id, title: '' }, periodStart: `${quarter}T00:00:00Z`, value: 42 });
    expect(recorded.ownerId).toBe(ids[TOM]);
    const after = await loadScorecard(site.services(STAFF), quarter);
    expect(after.rows.find((r) => r.kpi.id === other.id)?.value).toBe(42);
  });
});
