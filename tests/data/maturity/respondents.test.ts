import { HttpRequestError } from '@pnp/queryable';
import { readExampleContent } from '../../../src/data/content/exampleContent';
import { loadExampleContent } from '../../../src/data/content/loadExampleContent';
import { provisionLists } from '../../../src/data/provisioning/provisionLists';
import { chosenDepartment, respondentDepartments } from '../../../src/domain/maturity/respondents';
import { inProcessSP } from '../../../local/pnpInProcess';
import { ILocalSite, OWNER, provisionedSite, SITE_URL, STAFF } from '../localSite';

/**
 * "A department's survey is answered by that department" (issue 9), enforced by SharePoint: on the example site,
 * each persona's forged REST writes to Maturity Responses are refused or accepted by the local SharePoint itself.
 */
const GRACE = 'grace.lee@digitalhub.example';
const TOM = 'tom.okafor@digitalhub.example';
const SAMUEL = 'samuel.adeyemi@digitalhub.example';
const RESPONSES = 'Maturity Responses';
jest.setTimeout(90_000);

async function statusOf(write: Promise<unknown>): Promise<number> {
  const outcome = await write.then(() => 200, (e: unknown) => e);
  if (outcome === 200) return 200;
  if (outcome instanceof HttpRequestError) return outcome.status;
  throw outcome;
}

describe('department respondents on the example site', () => {
  let site: ILocalSite;
  let openRoundId: number;
  let responseOf: (department: string) => Promise<{ Id: number }>;

  beforeAll(async () => {
    site = await provisionedSite();
    const report = await loadExampleContent(site.sp(OWNER), await readExampleContent(), { actAs: (login) => inProcessSP(site.local, SITE_URL, login) });
    expect(report.warnings).toEqual([]);
    const [round] = await site.services(OWNER).assessmentRounds.getAll({ where: { status: 'Open' } });
    openRoundId = round.id;
    responseOf = async (department) => {
      const [dept] = await site.services(OWNER).departments.getAll({ where: { title: department } });
      const [found] = await site.sp(OWNER).web.lists.getByTitle(RESPONSES).items.select('Id').filter(`RoundId eq ${openRoundId} and DepartmentId eq ${dept.id}`)<{ Id: number }[]>();
      return found;
    };
  });

  const meId = async (login: string): Promise<number> => (await site.services(login).currentUser()).id;
  const forgeAdd = async (login: string, department: string): Promise<number> => {
    const [dept] = await site.services(OWNER).departments.getAll({ where: { title: department } });
    return statusOf(site.sp(login).web.lists.getByTitle(RESPONSES).items.add({ Title: 'forged', RoundId: openRoundId, DepartmentId: dept.id, Status: 'Draft', Answers: '[]' }));
  };
  const forgeUpdate = async (login: string, department: string): Promise<number> => {
    const { Id } = await responseOf(department);
    return statusOf(site.sp(login).web.lists.getByTitle(RESPONSES).items.getById(Id).update({ Answers: '[{"dimension":"Platform","current":5}]' }));
  };

  it('seeds the sample respondents, flagged as sample data, and each department\'s response for the open round', async () => {
    const departments = await site.services(STAFF).departments.getAll();
    const respondents = Object.fromEntries(departments.filter((d) => d.respondents?.length).map((d) => [d.title, d.respondents?.map((p) => p.title)]));
    expect(respondents).toEqual({
      "Chamberlain's": ['Tom Okafor'],
      "Chief Operating Officer's": ['Samuel Adeyemi'],
      Environment: ['Grace Lee'],
      "Town Clerk's": ['Samuel Adeyemi']
    });
    expect(departments.filter((d) => d.respondents?.length).every((d) => d.respondentsAreSample)).toBe(true);
    const open = await site.services(OWNER).maturityResponses.getAll({ where: { round: openRoundId } });
    expect(open).toHaveLength(departments.filter((d) => d.active !== false).length);
    // nobody else reads them: staff read none, a respondent only their own department's
    expect(await site.services(STAFF).maturityResponses.getAll({ where: { round: openRoundId } })).toEqual([]);
    expect((await site.services(GRACE).maturityResponses.getAll({ where: { round: openRoundId } })).map((r) => r.department.title)).toEqual(['Environment']);
  });

  it('Dan (staff) answers for no department, and the server refuses his forged add (403) and update (404: he cannot see the item)', async () => {
    expect(respondentDepartments(await site.services(STAFF).departments.getAll(), await meId(STAFF))).toEqual([]);
    expect(await forgeAdd(STAFF, 'Barbican Centre')).toBe(403);
    expect(await forgeUpdate(STAFF, 'Barbican Centre')).toBe(404);
    expect(await forgeUpdate(STAFF, "Chamberlain's")).toBe(404);
  });

  it('Grace has Environment chosen for her, may write its response, and is refused Chamberlain\'s (404 for an item she cannot see, 403 to add)', async () => {
    const own = respondentDepartments(await site.services(GRACE).departments.getAll(), await meId(GRACE));
    expect(own.map((d) => d.title)).toEqual(['Environment']);
    expect(chosenDepartment(own)?.title).toBe('Environment');
    expect(await forgeUpdate(GRACE, 'Environment')).toBe(200);
    expect(await forgeUpdate(GRACE, "Chamberlain's")).toBe(404);
    expect(await forgeAdd(GRACE, "Chamberlain's")).toBe(403);
    expect(await forgeAdd(GRACE, 'Environment')).toBe(403);
  });

  it('Tom writes Chamberlain\'s; Samuel chooses between his two departments', async () => {
    expect(await forgeUpdate(TOM, "Chamberlain's")).toBe(200);
    const own = respondentDepartments(await site.services(SAMUEL).departments.getAll(), await meId(SAMUEL));
    expect(own.map((d) => d.title)).toEqual(["Chief Operating Officer's", "Town Clerk's"]);
    expect(chosenDepartment(own)).toBeUndefined();
    expect(chosenDepartment(own, own[1].id)?.title).toBe("Town Clerk's");
  });

  it('running set-up again leaves the responses list read-only for members', async () => {
    const again = await provisionLists(site.sp(OWNER));
    expect(again.changes.filter((c) => c.startsWith(RESPONSES))).toEqual([]);
    expect(await forgeAdd(STAFF, 'Environment')).toBe(403);
  });
});

describe('upgrading a site set up before department respondents', () => {
  it('brings Maturity Responses down to Read for members and lets respondents edit items they did not create', async () => {
    const site = await provisionedSite();
    const owner = site.sp(OWNER);
    const list = owner.web.lists.getByTitle(RESPONSES);
    // as the earlier version left it: everyone contributes, each editing only their own items
    const [members, contribute] = await Promise.all([owner.web.associatedMemberGroup.select('Id')<{ Id: number }>(), owner.web.roleDefinitions.getByType(3).select('Id')<{ Id: number }>()]);
    await list.roleAssignments.add(members.Id, contribute.Id);
    await list.update({ WriteSecurity: 2 });
    expect(await statusOf(site.sp(STAFF).web.lists.getByTitle(RESPONSES).items.add({ Title: 'before' }))).toBe(200);

    const report = await provisionLists(owner);
    expect(report.changes).toEqual(
      expect.arrayContaining([
        'Maturity Responses: people with edit rights on an item can edit it, whoever created it.',
        'Maturity Responses: site members can read it; only the Programme Office and site owners edit it.'
      ])
    );
    expect((await list.select('WriteSecurity')<{ WriteSecurity: number }>()).WriteSecurity).toBe(1);
    expect(await statusOf(site.sp(STAFF).web.lists.getByTitle(RESPONSES).items.add({ Title: 'after' }))).toBe(403);
    expect((await provisionLists(owner)).changes.filter((c) => c.startsWith(RESPONSES))).toEqual([]);
  });
});
