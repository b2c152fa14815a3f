import { readExampleContent } from '../../src/data/content/exampleContent';
import { loadExampleContent } from '../../src/data/content/loadExampleContent';
import { provisionLists } from '../../src/data/provisioning/provisionLists';
import { TALK_REVIEWERS_GROUP } from '../../src/data/provisioning/listPermissions';
import { isDataError } from '../../src/domain/dataErrors';
import { summariseReviews } from '../../src/domain/talks/reviews';
import { inProcessSP } from '../../local/pnpInProcess';
import { rawJson } from '../localsp/helpers';
import { CHAMPION, ILocalSite, OFFICE, OWNER, provisionedSite, SITE_URL, STAFF } from './localSite';

/**
 * Proposal reviews are kept by SharePoint itself: set-up gives the Talk Reviewers group Contribute on Talk Proposal
 * Reviews (members only read it), each reviewer edits only their own review (WriteSecurity 2) and reads only their own
 * (ReadSecurity 2), and the Programme Office has Full Control of the list, so it reads all of them.
 */
const REVIEWS = 'Talk Proposal Reviews';
const GRACE = 'grace.lee@digitalhub.example';
const OLIVER = 'oliver.brown@digitalhub.example';
jest.setTimeout(60_000);

describe('proposal reviews, enforced by the list\'s permissions and item-level security', () => {
  let site: ILocalSite;
  let proposalId: number;

  beforeAll(async () => {
    site = await provisionedSite();
    const group = site.sp(OWNER).web.siteGroups.getByName(TALK_REVIEWERS_GROUP);
    for (const login of [CHAMPION, GRACE, OLIVER]) await group.users.add(`i:0#.f|membership|${login}`);
    const proposal = await site.services(STAFF).talkProposals.add({ title: 'Chatbots for resident enquiries', abstract: 'A prototype.', speakers: 'Dan Evans' });
    proposalId = proposal.id;
  });

  const key = () => ({ proposal: { id: proposalId, title: '' } });
  const forgeReview = (login: string, score = 5) =>
    rawJson<{ Id: number }>(site.local, `web/lists/getByTitle('${REVIEWS}')/items`, { method: 'POST', login, body: { ProposalId: proposalId, Score: score, Comment: 'Forged' } });

  it('keeps one review per proposal and reviewer, and gives the programme office every score with the mean and count', async () => {
    const jamie = await site.services(CHAMPION).proposalReviews.findOrCreate(key(), { score: 4, comment: 'Timely.' });
    expect(jamie.created).toBe(true);
    const again = await site.services(CHAMPION).proposalReviews.findOrCreate(key(), { score: 1 });
    expect(again).toMatchObject({ created: false, item: { id: jamie.item.id, score: 4 } });
    const twice = await site.services(CHAMPION).proposalReviews.add({ ...key(), score: 2 }).catch((e: unknown) => e);
    expect(isDataError(twice, 'Duplicate')).toBe(true);
    await site.services(GRACE).proposalReviews.findOrCreate(key(), { score: 5, comment: 'Residents ask for it.' });
    await site.services(OFFICE).proposalReviews.findOrCreate(key(), { score: 3 });

    const seenByOffice = await site.services(OFFICE).proposalReviews.getAll({ where: { proposal: proposalId } });
    expect(seenByOffice.map((r) => [r.author?.email, r.score]).sort()).toEqual([[CHAMPION, 4], [GRACE, 5], [OFFICE, 3]].sort());
    expect(summariseReviews(seenByOffice)).toEqual({ count: 3, mean: 4 });
    expect((await site.services(OFFICE).proposalReviews.permissions()).canEditAll).toBe(true);
  });

  it('refuses a score off the scale in the data layer, naming the scale, and SharePoint refuses one sent around it', async () => {
    const tooHigh = await site.services(OLIVER).proposalReviews.findOrCreate(key(), { score: 6 }).catch((e: unknown) => e);
    expect(isDataError(tooHigh, 'Validation')).toBe(true);
    expect((tooHigh as Error).message).toMatch(/Score must be a whole number from 1 to 5 \(it is 6\)/);
    const half = await site.services(OLIVER).proposalReviews.add({ ...key(), score: 3.5 }).catch((e: unknown) => e);
    expect((half as Error).message).toMatch(/Score must be a whole number from 1 to 5/);
    expect((await forgeReview(OLIVER, 0)).status).toBe(400);
    // Nothing half-written: Oliver has no review.
    expect((await site.services(OWNER).proposalReviews.getAll()).some((r) => r.author?.email === OLIVER)).toBe(false);
  });

  it('refuses a review forged over REST by Dan Evans (staff) with 403, and shows him none of the reviews', async () => {
    const forged = await forgeReview(STAFF);
    expect(forged.status).toBe(403);
    const read = await rawJson<{ value: unknown[] }>(site.local, `web/lists/getByTitle('${REVIEWS}')/items?$select=Id,Score,Comment`, { login: STAFF });
    expect(read.status).toBe(200);
    expect(read.body.value).toEqual([]);
    expect(await site.services(STAFF).proposalReviews.getAll()).toEqual([]);
    expect(await site.services(STAFF).proposalReviews.permissions()).toEqual({ canAdd: false, canEditAll: false });
  });

  it('lets a reviewer read and change only their own review', async () => {
    const mine = await site.services(CHAMPION).proposalReviews.getAll();
    expect(mine.map((r) => r.author?.email)).toEqual([CHAMPION]);
    const [graces] = await site.services(OFFICE).proposalReviews.getAll({ where: { proposal: proposalId } }).then((all) => all.filter((r) => r.author?.email === GRACE));
    const byId = await rawJson(site.local, `web/lists/getByTitle('${REVIEWS}')/items(${graces.id})`, { login: CHAMPION });
    expect(byId.status).toBe(404);
    const overwrite = await rawJson(site.local, `web/lists/getByTitle('${REVIEWS}')/items(${graces.id})`, {
      method: 'POST',
      login: CHAMPION,
      headers: { 'X-HTTP-Method': 'MERGE', 'IF-MATCH': '*' },
      body: { Score: 1 }
    });
    expect([403, 404]).toContain(overwrite.status);
    expect((await site.services(OFFICE).proposalReviews.getById(graces.id)).score).toBe(5);
    const updated = await site.services(CHAMPION).proposalReviews.update(mine[0].id, { score: 2, comment: 'On reflection, too early.' }, mine[0].etag ?? '*');
    expect(updated).toMatchObject({ score: 2, comment: 'On reflection, too early.' });
  });

  it('set-up creates the Talk Reviewers group and running it again changes nothing', async () => {
    const again = await provisionLists(site.sp(OWNER));
    expect(again.changes.filter((c) => /Talk Reviewers|Talk Proposal Reviews/.test(c))).toEqual([]);
    const list = await rawJson<{ ReadSecurity: number; WriteSecurity: number }>(site.local, `web/lists/getByTitle('${REVIEWS}')?$select=ReadSecurity,WriteSecurity`);
    expect(list.body).toMatchObject({ ReadSecurity: 2, WriteSecurity: 2 });
  });

  it('loads the sample reviews as their reviewers, visible to the programme office only', async () => {
    const fresh = await provisionedSite();
    const report = await loadExampleContent(fresh.sp(OWNER), await readExampleContent(), { actAs: (login) => inProcessSP(fresh.local, SITE_URL, login) });
    expect(report.warnings).toEqual([]);
    expect(report.added[REVIEWS]).toBe(4);
    expect(report.added['Talk Reviewers (group members)']).toBe(3);
    const all = await fresh.services(OFFICE).proposalReviews.getAll();
    expect(all).toHaveLength(4);
    expect(all.every((r) => r.isSample)).toBe(true);
    expect(await fresh.services(STAFF).proposalReviews.getAll()).toEqual([]);
    expect(await fresh.services('maria.silva@digitalhub.example').proposalReviews.getAll()).toEqual([]);
  });
});
