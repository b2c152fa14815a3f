import { ValidationError } from '../../src/data/errors';
import { ListRepository } from '../../src/data/ListRepository';
import { propertyName } from '../../src/data/schema/propertyName';
import { IFieldDefinition, IListDefinition, ListKey } from '../../src/data/schema/fieldTypes';
import { LISTS, listDefinition } from '../../src/data/schema/lists';
import { IEntity } from '../../src/domain/entities';
import { ILocalSite, OWNER, provisionedSite } from './localSite';

/**
 * Issue 15, "one table of bad values per list, run through the data layer": every list's bad values, written through
 * the data layer to a provisioned local SharePoint, are each refused with a message naming the field and the problem,
 * and nothing is stored (the list's item count is unchanged). First a hand-written table per list (the values a
 * tester types: impossible dates, end before start, `javascript:` links, 1e308, scores off the criterion's scale,
 * answers that are not JSON, lookups to nothing), then a sweep of every field of every list with the bad values its
 * kind can take.
 */

let site: ILocalSite;
const repository = (key: ListKey): ListRepository<IEntity> => new ListRepository<IEntity>(site.sp(), listDefinition(key));

/** The items the valid values point at, made once through the data layer. */
interface IRefs {
  readonly me: number;
  readonly department: IEntity;
  readonly initiative: IEntity;
  /** A criterion on the usual 0-5 scale, and one marked out of 10. */
  readonly criterion: IEntity;
  readonly criterionOf10: IEntity;
  readonly model: IEntity;
  readonly round: IEntity;
  readonly kpi: IEntity;
  readonly talk: IEntity;
  readonly proposal: IEntity;
  readonly nomination: IEntity;
  readonly activity: number;
}
let refs: IRefs;

beforeAll(async () => {
  site = await provisionedSite();
  const add = (key: ListKey, values: Record<string, unknown>): Promise<IEntity> => repository(key).add(values as Partial<IEntity>);
  const me = (await site.sp(OWNER).web.currentUser.select('Id')<{ Id: number }>()).Id;
  const model = await add('maturityModels', { title: 'Appendix B', levelNames: 'Basic\nDeveloping\nDefined\nManaged\nOptimised' });
  const talk = await add('techTalks', { title: 'Keeping one version of the truth', startsAt: '2026-12-15T12:30:00Z', status: 'Scheduled' });
  const proposal = await add('talkProposals', { title: 'Power Automate basics', abstract: 'Flows for everyone.', speakers: 'A. Speaker' });
  // An activity at the list's root (the owner may; champions add in their folders): approvals point at it.
  const activity = await site.sp(OWNER).web.lists.getByTitle('Champion Activities').items.add({ Title: 'Drop-in', ActivityType: 'Drop-in clinic', ActivityDate: '2026-11-02T00:00:00Z' });
  refs = {
    me,
    department: await add('departments', { title: 'Chamberlain\'s' }),
    initiative: await add('initiatives', { title: 'Modernise Telephony', workstream: 'Digital Workplace', stage: 'Proposed' }),
    criterion: await add('criteria', { title: 'Strategic fit', weight: 20, kind: 'Benefit', scale: 5 }),
    criterionOf10: await add('criteria', { title: 'Cost', weight: 10, kind: 'Cost', scale: 10 }),
    model,
    round: await add('assessmentRounds', { title: '2026 assessment', model, status: 'Open' }),
    kpi: await add('kpis', { title: 'User satisfaction rate', outcome: 'Brilliant Basics', unit: 'Percent', polarity: 'Higher is better' }),
    talk,
    proposal,
    nomination: await add('championNominations', { nominee: me }),
    activity: activity.Id as number
  };
}, 120000);

/** Good values for each list: each is stored as it is (the first test), so a refusal below is the bad value's. */
function valid(key: ListKey): Record<string, unknown> {
  const r = refs;
  const values: Record<ListKey, Record<string, unknown>> = {
    departments: { title: 'Town Clerk\'s', group: 'Corporation' },
    outcomes: { title: 'Brilliant Basics', order: 1 },
    priorities: { title: 'Secure by design', workstream: 'Digital Workplace' },
    initiatives: { title: 'Test initiative', workstream: 'Digital Workplace', stage: 'Proposed', department: r.department },
    criteria: { title: 'Risk reduction', weight: 15, kind: 'Benefit' },
    scoringRounds: { title: '2026 Test', status: 'Draft' },
    scores: { initiative: r.initiative, criterion: r.criterion, score: 4, scoringRound: '2026 Test' },
    maturityModels: { title: 'Data maturity', levelNames: 'One\nTwo\nThree' },
    maturityDimensions: { title: 'Leadership', model: r.model, order: 1 },
    assessmentRounds: { title: '2027 assessment', model: r.model, status: 'Draft', targetYear: 2027 },
    maturityResponses: { round: r.round, department: r.department, status: 'Draft', answers: '[{"dimension":"Leadership","current":2,"target":4}]' },
    kpis: { title: 'Calls answered', outcome: 'Brilliant Basics', unit: 'Percent', polarity: 'Higher is better', target: 90 },
    kpiMeasurements: { kpi: r.kpi, periodStart: '2026-04-01', periodLabel: '2026-27 Q1', value: 88 },
    kpiPacks: { title: '2026-27 Q1 pack', periodStart: '2026-04-01', snapshot: '{}' },
    championNominations: { nominee: r.me, department: r.department, reason: 'Runs the team\'s drop-ins.' },
    champions: { champion: r.me, department: r.department, since: '2026-01-05', status: 'Active', nomination: r.nomination },
    championProfiles: { availability: 'Tuesdays', bio: 'Teams and SharePoint.' },
    activities: { title: 'Drop-in', activityType: 'Drop-in clinic', activityDate: '2026-11-02', department: r.department, hours: 1.5, peopleReached: 12, link: { url: 'https://intranet.example/drop-in' } },
    activityPoints: { activityType: 'Drop-in clinic', points: 5, monthlyCap: 4 },
    activityApprovals: { activity: r.activity, champion: r.me, activityDate: '2026-11-02', decision: 'Approved' },
    recognitionLevels: { title: 'Gold', minPoints: 200 },
    departmentHeadcounts: { department: r.department, headcount: 120 },
    techTalks: { title: 'A talk', startsAt: '2026-12-01T12:00:00Z', status: 'Scheduled', capacity: 40, joinUrl: { url: 'https://teams.example/join' } },
    talkRegistrations: { talk: r.talk },
    talkFeedback: { talk: r.talk, rating: 4 },
    talkAttendance: { talk: r.talk, walkIns: 3 },
    talkProposals: { title: 'Copilot one year on', abstract: 'What changed.', speakers: 'B. Speaker', preferredMonth: '2027-02' },
    proposalDecisions: { proposal: r.proposal, status: 'Accepted' },
    proposalReviews: { proposal: r.proposal, score: 4 }
  };
  return values[key];
}

/** A bad value, the field the refusal names, and (part of) its message. */
type Case = readonly [Record<string, unknown>, string, string];
const NO_ITEM = { id: 99999, title: 'Deleted' };

/** One table per list (the type makes every list have one). */
const tables = (): Record<ListKey, Case[]> => ({
  departments: [
    [{ title: '' }, 'title', 'Department is required.'],
    [{ title: 'x'.repeat(256) }, 'title', 'Department must be 255 characters or fewer.'],
    [{ shortName: 'x'.repeat(41) }, 'shortName', 'Short name must be 40 characters or fewer (it has 41).'],
    [{ group: 'Council' }, 'group', 'Group must be one of: Corporation, Institution, Police, Schools.']
  ],
  outcomes: [
    [{ order: -1 }, 'order', 'Order must be at least 0.'],
    [{ order: 1e308 }, 'order', 'Order is too large to store (at most 15 digits).'],
    [{ order: Number.POSITIVE_INFINITY }, 'order', 'Order must be a number.']
  ],
  priorities: [
    [{ workstream: undefined }, 'workstream', 'Workstream is required.'],
    [{ workstream: 'Blockchain' }, 'workstream', 'Workstream must be one of'],
    [{ order: '3' }, 'order', 'Order must be a number.']
  ],
  initiatives: [
    [{ startDate: '2026-02-30' }, 'startDate', 'Start date: 2026-02-30 is not a date in the calendar.'],
    [{ startDate: '30/2/2026' }, 'startDate', 'Start date must be a valid date, written as YYYY-MM-DD.'],
    [{ startDate: '1/1/1' }, 'startDate', 'Start date must be a valid date, written as YYYY-MM-DD.'],
    [{ startDate: '0/0/0' }, 'startDate', 'Start date must be a valid date, written as YYYY-MM-DD.'],
    [{ startDate: '0001-01-01' }, 'startDate', 'Start date must be between 1900 and 8900'],
    [{ startDate: '1899-12-31' }, 'startDate', 'Start date must be between 1900 and 8900'],
    [{ endDate: '9999-12-31' }, 'endDate', 'End date must be between 1900 and 8900'],
    [{ startDate: '2026-05-01', endDate: '2026-04-30' }, 'endDate', 'End date must be on or after start date.'],
    [{ progress: 1e308 }, 'progress', 'Progress (%) is too large to store'],
    [{ progress: -5 }, 'progress', 'Progress (%) must be at least 0.'],
    [{ progress: 101 }, 'progress', 'Progress (%) must be at most 100.'],
    [{ effortMonths: 121 }, 'effortMonths', 'Effort (months) must be at most 120.'],
    [{ title: 'x'.repeat(256) }, 'title', '255 characters or fewer'],
    [{ title: '' }, 'title', 'Initiative is required.'],
    [{ stage: 'Abandoned' }, 'stage', 'Stage must be one of'],
    [{ waysOfWorking: ['Agile', 'Telepathy'] }, 'waysOfWorking', 'Ways of working has values that are not allowed'],
    [{ department: NO_ITEM }, 'department', 'Department: there is no item 99999 in Departments'],
    [{ department: { id: -1 } }, 'department', 'Department must be an item of Departments.']
  ],
  criteria: [
    [{ weight: undefined }, 'weight', 'Weight is required.'],
    [{ weight: 101 }, 'weight', 'Weight must be at most 100.'],
    [{ scale: 0 }, 'scale', 'Maximum score must be at least 1.'],
    [{ scale: 11 }, 'scale', 'Maximum score must be at most 10.']
  ],
  scoringRounds: [
    [{ opensOn: '2026-10-01', closesOn: '2026-09-01' }, 'closesOn', 'Closes on must be on or after opens on.'],
    [{ title: 'x'.repeat(61) }, 'title', 'Round must be 60 characters or fewer.'],
    [{ quorum: 2.5 }, 'quorum', 'Scorers needed for a rank must be a whole number from 0 to 50 (it is 2.5).'],
    [{ status: 'Sealed' }, 'status', 'Status must be one of: Draft, Open, Closed.']
  ],
  scores: [
    [{ score: 10 }, 'score', 'Score must be at most 5, the criterion\'s maximum score (it is 10).'],
    [{ score: 6 }, 'score', 'Score must be at most 5, the criterion\'s maximum score (it is 6).'],
    [{ score: 11, criterion: refs.criterionOf10 }, 'score', 'Score must be a whole number from 0 to 10 (it is 11).'],
    [{ score: 3.5 }, 'score', 'Score must be a whole number from 0 to 10 (it is 3.5).'],
    [{ score: -1 }, 'score', 'Score must be a whole number from 0 to 10 (it is -1).'],
    [{ score: 1e308 }, 'score', 'Score is too large to store'],
    [{ score: undefined }, 'score', 'Score is required.'],
    [{ initiative: NO_ITEM }, 'initiative', 'Initiative: there is no item 99999 in Roadmap Initiatives'],
    [{ criterion: NO_ITEM }, 'criterion', 'Criterion: there is no item 99999 in Prioritisation Criteria'],
    [{ scoringRound: '' }, 'scoringRound', 'Scoring round is required.']
  ],
  maturityModels: [
    [{ levelNames: '' }, 'levelNames', 'Level names is required.'],
    [{ title: 'x'.repeat(256) }, 'title', 'Model must be 255 characters or fewer.']
  ],
  maturityDimensions: [
    [{ model: undefined }, 'model', 'Model is required.'],
    [{ model: NO_ITEM }, 'model', 'Model: there is no item 99999 in Maturity Models'],
    [{ level3: 'x'.repeat(256) }, 'level3', 'Level 3 must be 255 characters or fewer (it has 256).']
  ],
  assessmentRounds: [
    [{ opensOn: '2027-03-01', closesOn: '2027-02-28' }, 'closesOn', 'Closes on must be on or after opens on.'],
    [{ closesOn: '2027-02-29' }, 'closesOn', 'Closes on: 2027-02-29 is not a date in the calendar.'],
    [{ targetYear: 2027.5 }, 'targetYear', 'Target year must be a whole number from 2000 to 2100 (it is 2027.5).'],
    [{ targetYear: 1999 }, 'targetYear', 'Target year must be a whole number from 2000 to 2100 (it is 1999).']
  ],
  maturityResponses: [
    [{ answers: 'current: 3' }, 'answers', 'Answers: this text is not JSON; answers are kept as a JSON list, one per dimension.'],
    [{ answers: '{"Leadership":3}' }, 'answers', 'Answers: this is not a list'],
    [{ answers: '[{"current":3}]' }, 'answers', 'Answers: an answer does not name its dimension.'],
    [{ answers: '[{"dimension":"Leadership","current":6}]' }, 'answers', 'Answers: the current level for "Leadership" is 6; levels are whole numbers from 1 to 5.'],
    [{ answers: '[{"dimension":"Leadership","target":0}]' }, 'answers', 'Answers: the target level for "Leadership" is 0'],
    [{ answers: '[{"dimension":"Leadership","current":2.5}]' }, 'answers', 'Answers: the current level for "Leadership" is 2.5'],
    [{ answers: '[{"dimension":"Leadership","current":"3"}]' }, 'answers', 'Answers: the current level for "Leadership" is "3"'],
    [{ answers: '[{"dimension":"Leadership","current":2},{"dimension":" leadership ","current":5}]' }, 'answers', 'Answers: "leadership" is answered more than once.'],
    [{ answers: '[{"dimension":"Leadership","confidence":"Certain"}]' }, 'answers', 'Answers: the confidence for "Leadership" is "Certain"'],
    [{ answers: JSON.stringify([{ dimension: 'Leadership', evidence: 'x'.repeat(1001) }]) }, 'answers', 'Answers: the evidence for "Leadership" is not text of 1000 characters or fewer.'],
    [{ round: NO_ITEM }, 'round', 'Round: there is no item 99999 in Assessment Rounds'],
    [{ department: undefined }, 'department', 'Department is required.'],
    [{ overallCurrent: 11 }, 'overallCurrent', 'Overall current level must be at most 10.'],
    [{ submittedOn: '2026-13-01T10:00:00Z' }, 'submittedOn', 'Submitted on: 2026-13-01 is not a date in the calendar.']
  ],
  kpis: [
    [{ target: 1e308 }, 'target', 'Target is too large to store'],
    [{ baseline: -1e16 }, 'baseline', 'Baseline is too large to store'],
    [{ tolerance: -1 }, 'tolerance', 'Tolerance must be at least 0.'],
    [{ unit: 'Furlongs' }, 'unit', 'Unit must be one of'],
    [{ outcome: undefined }, 'outcome', 'Outcome is required.']
  ],
  kpiMeasurements: [
    [{ value: 1e308 }, 'value', 'Value is too large to store'],
    [{ value: Number.NaN }, 'value', 'Value must be a number.'],
    [{ periodStart: '2026-13-01' }, 'periodStart', 'Period start: 2026-13-01 is not a date in the calendar.'],
    [{ periodStart: undefined }, 'periodStart', 'Period start is required.'],
    [{ actionDue: '8901-01-01' }, 'actionDue', 'Action due must be between 1900 and 8900'],
    [{ kpi: NO_ITEM }, 'kpi', 'KPI: there is no item 99999 in Strategy KPIs']
  ],
  kpiPacks: [
    [{ snapshot: '' }, 'snapshot', 'Snapshot is required.'],
    [{ periodStart: '2026-04-31' }, 'periodStart', 'Period start: 2026-04-31 is not a date in the calendar.'],
    [{ signedOffAt: '2026-06-30T24:00:00Z' }, 'signedOffAt', 'Signed off at has a time of day that does not exist.']
  ],
  championNominations: [
    [{ nominee: undefined }, 'nominee', 'Nominee is required.'],
    [{ department: NO_ITEM }, 'department', 'Department: there is no item 99999 in Departments'],
    [{ expertiseAreas: ['Juggling'] }, 'expertiseAreas', 'Expertise areas has values that are not allowed: Juggling.']
  ],
  champions: [
    [{ champion: undefined }, 'champion', 'Champion is required.'],
    [{ since: '1066-10-14' }, 'since', 'Champion since must be between 1900 and 8900'],
    [{ nomination: NO_ITEM }, 'nomination', 'Nomination: there is no item 99999 in Champion Nominations'],
    [{ status: 'Retired' }, 'status', 'Status must be one of: Nominated, Active, Inactive, Declined.']
  ],
  championProfiles: [
    [{ availability: 'x'.repeat(256) }, 'availability', 'Availability must be 255 characters or fewer (it has 256).'],
    [{ leaderboardOptOut: 'yes' }, 'leaderboardOptOut', 'Leave me off the public leaderboard must be yes or no.']
  ],
  activities: [
    [{ activityDate: '2026-02-29' }, 'activityDate', 'Date: 2026-02-29 is not a date in the calendar.'],
    [{ activityDate: undefined }, 'activityDate', 'Date is required.'],
    [{ peopleReached: 100001 }, 'peopleReached', 'People reached must be a whole number from 0 to 100000 (it is 100001).'],
    [{ peopleReached: 12.5 }, 'peopleReached', 'People reached must be a whole number from 0 to 100000 (it is 12.5).'],
    [{ peopleReached: -12 }, 'peopleReached', 'People reached must be a whole number from 0 to 100000 (it is -12).'],
    [{ hours: 1e308 }, 'hours', 'Hours is too large to store'],
    [{ hours: -1 }, 'hours', 'Hours must be at least 0.'],
    [{ link: { url: 'javascript:alert(1)' } }, 'link', 'Link must be a web address starting with https:// or http:// (not "javascript:").'],
    [{ link: { url: 'data:text/html,<script>alert(1)</script>' } }, 'link', 'Link must be a web address starting with https:// or http:// (not "data:").'],
    [{ link: { url: 'intranet/drop-in' } }, 'link', 'Link must be a full web address starting with https://'],
    [{ department: NO_ITEM }, 'department', 'Department: there is no item 99999 in Departments']
  ],
  activityPoints: [
    [{ points: 2.5 }, 'points', 'Points must be a whole number from 0 to 1000 (it is 2.5).'],
    [{ points: -5 }, 'points', 'Points must be a whole number from 0 to 1000 (it is -5).'],
    [{ monthlyCap: 1e308 }, 'monthlyCap', 'Most that earn points per champion per month is too large to store'],
    [{ activityType: 'Bake sale' }, 'activityType', 'Activity type must be one of']
  ],
  activityApprovals: [
    [{ activity: NO_ITEM }, 'activity', 'Activity: there is no item 99999 in Champion Activities'],
    [{ activityDate: '2026-11-31' }, 'activityDate', 'Activity date: 2026-11-31 is not a date in the calendar.'],
    [{ decision: 'Maybe' }, 'decision', 'Decision must be one of: Approved, Declined.'],
    [{ champion: undefined }, 'champion', 'Champion is required.']
  ],
  recognitionLevels: [
    [{ minPoints: 10.5 }, 'minPoints', 'Points needed must be a whole number from 0 to 1000000 (it is 10.5).'],
    [{ minPoints: undefined }, 'minPoints', 'Points needed is required.'],
    [{ title: 'x'.repeat(101) }, 'title', 'Level must be 100 characters or fewer.']
  ],
  departmentHeadcounts: [
    [{ headcount: -1 }, 'headcount', 'Headcount must be a whole number from 0 to 1000000 (it is -1).'],
    [{ headcount: 1e308 }, 'headcount', 'Headcount is too large to store'],
    [{ department: NO_ITEM }, 'department', 'Department: there is no item 99999 in Departments']
  ],
  techTalks: [
    [{ joinUrl: { url: 'javascript:alert(1)' } }, 'joinUrl', 'Join link must be a web address starting with https:// or http://'],
    [{ joinUrl: { url: 'teams meeting' } }, 'joinUrl', 'Join link must be a full web address'],
    [{ recordingUrl: { url: 'javascript:alert(1)' } }, 'recordingUrl', 'Recording must be a secure web address starting with https://.'],
    [{ recordingUrl: { url: 'data:text/html,<script>alert(1)</script>' } }, 'recordingUrl', 'Recording must be a secure web address'],
    [{ slidesUrl: { url: 'http://example.org/slides' } }, 'slidesUrl', 'Slides must be a secure web address'],
    [{ startsAt: '2026-06-31T10:00:00Z' }, 'startsAt', 'Starts at: 2026-06-31 is not a date in the calendar.'],
    [{ startsAt: '2026-06-30T25:00:00Z' }, 'startsAt', 'Starts at has a time of day that does not exist.'],
    [{ startsAt: undefined }, 'startsAt', 'Starts at is required.'],
    [{ durationMinutes: 4 }, 'durationMinutes', 'Duration (minutes) must be a whole number from 5 to 480 (it is 4).'],
    [{ capacity: 40.5 }, 'capacity', 'Capacity must be a whole number from 0 to 5000 (it is 40.5).'],
    [{ registrationClosesAt: '9000-01-01T00:00:00Z' }, 'registrationClosesAt', 'Registration closes must be between 1900 and 8900']
  ],
  talkRegistrations: [
    [{ talk: NO_ITEM }, 'talk', 'Talk: there is no item 99999 in Tech Talks'],
    [{ talk: undefined }, 'talk', 'Talk is required.']
  ],
  talkFeedback: [
    [{ rating: 6 }, 'rating', 'Rating must be a whole number from 1 to 5 (it is 6).'],
    [{ rating: 0 }, 'rating', 'Rating must be a whole number from 1 to 5 (it is 0).'],
    [{ rating: 4.5 }, 'rating', 'Rating must be a whole number from 1 to 5 (it is 4.5).'],
    [{ talk: NO_ITEM }, 'talk', 'Talk: there is no item 99999 in Tech Talks']
  ],
  talkAttendance: [
    [{ walkIns: -1 }, 'walkIns', 'Walk-ins not named must be a whole number from 0 to 10000 (it is -1).'],
    [{ walkIns: 1e308 }, 'walkIns', 'Walk-ins not named is too large to store'],
    [{ talk: NO_ITEM }, 'talk', 'Talk: there is no item 99999 in Tech Talks']
  ],
  talkProposals: [
    [{ abstract: '' }, 'abstract', 'Abstract is required.'],
    [{ speakers: 'x'.repeat(256) }, 'speakers', 'Speaker(s) must be 255 characters or fewer (it has 256).'],
    [{ preferredMonth: 'February 2027' }, 'preferredMonth', 'Preferred month must be 7 characters or fewer (it has 13).'],
    [{ audienceLevel: 'Wizard' }, 'audienceLevel', 'Audience level must be one of']
  ],
  proposalDecisions: [
    [{ proposal: NO_ITEM }, 'proposal', 'Proposal: there is no item 99999 in Talk Proposals'],
    [{ talk: NO_ITEM }, 'talk', 'Talk: there is no item 99999 in Tech Talks'],
    [{ status: 'Pending' }, 'status', 'Decision must be one of: Accepted, Scheduled, Declined.']
  ],
  proposalReviews: [
    [{ score: 10 }, 'score', 'Score must be a whole number from 1 to 5 (it is 10).'],
    [{ score: 2.5 }, 'score', 'Score must be a whole number from 1 to 5 (it is 2.5).'],
    [{ proposal: NO_ITEM }, 'proposal', 'Proposal: there is no item 99999 in Talk Proposals']
  ]
});

/** Adds the values and expects a refusal naming `field` with `message`, with the list's item count unchanged. */
async function expectRefused(key: ListKey, values: Record<string, unknown>, field: string, message: string): Promise<void> {
  const repo = repository(key);
  const before = await repo.count();
  const error = await repo.add(values as Partial<IEntity>).then(
    () => undefined,
    (e: unknown) => e
  );
  expect(error).toBeInstanceOf(ValidationError);
  expect((error as ValidationError).issues.map((i) => i.field)).toContain(field);
  expect((error as ValidationError).message).toContain(message);
  expect(await repo.count()).toBe(before);
}

describe('one table of bad values per list: each is refused by the data layer with a specific message, and nothing is stored', () => {
  it('stores each list\'s good values as they are (so each refusal below is the bad value\'s)', async () => {
    for (const list of LISTS) {
      const repo = repository(list.key);
      const before = await repo.count();
      await expect(repo.add(valid(list.key) as Partial<IEntity>)).resolves.toMatchObject({ id: expect.any(Number) });
      expect(await repo.count()).toBe(before + 1);
      // Out again, so unique keys do not refuse the cases below.
      const [added] = await repo.getAll({ orderBy: [{ by: 'id', descending: true }], top: 1 });
      await repo.delete(added.id);
    }
  });

  describe.each(LISTS.map((l) => [l.title, l.key] as const))('%s', (_title, key) => {
    it('refuses each bad value of its table, naming the field', async () => {
      const table = tables()[key];
      expect(table.length).toBeGreaterThan(0);
      for (const [bad, field, message] of table) await expectRefused(key, { ...valid(key), ...bad }, field, message);
    });
  });

  it('takes a score up to its own criterion\'s maximum (8 of 10), and 0', async () => {
    const scores = repository('scores');
    await expect(scores.add({ ...valid('scores'), criterion: refs.criterionOf10, score: 8 } as Partial<IEntity>)).resolves.toMatchObject({ score: 8 });
    await expect(scores.add({ ...valid('scores'), score: 0 } as Partial<IEntity>)).resolves.toMatchObject({ score: 0 });
  });

  it('checks an update too: a calendar-impossible end date is refused and the item keeps its value', async () => {
    const initiatives = repository('initiatives');
    const added = await initiatives.add({ ...valid('initiatives'), endDate: '2027-03-31' } as Partial<IEntity>);
    await expect(initiatives.update(added.id, { endDate: '2027-02-30' } as Partial<IEntity>, added.etag as string)).rejects.toThrow(
      'End date: 2027-02-30 is not a date in the calendar.'
    );
    expect(await initiatives.getById(added.id)).toMatchObject({ endDate: expect.stringContaining('2027-03-31') });
  });

  it('an update of one date keeps the order with the item\'s other date; of a score alone, its criterion\'s scale; of a lookup, to an item that exists', async () => {
    const initiatives = repository('initiatives');
    const added = await initiatives.add({ ...valid('initiatives'), startDate: '2026-05-01', endDate: '2027-03-31' } as Partial<IEntity>);
    await expect(initiatives.update(added.id, { endDate: '2026-04-30' } as Partial<IEntity>, added.etag as string)).rejects.toThrow('End date must be on or after start date.');
    await expect(initiatives.update(added.id, { startDate: '2027-04-01' } as Partial<IEntity>, added.etag as string)).rejects.toThrow('End date must be on or after start date.');
    await expect(initiatives.update(added.id, { department: NO_ITEM } as Partial<IEntity>, added.etag as string)).rejects.toThrow('Department: there is no item 99999 in Departments');
    expect(await initiatives.getById(added.id)).toMatchObject({ startDate: expect.stringContaining('2026-05-01'), endDate: expect.stringContaining('2027-03-31'), department: { id: refs.department.id } });
    const moved = await initiatives.update(added.id, { endDate: '2026-05-01' } as Partial<IEntity>, added.etag as string);
    expect(moved).toMatchObject({ endDate: expect.stringContaining('2026-05-01') });

    const scores = repository('scores');
    const score = await scores.add({ ...valid('scores'), scoringRound: 'Update test' } as Partial<IEntity>);
    await expect(scores.update(score.id, { score: 9 } as Partial<IEntity>, score.etag as string)).rejects.toThrow('Score must be at most 5, the criterion\'s maximum score (it is 9).');
    expect(await scores.getById(score.id)).toMatchObject({ score: 4 });
    await expect(scores.update(score.id, { score: 9, criterion: refs.criterionOf10 } as Partial<IEntity>, score.etag as string)).resolves.toMatchObject({ score: 9 });
  });

  it('an import (addMany) with one lookup to nothing stores none of its items', async () => {
    const measurements = repository('kpiMeasurements');
    const before = await measurements.count();
    const rows = [valid('kpiMeasurements'), { ...valid('kpiMeasurements'), periodStart: '2026-07-01', kpi: NO_ITEM }];
    await expect(measurements.addMany(rows as Partial<IEntity>[])).rejects.toThrow('KPI: there is no item 99999 in Strategy KPIs');
    expect(await measurements.count()).toBe(before);
  });
});

// ---- The sweep: every field of every list, with the bad values its kind can take.

interface ISweepCase {
  readonly value: unknown;
  readonly message: string;
}

/** The bad values of one field and the message each must get (written here, not taken from the data layer). */
function badValuesOf(field: IFieldDefinition): ISweepCase[] {
  const t = field.title;
  const cases: ISweepCase[] = [];
  if (field.required) cases.push({ value: field.kind === 'MultiChoice' ? [] : null, message: `${t} is required.` });
  switch (field.kind) {
    case 'Text':
    case 'Note':
      if (field.maxLength !== undefined) cases.push({ value: 'x'.repeat(field.maxLength + 1), message: `${t} must be ${field.maxLength} characters or fewer (it has ${field.maxLength + 1}).` });
      cases.push({ value: 42, message: `${t} must be text.` });
      if (field.format) cases.push({ value: '{not json', message: `${t}: this text is not JSON` });
      break;
    case 'Number':
      cases.push({ value: 1e308, message: `${t} is too large to store (at most 15 digits).` });
      cases.push({ value: 'ten', message: `${t} must be a number.` });
      if (field.wholeNumber) {
        const range = field.max !== undefined ? `from ${field.min ?? 0} to ${field.max}` : `of ${field.min ?? 0} or more`;
        const whole = (value: number): ISweepCase => ({ value, message: `${t} must be a whole number ${range} (it is ${value}).` });
        cases.push(whole((field.min ?? 0) + 0.5));
        if (field.min !== undefined) cases.push(whole(field.min - 1));
        if (field.max !== undefined) cases.push(whole(field.max + 1));
      } else {
        if (field.min !== undefined) cases.push({ value: field.min - 1, message: `${t} must be at least ${field.min}.` });
        if (field.max !== undefined) cases.push({ value: field.max + 1, message: `${t} must be at most ${field.max}.` });
      }
      break;
    case 'DateTime':
      cases.push({ value: '2026-02-30', message: `${t}: 2026-02-30 is not a date in the calendar.` });
      cases.push({ value: '31/12/2026', message: `${t} must be a valid date, written as YYYY-MM-DD.` });
      cases.push({ value: '1899-12-31', message: `${t} must be between 1900 and 8900` });
      cases.push({ value: '8901-01-01', message: `${t} must be between 1900 and 8900` });
      break;
    case 'URL':
      cases.push({ value: { url: 'javascript:alert(1)' }, message: field.httpsOnly ? `${t} must be a secure web address` : `${t} must be a web address starting with https:// or http:// (not "javascript:").` });
      cases.push({ value: { url: 'data:text/html,x' }, message: field.httpsOnly ? `${t} must be a secure web address` : `${t} must be a web address starting with https:// or http:// (not "data:").` });
      cases.push({ value: { url: 'not a link' }, message: `${t} must be a full web address starting with https://` });
      break;
    case 'Boolean':
      cases.push({ value: 'no', message: `${t} must be yes or no.` });
      break;
    case 'Choice':
      if (!field.fillIn) cases.push({ value: 'Not one of them', message: `${t} must be one of: ` });
      break;
    case 'MultiChoice':
      if (!field.fillIn) cases.push({ value: ['Not one of them'], message: `${t} has values that are not allowed: Not one of them.` });
      break;
    case 'Lookup':
      cases.push({ value: NO_ITEM, message: `${t}: there is no item 99999 in ${listDefinition(field.lookupList as ListKey).title}` });
      break;
    default:
      break;
  }
  return cases;
}

describe('the sweep: every field of every list refuses the bad values of its kind', () => {
  it.each(LISTS.map((l) => [l.title, l] as const))('%s', async (_title, def) => {
    let checked = 0;
    if (def.titleField.required) {
      await expectRefused(def.key, { ...valid(def.key), title: '' }, 'title', `${def.titleField.title} is required.`);
      checked++;
    }
    if (def.titleField.maxLength !== undefined) {
      await expectRefused(def.key, { ...valid(def.key), title: 'x'.repeat(def.titleField.maxLength + 1) }, 'title', `${def.titleField.title} must be ${def.titleField.maxLength} characters or fewer.`);
      checked++;
    }
    for (const field of def.fields) {
      const key = propertyName(field.internalName);
      for (const bad of badValuesOf(field)) {
        await expectRefused(def.key, { ...valid(def.key), [key]: bad.value }, key, bad.message);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(1);
  });
});
