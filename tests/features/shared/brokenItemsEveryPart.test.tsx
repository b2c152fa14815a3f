/** @jest-environment ./tests/features/localSharePointEnvironment.js */
import * as React from 'react';
import { render, screen, within } from '@testing-library/react';
import { createHubServices } from '../../../src/data/createHubServices';
import { IHubServices } from '../../../src/domain/services';
import { ChampionsHub } from '../../../src/features/championsHub/ChampionsHub';
import { MaturitySurvey } from '../../../src/features/maturitySurvey/MaturitySurvey';
import { HubProvider } from '../../../src/features/shared/HubContext';
import { TechTalks } from '../../../src/features/techTalks/TechTalks';
import { CHAMPION, ILocalSite, OFFICE, OTHER_CHAMPION, OWNER, provisionedSite, STAFF } from '../../data/localSite';
import { hubContext } from '../fakeServices';

/**
 * Issue 15: "with a broken item in each list, every part still renders its other items and names the broken one".
 * Each part runs against a provisioned local SharePoint holding good items and one put there by raw REST with a value
 * the data layer would have refused; the part shows the good ones and names the broken one and why.
 */

type Body = Record<string, unknown>;
const add = async (site: ILocalSite, list: string, body: Body, login = OWNER): Promise<number> =>
  ((await site.sp(login).web.lists.getByTitle(list).items.add(body)) as { Id: number }).Id;
const person = async (site: ILocalSite, login: string): Promise<{ Id: number; Title: string }> =>
  site.sp(login).web.currentUser.select('Id', 'Title')<{ Id: number; Title: string }>();

const renderPart = (services: IHubServices, part: React.ReactElement, pageQuery = ''): void => {
  render(<HubProvider value={hubContext(services, pageQuery)}>{part}</HubProvider>);
};

/** The warning that names the part's broken items. */
const notice = async (intro: RegExp): Promise<HTMLElement> => (await screen.findByText(intro, {}, { timeout: 20000 })).closest('.ms-MessageBar') as HTMLElement;

describe('Maturity Survey', () => {
  let site: ILocalSite;
  let responseId: number;
  beforeAll(async () => {
    site = await provisionedSite();
    const me = await person(site, OWNER);
    await add(site, 'Departments', { Title: 'Chamberlain\'s', RespondentsId: [me.Id] });
    await add(site, 'Departments', { Title: 'Town Clerk\'s' });
    await add(site, 'Maturity Models', { Title: 'Appendix B', LevelNames: 'Basic\nDeveloping\nDefined\nManaged\nOptimised' });
    await add(site, 'Maturity Dimensions', { Title: 'Leadership', ModelId: 1, Order: 1, Level1: 'No plan' });
    await add(site, 'Maturity Dimensions', { Title: 'Data', ModelId: 1, Order: 2, Level1: 'Silos' });
    // Broken: a dimension of a model that does not exist.
    await add(site, 'Maturity Dimensions', { Title: 'Orphan dimension', ModelId: 999, Order: 3 });
    await add(site, 'Assessment Rounds', { Title: '2026 assessment', ModelId: 1, Status: 'Open', OpensOn: '2026-01-01T00:00:00Z', ClosesOn: '2030-12-31T00:00:00Z' });
    const answers = JSON.stringify([
      { dimension: 'Leadership', current: 2, target: 4 },
      { dimension: 'Data', current: 3, target: 4 }
    ]);
    await add(site, 'Maturity Responses', { Title: 'Chamberlain\'s', RoundId: 1, DepartmentId: 1, Status: 'Submitted', Answers: answers });
    // Broken: answers that are not JSON; it must not count as a response.
    responseId = await add(site, 'Maturity Responses', { Title: 'Town Clerk\'s', RoundId: 1, DepartmentId: 2, Status: 'Submitted', Answers: 'Leadership: 5, Data: 5' });
  }, 120000);

  it('the survey shows the model\'s other dimensions and names the dimension whose model is gone', async () => {
    renderPart(createHubServices(site.sp(OWNER)), <MaturitySurvey title="Maturity" startOn="survey" anonymiseResults={false} />);
    const bar = await notice(/1 model, round or dimension is shown without the values that could not be read/);
    expect(bar).toHaveTextContent('Orphan dimension: Model: there is no item 999 in Maturity Models (it may have been deleted).');
    expect(await screen.findByText(/You answer for/, {}, { timeout: 20000 })).toHaveTextContent('You answer for Chamberlain\'s.');
    expect((await screen.findAllByText('Leadership', {}, { timeout: 20000 })).length).toBeGreaterThan(0);
    expect(screen.queryAllByText('Orphan dimension').filter((e) => !bar.contains(e))).toHaveLength(0);
  }, 60000);

  it('the results count the good response only and name the one whose answers are not answers', async () => {
    renderPart(createHubServices(site.sp(OWNER)), <MaturitySurvey title="Maturity" startOn="results" anonymiseResults={false} />);
    const bar = await notice(/1 submitted response is left out of these results/);
    expect(bar).toHaveTextContent(`Response ${responseId} (Town Clerk's): Answers: this text is not JSON; answers are kept as a JSON list, one per dimension.`);
    // Chamberlain's alone: the median of its levels 2 and 3; the broken response's 5s count for nothing.
    expect(screen.getByText(/departments responded/)).toHaveTextContent('Organisation level: 2.5 — between Developing and Defined · target 4 · 1 of 2 departments responded');
  }, 60000);
});

describe('Champions Hub', () => {
  let site: ILocalSite;
  let jamie: { Id: number; Title: string };
  let fatima: { Id: number; Title: string };
  beforeAll(async () => {
    site = await provisionedSite();
    jamie = await person(site, CHAMPION);
    fatima = await person(site, OTHER_CHAMPION);
    await add(site, 'Departments', { Title: 'Chamberlain\'s' });
    await add(site, 'Digital Champions', { ChampionId: jamie.Id, DepartmentId: 1, Status: 'Active' });
    // Broken: a champion whose nomination is gone (a lookup to nothing).
    await add(site, 'Digital Champions', { ChampionId: fatima.Id, DepartmentId: 1, Status: 'Active', NominationId: 999 });
    await add(site, 'Activity Points', { ActivityType: 'Drop-in clinic', Points: 5 });
    // Broken: points that are not a whole number.
    await add(site, 'Activity Points', { ActivityType: 'Training session', Points: 2.5 });
  }, 120000);

  it('lists both champions and names the champion record and the points rule it could not use', async () => {
    renderPart(createHubServices(site.sp(OWNER)), <ChampionsHub title="Champions" showLeaderboard staffPerChampion={50} />);
    const bar = await notice(/2 champions items are shown without the values that could not be read/);
    expect(bar).toHaveTextContent('Points for Training session: Points must be a whole number from 0 to 1000 (it is 2.5).');
    expect(bar).toHaveTextContent(`${fatima.Title}: Nomination: there is no item 999 in Champion Nominations (it may have been deleted).`);
    // The directory (the tab someone who is not a champion opens on) lists both, the broken record too.
    const outside = async (name: string): Promise<HTMLElement[]> => (await screen.findAllByText(name, {}, { timeout: 20000 })).filter((e) => !bar.contains(e));
    await expect(outside(jamie.Title)).resolves.not.toHaveLength(0);
    await expect(outside(fatima.Title)).resolves.not.toHaveLength(0);
  }, 60000);
});

describe('Tech Talks', () => {
  const NOW = new Date('2026-12-01T09:00:00Z');
  let site: ILocalSite;
  let pastTalk: number;
  let badFeedback: number;
  beforeAll(async () => {
    site = await provisionedSite();
    await add(site, 'Tech Talks', { Title: 'Keeping one version of the truth', StartsAt: '2026-12-15T12:30:00Z', Status: 'Scheduled', JoinUrl: { Url: 'https://teams.example/j', Description: 'Join' } });
    // Broken: a join link that is a script.
    await add(site, 'Tech Talks', { Title: 'Forged join link', StartsAt: '2027-01-19T12:30:00Z', Status: 'Scheduled', JoinUrl: { Url: 'javascript:alert(document.cookie)', Description: 'Join' } });
    pastTalk = await add(site, 'Tech Talks', { Title: 'Copilot one year on', StartsAt: '2026-11-10T12:30:00Z', Status: 'Delivered' });
    await add(site, 'Talk Feedback', { TalkId: pastTalk, Rating: 4 }, OFFICE);
    await add(site, 'Talk Feedback', { TalkId: pastTalk, Rating: 4 }, STAFF);
    await add(site, 'Talk Feedback', { TalkId: pastTalk, Rating: 5 }, CHAMPION);
    // Broken: a rating of 4.5 on a scale of whole stars; it must not count.
    badFeedback = await add(site, 'Talk Feedback', { TalkId: pastTalk, Rating: 4.5 }, OTHER_CHAMPION);
  }, 120000);

  it('the schedule shows both talks and names the one whose join link was left out', async () => {
    renderPart(createHubServices(site.sp(OWNER)), <TechTalks title="Tech Talks" now={NOW} />);
    const bar = await notice(/1 talk is shown without the values that could not be read/);
    expect(bar).toHaveTextContent('Forged join link: Join link must be a web address starting with https:// or http:// (not "javascript:").');
    expect(screen.getAllByRole('link', { name: 'Keeping one version of the truth' }).length).toBeGreaterThan(0);
    expect(screen.getAllByRole('link', { name: 'Forged join link' }).length).toBeGreaterThan(0);
    expect(document.querySelector('a[href^="javascript:"]')).toBeNull();
  }, 60000);

  it('a talk\'s page averages the good ratings only and names the rating it left out', async () => {
    renderPart(createHubServices(site.sp(OWNER)), <TechTalks title="Tech Talks" now={NOW} />, `ttalk=${pastTalk}`);
    const bar = await notice(/1 item is shown without the values that could not be read/);
    expect(bar).toHaveTextContent(`Feedback ${badFeedback}: Rating must be a whole number from 1 to 5 (it is 4.5).`);
    const ratings = (await screen.findByText(/Average .* out of 5/, {}, { timeout: 20000 })) as HTMLElement;
    expect(ratings).toHaveTextContent('Average 4.3 out of 5 from 3 ratings.');
    expect(within(document.body).getByText('Copilot one year on')).toBeInTheDocument();
  }, 60000);
});
