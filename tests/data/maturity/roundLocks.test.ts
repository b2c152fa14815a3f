import { isDataError } from '../../../src/data/errors';
import { IAssessmentRound, IDepartment, IMaturityModel, IMaturityResponse } from '../../../src/domain/entities';
import { IProgress } from '../../../src/domain/services';
import { ILocalSite, OFFICE, OWNER, provisionedSite, STAFF } from '../localSite';

/** Closing a round locks its responses with item permissions on the in-process local SharePoint. */

const GRACE = 'grace.lee@digitalhub.example';
const TOM = 'tom.okafor@digitalhub.example';

describe('round locks', () => {
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
    environment = await owner.departments.add({ title: 'Environment' });
    chamberlains = await owner.departments.add({ title: "Chamberlain's" });
  });

  const respond = (login: string, round: IAssessmentRound, department: IDepartment): Promise<IMaturityResponse> =>
    site.services(login).maturityResponses.add({ round, department, status: 'Draft', answers: '[]' });

  const edit = async (login: string, id: number): Promise<unknown> => {
    const responses = site.services(login).maturityResponses;
    const current = await responses.getById(id);
    return responses.update(id, { answers: `[{"dimension":"Platform","current":2}]` }, current.etag as string).then(
      () => 'saved',
      (e: unknown) => (isDataError(e) ? e.kind : e)
    );
  };

  it('makes every response of the round read-only on the server, for its respondent and for other staff', async () => {
    const grace = await respond(GRACE, open, environment);
    const tom = await respond(TOM, open, chamberlains);
    expect(await site.services(OWNER).roundLocks.lock(open.id)).toBe(2);
    expect(await edit(GRACE, grace.id)).toBe('AccessDenied');
    expect(await edit(TOM, tom.id)).toBe('AccessDenied');
    expect(await edit(STAFF, grace.id)).toBe('AccessDenied');
    // everyone still reads them, and the programme office can still correct one
    expect((await site.services(STAFF).maturityResponses.getById(grace.id)).department.title).toBe('Environment');
    expect((await site.services(GRACE).maturityResponses.getAll()).map((r) => r.id).sort()).toEqual([grace.id, tom.id]);
    expect(await edit(OFFICE, tom.id)).toBe('saved');
  });

  it('leaves other rounds\' responses editable', async () => {
    const closing = await respond(GRACE, open, environment);
    const next = await respond(GRACE, other, environment);
    await site.services(OWNER).roundLocks.lock(open.id);
    expect(await edit(GRACE, next.id)).toBe('saved');
    expect(await edit(GRACE, closing.id)).toBe('AccessDenied');
  });

  it('gives the respondents their edit rights back on unlock, and still keeps staff out', async () => {
    const grace = await respond(GRACE, open, environment);
    const locks = site.services(OWNER).roundLocks;
    await locks.lock(open.id);
    expect(await locks.unlock(open.id)).toBe(1);
    expect(await edit(GRACE, grace.id)).toBe('saved');
    expect(await edit(STAFF, grace.id)).toBe('AccessDenied');
    expect(await locks.unlock(open.id)).toBe(0);
  });

  it('reports progress, batch by batch, across more responses than one batch holds', async () => {
    site.local.store.bulkAddItems(
      'Maturity Responses',
      Array.from({ length: 23 }, (_, i) => ({ RoundId: open.id, DepartmentId: 100 + i, Status: 'Draft', Answers: '[]' })),
      { authorId: 13 }
    );
    const progress: IProgress[] = [];
    expect(await site.services(OWNER).roundLocks.lock(open.id, (p) => progress.push(p))).toBe(23);
    expect(progress.map((p) => p.done)).toEqual([0, 10, 20, 23]);
    expect(progress[3]).toEqual({ done: 23, total: 23, message: 'Made 23 of 23 responses read-only' });
    const graces = await site.services(GRACE).maturityResponses.getAll();
    expect(graces).toHaveLength(23);
    for (const id of [graces[0].id, graces[22].id]) expect(await edit(GRACE, id)).toBe('AccessDenied');
  });

  it('locking again is safe, and replaces permissions someone gave a response by hand', async () => {
    const grace = await respond(GRACE, open, environment);
    const sp = site.sp(OWNER);
    const item = sp.web.lists.getByTitle('Maturity Responses').items.getById(grace.id);
    await item.breakRoleInheritance(true, false); // a response with its own (copied, editable) permissions
    expect(await edit(GRACE, grace.id)).toBe('saved');
    const locks = site.services(OWNER).roundLocks;
    await locks.lock(open.id);
    await locks.lock(open.id);
    expect(await edit(GRACE, grace.id)).toBe('AccessDenied');
    const principals = (await item.roleAssignments<{ PrincipalId: number }[]>()).map((a) => a.PrincipalId).sort((a, b) => a - b);
    // owners 3, visitors 4, members 5, programme office 6, the one who locked (Alex, 10), the respondent (Grace, 13)
    expect(principals).toEqual([3, 4, 5, 6, 10, 13]);
  });

  it('lets the programme office close and reopen a round: set-up gave it Full Control of the responses list', async () => {
    const grace = await respond(GRACE, open, environment);
    expect(await site.services(OFFICE).roundLocks.lock(open.id)).toBe(1);
    expect(await edit(GRACE, grace.id)).toBe('AccessDenied');
    expect(await site.services(OFFICE).roundLocks.unlock(open.id)).toBe(1);
    expect(await edit(GRACE, grace.id)).toBe('saved');
  });

  it('refuses, changing nothing, when the person may not manage permissions (a department manager)', async () => {
    const grace = await respond(GRACE, open, environment);
    const error = await site.services(TOM).roundLocks.lock(open.id).catch((e: unknown) => e);
    expect(isDataError(error, 'AccessDenied')).toBe(true);
    expect((error as Error).message).toMatch(/Manage permissions/);
    expect(await edit(GRACE, grace.id)).toBe('saved');
    expect(isDataError(await site.services(GRACE).roundLocks.unlock(open.id).catch((e: unknown) => e), 'AccessDenied')).toBe(true);
  });

  it('locks nothing in a round without responses', async () => {
    expect(await site.services(OWNER).roundLocks.lock(other.id)).toBe(0);
  });
});
