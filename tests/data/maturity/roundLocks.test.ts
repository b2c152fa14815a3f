import { isDataError } from '../../../src/data/errors';
import { IAssessmentRound, IDepartment, IMaturityModel, IMaturityResponse } from '../../../src/domain/entities';
import { IProgress } from '../../../src/domain/services';
import { ILocalSite, OFFICE, OWNER, provisionedSite, STAFF } from '../localSite';

/**
 * Opening a round gives each department its one response, editable only by the department's respondents; closing
 * it makes the responses read-only. Both with item permissions, on the in-process local SharePoint.
 */

const GRACE = 'grace.lee@digitalhub.example';
const TOM = 'tom.okafor@digitalhub.example';
const TOM_ID = 12;
const GRACE_ID = 13;
const person = (id: number) => ({ id, title: '' });
jest.setTimeout(60_000);

describe('round opening and locks', () => {
  let site: ILocalSite;
  let open: IAssessmentRound;
  let other: IAssessmentRound;
  let environment: IDepartment;
  let chamberlains: IDepartment;

  beforeEach(async () => {
    site = await provisionedSite();
    const owner = site.services(OWNER);
    const model: IMaturityModel = await owner.maturityModels.add({ title: 'Digital Services Maturity Model', levelNames: 'One\nTwo\nThree' });
    open = await owner.assessmentRounds.add({ title: '2026 Q4', model, status: 'Open' });
    other = await owner.assessmentRounds.add({ title: '2027 Q4', model, status: 'Draft' });
    environment = await owner.departments.add({ title: 'Environment', respondents: [person(GRACE_ID)] });
    chamberlains = await owner.departments.add({ title: "Chamberlain's", respondents: [person(TOM_ID)] });
    await owner.departments.add({ title: 'Closed department', active: false, respondents: [person(GRACE_ID)] });
  });

  const responseOf = async (round: IAssessmentRound, department: IDepartment): Promise<IMaturityResponse> => {
    const [found] = await site.services(OWNER).maturityResponses.getAll({ where: { round: round.id, department: department.id } });
    return found;
  };

  const edit = async (login: string, id: number): Promise<unknown> => {
    const responses = site.services(login).maturityResponses;
    const current = await site.services(OWNER).maturityResponses.getById(id);
    return responses.update(id, { answers: `[{"dimension":"Platform","current":2}]` }, current.etag as string).then(
      () => 'saved',
      (e: unknown) => (isDataError(e) ? e.kind : e)
    );
  };

  const read = async (login: string, id: number): Promise<unknown> =>
    site.services(login).maturityResponses.getById(id).then(
      (r) => r.department.title,
      (e: unknown) => (isDataError(e) ? e.kind : e)
    );

  it('gives each active department one response for the round, which only its respondents may read and change', async () => {
    expect(await site.services(OFFICE).roundLocks.open(open.id)).toBe(2);
    const all = await site.services(OWNER).maturityResponses.getAll({ where: { round: open.id } });
    expect(all.map((r) => r.department.title).sort()).toEqual(["Chamberlain's", 'Environment']);
    const env = await responseOf(open, environment);
    const chb = await responseOf(open, chamberlains);
    expect(env.title).toBe('Environment, 2026 Q4');
    expect(await edit(GRACE, env.id)).toBe('saved');
    // another department's response cannot be written, nor even seen (SharePoint answers 404 for an item one may not read)
    expect(await edit(GRACE, chb.id)).toBe('NotFound');
    expect(await edit(TOM, chb.id)).toBe('saved');
    expect(await edit(STAFF, env.id)).toBe('NotFound');
    // only the department's respondents and the programme office read it: a draft's answers and evidence are private
    expect(await read(STAFF, env.id)).toBe('NotFound');
    expect(await read(TOM, env.id)).toBe('NotFound');
    expect(await read(GRACE, env.id)).toBe('Environment');
    expect((await site.services(STAFF).maturityResponses.getAll()).length).toBe(0);
    expect((await site.services(GRACE).maturityResponses.getAll()).map((r) => r.id)).toEqual([env.id]);
    expect(await edit(OFFICE, chb.id)).toBe('saved');
  });

  it('does not let a respondent add a response: the list is read-only for members', async () => {
    await site.services(OWNER).roundLocks.open(open.id);
    const added = await site.services(GRACE).maturityResponses.add({ round: other, department: environment, status: 'Draft', answers: '[]' }).catch((e: unknown) => e);
    expect(isDataError(added, 'AccessDenied')).toBe(true);
  });

  it('opening twice at once still leaves one response per department (findOrCreate)', async () => {
    const [a, b] = await Promise.all([site.services(OFFICE).roundLocks.open(open.id), site.services(OWNER).roundLocks.open(open.id)]);
    expect([a, b]).toEqual([2, 2]);
    expect(await site.services(OWNER).maturityResponses.getAll({ where: { round: open.id } })).toHaveLength(2);
  });

  it('follows the Departments list when run again: new respondents may edit, removed ones no longer', async () => {
    const locks = site.services(OFFICE).roundLocks;
    await locks.open(open.id);
    const env = await responseOf(open, environment);
    const current = await site.services(OFFICE).departments.getById(environment.id);
    await site.services(OFFICE).departments.update(environment.id, { respondents: [person(TOM_ID)] }, current.etag as string);
    expect(await edit(GRACE, env.id)).toBe('saved'); // not until the round's respondents are updated
    await locks.open(open.id);
    expect(await edit(GRACE, env.id)).toBe('NotFound');
    expect(await edit(TOM, env.id)).toBe('saved');
    const principals = (await site.sp(OWNER).web.lists.getByTitle('Maturity Responses').items.getById(env.id).roleAssignments<{ PrincipalId: number }[]>())
      .map((a) => a.PrincipalId)
      .sort((x, y) => x - y);
    // owners 3, programme office 6, the one who opened it (Priya, 11), the respondent (Tom, 12): no members or visitors
    expect(principals).toEqual([3, 6, 11, TOM_ID]);
  });

  it('makes every response of a closed round read-only (its respondents still read it), and reopening gives the respondents their rights back', async () => {
    const locks = site.services(OFFICE).roundLocks;
    await locks.open(open.id);
    const env = await responseOf(open, environment);
    expect(await locks.close(open.id)).toBe(2);
    expect(await edit(GRACE, env.id)).toBe('AccessDenied');
    expect(await read(GRACE, env.id)).toBe('Environment');
    expect(await read(STAFF, env.id)).toBe('NotFound');
    expect((await site.services(STAFF).assessmentRounds.getById(open.id)).status).toBe('Closed');
    expect(await edit(OFFICE, env.id)).toBe('saved');
    expect(await locks.open(open.id)).toBe(2);
    expect(await edit(GRACE, env.id)).toBe('saved');
    expect(await edit(STAFF, env.id)).toBe('NotFound');
  });

  it('leaves other rounds\' responses alone', async () => {
    const locks = site.services(OWNER).roundLocks;
    await locks.open(open.id);
    await locks.open(other.id);
    await locks.close(open.id);
    expect(await edit(GRACE, (await responseOf(other, environment)).id)).toBe('saved');
    expect(await edit(GRACE, (await responseOf(open, environment)).id)).toBe('AccessDenied');
  });

  it('reports progress, batch by batch, across more responses than one batch holds', async () => {
    site.local.store.bulkAddItems(
      'Maturity Responses',
      Array.from({ length: 23 }, (_, i) => ({ RoundId: other.id, DepartmentId: 100 + i, Status: 'Draft', Answers: '[]' })),
      { authorId: 11 }
    );
    const progress: IProgress[] = [];
    expect(await site.services(OWNER).roundLocks.close(other.id, (p) => progress.push(p))).toBe(23);
    expect(progress.map((p) => p.done)).toEqual([0, 10, 20, 23]);
    expect(progress[3]).toEqual({ done: 23, total: 23, message: 'Made 23 of 23 responses read-only' });
    expect(await site.services(GRACE).maturityResponses.getAll()).toHaveLength(0);
    const all = await site.services(OWNER).maturityResponses.getAll();
    expect(all).toHaveLength(23);
    for (const id of [all[0].id, all[22].id]) expect(await edit(OFFICE, id)).toBe('saved');
  });

  it('refuses, changing nothing, when the person may not manage permissions (a department manager)', async () => {
    await site.services(OWNER).roundLocks.open(open.id);
    const env = await responseOf(open, environment);
    const error = await site.services(TOM).roundLocks.close(open.id).catch((e: unknown) => e);
    expect(isDataError(error, 'AccessDenied')).toBe(true);
    expect((error as Error).message).toMatch(/Manage permissions/);
    expect(await edit(GRACE, env.id)).toBe('saved');
    expect(isDataError(await site.services(GRACE).roundLocks.open(other.id).catch((e: unknown) => e), 'AccessDenied')).toBe(true);
    expect(await site.services(OWNER).maturityResponses.getAll({ where: { round: other.id } })).toHaveLength(0);
  });

  it('locks nothing in a round without responses', async () => {
    expect(await site.services(OWNER).roundLocks.close(other.id)).toBe(0);
  });
});
