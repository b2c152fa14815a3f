// The Roadmap Board in the workbench: search and filters kept in the address, stage moves by keyboard as the
// programme office, no edit controls (and a refused forced write) for staff, the conflict view on a concurrent
// edit, and axe-core on every view and panel in SharePoint and Teams dark, at desktop and phone width.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { axeViolations, BASE_URL, launch, requestDigest, SCREENSHOTS } from './browser.mjs';

const PRIYA = 'priya.shah@digitalhub.example';
const DAN = 'dan.evans@digitalhub.example';
const LIST = `${BASE_URL}/sites/digital/_api/web/lists/getByTitle('Roadmap%20Initiatives')`;
const JSON_HEADERS = { Accept: 'application/json;odata=nometadata', 'Content-Type': 'application/json;charset=utf-8' };

/** Reads an initiative straight from the local SharePoint's REST API (as the site owner). */
async function readInitiative(title) {
  const filter = encodeURIComponent(`Title eq '${title.replace(/'/g, "''")}'`);
  const response = await fetch(`${LIST}/items?$select=Id,Title,Stage,Notes,Health&$filter=${filter}`, { headers: JSON_HEADERS });
  assert.equal(response.status, 200);
  const [item] = (await response.json()).value;
  assert.ok(item, `${title} is not in the list`);
  return item;
}

/** Writes fields of an initiative over REST (as the site owner, digest and MERGE as PnPjs sends them). */
async function writeInitiative(id, fields, login) {
  const headers = login ? { ...JSON_HEADERS, 'X-Local-User': login } : JSON_HEADERS;
  const digest = await requestDigest(login);
  return fetch(`${LIST}/items(${id})`, {
    method: 'POST',
    headers: { ...headers, 'X-RequestDigest': digest, 'X-HTTP-Method': 'MERGE', 'IF-Match': '*' },
    body: JSON.stringify(fields)
  });
}

describe('the Roadmap Board', () => {
  let browser;
  let page;
  before(async () => {
    browser = await launch();
    page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
  });
  after(async () => browser?.close());

  // by its label, not its role: an open panel hides the page from assistive technology (aria-hidden)
  const board = () => page.locator('[aria-label="Roadmap Board"]');
  const cards = () => board().getByRole('article');
  async function open(query) {
    await page.goto(`${BASE_URL}/?${query}`);
    await board().getByText(/^Showing /).waitFor({ timeout: 20_000 });
  }

  test('finds "Full Intune Deployment" by searching "Intune"', async () => {
    await open(`as=${DAN}`);
    await board().getByRole('searchbox', { name: 'Search initiatives' }).fill('Intune');
    await board().getByText(/^Showing 1 of \d+ initiatives/).waitFor();
    assert.deepEqual(await cards().evaluateAll((all) => all.map((a) => a.getAttribute('aria-label'))), ['Full Intune Deployment']);
    assert.match(page.url(), /[?&]q=Intune/);
  });

  test('filters to Data & Information Management, and the same filters survive a reload', async () => {
    await open(`as=${DAN}`);
    await board().getByRole('button', { name: 'Filters' }).click();
    const panel = page.getByRole('dialog', { name: 'Filters' });
    await panel.getByText(/^Data & Information Management \(\d+\)$/).click(); // the checkbox's label, as a person clicks it
    await panel.getByRole('button', { name: /^Show \d+ initiatives?$/ }).click();
    const expectOnlyDataProjects = async () => {
      const shown = await cards().evaluateAll((all) => all.map((a) => a.getAttribute('aria-label')));
      for (const title of ['Unstructured Data Migration to SharePoint', 'Structured Data Retention Management', 'Information Assets Register', 'Master Data Management', 'Data Observatory']) {
        assert.ok(shown.includes(title), `${title} is missing from ${shown.join(', ')}`);
      }
      for (const title of ['Full Intune Deployment', 'Bring Your Own Device', 'Modernise Telephony']) assert.ok(!shown.includes(title), `${title} should be filtered out`);
    };
    await expectOnlyDataProjects();
    assert.match(page.url(), /ws=Data\+%26\+Information\+Management/);
    await page.reload();
    await board().getByRole('button', { name: 'Remove filter Workstream: Data & Information Management' }).waitFor();
    await expectOnlyDataProjects();
    await page.screenshot({ path: `${SCREENSHOTS}/roadmap-filtered.png`, fullPage: true });
  });

  test('as the programme office, moves an initiative to another stage by keyboard and it is saved', async () => {
    const before = await readInitiative('Bring Your Own Device');
    try {
      await open(`as=${PRIYA}`);
      const handle = board().getByRole('button', { name: 'Pick up Bring Your Own Device' });
      await handle.focus();
      await page.keyboard.press('Space');
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('Space');
      await board().getByText('Saved: Bring Your Own Device is now in In delivery.').waitFor();
      assert.equal((await readInitiative('Bring Your Own Device')).Stage, 'In delivery');
      // focus stays on the card, now in its new column, so the move can be undone from the keyboard
      assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('aria-label')), 'Pick up Bring Your Own Device');
      await page.keyboard.press('Enter');
      await page.keyboard.press('ArrowLeft');
      await page.keyboard.press('Enter');
      await board().getByText(`Saved: Bring Your Own Device is now in ${before.Stage}.`).waitFor();
      assert.equal((await readInitiative('Bring Your Own Device')).Stage, before.Stage);
    } finally {
      await writeInitiative(before.Id, { Stage: before.Stage });
    }
  });

  test('as staff, offers no edit control, and the local SharePoint refuses a forced write', async () => {
    await open(`as=${DAN}&sel=${(await readInitiative('Full Intune Deployment')).Id}`);
    const details = page.getByRole('dialog', { name: 'Full Intune Deployment' });
    await details.getByText('Last changed').waitFor();
    assert.equal(await details.getByRole('button', { name: 'Edit' }).count(), 0);
    assert.equal(await details.getByRole('button', { name: 'Delete' }).count(), 0);
    await details.getByRole('button', { name: 'Close details' }).click();
    assert.equal(await board().getByRole('button', { name: /^Pick up / }).count(), 0);
    assert.equal(await board().getByRole('button', { name: /to another stage$/ }).count(), 0);
    assert.equal(await board().getByRole('button', { name: 'New initiative' }).count(), 0);
    const { Id, Stage } = await readInitiative('Full Intune Deployment');
    const refused = await page.evaluate(
      async ({ id, login, list }) => {
        const headers = { Accept: 'application/json', 'Content-Type': 'application/json', 'X-Local-User': login };
        const info = await fetch('/sites/digital/_api/contextinfo', { method: 'POST', headers });
        const digest = (await info.json()).FormDigestValue;
        const response = await fetch(`${list}/items(${id})`, {
          method: 'POST',
          headers: { ...headers, 'X-RequestDigest': digest, 'X-HTTP-Method': 'MERGE', 'IF-Match': '*' },
          body: JSON.stringify({ Stage: 'Cancelled' })
        });
        return { status: response.status, digest: Boolean(digest) };
      },
      { id: Id, login: DAN, list: "/sites/digital/_api/web/lists/getByTitle('Roadmap%20Initiatives')" }
    );
    assert.deepEqual(refused, { status: 403, digest: true });
    assert.equal((await readInitiative('Full Intune Deployment')).Stage, Stage);
  });

  test('a concurrent edit produces the conflict view, and nothing typed is lost', async () => {
    const original = await readInitiative('Data Observatory');
    try {
      await open(`as=${PRIYA}&sel=${original.Id}`);
      await page.getByRole('dialog', { name: 'Data Observatory' }).getByRole('button', { name: 'Edit' }).click();
      const form = page.getByRole('form', { name: 'Edit Data Observatory' });
      const typed = 'Pilot with the Environment department first; report to the committee in March.';
      await form.getByRole('textbox', { name: 'Notes' }).fill(typed);
      // someone else saves the same initiative meanwhile
      assert.equal((await writeInitiative(original.Id, { Notes: 'Changed by the site owner', Health: 'At risk' })).status, 204);
      await page.getByRole('button', { name: 'Save changes' }).click();
      const dialog = page.getByRole('alertdialog', { name: '“Data Observatory” was changed by someone else' });
      await page.getByText('“Data Observatory” was changed by someone else').waitFor(); // the dialog's own box has no height
      await dialog.getByText(typed).waitFor();
      await dialog.getByText('Changed by the site owner').waitFor();
      await page.screenshot({ path: `${SCREENSHOTS}/roadmap-conflict.png` });
      assert.deepEqual(await axeViolations(page), []);
      await dialog.getByRole('button', { name: 'Save merged' }).click();
      await board().getByText('“Data Observatory” was saved.').first().waitFor();
      const saved = await readInitiative('Data Observatory');
      assert.equal(saved.Notes, typed);
      assert.equal(saved.Health, 'At risk', 'their change to a field I did not touch is kept');
    } finally {
      // leave the example content as other tests expect it
      assert.equal((await writeInitiative(original.Id, { Notes: original.Notes, Health: original.Health })).status, 204);
    }
  });

  test('shows every stage of the board side by side at 1280px, and names the Corporate Plan outcomes in the filters', async () => {
    await open(`as=${DAN}`);
    const stages = ['Yet to be proposed', 'Proposed', 'Approved', 'In delivery', 'Completed', 'On hold', 'Cancelled'];
    for (const stage of stages) {
      const box = await board().getByRole('heading', { name: new RegExp(`^${stage}\\s*\\d+`) }).boundingBox();
      assert.ok(box && box.x >= 0 && box.x + box.width <= 1280, `${stage} is out of sight (${JSON.stringify(box)})`);
    }
    await page.screenshot({ path: `${SCREENSHOTS}/roadmap-board-1280.png` });
    await board().getByRole('button', { name: 'Filters' }).click();
    const panel = page.getByRole('dialog', { name: 'Filters' });
    await panel.getByRole('button', { name: 'Show 12 more with no initiatives' }).click();
    await panel.getByText('9. We are digitally and physically well-connected and responsive (0)').waitFor();
    await page.screenshot({ path: `${SCREENSHOTS}/roadmap-filters-outcomes.png` });
    await panel.getByRole('button', { name: 'Close filters' }).click();
  });

  for (const host of ['sharepoint', 'teams-dark']) {
    test(`has no accessibility violations in any view, panel or form (${host})`, async () => {
      for (const view of ['board', 'timeline', 'table', 'matrix', 'priorities']) {
        await open(`as=${PRIYA}&host=${host}&v=${view}`);
        await page.waitForTimeout(500);
        await page.screenshot({ path: `${SCREENSHOTS}/roadmap-${host}-${view}.png`, fullPage: true });
        assert.deepEqual(await axeViolations(page), [], `${view} view`);
      }
      await open(`as=${PRIYA}&host=${host}&sel=${(await readInitiative('Full Intune Deployment')).Id}`);
      const details = page.getByRole('dialog', { name: 'Full Intune Deployment' });
      await details.getByText('Last changed').waitFor();
      await page.screenshot({ path: `${SCREENSHOTS}/roadmap-${host}-details.png` });
      assert.deepEqual(await axeViolations(page), [], 'details panel');
      await details.getByRole('button', { name: 'Edit' }).click();
      await page.getByRole('form', { name: 'Edit Full Intune Deployment' }).waitFor();
      await page.screenshot({ path: `${SCREENSHOTS}/roadmap-${host}-edit.png` });
      assert.deepEqual(await axeViolations(page), [], 'edit panel');
      await page.getByRole('button', { name: 'Cancel' }).click();
      await open(`as=${PRIYA}&host=${host}`);
      await board().getByRole('button', { name: 'Filters' }).click();
      await page.getByRole('dialog', { name: 'Filters' }).getByRole('button', { name: /^Show \d+ initiatives$/ }).waitFor();
      assert.deepEqual(await axeViolations(page), [], 'filters panel');
    });
  }

  test('fits a phone-width Teams tab in every view', async () => {
    const phone = await browser.newPage({ viewport: { width: 380, height: 800 } });
    for (const view of ['board', 'timeline', 'table', 'matrix', 'priorities']) {
      await phone.goto(`${BASE_URL}/?as=${PRIYA}&host=teams-default&v=${view}`);
      await phone.getByRole('region', { name: 'Roadmap Board' }).getByText(/^Showing /).waitFor({ timeout: 20_000 });
      await phone.waitForTimeout(500);
      const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.ok(overflow <= 0, `the ${view} view scrolls the page sideways by ${overflow}px`);
      await phone.screenshot({ path: `${SCREENSHOTS}/roadmap-phone-${view}.png`, fullPage: true });
    }
    // Teams dark at 380px: the board's actions are labelled, the details have Copy link, and axe finds nothing.
    await phone.goto(`${BASE_URL}/?as=${DAN}&host=teams-dark&sel=${(await readInitiative('Full Intune Deployment')).Id}`);
    const details = phone.getByRole('dialog', { name: 'Full Intune Deployment' });
    await details.getByText(/^Not recorded:/).waitFor({ timeout: 20_000 });
    await details.getByRole('button', { name: 'Copy link' }).waitFor();
    assert.match(await details.innerText(), /2021 \(a timeframe only: no start or end date is recorded\)/);
    assert.deepEqual(await axeViolations(phone), [], 'details at 380px, Teams dark');
    await phone.screenshot({ path: `${SCREENSHOTS}/roadmap-phone-details-teams-dark.png` });
    await details.getByRole('button', { name: 'Close details' }).click();
    const region = phone.getByRole('region', { name: 'Roadmap Board' });
    for (const label of ['Copy link', 'Export', 'Print']) assert.equal(await region.getByRole('button', { name: label }).first().locator('.ms-Button-label').innerText(), label);
    assert.deepEqual(await axeViolations(phone), [], 'board at 380px, Teams dark');
    await phone.screenshot({ path: `${SCREENSHOTS}/roadmap-phone-board-teams-dark.png` });
    await phone.close();
  });
});
