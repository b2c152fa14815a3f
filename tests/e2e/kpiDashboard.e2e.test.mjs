import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { axeViolations, BASE_URL, launch, requestDigest, SCREENSHOTS } from './browser.mjs';

// The KPI Dashboard end to end: the 29 measures under their outcomes; a KPI owner (Tom Okafor) records a quarter's
// value by keyboard, and a red value is refused until it has a corrective action; staff are refused by the server;
// the programme office (Priya Shah) signs the quarter off, after which the owner's change is refused by the server
// and a later change leaves the pack as signed; the pack prints to PDF as a committee paper, exports to Word; a CSV
// with three bad rows names each and imports nothing; axe in every view, host and width.

const SITE = `${BASE_URL}/sites/digital/_api/web`;
const TOM = 'tom.okafor@digitalhub.example';
const PRIYA = 'priya.shah@digitalhub.example';
const OWNER = 'alex.morgan@digitalhub.example';
const STAFF = 'dan.evans@digitalhub.example';
const QUARTER = '2026-10-01';
const LABEL = '2026-27 Q3';
const MEASUREMENTS = "lists/getByTitle('KPI%20Measurements')";

async function rest(login, path, { method = 'GET', body, headers = {} } = {}) {
  const all = { Accept: 'application/json;odata=nometadata', 'Content-Type': 'application/json', 'X-Local-User': login, ...headers };
  if (method !== 'GET') all['X-RequestDigest'] = await requestDigest(login);
  return fetch(`${SITE}/${path}`, { method, headers: all, body: body === undefined ? undefined : JSON.stringify(body) });
}
const items = async (list, query) => (await (await rest(OWNER, `lists/getByTitle('${encodeURIComponent(list)}')/items?${query}`)).json()).value;

async function measurement(kpiTitle) {
  const [kpi] = await items('Strategy KPIs', `$select=Id&$filter=Title eq '${kpiTitle}'`);
  const [m] = await items('KPI Measurements', `$select=Id,Value,CorrectiveAction,AuthorId,ActionOwnerId,ActionDue&$filter=KpiId eq ${kpi.Id} and PeriodStart eq datetime'${QUARTER}T00:00:00Z'`);
  return { kpi: kpi.Id, m };
}

describe('the KPI Dashboard', () => {
  let browser;
  let page;
  const region = () => page.getByRole('region', { name: 'KPI Dashboard' });
  /** Opens the page as someone and waits for the view named in the query to show its data. */
  const open = async (login, query = '') => {
    await page.goto(`${BASE_URL}/?as=${login}&kq=${QUARTER}${query}`);
    const view = /kmeasure=/.test(query) ? 'detail' : /kview=(\w+)/.exec(query)?.[1] ?? 'scorecard';
    const ready = {
      scorecard: region().getByText('29 measures in all'),
      // An open panel hides the page from assistive technology (so from role queries) until it closes.
      detail: page.getByRole('dialog').getByRole('heading', { name: 'History' }),
      record: region().getByText(/Value for|Only the owners/).first(),
      import: region().getByText(/^Columns:/),
      pack: region().getByRole('heading', { name: 'Recommendation' })
    }[view];
    await ready.waitFor({ timeout: 30_000 });
  };

  before(async () => {
    browser = await launch();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  });
  after(async () => browser?.close());

  test('shows the 29 measures under their five outcomes, by name', async () => {
    await open(STAFF);
    const expected = { 'Brilliant Basics': 7, 'Technology Convergence': 6, 'Data Driven Decisions': 7, 'Automation & AI': 5, 'Digital Skills & Expertise': 4 };
    for (const [outcome, count] of Object.entries(expected)) {
      const section = region().getByRole('region', { name: outcome });
      assert.equal(await section.locator('tbody tr').count(), count, outcome);
    }
    await region().getByRole('button', { name: 'First contact resolution rate' }).waitFor();
    await region().getByText('29 measures in all').waitFor();
    await page.screenshot({ path: `${SCREENSHOTS}/kpi-scorecard-1280.png`, fullPage: true });
  });

  test('a KPI owner records a value by keyboard; a red value is refused until it has a corrective action', async () => {
    const before = await measurement('Incident impact');
    assert.equal(before.m?.Value ?? null, null, 'the seeded quarter awaits data');
    await open(TOM);
    const link = region().getByRole('button', { name: 'Incident impact' });
    await link.focus();
    await page.keyboard.press('Enter');
    const panel = page.getByRole('dialog', { name: 'Incident impact' });
    await panel.getByRole('button', { name: 'Record a value' }).focus();
    await page.keyboard.press('Enter');
    await panel.waitFor({ state: 'detached' });
    const form = region().getByRole('form', { name: 'Record a value' });
    const value = form.getByRole('textbox', { name: `Value for ${LABEL}` });
    await value.waitFor();
    await value.focus();
    await page.keyboard.type('900');
    await page.keyboard.press('Enter');
    await form.getByText('This value is off target (red): say what will be done about it.').waitFor();
    await form.getByText('A red value needs an owner for its corrective action.').waitFor();
    assert.equal((await measurement('Incident impact')).m?.Value ?? null, null, 'nothing saved while red has no action');

    await form.getByRole('textbox', { name: 'Commentary' }).focus();
    await page.keyboard.type('A long outage at two sites after a supplier change.');
    await form.getByRole('textbox', { name: /Corrective action/ }).focus();
    await page.keyboard.type('Supplier to add a second circuit at both sites.');
    await form.getByRole('combobox', { name: /Action owner/ }).focus();
    await page.keyboard.type('Tom');
    await page.locator('.ms-Suggestions').getByText(/Tom Okafor/).first().waitFor();
    await page.keyboard.press('Enter');
    // The shared date field (src/features/shared/DateField.tsx): a date typed as UK readers write it. A date that is
    // not one is named, and nothing is saved until it is put right.
    const due = form.getByRole('combobox', { name: 'Action due' });
    await due.focus();
    await page.keyboard.type('30/2/2027');
    await value.focus();
    await form.getByText('Action due: "30/2/2027" is not a date: February 2027 has 28 days.').waitFor();
    await page.keyboard.press('Enter');
    await form.getByText('Action due: "30/2/2027" is not a date: February 2027 has 28 days.').waitFor();
    assert.equal((await measurement('Incident impact')).m?.Value ?? null, null, 'nothing saved with a date that is not a date');
    await due.fill('31/3/2027');
    await value.focus();
    await page.keyboard.press('Enter');
    await form.getByText(/Saved Incident impact for 2026-27 Q3: 900 minutes \(Off target\)/).waitFor();
    const after = await measurement('Incident impact');
    assert.equal(after.m.Value, 900);
    assert.match(after.m.CorrectiveAction, /second circuit/);
    assert.ok(after.m.ActionOwnerId);
    assert.equal(after.m.AuthorId, before.m.AuthorId);
    await page.screenshot({ path: `${SCREENSHOTS}/kpi-record-1280.png`, fullPage: true });
  });

  test('staff cannot record values or change targets: the server refuses', async () => {
    const { kpi, m } = await measurement('Incident impact');
    const add = await rest(STAFF, `${MEASUREMENTS}/items`, { method: 'POST', body: { KpiId: kpi, PeriodStart: '2026-07-01T00:00:00Z', Value: 1 } });
    assert.equal(add.status, 403);
    const edit = await rest(STAFF, `${MEASUREMENTS}/items(${m.Id})`, { method: 'POST', body: { Value: 1 }, headers: { 'X-HTTP-Method': 'MERGE', 'IF-Match': '*' } });
    assert.equal(edit.status, 403);
    const target = await rest(TOM, `lists/getByTitle('Strategy%20KPIs')/items(${kpi})`, { method: 'POST', body: { Target: 1 }, headers: { 'X-HTTP-Method': 'MERGE', 'IF-Match': '*' } });
    assert.equal(target.status, 403);
    await open(STAFF, '&kview=record');
    await region().getByText(/Only the owners of measures and the programme office record values/).waitFor();
  });

  test('the programme office signs the quarter off; later changes are refused or leave the pack as signed', async () => {
    await open(PRIYA, '&kview=pack');
    await region().getByText(`Draft pack: ${LABEL} is not signed off`, { exact: false }).waitFor();
    await region().getByRole('button', { name: `Sign off ${LABEL}` }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Sign off', exact: true }).click();
    await region().getByText(`${LABEL} is signed off. Its values are now read-only`, { exact: false }).waitFor({ timeout: 30_000 });
    await region().getByText(/was signed off by Priya Shah/).waitFor();

    const { m } = await measurement('Incident impact');
    const forged = await rest(TOM, `${MEASUREMENTS}/items(${m.Id})`, { method: 'POST', body: { Value: 100 }, headers: { 'X-HTTP-Method': 'MERGE', 'IF-Match': '*' } });
    assert.equal(forged.status, 403, 'the owner can no longer change a signed-off value');
    const office = await rest(PRIYA, `${MEASUREMENTS}/items(${m.Id})`, { method: 'POST', body: { Value: 5 }, headers: { 'X-HTTP-Method': 'MERGE', 'IF-Match': '*' } });
    assert.ok(office.ok, 'the programme office can still correct the list');
    await open(PRIYA, '&kview=pack');
    const exceptions = region().getByRole('region', { name: 'Exceptions' });
    await exceptions.getByRole('row', { name: /Incident impact/ }).getByText('900 minutes').waitFor();
    await open(TOM, '&kview=record');
    await region().getByText(`${LABEL} is signed off`, { exact: false }).first().waitFor();
  });

  test('the pack prints to PDF as a committee paper and exports to Word with the same figures', async () => {
    await open(PRIYA, '&kview=pack');
    await region().getByRole('heading', { name: 'Recommendation' }).waitFor();
    await page.evaluate(() => { window.print = () => undefined; });
    await region().getByRole('button', { name: 'Print or save as PDF' }).click();
    await page.emulateMedia({ media: 'print' });
    const pdf = `${SCREENSHOTS}/kpi-pack.pdf`;
    await page.pdf({ path: pdf, format: 'A4', printBackground: false });
    await page.emulateMedia({ media: 'screen' });
    execFileSync('pdftoppm', ['-png', '-r', '60', pdf, `${SCREENSHOTS}/kpi-pack-page`]);
    const text = execFileSync('pdftotext', [pdf, '-']).toString().replace(/\s+/g, ' ');
    assert.match(text, /Members are asked to note/);
    assert.match(text, /Roadmap progress by workstream and stage/);
    assert.doesNotMatch(text, /Roadmap Board|Maturity Survey|Viewing as/, 'only the pack is on paper');

    const [download] = await Promise.all([page.waitForEvent('download'), region().getByRole('button', { name: 'Download Word (.docx)' }).click()]);
    const file = `${SCREENSHOTS}/kpi-pack.docx`;
    await download.saveAs(file);
    const xml = execFileSync('unzip', ['-p', file, 'word/document.xml']).toString();
    const words = xml.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
    assert.match(words, /Members are asked to note/);
    assert.match(words, /Incident impact/);
    assert.match(words, /900 minutes/);
    assert.ok(readFileSync(file).length > 5000);
  });

  test('a CSV import with three bad rows names each and imports nothing', async () => {
    const before = (await items('KPI Measurements', '$select=Id&$top=5000')).length;
    await open(PRIYA, '&kview=import');
    const csv = [
      'Measure,Period,Value,Commentary,Corrective action,Action owner,Action due',
      'User satisfaction rate,2026-27 Q2,91,Fine,,,',
      'No such measure,2026-27 Q2,5,,,,',
      'First contact resolution rate,2026 Q2,70,,,,',
      'Average resolution time,2026-27 Q2,40,Slow,,,'
    ].join('\n');
    await region().getByRole('textbox', { name: 'Or paste the CSV here' }).fill(csv);
    await region().getByText('3 rows have problems', { exact: false }).waitFor();
    await region().getByText('No measure called "No such measure" in the register.').waitFor();
    await region().getByText('"2026 Q2" is not a quarter', { exact: false }).waitFor();
    await region().getByText('This value is off target (red)', { exact: false }).waitFor();
    assert.equal(await region().getByRole('button', { name: /^Import/ }).isDisabled(), true);
    assert.equal((await items('KPI Measurements', '$select=Id&$top=5000')).length, before);
    await page.screenshot({ path: `${SCREENSHOTS}/kpi-import-1280.png`, fullPage: true });
  });

  const HOSTS = ['sharepoint-none', 'teams-dark', 'teams-contrast'];
  for (const host of HOSTS) {
    for (const width of [1280, 380]) {
      test(`axe finds nothing in every view: ${host} at ${width}px`, async () => {
        await page.setViewportSize({ width, height: 900 });
        const views = [
          ['scorecard', ''],
          ['detail', '&kmeasure=1'],
          ['record', '&kview=record'],
          ['import', '&kview=import'],
          ['pack', '&kview=pack']
        ];
        for (const [name, query] of views) {
          await open(PRIYA, `&host=${host}${query}`);
          if (name === 'pack') await region().getByRole('heading', { name: 'Recommendation' }).waitFor();
          const violations = await axeViolations(page, ['[aria-label="KPI Dashboard"]'], { withLayers: name === 'detail' });
          assert.deepEqual(violations, [], `${name} in ${host} at ${width}px`);
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
          assert.ok(overflow <= 0, `${name} does not widen the page at ${width}px (${overflow}px)`);
          if (host !== 'sharepoint-none' || width === 380) await page.screenshot({ path: `${SCREENSHOTS}/kpi-${name}-${host}-${width}.png`, fullPage: name !== 'pack' });
        }
        await page.setViewportSize({ width: 1280, height: 900 });
      });
    }
  }
});
