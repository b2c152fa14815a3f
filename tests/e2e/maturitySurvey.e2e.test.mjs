import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { axeViolations, BASE_URL, launch, requestDigest, SCREENSHOTS } from './browser.mjs';

// The Maturity Survey end to end: a department's respondent (Grace Lee, Environment) completes and submits the
// Appendix B survey through reloads, throttling and a dropped network; staff cannot change the department's response;
// a closed round is read-only in the page and on the server. The test leaves the site as it found it (round 2026 Q4
// open, its responses editable by their respondents, no faults), apart from Environment's submitted response.

const SITE = `${BASE_URL}/sites/digital/_api/web`;
const GRACE = 'grace.lee@digitalhub.example';
const OWNER = 'alex.morgan@digitalhub.example';
const STAFF = 'dan.evans@digitalhub.example';
const ROUND = '2026 Q4';

/** A REST call as someone, as PnPjs makes it. */
async function rest(login, path, { method = 'GET', body, headers = {} } = {}) {
  const all = { Accept: 'application/json;odata=nometadata', 'Content-Type': 'application/json', 'X-Local-User': login, ...headers };
  if (method !== 'GET') all['X-RequestDigest'] = await requestDigest(login);
  return fetch(`${SITE}/${path}`, { method, headers: all, body: body === undefined ? undefined : JSON.stringify(body) });
}

const items = async (list, query) => (await (await rest(OWNER, `lists/getByTitle('${encodeURIComponent(list)}')/items?${query}`)).json()).value;
const faults = (settings) => fetch(`${BASE_URL}/_local/faults`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(settings) });

async function ids() {
  const [round] = await items('Assessment Rounds', `$select=Id,Title&$filter=Title eq '${ROUND}'`);
  const [department] = await items('Departments', "$select=Id,Title&$filter=Title eq 'Environment'");
  const [grace] = (await (await fetch(`${BASE_URL}/_local/people`)).json()).filter((p) => p.login === GRACE);
  return { round: round.Id, department: department.Id, grace: grace.id };
}

/** Environment's response for the round (opening the round created it; Grace answers for Environment). */
const gracesResponses = async ({ round, department }) =>
  items('Maturity Responses', `$select=Id,Status,Answers,OverallCurrent,OverallTarget,SubmittedOn&$filter=RoundId eq ${round} and DepartmentId eq ${department}`);

describe('the Maturity Survey', () => {
  let browser;
  let context;
  let page;
  let known;

  const region = () => page.getByRole('region', { name: 'Maturity Survey' });
  const saveStatus = (text) => region().getByText(text).first();
  const radioGroup = (name) => region().getByRole('radiogroup', { name });
  const open = async (query = '') => {
    await page.goto(`${BASE_URL}/?as=${GRACE}${query}`);
    await region().getByText(/Digital Services Maturity Model: 2026 Q4/).waitFor({ timeout: 20_000 });
  };
  const choose = async (dimension, current, target) => {
    await region().getByRole('heading', { name: dimension, exact: true }).waitFor();
    await radioGroup(/Current level/).getByRole('radio', { name: new RegExp(`^Level ${current}:`) }).click();
    await radioGroup(/Target level/).getByRole('radio', { name: new RegExp(`^Level ${target}:`) }).click();
  };
  const next = () => region().getByRole('button', { name: /^Next: |^Review answers/ }).click();

  before(async () => {
    known = await ids();
    // A re-run starts afresh: clear the answers an earlier run left in Environment's response for this round.
    for (const r of await gracesResponses(known)) {
      const body = { Answers: null, Status: 'Draft', SubmittedOn: null, OverallCurrent: null, OverallTarget: null };
      await rest(OWNER, `lists/getByTitle('Maturity%20Responses')/items(${r.Id})`, { method: 'POST', headers: { 'X-HTTP-Method': 'MERGE', 'IF-Match': '*' }, body });
    }
    browser = await launch();
    context = await browser.newContext({ viewport: { width: 1280, height: 1000 } });
    page = await context.newPage();
  });
  after(async () => {
    await faults({ throttleRate: 0 });
    await browser?.close();
    // Whatever happened above, leave round 2026 Q4 open (the close test reopens it in the page, which gives the
    // respondents back their item permissions).
    if (!known) return;
    await rest(OWNER, `lists/getByTitle('Assessment%20Rounds')/items(${known.round})`, { method: 'POST', headers: { 'X-HTTP-Method': 'MERGE', 'IF-Match': '*' }, body: { Status: 'Open' } });
  });

  test('a respondent has her department chosen for her, answers by keyboard, and nothing is lost over a reload', async () => {
    await open();
    await region().getByText('You answer for Environment.').waitFor();
    await region().getByRole('heading', { name: 'Value Focus' }).waitFor();
    // Keyboard: one tab stop into the group, arrow keys choose.
    await radioGroup(/Current level/).getByRole('radio').first().focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    for (let i = 0; i < 2; i++) await page.keyboard.press('ArrowRight');
    assert.equal(await radioGroup(/Current level/).getByRole('radio', { checked: true }).getAttribute('aria-label'), 'Level 2: Open / Developing, Transparency');
    assert.match(await radioGroup(/Target level/).getByRole('radio', { checked: true }).getAttribute('aria-label'), /^Level 3: Data-Centric \/ Defined/);
    await region().getByLabel('Evidence').fill('Residents report most issues online; statutory reporting still dominates.');
    await region().getByRole('radio', { name: 'Medium' }).check({ force: true });
    await next();
    await choose('Service Model', 2, 3);
    // Reload at once, before the draft reaches the list: the device kept it, at the same step.
    await page.reload();
    await region().getByRole('heading', { name: 'Service Model' }).waitFor({ timeout: 20_000 });
    assert.match(await radioGroup(/Target level/).getByRole('radio', { checked: true }).getAttribute('aria-label'), /^Level 3:/);
    await saveStatus(/Saved to SharePoint at \d\d:\d\d/).waitFor({ timeout: 10_000 });
    const [saved] = await gracesResponses(known);
    assert.equal(saved.Status, 'Draft');
    assert.deepEqual(JSON.parse(saved.Answers).map((a) => [a.dimension, a.current, a.target]), [['Value Focus', 2, 3], ['Service Model', 2, 3]]);
    assert.deepEqual(await axeViolations(page), []);
  });

  test('a save while SharePoint answers 429 says so, retries and loses nothing', async () => {
    await next();
    await region().getByRole('heading', { name: 'Platform' }).waitFor();
    await faults({ throttleRate: 1, retryAfterSeconds: 1 });
    await choose('Platform', 2, 3);
    await saveStatus('Not saved yet — retrying').waitFor({ timeout: 15_000 });
    await faults({ throttleRate: 0 });
    await saveStatus(/Saved to SharePoint at/).waitFor({ timeout: 15_000 });
    const [saved] = await gracesResponses(known);
    assert.ok(JSON.parse(saved.Answers).some((a) => a.dimension === 'Platform' && a.current === 2 && a.target === 3));
  });

  test('a save while SharePoint is unreachable is kept on the device, through a reload, and saved later', async () => {
    await next();
    await context.setOffline(true);
    await choose('Ecosystem', 2, 3);
    await saveStatus('Offline — kept on this device').waitFor({ timeout: 15_000 });
    await context.setOffline(false);
    await saveStatus(/Saved to SharePoint at/).waitFor({ timeout: 15_000 });

    await next();
    await page.route('**/sites/digital/_api/**', (route) => route.abort('internetdisconnected'));
    await choose('Leadership', 1, 3);
    await saveStatus('Offline — kept on this device').waitFor({ timeout: 15_000 });
    await page.reload();
    await region().getByText(/could not be reached/).first().waitFor({ timeout: 20_000 });
    await page.unroute('**/sites/digital/_api/**');
    await page.reload();
    await region().getByRole('heading', { name: 'Leadership' }).waitFor({ timeout: 20_000 });
    await saveStatus(/Saved to SharePoint at/).waitFor({ timeout: 15_000 });
    const [saved] = await gracesResponses(known);
    assert.ok(JSON.parse(saved.Answers).some((a) => a.dimension === 'Leadership' && a.current === 1 && a.target === 3));
  });

  test('the review lists what is missing, links to it, and submitting twice gives one submitted response', async () => {
    await region().getByRole('button', { name: 'Review' }).click();
    await region().getByRole('heading', { name: 'Review and submit' }).waitFor();
    await region().getByText('2 dimensions still need a current and a target level before you can submit:').waitFor();
    await page.screenshot({ path: `${SCREENSHOTS}/maturity-review-missing.png`, fullPage: true });
    assert.deepEqual(await axeViolations(page), []);
    await region().getByRole('button', { name: 'Technology Focus', exact: true }).click();
    await choose('Technology Focus', 1, 3);
    await next();
    await choose('Key Metrics', 3, 2);
    await region().getByRole('textbox', { name: /Why is the target below the current level/ }).fill('The service moves to a shared platform in 2027.');
    await next();
    const submit = region().getByRole('button', { name: 'Submit for Environment' });
    await submit.dblclick();
    await region().getByText(/^Submitted on /).waitFor({ timeout: 15_000 });
    const responses = await gracesResponses(known);
    assert.equal(responses.length, 1);
    // median of current 2,2,2,2,1,1,3 = 2; of target 3,3,3,3,3,3,2 = 3
    assert.deepEqual([responses[0].Status, responses[0].OverallCurrent, responses[0].OverallTarget], ['Submitted', 2, 3]);
    await page.reload();
    await region().getByText(/^Submitted on /).waitFor({ timeout: 20_000 });
    await region().getByRole('tab', { name: 'Results' }).click();
    assert.match(page.url(), /mtab=results/);
    await region().getByText(/Environment/).first().waitFor({ timeout: 20_000 });
  });

  test('staff cannot read or change a department\'s response: the local SharePoint answers 404 (it is not theirs to see)', async () => {
    const [response] = await gracesResponses(known);
    const merge = await rest(STAFF, `lists/getByTitle('Maturity%20Responses')/items(${response.Id})`, {
      method: 'POST',
      headers: { 'X-HTTP-Method': 'MERGE', 'IF-Match': '*' },
      body: { Answers: '[]' }
    });
    assert.equal(merge.status, 404);
    const read = await rest(STAFF, `lists/getByTitle('Maturity%20Responses')/items?$select=Id,Answers`);
    assert.deepEqual((await read.json()).value, [], 'staff read no response over REST');
  });

  test('closing the round locks the responses on the server and in the page; reopening gives them back', async () => {
    const owner = await context.newPage();
    await owner.goto(`${BASE_URL}/?as=${OWNER}&mtab=rounds`);
    const rounds = owner.getByRole('region', { name: 'Maturity Survey' });
    await rounds.getByRole('button', { name: `Close round ${ROUND}` }).click({ timeout: 20_000 });
    await owner.getByRole('alertdialog').getByText(/will be made read-only in SharePoint/).waitFor();
    assert.deepEqual(await axeViolations(owner), []);
    await owner.getByRole('alertdialog').getByRole('button', { name: 'Close round' }).click();
    try {
      await rounds.getByText(new RegExp(`${ROUND} is closed\\. Its results are recorded for everyone to see, and \\d+ responses? (is|are) now read-only\\.`)).waitFor({ timeout: 20_000 });
      await owner.screenshot({ path: `${SCREENSHOTS}/maturity-rounds.png`, fullPage: true });
      assert.deepEqual(await axeViolations(owner), []);
      const [response] = await gracesResponses(known);
      const merge = await rest(GRACE, `lists/getByTitle('Maturity%20Responses')/items(${response.Id})`, {
        method: 'POST',
        headers: { 'X-HTTP-Method': 'MERGE', 'IF-Match': '*' },
        body: { Answers: '[]' }
      });
      assert.equal(merge.status, 403, 'the manager cannot change a locked response');
      await open(`&mdept=${known.department}&mtab=survey`);
      await region().getByText(/The 2026 Q4 round closed on .*Its responses are read-only\./).waitFor({ timeout: 20_000 });
      await region().getByRole('heading', { name: "Environment's answers" }).waitFor();
      assert.equal(await region().getByRole('radiogroup').count(), 0);
      assert.equal(await region().getByRole('button', { name: /Submit|Change/ }).count(), 0);
      assert.deepEqual(await axeViolations(page), []);
    } finally {
      await rounds.getByRole('button', { name: `Reopen round ${ROUND}` }).click();
      await owner.getByRole('alertdialog').getByRole('button', { name: 'Reopen round' }).click();
      await rounds.getByText(new RegExp(`${ROUND} is open again`)).waitFor({ timeout: 20_000 });
      await owner.close();
    }
    const [response] = await gracesResponses(known);
    const merge = await rest(GRACE, `lists/getByTitle('Maturity%20Responses')/items(${response.Id})`, {
      method: 'POST',
      headers: { 'X-HTTP-Method': 'MERGE', 'IF-Match': '*' },
      body: { Title: 'Environment, 2026 Q4' }
    });
    assert.equal(merge.status, 204, 'reopened: the manager may change it again');
  });

  for (const [host, width] of [['sharepoint', 1280], ['teams-dark', 380]]) {
    test(`every survey step and the review have no accessibility violations (${host}, ${width}px)`, async () => {
      const view = await browser.newPage({ viewport: { width, height: 900 } });
      await view.goto(`${BASE_URL}/?as=${GRACE}&host=${host}&mdept=${known.department}`);
      const survey = view.getByRole('region', { name: 'Maturity Survey' });
      const steps = survey.getByRole('navigation', { name: 'Survey steps' });
      await steps.waitFor({ timeout: 20_000 });
      for (let step = 1; step <= 7; step++) {
        await steps.getByRole('button', { name: new RegExp(`^${step}\\. `) }).click();
        await survey.getByText(`Dimension ${step} of 7`).waitFor();
        assert.deepEqual(await axeViolations(view), [], `step ${step}`);
        if (step === 1) await view.screenshot({ path: `${SCREENSHOTS}/maturity-${host}-${width}.png`, fullPage: true });
      }
      await steps.getByRole('button', { name: 'Review', exact: true }).click();
      await survey.getByRole('heading', { name: 'Review and submit' }).waitFor();
      assert.deepEqual(await axeViolations(view), []);
      const overflow = await survey.evaluate((el) => el.scrollWidth - el.clientWidth);
      assert.ok(overflow <= 0, `the survey scrolls sideways by ${overflow}px`);
      if (width < 400) {
        const page = await view.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        assert.ok(page <= 0, `the page scrolls sideways by ${page}px`);
      }
      await view.close();
    });
  }
});
