import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import ICAL from 'ical.js';
import { axeViolations, BASE_URL, launch, requestDigest, SCREENSHOTS } from './browser.mjs';

// Tech Talks end to end: Dan registers for the next talk by keyboard in a 380px Teams tab and downloads its .ics
// (parsed with ical.js); a talk with 3 places and five people registering at once; the first waiting person gets the
// place when someone cancels, and the page says so; the local SharePoint refuses a person marking their own
// attendance; a javascript: recording link is refused; a proposal goes from proposed to scheduled as the programme
// office; a declined proposal shows its reason to the proposer; axe in every view, host and width. The talks this
// test creates are deleted afterwards.

const SITE = `${BASE_URL}/sites/digital/_api/web`;
const OWNER = 'alex.morgan@digitalhub.example';
const OFFICE = 'priya.shah@digitalhub.example';
const DAN = 'dan.evans@digitalhub.example';
const FIVE = [DAN, 'maria.silva@digitalhub.example', 'hannah.price@digitalhub.example', 'tom.okafor@digitalhub.example', 'grace.lee@digitalhub.example'];

async function rest(login, path, { method = 'GET', body, headers = {} } = {}) {
  const all = { Accept: 'application/json;odata=nometadata', 'Content-Type': 'application/json', 'X-Local-User': login, ...headers };
  if (method !== 'GET') all['X-RequestDigest'] = await requestDigest(login);
  return fetch(`${SITE}/${path}`, { method, headers: all, body: body === undefined ? undefined : JSON.stringify(body) });
}
const list = (title) => `lists/getByTitle('${encodeURIComponent(title)}')`;
const merge = (login, title, id, body) => rest(login, `${list(title)}/items(${id})`, { method: 'POST', headers: { 'X-HTTP-Method': 'MERGE', 'IF-Match': '*' }, body });
const remove = (login, title, id) => rest(login, `${list(title)}/items(${id})`, { method: 'POST', headers: { 'X-HTTP-Method': 'DELETE', 'IF-Match': '*' } });
const items = async (title, query) => (await (await rest(OWNER, `${list(title)}/items?${query}`)).json()).value;
const inDays = (days, hour = 12) => {
  const at = new Date(Date.now() + days * 86400000);
  at.setUTCHours(hour, 30, 0, 0);
  return at.toISOString();
};

async function addTalk(values) {
  const response = await rest(OFFICE, `${list('Tech Talks')}/items`, {
    method: 'POST',
    body: { DurationMinutes: 45, Format: 'Teams', Status: 'Scheduled', JoinUrl: { Url: 'https://teams.example/meet/e2e', Description: 'Join' }, IsSample: true, ...values }
  });
  assert.equal(response.status, 201, await response.clone().text());
  return (await response.json()).Id;
}

function parseIcs(text) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const event = new ICAL.Event(calendar.getFirstSubcomponent('vevent'));
  return { method: calendar.getFirstPropertyValue('method'), zone: calendar.getFirstSubcomponent('vtimezone')?.getFirstPropertyValue('tzid'), uid: event.uid, sequence: event.sequence };
}

describe('Tech Talks', () => {
  let browser;
  const created = [];

  before(async () => {
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
    for (const id of created) {
      for (const r of await items('Talk Registrations', `$select=Id&$filter=TalkId eq ${id}`)) await remove(OWNER, 'Talk Registrations', r.Id);
      for (const a of await items('Talk Attendance', `$select=Id&$filter=TalkId eq ${id}`)) await remove(OWNER, 'Talk Attendance', a.Id);
      await remove(OWNER, 'Tech Talks', id);
    }
  });

  const open = async (page, { as, host = 'sharepoint-none', query = '' }) => {
    await page.goto(`${BASE_URL}/?as=${as}&host=${host}${query}`);
    const region = page.getByRole('region', { name: 'Tech Talks' });
    await region.scrollIntoViewIfNeeded();
    return region;
  };

  test('Dan, in a 380px Teams tab, registers for the next talk by keyboard and downloads its .ics', async () => {
    const talkId = await addTalk({ Title: 'E2E: Keyboard-first Teams', StartsAt: inDays(2), Capacity: 50, SpeakerId: 15, Abstract: 'Created by the browser test.' });
    created.push(talkId);
    const context = await browser.newContext({ viewport: { width: 380, height: 900 }, acceptDownloads: true });
    const page = await context.newPage();
    const region = await open(page, { as: DAN, host: 'teams-default' });
    await region.getByText('E2E: Keyboard-first Teams').first().waitFor({ timeout: 20_000 });
    const openButton = region.getByRole('button', { name: 'Register or add to calendar' });
    await openButton.focus();
    await page.keyboard.press('Enter');
    await region.getByRole('heading', { name: /E2E: Keyboard-first Teams/ }).waitFor();
    assert.match(page.url(), new RegExp(`ttalk=${talkId}`));
    await region.getByRole('button', { name: 'Register' }).focus();
    await page.keyboard.press('Enter');
    await region.getByText('You have a place.').waitFor();
    await page.screenshot({ path: `${SCREENSHOTS}/tech-talks-registered-teams-380.png`, fullPage: true });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 0, `the Teams tab scrolls sideways by ${overflow}px at 380px`);

    const download = async (name) => {
      const button = region.getByRole('button', { name });
      await button.focus();
      const [file] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
      return parseIcs(await readFile(await file.path(), 'utf8'));
    };
    const first = await download('Add to calendar (.ics)');
    assert.equal(first.method, 'REQUEST');
    assert.equal(first.zone, 'Europe/London');
    const again = await download('Add to calendar (.ics)');
    assert.equal(again.uid, first.uid);

    assert.equal((await merge(OFFICE, 'Tech Talks', talkId, { StartsAt: inDays(2, 13) })).status, 204);
    await page.reload();
    await region.getByText('You have a place.').waitFor({ timeout: 20_000 });
    const moved = await download('Add to calendar (.ics)');
    assert.equal(moved.uid, first.uid);
    assert.ok(moved.sequence > first.sequence, `SEQUENCE ${moved.sequence} should be above ${first.sequence}`);

    assert.equal((await merge(OFFICE, 'Tech Talks', talkId, { Status: 'Cancelled' })).status, 204);
    await page.reload();
    await region.getByRole('button', { name: 'Download the cancellation (.ics)' }).waitFor({ timeout: 20_000 });
    const cancelled = await download('Download the cancellation (.ics)');
    assert.equal(cancelled.method, 'CANCEL');
    assert.equal(cancelled.uid, first.uid);
    await context.close();
  });

  test('five registering at once for 3 places: 3 hold places, 2 wait; a cancellation gives the first waiting the place, and the page says so', async () => {
    const talkId = await addTalk({ Title: 'E2E: Three places', StartsAt: inDays(20), Capacity: 3 });
    created.push(talkId);
    const answers = await Promise.all(FIVE.map((login) => rest(login, `${list('Talk Registrations')}/items`, { method: 'POST', body: { TalkId: talkId } })));
    assert.deepEqual(answers.map((a) => a.status), [201, 201, 201, 201, 201]);
    const registrations = await items('Talk Registrations', `$select=Id,AuthorId&$filter=TalkId eq ${talkId}&$orderby=Id`);
    const people = await (await fetch(`${BASE_URL}/_local/people`)).json();
    const loginOf = (id) => people.find((p) => p.id === id).login;
    const [firstWaiting] = registrations.slice(3).map((r) => loginOf(r.AuthorId));

    const context = await browser.newContext({ viewport: { width: 1280, height: 1000 } });
    const page = await context.newPage();
    const region = await open(page, { as: firstWaiting, query: `&ttalk=${talkId}` });
    await region.getByText('You are first on the waitlist.').waitFor({ timeout: 20_000 });
    await region.getByText('3 of 3 places taken, 2 on the waitlist.').waitFor();

    // A waiting person cannot take a place: removing a holder's registration is refused, and editing their own
    // registration (there is no place or waitlist flag on it to set) only sends it to the back of the queue.
    const holder = registrations[0];
    const [, second] = registrations.slice(3);
    assert.equal((await remove(firstWaiting, 'Talk Registrations', holder.Id)).status, 403);
    assert.equal((await merge(loginOf(second.AuthorId), 'Talk Registrations', second.Id, { Title: 'I should have a place' })).status, 204);

    assert.equal((await remove(loginOf(holder.AuthorId), 'Talk Registrations', holder.Id)).status, 200);
    await page.reload();
    await region.getByText(/a place came free and it is yours/).waitFor({ timeout: 20_000 });
    await page.screenshot({ path: `${SCREENSHOTS}/tech-talks-place-came-free.png`, fullPage: false });
    await context.close();
  });

  test('a person cannot mark their own attendance; the programme office can, and a javascript: recording link is refused', async () => {
    const talkId = await addTalk({ Title: 'E2E: Past talk', StartsAt: inDays(-3), Status: 'Delivered', SpeakerId: 15 });
    created.push(talkId);
    assert.equal((await rest(DAN, `${list('Talk Attendance')}/items`, { method: 'POST', body: { TalkId: talkId, AttendeeIds: '[19]' } })).status, 403);

    const context = await browser.newContext({ viewport: { width: 1280, height: 1000 } });
    const page = await context.newPage();
    const region = await open(page, { as: OFFICE, query: `&ttalk=${talkId}` });
    await region.getByRole('heading', { name: 'Attendance' }).waitFor({ timeout: 20_000 });
    await region.getByLabel('Walk-ins not named').fill('4');
    await region.getByRole('button', { name: 'Save attendance' }).click();
    await region.getByText(/Attendance saved/).waitFor();
    const [record] = await items('Talk Attendance', `$select=Id,WalkIns&$filter=TalkId eq ${talkId}`);
    assert.equal(record.WalkIns, 4);
    assert.equal((await merge(DAN, 'Talk Attendance', record.Id, { AttendeeIds: '[19]' })).status, 403);

    await region.getByRole('button', { name: 'Edit talk' }).click();
    await region.getByLabel('Recording link').fill('javascript:alert(1)');
    await region.getByRole('button', { name: 'Save talk' }).click();
    await region.getByText(/Recording must start with https:\/\/; "javascript:" links are not allowed/).waitFor();
    const [talk] = await items('Tech Talks', `$select=RecordingUrl&$filter=Id eq ${talkId}`);
    assert.equal(talk.RecordingUrl, null);
    await page.screenshot({ path: `${SCREENSHOTS}/tech-talks-bad-link.png`, fullPage: false });
    await context.close();
  });

  test('the programme office takes a proposal from proposed to scheduled; the proposer of a declined one sees why', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 1000 } });
    const page = await context.newPage();
    const region = await open(page, { as: OFFICE, query: '&ttab=proposals' });
    const card = region.getByRole('listitem').filter({ hasText: 'Excel tips for budget monitoring' });
    await card.getByText('Proposed', { exact: true }).waitFor({ timeout: 20_000 });
    await card.getByRole('button', { name: 'Accept' }).click();
    await card.getByText('Accepted', { exact: true }).waitFor();
    await card.getByRole('button', { name: 'Schedule' }).click();
    await card.getByRole('combobox', { name: 'Talk starts at – date' }).fill('20/4/2027');
    await card.getByRole('textbox', { name: /Talk starts at – time/ }).fill('12:30');
    await card.getByRole('button', { name: 'Schedule talk' }).click();
    await card.getByText('Scheduled', { exact: true }).waitFor();
    const [talk] = await items('Tech Talks', "$select=Id,StartsAt,Status&$filter=Title eq 'Excel tips for budget monitoring'");
    assert.equal(talk.Status, 'Scheduled');
    assert.equal(talk.StartsAt, '2027-04-20T11:30:00Z');
    created.push(talk.Id);

    const dans = await open(page, { as: DAN, query: '&ttab=proposals' });
    const declined = dans.getByRole('listitem').filter({ hasText: 'Building a chatbot for resident enquiries' });
    await declined.getByText('Declined', { exact: true }).waitFor({ timeout: 20_000 });
    await declined.getByText(/needs the AI governance review first/).waitFor();
    assert.equal(await dans.getByText('Excel tips for budget monitoring').count(), 0, 'staff see only their own proposals');
    await page.screenshot({ path: `${SCREENSHOTS}/tech-talks-proposal-declined.png`, fullPage: false });
    await context.close();
  });

  test('axe finds nothing in every view, in SharePoint, Teams dark and high contrast, at 1280px and 380px', async () => {
    const [upcoming] = await items('Tech Talks', "$select=Id&$filter=Title eq 'Keeping one version of the truth in SharePoint'");
    const [past] = await items('Tech Talks', "$select=Id&$filter=Title eq 'Data literacy: asking better questions of your data'");
    const views = [
      ['schedule', '', 'Next talk'],
      ['by-month', '&ttab=series', 'December 2026'],
      ['past', '&ttab=past', 'Spotting phishing: cyber awareness lessons'],
      ['proposals', '&ttab=proposals', 'Propose a talk'],
      ['talk', `&ttalk=${upcoming.Id}`, 'Registration'],
      ['past-talk', `&ttalk=${past.Id}`, 'Ratings']
    ];
    const found = [];
    for (const width of [1280, 380]) {
      const context = await browser.newContext({ viewport: { width, height: 1000 } });
      const page = await context.newPage();
      for (const host of ['sharepoint-none', 'teams-dark', 'teams-contrast']) {
        for (const [name, query, ready] of views) {
          const region = await open(page, { as: name === 'proposals' ? OFFICE : 'tom.okafor@digitalhub.example', host, query });
          await region.getByText(ready).first().waitFor({ timeout: 20_000 });
          await page.waitForTimeout(300);
          for (const v of await axeViolations(page, ['section[aria-label="Tech Talks"]'])) found.push(`${name} ${host} ${width}px: ${v}`);
          if (width === 380 || host !== 'sharepoint-none') await region.screenshot({ path: `${SCREENSHOTS}/tech-talks-${name}-${host}-${width}.png` });
        }
      }
      await context.close();
    }
    assert.deepEqual(found, []);
  });
});
