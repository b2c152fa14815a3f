import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { BASE_URL, launch, requestDigest, SCREENSHOTS } from './browser.mjs';

// Issue 15, "two browsers on one initiative lose no change": the programme office (A, Priya Shah) and the site owner
// (B, Alex Morgan), each in a browser of their own, edit the same initiative in the Roadmap Board's form. Different
// fields first (both changes kept, no question asked); then the same field (the conflict view shows both versions;
// B, who saved second, keeps theirs, and A's change to a field only A touched stays); the same field again (B takes
// A's version); then a stage move by A on the board while B has the form open (both kept). After each round every
// editable field is read at the server and compared with what both people did. The initiative is put back afterwards.

const A = 'priya.shah@digitalhub.example';
const B = 'alex.morgan@digitalhub.example';
const TITLE = 'Master Data Management';
const LIST = `${BASE_URL}/sites/digital/_api/web/lists/getByTitle('Roadmap%20Initiatives')`;
const JSON_HEADERS = { Accept: 'application/json;odata=nometadata', 'Content-Type': 'application/json;charset=utf-8' };
/** Every field the form edits, by internal name. */
const EDITABLE = ['Title', 'Description', 'Workstream', 'Stage', 'WaysOfWorking', 'StartDate', 'EndDate', 'TimeframeLabel', 'CorporatePlanOutcomes', 'DepartmentId', 'OwnerId', 'SponsorId', 'GovernanceTier', 'MustDo', 'EffortMonths', 'Progress', 'Health', 'Notes'];

async function read() {
  const filter = encodeURIComponent(`Title eq '${TITLE}'`);
  const response = await fetch(`${LIST}/items?$select=Id,${EDITABLE.join(',')}&$filter=${filter}`, { headers: { ...JSON_HEADERS, 'X-Local-User': A } });
  assert.equal(response.status, 200);
  const [item] = (await response.json()).value;
  return item;
}

describe('two browsers editing one initiative', () => {
  let browser;
  let original;
  const editors = {};
  /** What the server should hold: the original values with every saved change applied. */
  let expected;

  before(async () => {
    original = await read();
    expected = { ...original };
    browser = await launch();
    for (const [who, login] of [['A', A], ['B', B]]) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 1000 } });
      editors[who] = { login, page: await context.newPage() };
    }
  });
  after(async () => {
    await browser?.close();
    if (!original) return;
    const { Id, ...fields } = original;
    const response = await fetch(`${LIST}/items(${Id})`, {
      method: 'POST',
      headers: { ...JSON_HEADERS, 'X-RequestDigest': await requestDigest(), 'X-HTTP-Method': 'MERGE', 'IF-Match': '*' },
      body: JSON.stringify(fields)
    });
    assert.equal(response.status, 204, await response.text());
  });

  /** Opens the initiative's edit form in the editor's browser (fresh from the server). */
  async function openForm(who) {
    const { page, login } = editors[who];
    await page.goto(`${BASE_URL}/?as=${login}&sel=${original.Id}`);
    await page.getByRole('dialog', { name: TITLE }).getByRole('button', { name: 'Edit' }).click({ timeout: 20_000 });
    const form = page.getByRole('form', { name: `Edit ${TITLE}` });
    await form.waitFor();
    return form;
  }
  const save = (who) => editors[who].page.getByRole('button', { name: 'Save changes' }).click();
  const saved = (who) => editors[who].page.getByText(`“${TITLE}” was saved.`).first().waitFor({ timeout: 20_000 });

  async function assertEveryField(round) {
    const now = await read();
    for (const field of EDITABLE) assert.deepEqual(now[field], expected[field], `${round}: ${field}`);
  }

  test('different fields: A changes the notes, B the description and progress; both are kept', async () => {
    const formA = await openForm('A');
    const formB = await openForm('B');
    const notes = `A's notes ${Date.now()}`;
    const description = `B's description ${Date.now()}`;
    await formA.getByRole('textbox', { name: 'Notes' }).fill(notes);
    await save('A');
    await saved('A');
    expected.Notes = notes;

    await formB.getByRole('textbox', { name: 'Description' }).fill(description);
    await formB.getByRole('textbox', { name: 'Progress (%)' }).fill('35');
    await save('B');
    await saved('B');
    assert.equal(await editors.B.page.getByRole('alertdialog').count(), 0, 'no conflict to resolve');
    expected.Description = description;
    expected.Progress = 35;
    await assertEveryField('different fields');
  });

  test('the same field: the conflict view shows both versions; B keeps theirs, and A\'s other change stays', async () => {
    const formA = await openForm('A');
    const formB = await openForm('B');
    const notesA = `A again ${Date.now()}`;
    const notesB = `B's version ${Date.now()}`;
    await formA.getByRole('textbox', { name: 'Notes' }).fill(notesA);
    await formA.getByRole('textbox', { name: 'Effort (months)' }).fill('7');
    await save('A');
    await saved('A');

    await formB.getByRole('textbox', { name: 'Notes' }).fill(notesB);
    await save('B');
    const page = editors.B.page;
    await page.getByText(`“${TITLE}” was changed by someone else`).waitFor({ timeout: 20_000 });
    const dialog = page.getByRole('alertdialog', { name: `“${TITLE}” was changed by someone else` });
    await dialog.getByText(notesA).waitFor();
    await dialog.getByText(notesB).waitFor();
    await page.screenshot({ path: `${SCREENSHOTS}/two-editors-conflict.png` });
    await dialog.getByRole('button', { name: 'Keep mine' }).click();
    await saved('B');
    expected.Notes = notesB;
    expected.EffortMonths = 7;
    await assertEveryField('same field, kept mine');

    // A, the loser now, takes B's version: nothing changes at the server, and A's form shows B's notes.
    const again = await openForm('A');
    assert.equal(await again.getByRole('textbox', { name: 'Notes' }).inputValue(), notesB);
    await editors.A.page.getByRole('button', { name: 'Cancel' }).click();
  });

  test('the same field again: B takes theirs, and the server holds A\'s version', async () => {
    const formA = await openForm('A');
    const formB = await openForm('B');
    await formA.getByRole('textbox', { name: 'Timeframe' }).fill('2027-28');
    await save('A');
    await saved('A');
    await formB.getByRole('textbox', { name: 'Timeframe' }).fill('2028');
    await save('B');
    const page = editors.B.page;
    await page.getByText(`“${TITLE}” was changed by someone else`).waitFor({ timeout: 20_000 });
    await page.getByRole('alertdialog', { name: `“${TITLE}” was changed by someone else` }).getByRole('button', { name: 'Take theirs' }).click();
    await saved('B');
    expected.TimeframeLabel = '2027-28';
    await assertEveryField('same field, took theirs');
  });

  test('a stage move by A on the board while B edits the health: both kept', async () => {
    const formB = await openForm('B');
    const { page } = editors.A;
    await page.goto(`${BASE_URL}/?as=${A}`);
    const board = page.locator('[aria-label="Roadmap Board"]');
    await board.getByText(/^Showing /).waitFor({ timeout: 20_000 });
    await board.getByRole('button', { name: `Pick up ${TITLE}` }).focus();
    await page.keyboard.press('Space');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Space');
    const message = board.getByText(new RegExp(`^Saved: ${TITLE} is now in `));
    await message.waitFor({ timeout: 20_000 });
    expected.Stage = /is now in (.+)\.$/.exec(await message.innerText())[1];
    assert.notEqual(expected.Stage, original.Stage);

    const health = expected.Health === 'At risk' ? 'Off track' : 'At risk';
    await formB.getByRole('radio', { name: health }).check({ force: true });
    await save('B');
    await saved('B');
    expected.Health = health;
    await editors.B.page.screenshot({ path: `${SCREENSHOTS}/two-editors-after-move.png` });
    await assertEveryField('stage move and an edit');
  });
});
