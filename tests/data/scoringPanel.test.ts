import { readExampleContent } from '../../src/data/content/exampleContent';
import { loadExampleContent } from '../../src/data/content/loadExampleContent';
import { provisionLists } from '../../src/data/provisioning/provisionLists';
import { isDataError } from '../../src/domain/dataErrors';
import { inProcessSP } from '../../local/pnpInProcess';
import { ILocalSite, OWNER, provisionedSite, SITE_URL, STAFF } from './localSite';

/**
 * Who may score is decided by SharePoint: set-up creates the Scoring Panel group and opens a scoring folder
 * (Contribute) for each of its members in Initiative Scores, which site members cannot read at all. A forged add by
 * anyone else is refused by the server.
 */
const TOM = 'tom.okafor@digitalhub.example';
const SCORES = 'Initiative Scores';
jest.setTimeout(60_000);

describe('the scoring panel, enforced by list permissions set up by provisioning', () => {
  let site: ILocalSite;
  beforeAll(async () => {
    site = await provisionedSite();
    const report = await loadExampleContent(site.sp(OWNER), await readExampleContent(), { actAs: (login) => inProcessSP(site.local, SITE_URL, login) });
    expect(report.warnings).toEqual([]);
    expect(report.added['Scoring Panel (group members)']).toBe(4);
  });

  async function forgeScore(login: string): Promise<unknown> {
    const sp = site.sp(login);
    const [initiative] = await sp.web.lists.getByTitle('Roadmap Initiatives').items.select('Id').top(1)<{ Id: number }[]>();
    const [criterion] = await sp.web.lists.getByTitle('Prioritisation Criteria').items.select('Id').top(1)<{ Id: number }[]>();
    return sp.web.lists
      .getByTitle(SCORES)
      .items.add({ InitiativeId: initiative.Id, CriterionId: criterion.Id, Score: 5, ScoringRound: '2026 Autumn' })
      .then(() => 'added', (error: unknown) => error);
  }

  it('creates the Scoring Panel group with the sample panel in it', async () => {
    const members = await site.sp(OWNER).web.siteGroups.getByName('Scoring Panel').users.select('Email')<{ Email: string }[]>();
    expect(members.map((m) => m.Email)).toEqual(expect.arrayContaining(['priya.shah@digitalhub.example', TOM, 'grace.lee@digitalhub.example']));
    expect(members.map((m) => m.Email)).not.toContain(STAFF);
  });

  // Issue 15 changed this: scores are private, so staff no longer read them (they see closed rounds' rankings only).
  it('refuses a forged add by Dan Evans (staff) with 403, and reads him none of the scores', async () => {
    const refused = await forgeScore(STAFF);
    expect(refused).not.toBe('added');
    expect((refused as { status?: number }).status).toBe(403);
    const read = await site.services(STAFF).scores.getAll({ top: 5 }).catch((e: unknown) => e);
    expect(isDataError(read, 'AccessDenied')).toBe(true);
  });

  it('tells the page who may score from the list\'s permissions, not from a name', async () => {
    expect((await site.services(STAFF).scores.permissions()).canAdd).toBe(false);
    expect((await site.services(TOM).scores.permissions()).canAdd).toBe(true);
  });

  // Issue 15 changed this: a panel member adds in their own scoring folder (the list's root refuses everyone but the
  // programme office), and cannot even see another member's score, so an edit of it is refused as not found.
  it('lets a panel member add a score in their own folder, and edit only their own', async () => {
    expect((await forgeScore(TOM)) as { status?: number }).toEqual(expect.objectContaining({ status: 403 }));
    const [initiative] = await site.services(TOM).initiatives.getAll({ top: 1 });
    const [criterion] = await site.services(TOM).criteria.getAll({ top: 1 });
    const added = await site.services(TOM).scores.add({ initiative: { id: initiative.id, title: '' }, criterion: { id: criterion.id, title: '' }, score: 5, scoringRound: '2027 Spring' });
    const tom = await site.sp(TOM).web.currentUser.select('Id')<{ Id: number }>();
    expect(added.ownerId).toBe(tom.Id);
    const [priyas] = await site.sp(OWNER).web.lists.getByTitle(SCORES).items.select('Id').filter('AuthorId eq 11 and FSObjType eq 0').top(1)<{ Id: number }[]>();
    expect(priyas).toBeDefined();
    const edit = await site.services(TOM).scores.update(priyas.Id, { score: 0 }, '*').catch((e: unknown) => e);
    expect(isDataError(edit, 'AccessDenied') || isDataError(edit, 'NotFound')).toBe(true);
    expect((await site.services(OWNER).scores.getById(priyas.Id)).score).not.toBe(0);
  });

  it('running set-up again changes nothing', async () => {
    const again = await provisionLists(site.sp(OWNER));
    expect(again.changes.filter((c) => /Scoring Panel|Initiative Scores/.test(c))).toEqual([]);
  });
});
