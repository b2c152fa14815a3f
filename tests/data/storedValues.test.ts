import { ListRepository } from '../../src/data/ListRepository';
import { ListKey } from '../../src/data/schema/fieldTypes';
import { LISTS, listDefinition } from '../../src/data/schema/lists';
import { IEntity } from '../../src/domain/entities';
import { ILocalSite, OFFICE, OWNER, provisionedSite } from './localSite';

/**
 * Issue 15: "readers ignore what slipped in by another way". Values written around the data layer (raw REST) that it
 * would have refused are left out of the item when read, and named in `readIssues`; the item's other values stay.
 */
describe('reading values the app would not have written', () => {
  it('leaves out a javascript: recording link and a plain-http slides link, naming each; keeps the rest', async () => {
    const site = await provisionedSite();
    const talks = site.sp(OFFICE).web.lists.getByTitle('Tech Talks');
    await talks.items.add({ Title: 'Sound', StartsAt: '2026-12-10T12:00:00Z', RecordingUrl: { Url: 'https://example.org/rec', Description: 'Recording' } });
    const bad = await talks.items.add({
      Title: 'Forged links',
      StartsAt: '2026-12-11T12:00:00Z',
      RecordingUrl: { Url: 'javascript:alert(document.cookie)', Description: 'Watch' },
      SlidesUrl: { Url: 'http://example.org/slides', Description: 'Slides' }
    });
    const items = await site.services(OFFICE).techTalks.getAll();
    const broken = items.find((i) => i.id === bad.Id);
    expect(items.find((i) => i.title === 'Sound')).toMatchObject({ recordingUrl: { url: 'https://example.org/rec' } });
    expect(items.find((i) => i.title === 'Sound')?.readIssues).toBeUndefined();
    expect(broken).toMatchObject({ title: 'Forged links', startsAt: '2026-12-11T12:00:00Z' });
    expect(broken?.readIssues).toEqual([
      { field: 'recordingUrl', message: 'Recording must be a secure web address starting with https://.' },
      { field: 'slidesUrl', message: 'Slides must be a secure web address starting with https://.' }
    ]);
    expect(broken).not.toHaveProperty('recordingUrl');
    expect(broken).not.toHaveProperty('slidesUrl');
    expect((await site.services(OFFICE).techTalks.getById(bad.Id)).readIssues).toHaveLength(2);
  }, 60000);
});

/**
 * Every list: a value the data layer refuses, written around it by raw REST (SharePoint itself takes it), is left out
 * when the item is read and named in readIssues; the item's title still reads. `null`: SharePoint itself refuses every
 * value the data layer would (lengths, ranges, dates), or the list has no field a reader checks further (text, choices).
 */
const slipped = (me: number): Record<ListKey, readonly [Record<string, unknown>, string, string] | null> => ({
  departments: null,
  outcomes: [{ Title: 'Brilliant Basics', Order: 1e308 }, 'order', 'Order is too large to store (at most 15 digits).'],
  priorities: [{ Title: 'Secure by design', Workstream: 'Digital Workplace', Order: 1e20 }, 'order', 'Order is too large to store (at most 15 digits).'],
  initiatives: [{ Title: 'Forged', Workstream: 'Digital Workplace', Stage: 'Proposed', DepartmentId: 999 }, 'department', 'Department: there is no item 999 in Departments (it may have been deleted).'],
  criteria: [{ Title: 'Fit', Weight: 10, Kind: 'Benefit', Order: 1e300 }, 'order', 'Order is too large to store (at most 15 digits).'],
  scoringRounds: [{ Title: '2026 forged', Status: 'Open', Quorum: 2.5 }, 'quorum', 'Scorers needed for a rank must be a whole number from 0 to 50 (it is 2.5).'],
  scores: [{ Title: 'Forged', InitiativeId: 1, CriterionId: 1, Score: 2.5, ScoringRound: '2026' }, 'score', 'Score must be a whole number from 0 to 10 (it is 2.5).'],
  maturityModels: null,
  maturityDimensions: [{ Title: 'Leadership', ModelId: 999 }, 'model', 'Model: there is no item 999 in Maturity Models (it may have been deleted).'],
  assessmentRounds: [{ Title: '2026', ModelId: 1, Status: 'Open', TargetYear: 2027.5 }, 'targetYear', 'Target year must be a whole number from 2000 to 2100 (it is 2027.5).'],
  maturityResponses: [{ Title: 'Forged', RoundId: 1, DepartmentId: 1, Status: 'Submitted', Answers: 'Leadership: 5' }, 'answers', 'Answers: this text is not JSON; answers are kept as a JSON list, one per dimension.'],
  kpis: [{ Title: 'Calls answered', Outcome: 'Brilliant Basics', Target: 1e308 }, 'target', 'Target is too large to store (at most 15 digits).'],
  kpiMeasurements: [{ Title: 'Forged Q1', KpiId: 1, PeriodStart: '2026-04-01T00:00:00Z', Value: 1e308 }, 'value', 'Value is too large to store (at most 15 digits).'],
  kpiPacks: null,
  championNominations: [{ Title: 'Forged', NomineeId: me, DepartmentId: 999 }, 'department', 'Department: there is no item 999 in Departments (it may have been deleted).'],
  champions: [{ Title: 'Forged', ChampionId: me, NominationId: 999 }, 'nomination', 'Nomination: there is no item 999 in Champion Nominations (it may have been deleted).'],
  championProfiles: null,
  activities: [{ Title: 'Forged', ActivityType: 'Drop-in clinic', ActivityDate: '2026-11-02T00:00:00Z', Link: { Url: 'javascript:alert(1)', Description: 'Notes' } }, 'link', 'Link must be a web address starting with https:// or http:// (not "javascript:").'],
  activityPoints: [{ ActivityType: 'Drop-in clinic', Points: 2.5 }, 'points', 'Points must be a whole number from 0 to 1000 (it is 2.5).'],
  activityApprovals: [{ ActivityId: 999, ChampionId: me, ActivityDate: '2026-11-02T00:00:00Z', Decision: 'Approved' }, 'activity', 'Activity: there is no item 999 in Champion Activities (it may have been deleted).'],
  recognitionLevels: [{ Title: 'Gold', MinPoints: 10.5 }, 'minPoints', 'Points needed must be a whole number from 0 to 1000000 (it is 10.5).'],
  departmentHeadcounts: [{ DepartmentId: 1, Headcount: 10.5 }, 'headcount', 'Headcount must be a whole number from 0 to 1000000 (it is 10.5).'],
  techTalks: [{ Title: 'Forged', StartsAt: '2026-12-01T12:00:00Z', JoinUrl: { Url: 'data:text/html,<script>alert(1)</script>', Description: 'Join' } }, 'joinUrl', 'Join link must be a web address starting with https:// or http:// (not "data:").'],
  talkRegistrations: [{ TalkId: 999 }, 'talk', 'Talk: there is no item 999 in Tech Talks (it may have been deleted).'],
  talkFeedback: [{ TalkId: 1, Rating: 4.5 }, 'rating', 'Rating must be a whole number from 1 to 5 (it is 4.5).'],
  talkAttendance: [{ TalkId: 1, WalkIns: 1.5 }, 'walkIns', 'Walk-ins not named must be a whole number from 0 to 10000 (it is 1.5).'],
  talkProposals: null,
  proposalDecisions: [{ ProposalId: 1, Status: 'Scheduled', TalkId: 999 }, 'talk', 'Talk: there is no item 999 in Tech Talks (it may have been deleted).'],
  proposalReviews: [{ ProposalId: 1, Score: 2.5 }, 'score', 'Score must be a whole number from 1 to 5 (it is 2.5).']
});

describe('a bad value written around the data layer, in each list', () => {
  let site: ILocalSite;
  let me: number;
  beforeAll(async () => {
    site = await provisionedSite();
    me = (await site.sp(OWNER).web.currentUser.select('Id')<{ Id: number }>()).Id;
    // Item 1 of the lists the bad items point at, so only the bad value is wrong.
    const add = (title: string, body: Record<string, unknown>): Promise<unknown> => site.sp(OWNER).web.lists.getByTitle(title).items.add(body);
    await add('Departments', { Title: 'Chamberlain\'s' });
    await add('Maturity Models', { Title: 'Appendix B', LevelNames: 'One\nTwo' });
    await add('Assessment Rounds', { Title: '2026', ModelId: 1, Status: 'Open' });
    await add('Roadmap Initiatives', { Title: 'Telephony', Workstream: 'Digital Workplace', Stage: 'Proposed' });
    await add('Prioritisation Criteria', { Title: 'Fit', Weight: 10, Kind: 'Benefit' });
    await add('Strategy KPIs', { Title: 'Satisfaction', Outcome: 'Brilliant Basics' });
    await add('Tech Talks', { Title: 'Talk', StartsAt: '2026-12-01T12:00:00Z' });
    await add('Talk Proposals', { Title: 'Proposal', Abstract: 'A', Speakers: 'S' });
  }, 120000);

  it.each(LISTS.map((l) => [l.title, l.key] as const))('%s: the item reads without it, and names it', async (title, key) => {
    const bad = slipped(me)[key];
    if (!bad) return;
    const [body, field, message] = bad;
    const added = (await site.sp(OWNER).web.lists.getByTitle(title).items.add(body)) as { Id: number };
    const repo = new ListRepository<IEntity>(site.sp(OWNER), listDefinition(key));
    const read = (await repo.getAll()).find((i) => i.id === added.Id);
    expect(read?.readIssues).toEqual([{ field, message }]);
    expect(read).not.toHaveProperty(field);
    expect(read?.title).toBe(String(body.Title ?? ''));
    expect((await repo.getById(added.Id)).readIssues).toEqual([{ field, message }]);
  });
});
