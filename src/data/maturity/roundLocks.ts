import { IAssessmentRound, IDepartment, IMaturityResponse } from '../../domain/entities';
import { IRoundLockService } from '../../domain/services';
import { toDataError } from '../errors';
import { ListRepository } from '../ListRepository';
import { eq } from '../odata';
import { PROGRAMME_OFFICE_GROUP } from '../provisioning/listPermissions';
import { listDefinition } from '../schema/lists';
import { SPFI } from '../sp';
import { assertMayManagePermissions, baseGrants, hubPrincipals, itemsToSecure, lockItems, ROLE_TYPE, setItemPermissions } from '../security/itemPermissions';

const NO_MANAGE_PERMISSIONS =
  'Opening or closing a round changes who may edit its responses, which needs the "Manage permissions" right on the ' +
  `Maturity Responses list. Ask a site owner to do it, or to run "Set up lists", which gives the ${PROGRAMME_OFFICE_GROUP} group ` +
  'Full Control of that list.';

/**
 * Who may answer a department's maturity survey, enforced by SharePoint item permissions.
 *
 * The Maturity Responses list itself is read-only for site members (set-up: members Read, the Programme Office Edit
 * and Full Control), so nobody can add a response. Opening a round (and reopening it, or running it again after the
 * Departments list's respondents changed) finds or creates each active department's one response for the round
 * (`findOrCreate` on the list's unique key Round + Department, safe when two people open the round at once) and
 * gives it its own permissions (src/data/security/itemPermissions.ts): the department's respondents Contribute, the
 * site's members and visitors Read (results are shared with everyone), the Programme Office and the site's owners
 * Full Control. Closing gives every response of the round only the read grants (and Full Control to the office and
 * owners, so they can reopen it).
 */
export function createRoundLocks(sp: SPFI): IRoundLockService {
  const title = listDefinition('maturityResponses').title;
  const roundFilter = (roundId: number): string => eq('RoundId', roundId);

  return {
    async open(roundId, onProgress) {
      try {
        await assertMayManagePermissions(sp, title, NO_MANAGE_PERMISSIONS);
        const rounds = new ListRepository<IAssessmentRound>(sp, listDefinition('assessmentRounds'));
        const departmentsRepo = new ListRepository<IDepartment>(sp, listDefinition('departments'));
        const responses = new ListRepository<IMaturityResponse>(sp, listDefinition('maturityResponses'));
        const [round, departments, principals] = await Promise.all([rounds.getById(roundId), departmentsRepo.getAll(), hubPrincipals(sp)]);
        const active = departments.filter((d) => d.active !== false);
        const responseFor = new Map<number, IDepartment>();
        onProgress?.({ done: 0, total: active.length, message: `Preparing 0 of ${active.length} departments' responses` });
        for (let i = 0; i < active.length; i++) {
          const department = active[i];
          const found = await responses.findOrCreate(
            { round: { id: round.id, title: round.title }, department: { id: department.id, title: department.title } },
            { title: `${department.title}, ${round.title}`, status: 'Draft' }
          );
          responseFor.set(found.item.id, department);
          onProgress?.({ done: i + 1, total: active.length, message: `Preparing ${i + 1} of ${active.length} departments' responses` });
        }
        const rows = (await itemsToSecure(sp, title, roundFilter(roundId))).filter((row) => responseFor.has(row.id));
        const base = baseGrants(principals);
        await setItemPermissions(
          sp,
          title,
          rows.map((row) => ({
            id: row.id,
            hasUniqueRoleAssignments: row.hasUniqueRoleAssignments,
            grants: [...base, ...(responseFor.get(row.id)?.respondents ?? []).map((person) => ({ principalId: person.id, role: ROLE_TYPE.contributor }))]
          })),
          (done, total) => `Opened ${done} of ${total} departments' responses to their respondents`,
          onProgress
        );
        return rows.length;
      } catch (error) {
        throw toDataError(error, 'the round\'s responses');
      }
    },

    async lock(roundId, onProgress) {
      try {
        return await lockItems(sp, title, roundFilter(roundId), NO_MANAGE_PERMISSIONS, onProgress, 'responses');
      } catch (error) {
        throw toDataError(error, 'the round\'s responses');
      }
    }
  };
}
