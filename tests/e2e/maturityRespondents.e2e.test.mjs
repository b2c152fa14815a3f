import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { axeViolations, BASE_URL, launch, requestDigest, SCREENSHOTS } from './browser.mjs';

// A department's survey is answered by that department (issue 9): Dan (staff) answers for no department and the
// local SharePoint refuses his forged writes and reads; Grace has Environment chosen for her and cannot write Chamberlain's;
// Samuel chooses between his two departments. Nothing here changes the site (every forged write is refused).

const SITE = `${BASE_URL}/sites/digital/_api/web`;
const OWNER = 'alex.morgan@digitalhub.example';
const STAFF = 'dan.evans@digitalhub.example';
const GRACE = 'grace.lee@digitalhub.example';
const SAMUEL = 'samuel.adeyemi@digitalhub.example';
const RESPONSES = `lists/getByTitle('Maturity%20Responses')`;

async function rest(login, path, { method = 'GET', body, headers = {} } = {}) {
  const all = { Accept: 'application/json;odata=nometadata', 'Content-Type': 'application/json', 'X-Local-User': login, ...headers };
  if (method !== 'GET') all['X-RequestDigest'] = await requestDigest(login);
  return fetch(`${SITE}/${path}`, { method, headers: all, body: body === undefined ? undefined : JSON.stringify(body) });
}
const items = async (list, query) => (await (await rest(OWNER, `lists/getByTitle('${encodeURIComponent(list)}')/items?${query}`)).json()).value;

/** The open round's response of a department, by the department's title. */
async function responseOf(department) {
  const [round] = await items('Assessment Rounds', "$select=Id&$filter=Status eq 'Open'");
  const [dept] = await items('Departments', `$select=Id&$filter=Title eq '${department.replace(/'/g, "''")}'`);
  const [response] = await items('Maturity Responses', `$select=Id&$filter=RoundId eq ${round.Id} and DepartmentId eq ${dept.Id}`);
  return { round: round.Id, department: dept.Id, id: response.Id };
}
const forgeAdd = async (login, { round, department }) =>
  (await rest(login, `${RESPONSES}/items`, { method: 'POST', body: { Title: 'forged', RoundId: round, DepartmentId: department, Status: 'Draft', Answers: '[]' } })).status;
const forgeMerge = async (login, { id }) =>
  (await rest(login, `${RESPONSES}/items(${id})`, { method: 'POST', headers: { 'X-HTTP-Method': 'MERGE', 'IF-Match': '*' }, body: { Answers: '[{"dimension":"Platform","current":5}]' } })).status;

describe('the Maturity Survey\'s department respondents', () => {
  let browser;
  before(async () => {
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
  });

  const survey = async (login, { host = 'sharepoint', width = 1280 } = {}) => {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    await page.goto(`${BASE_URL}/?as=${login}&host=${host}&mtab=survey`);
    const region = page.getByRole('region', { name: 'Maturity Survey' });
    await region.getByText(/Digital Services Maturity Model: 2026 Q4/).waitFor({ timeout: 20_000 });
    return { page, region };
  };

  test('Dan (staff) has no department to answer for, reads no response, and the server refuses his forged add (403) and update (404)', async () => {
    const { page, region } = await survey(STAFF);
    await region.getByText(/You are not a respondent for any department/).waitFor();
    assert.equal(await region.getByRole('radiogroup').count(), 0);
    assert.equal(await region.getByRole('combobox').count(), 0);
    await page.screenshot({ path: `${SCREENSHOTS}/maturity-not-respondent-1280.png`, fullPage: true });
    assert.deepEqual(await axeViolations(page), []);
    await page.close();
    const barbican = await responseOf('Barbican Centre');
    assert.equal(await forgeAdd(STAFF, barbican), 403, 'add refused');
    assert.equal(await forgeMerge(STAFF, barbican), 404, 'update refused: he cannot even see the response');
    const read = await rest(STAFF, `${RESPONSES}/items?$select=Id,DepartmentId,Answers`);
    assert.deepEqual((await read.json()).value, [], "no department's answers or evidence over REST");
  });

  for (const [host, width] of [['sharepoint', 1280], ['teams-dark', 380]]) {
    test(`Grace has Environment chosen for her and cannot write Chamberlain's (${host}, ${width}px)`, async () => {
      const { page, region } = await survey(GRACE, { host, width });
      await region.getByText('You answer for Environment.').waitFor();
      assert.equal(await region.getByRole('combobox').count(), 0, 'no department picker');
      await region.getByText(/You are editing Environment's response/).waitFor();
      await region.getByRole('heading', { name: 'Value Focus' }).waitFor({ timeout: 20_000 });
      await page.screenshot({ path: `${SCREENSHOTS}/maturity-respondent-${host}-${width}.png`, fullPage: true });
      assert.deepEqual(await axeViolations(page), []);
      await page.close();
      if (width === 1280) {
        const chamberlains = await responseOf("Chamberlain's");
        assert.equal(await forgeMerge(GRACE, chamberlains), 404, "Chamberlain's response refused (she cannot see it)");
        assert.equal(await forgeAdd(GRACE, chamberlains), 403, 'a second response refused');
        // Samuel answers for two departments: he chooses among his own, and only those.
        const samuel = await survey(SAMUEL);
        await samuel.region.getByLabel('Department or service you are assessing').click();
        const options = await samuel.page.getByRole('listbox', { name: 'Department or service you are assessing' }).getByRole('option').allTextContents();
        assert.deepEqual(options, ["Chief Operating Officer's", "Town Clerk's"]);
        await samuel.page.getByRole('option', { name: "Town Clerk's" }).click();
        await samuel.region.getByRole('heading', { name: 'Value Focus' }).waitFor({ timeout: 20_000 });
        await samuel.page.screenshot({ path: `${SCREENSHOTS}/maturity-respondent-choice-1280.png`, fullPage: true });
        assert.deepEqual(await axeViolations(samuel.page), []);
        await samuel.page.close();
      }
    });
  }
});
