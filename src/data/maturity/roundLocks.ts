import { IAssessmentRound, IDepartment, IMaturityDimension, IMaturityModel, IMaturityResponse } from '../../domain/entities';
import { IRegisteredResponse, readRegister, registerJson, roundResponses } from '../../domain/maturity/countedResponses';
import { levelNames } from '../../domain/maturity/maturityLevel';
import { snapshotJson, takeSnapshot } from '../../domain/maturity/resultsSnapshot';
import { IRoundLockService } from '../../domain/services';
import { toDataError } from '../errors';
import { ListRepository } from '../ListRepository';
import { eq } from '../odata';
import { PROGRAMME_OFFICE_GROUP } from '../provisioning/listPermissions';
import { listDefinition } from '../schema/lists';
import { SPFI } from '../sp';
import { assertMayManagePermissions, hubPrincipals, IItemGrant, itemsToSecure, managerGrants, ROLE_TYPE, setItemPermissions } from '../security/itemPermissions';

const NO_MANAGE_PERMISSIONS =
  'Opening or closing a round changes who may edit its responses, which needs the "Manage permissions" right on the ' +
  `Maturity Responses list. Ask a site owner to do it, or to run "Set up lists", which gives the ${PROGRAMME_OFFICE_GROUP} group ` +
  'Full Control of that list.';

/**
 * Who may answer, and who may read, a department's maturity survey, enforced by SharePoint item permissions.
 *
 * The Maturity Responses list itself is read-only for site members (set-up: members Read, the Programme Office Edit
 * and Full Control), so nobody can add a response. Opening a round (and reopening it, or running it again after the
 * Departments list's respondents changed) finds or creates each active department's one response for the round
 * (`findOrCreate` on the list's unique key Round + Department, safe when two people open the round at once), records
 * which item is whose on the round (`responseRegister`, the reading rule in src/domain/maturity/countedResponses.ts)
 * and gives each response its own permissions (src/data/security/itemPermissions.ts): the department's respondents
 * Contribute, the Programme Office and the site's owners Full Control, and nobody else anything. Other staff read no
 * response: a response's answers and evidence are its department's draft until the round closes, and after.
 *
 * Closing freezes the round's results into a snapshot on the round (src/domain/maturity/resultsSnapshot.ts: levels
 * per department and dimension, no people, no evidence), which everyone reads, marks the round Closed in the same
 * write, and then leaves each response readable only by its respondents (Read) and the office (Full Control, so it
 * can reopen the round).
 */
export function createRoundLocks(sp: SPFI): IRoundLockService {
  const title = listDefinition('maturityResponses').title;
  const rounds = new ListRepository<IAssessmentRound>(sp, listDefinition('assessmentRounds'));
  const departmentsRepo = new ListRepository<IDepartment>(sp, listDefinition('departments'));
  const responses = new ListRepository<IMaturityResponse>(sp, listDefinition('maturityResponses'));

  /** The round's response items and the registered ones (wherever their Round column points now). */
  const roundItems = (round: IAssessmentRound, register: readonly IRegisteredResponse[]): ReturnType<typeof itemsToSecure> =>
    itemsToSecure(sp, title, [eq('RoundId', round.id), ...register.map((e) => eq('Id', e.responseId))].join(' or '));

  /** Gives each registered response its grants: the office and owners Full Control, plus `respondentRole` for the department's respondents. */
  const secure = async (round: IAssessmentRound, register: readonly IRegisteredResponse[], respondentRole: IItemGrant['role'], message: (done: number, total: number) => string, onProgress?: Parameters<IRoundLockService['open']>[1]): Promise<number> => {
    const [rows, principals, departments] = await Promise.all([roundItems(round, register), hubPrincipals(sp), departmentsRepo.getAll()]);
    const respondents = new Map(departments.map((d) => [d.id, d.respondents ?? []]));
    const departmentOf = new Map(register.map((e) => [e.responseId, e.departmentId]));
    const managers = managerGrants(principals);
    await setItemPermissions(
      sp,
      title,
      rows.map((row) => ({
        id: row.id,
        hasUniqueRoleAssignments: row.hasUniqueRoleAssignments,
        // An item of the round that is not registered (added around the app) is left to the office alone.
        grants: [...managers, ...(respondents.get(departmentOf.get(row.id) ?? -1) ?? []).map((person) => ({ principalId: person.id, role: respondentRole }))]
      })),
      message,
      onProgress
    );
    return rows.length;
  };

  return {
    async open(roundId, onProgress) {
      try {
        await assertMayManagePermissions(sp, title, NO_MANAGE_PERMISSIONS);
        const [round, departments] = await Promise.all([rounds.getById(roundId), departmentsRepo.getAll()]);
        const active = departments.filter((d) => d.active !== false);
        const registered = readRegister(round.responseRegister) ?? [];
        const existing = new Set((await roundItems(round, registered)).map((row) => row.id));
        // The register's entries stand while their items exist; a department without one gets its response now.
        const register = new Map(registered.filter((e) => existing.has(e.responseId)).map((e) => [e.departmentId, e]));
        onProgress?.({ done: 0, total: active.length, message: `Preparing 0 of ${active.length} departments' responses` });
        for (let i = 0; i < active.length; i++) {
          const department = active[i];
          if (!register.has(department.id)) {
            const found = await responses.findOrCreate(
              { round: { id: round.id, title: round.title }, department: { id: department.id, title: department.title } },
              { title: `${department.title}, ${round.title}`, status: 'Draft' }
            );
            register.set(department.id, { departmentId: department.id, department: department.title, responseId: found.item.id });
          }
          onProgress?.({ done: i + 1, total: active.length, message: `Preparing ${i + 1} of ${active.length} departments' responses` });
        }
        const entries = Array.from(register.values()).sort((a, b) => a.responseId - b.responseId);
        const json = registerJson(entries);
        if (json !== round.responseRegister) await rounds.update(round.id, { responseRegister: json }, '*');
        const activeIds = new Set(active.map((d) => d.id));
        await secure(round, entries, ROLE_TYPE.contributor, (done, total) => `Opened ${done} of ${total} departments' responses to their respondents`, onProgress);
        return entries.filter((e) => activeIds.has(e.departmentId)).length;
      } catch (error) {
        throw toDataError(error, 'the round\'s responses');
      }
    },

    async close(roundId, onProgress) {
      try {
        await assertMayManagePermissions(sp, title, NO_MANAGE_PERMISSIONS);
        const round = await rounds.getById(roundId);
        const registered = readRegister(round.responseRegister);
        const dimensionsRepo = new ListRepository<IMaturityDimension>(sp, listDefinition('maturityDimensions'));
        const modelsRepo = new ListRepository<IMaturityModel>(sp, listDefinition('maturityModels'));
        const [model, dimensions, departments, rows] = await Promise.all([
          modelsRepo.getById(round.model.id),
          dimensionsRepo.getAll({ where: { model: round.model.id } }),
          departmentsRepo.getAll(),
          roundItems(round, registered ?? [])
        ]);
        const items = rows.length ? await responses.getAll({ where: { id: { in: rows.map((r) => r.id) } } }) : [];
        // A round opened before rounds kept a register: each department's first item by id is its response.
        const register =
          registered ??
          roundResponses(round, items).map((r) => ({ departmentId: r.department.id, department: r.department.title, responseId: r.id }));
        const ordered = dimensions
          .filter((d) => d.model?.id === round.model.id)
          .sort((a, b) => (a.order ?? Number.MAX_SAFE_INTEGER) - (b.order ?? Number.MAX_SAFE_INTEGER) || a.title.localeCompare(b.title, 'en-GB'))
          .map((d) => d.title);
        const snapshot = takeSnapshot({
          round,
          responses: items,
          departments: departments.filter((d) => d.active !== false),
          dimensions: ordered,
          levelCount: levelNames(model.levelNames).length || 5,
          takenOn: new Date().toISOString()
        });
        // Closed and frozen in one write: the list never says Closed without the results everyone reads.
        await rounds.update(round.id, { status: 'Closed', resultsSnapshot: snapshotJson(snapshot) }, round.etag ?? '*');
        try {
          return await secure(round, register, ROLE_TYPE.reader, (done, total) => `Made ${done} of ${total} responses read-only`, onProgress);
        } catch (lockError) {
          const now = await rounds.getById(round.id).catch(() => undefined);
          if (now) await rounds.update(round.id, { status: round.status }, now.etag ?? '*').catch(() => undefined);
          throw lockError;
        }
      } catch (error) {
        throw toDataError(error, 'the round\'s responses');
      }
    }
  };
}
