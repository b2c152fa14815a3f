// The Maturity Survey's Results tab in the workbench: data from the local SharePoint, chart/table switching, CSV
// download, new responses (submitted over REST as the department managers) changing the organisation level by the
// documented rule, accessibility in SharePoint and Teams dark, and a phone-width Teams tab.
// Anonymised results are the web part property the workbench sets from the address (prop.maturitySurvey.anonymiseResults).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { axeViolations, BASE_URL, launch, requestDigest, SCREENSHOTS } from './browser.mjs';

const SITE = `${BASE_URL}/sites/digital`;
const OFFICE = 'priya.shah@digitalhub.example';
const STAFF = 'dan.evans@digitalhub.example';
const list = (title) => `${SITE}/_api/web/lists/getByTitle('${encodeURIComponent(title)}')`;

async function rest(path, { login, method = 'GET', body, headers: extra = {} } = {}) {
  const headers = { Accept: 'application/json;odata=nometadata', 'Content-Type': 'application/json', ...extra };
  if (login) headers['X-Local-User'] = login;
  if (method !== 'GET') {
    headers['X-RequestDigest'] = await requestDigest(login);
  }
  const response = await fetch(path, { method, headers, body: body && JSON.stringify(body) });
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
  const text = await response.text();
  return text ? JSON.parse(text) : undefined;
}

// The documented roll-up (src/domain/maturity/rollup.ts), written again here so the UI is checked against the rule,
// not against its own code: department = median of its dimension levels (several managers: median per dimension
// first); organisation = median of the departments' levels; an even count takes the mean of the middle two.
const median = (values) => {
  const v = values.filter((x) => typeof x === 'number').sort((a, b) => a - b);
  if (!v.length) return undefined;
  const m = Math.floor(v.length / 2);
  return v.length % 2 ? v[m] : (v[m - 1] + v[m]) / 2;
};
function organisationLevel(responses, dimensions) {
  const byDepartment = new Map();
  for (const r of responses) byDepartment.set(r.DepartmentId, [...(byDepartment.get(r.DepartmentId) ?? []), JSON.parse(r.Answers || '[]')]);
  const overall = (key) =>
    median(
      [...byDepartment.values()].map((answerSets) =>
        median(dimensions.map((d) => median(answerSets.map((answers) => answers.find((a) => a.dimension === d)?.[key]))))
      )
    );
  return { current: overall('current'), target: overall('target'), departments: byDepartment.size };
}
const format = (n) => String(Math.round(n * 100) / 100);

describe('maturity results in the workbench', () => {
  let browser;
  let page;
  let closed;
  let open;
  let dimensions;
  let activeDepartments;
  const added = [];

  const submitted = (roundId) => rest(`${list('Maturity Responses')}/items?$select=Id,DepartmentId,Answers,Status&$filter=RoundId eq ${roundId} and Status eq 'Submitted'&$top=5000`).then((r) => r.value);
  const region = () => page.getByRole('region', { name: 'Maturity Survey' });
  const headline = () => region().getByText(/^Organisation level:/);
  const openResults = async (roundId, query = '') => {
    await page.goto(`${BASE_URL}/?mtab=results&mround=${roundId}${query}`);
    await headline().or(region().getByText(/^No responses submitted/)).waitFor({ timeout: 20_000 });
  };

  const axeInResults = () => axeViolations(page, ['[role=region][aria-label="Maturity Survey"]']);

  before(async () => {
    const rounds = (await rest(`${list('Assessment Rounds')}/items?$select=Id,Title,ModelId`)).value;
    closed = rounds.find((r) => r.Title === '2025 Q4');
    open = rounds.find((r) => r.Title === '2026 Q4');
    dimensions = (await rest(`${list('Maturity Dimensions')}/items?$select=Title,ModelId&$top=500`)).value
      .filter((d) => d.ModelId === open.ModelId)
      .map((d) => d.Title);
    activeDepartments = (await rest(`${list('Departments')}/items?$select=Id,Title,Active&$top=500`)).value.filter((d) => d.Active !== false);
    browser = await launch();
    page = await browser.newPage({ viewport: { width: 1280, height: 1000 }, acceptDownloads: true });
  });

  after(async () => {
    // leave the shared data as it was: the departments' responses this file submitted are unanswered drafts again
    const unanswered = { Answers: null, Status: 'Draft', SubmittedOn: null, OverallCurrent: null, OverallTarget: null };
    for (const id of added) await rest(`${list('Maturity Responses')}/items(${id})`, { method: 'POST', headers: { 'X-HTTP-Method': 'MERGE', 'IF-MATCH': '*' }, body: unanswered });
    await browser?.close();
  });

  test('shows a closed round\'s results to staff, worked out by the documented rule', async () => {
    await page.goto(`${BASE_URL}/?as=${STAFF}`);
    await openResults(closed.Id, `&as=${STAFF}`);
    const expected = organisationLevel(await submitted(closed.Id), dimensions);
    const text = await headline().textContent();
    assert.match(text, new RegExp(`^Organisation level: ${format(expected.current)} — `));
    assert.match(text, new RegExp(`target ${format(expected.target)} · ${expected.departments} of ${Math.max(activeDepartments.length, expected.departments)} departments responded`));
    await region().getByRole('table', { name: 'Current level by department and dimension' }).waitFor();
    await region().getByRole('group', { name: /current and target levels against the organisation median/ }).waitFor();
    await region().locator('[aria-label^="2025 Q4, Current level"]').first().waitFor({ state: 'attached' });
    await region().screenshot({ path: `${SCREENSHOTS}/maturity-results-sharepoint.png` });
    assert.deepEqual(await axeInResults(), []);
  });

  test('reaches the radar\'s points from the keyboard, with a tooltip', async () => {
    const chart = region().getByRole('group', { name: /current and target levels against the organisation median/ });
    const first = chart.locator('[role=img][tabindex="0"]');
    await first.focus();
    await page.keyboard.press('ArrowRight');
    const focused = await page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
    assert.match(focused, /^Service Model, Current level: /);
    const tooltip = region().locator('div[aria-hidden="true"]').filter({ hasText: /Current level: \d/ });
    assert.match(await tooltip.textContent(), /^Service ModelCurrent level: \d/);
    assert.deepEqual(await axeInResults(), []);
    await page.keyboard.press('Escape');
    assert.equal(await tooltip.count(), 0);
  });

  test('switches every chart to its table and back, with the same numbers', async () => {
    const heatmap = region().getByRole('region', { name: 'Organisation heatmap', exact: true });
    const grid = heatmap.getByRole('table', { name: 'Current level by department and dimension' });
    const gridRows = await grid.locator('tbody tr').evaluateAll((rows) => rows.map((r) => [r.querySelector('th').textContent, ...[...r.querySelectorAll('td')].map((c) => c.textContent)]));
    for (const name of ['Organisation heatmap', 'By department', 'Trend across rounds']) {
      await region().getByRole('region', { name, exact: true }).getByRole('button', { name: 'Show as table' }).click();
    }
    const long = heatmap.getByRole('table', { name: 'Levels by department and dimension' });
    const longRows = await long.locator('tbody tr').evaluateAll((rows) => rows.map((r) => [...r.children].map((c) => c.textContent)));
    for (const row of gridRows.filter((r) => r[0] !== 'Organisation median')) {
      assert.deepEqual(longRows.filter((l) => l[0] === row[0]).map((l) => l[2]), row.slice(1, 1 + dimensions.length));
    }
    await region().getByRole('region', { name: 'By department', exact: true }).getByRole('table', { name: /current and target levels/ }).waitFor();
    await region().getByRole('table', { name: 'Organisation overall: median level by round' }).waitFor();
    await region().screenshot({ path: `${SCREENSHOTS}/maturity-results-tables.png` });
    assert.deepEqual(await axeInResults(), []);
    await heatmap.getByRole('button', { name: 'Show as chart' }).click();
    await grid.waitFor();
  });

  test('downloads the round as CSV', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), region().getByRole('button', { name: 'Download CSV' }).click()]);
    assert.equal(download.suggestedFilename(), 'maturity-results-2025-Q4.csv');
    const csv = readFileSync(await download.path(), 'utf8').replace(/^\uFEFF/, '');
    const lines = csv.trim().split('\r\n');
    assert.equal(lines[0], 'Round,Department,Dimension,Current,Target,Gap,Evidence,Confidence');
    const responded = organisationLevel(await submitted(closed.Id), dimensions).departments;
    assert.equal(lines.length, 1 + responded * dimensions.length);
    assert.ok(lines.some((l) => l.startsWith("2025 Q4,Chamberlain's,Value Focus,")), 'Chamberlain\'s is in the export');
  });

  test('shows a new response after a reload, and a second one moves the organisation level by the rule', async () => {
    const before = await submitted(open.Id);
    const taken = new Set(before.map((r) => r.DepartmentId));
    const [first, second] = activeDepartments.filter((d) => !taken.has(d.Id));
    const answers = (level) => JSON.stringify(dimensions.map((dimension) => ({ dimension, current: level, target: Math.min(5, level + 2), evidence: 'Submitted by the results e2e test', confidence: 'Medium' })));
    // Each department's response was created when the round opened; submitting answers it (as the programme office
    // here, which may write every department's response; respondents' own rights are tested in maturityRespondents).
    const submit = async (login, department, level) => {
      const [item] = (await rest(`${list('Maturity Responses')}/items?$select=Id&$filter=RoundId eq ${open.Id} and DepartmentId eq ${department.Id}`)).value;
      await rest(`${list('Maturity Responses')}/items(${item.Id})`, {
        login,
        method: 'POST',
        headers: { 'X-HTTP-Method': 'MERGE', 'IF-MATCH': '*' },
        body: { Answers: answers(level), Status: 'Submitted', SubmittedOn: new Date().toISOString(), OverallCurrent: level, OverallTarget: Math.min(5, level + 2) }
      });
      added.push(item.Id);
    };

    await openResults(open.Id);
    if (!before.length) await region().getByText(`No responses submitted for ${open.Title} yet.`).waitFor();

    await submit(OFFICE, first, 2);
    await page.reload();
    await headline().waitFor({ timeout: 20_000 });
    const one = organisationLevel(await submitted(open.Id), dimensions);
    assert.match(await headline().textContent(), new RegExp(`^Organisation level: ${format(one.current)} — .* ${one.departments} of \\d+ departments responded$`));

    await submit(OFFICE, second, 1);
    await page.reload();
    await region().getByText(new RegExp(`${one.departments + 1} of \\d+ departments responded`)).waitFor({ timeout: 20_000 });
    const two = organisationLevel(await submitted(open.Id), dimensions);
    assert.match(await headline().textContent(), new RegExp(`^Organisation level: ${format(two.current)} — `));
    if (!before.length) {
      // the first department at 2 and the second at 1: the median of an even count is the mean of the middle two
      assert.equal(one.current, 2);
      assert.equal(two.current, 1.5);
      assert.match(await headline().textContent(), /^Organisation level: 1.5 — between E-Government \/ Initial and Open \/ Developing/);
    }
  });

  test('has no accessibility violations in Teams dark', async () => {
    await openResults(closed.Id, '&host=teams-dark');
    await region().getByRole('group', { name: /current and target levels/ }).waitFor();
    await region().locator('[aria-label^="2025 Q4, Current level"]').first().waitFor({ state: 'attached' });
    await region().screenshot({ path: `${SCREENSHOTS}/maturity-results-teams-dark.png` });
    assert.deepEqual(await axeInResults(), []);
  });

  test('hides department names when the web part is set to anonymise results', async () => {
    const names = (await submitted(closed.Id)).map((r) => activeDepartments.find((d) => d.Id === r.DepartmentId)?.Title).filter(Boolean);
    assert.ok(names.length > 1, 'the closed round has responses from several departments');
    await openResults(closed.Id, `&as=${STAFF}&prop.maturitySurvey.anonymiseResults=true`);
    const heatmap = region().getByRole('table', { name: 'Current level by department and dimension' });
    await heatmap.waitFor();
    const rows = await heatmap.locator('tbody th').allTextContents();
    assert.ok(rows.some((r) => /^Department [A-Z]$/.test(r)), `rows are labelled Department A, B, ...: ${rows.join(', ')}`);
    const text = await region().textContent();
    for (const name of names) assert.ok(!text.includes(name), `${name} is not named anywhere in the results`);
    const [download] = await Promise.all([page.waitForEvent('download'), region().getByRole('button', { name: 'Download CSV' }).click()]);
    const csv = readFileSync(await download.path(), 'utf8');
    for (const name of names) assert.ok(!csv.includes(name), `${name} is not named in the CSV`);
    assert.deepEqual(await axeInResults(), []);
  });

  test('fits a phone-width Teams tab', async () => {
    const phone = await browser.newPage({ viewport: { width: 380, height: 800 } });
    await phone.goto(`${BASE_URL}/?host=teams-default&mtab=results&mround=${closed.Id}`);
    const results = phone.getByRole('region', { name: 'Maturity Survey' });
    await results.getByRole('group', { name: /current and target levels/ }).waitFor({ timeout: 20_000 });
    const overflow = await results.evaluate((el) => el.scrollWidth - el.clientWidth);
    assert.ok(overflow <= 0, `the results scroll sideways by ${overflow}px`);
    await results.screenshot({ path: `${SCREENSHOTS}/maturity-results-phone.png` });
    await phone.close();
  });
});
