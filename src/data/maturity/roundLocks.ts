import { IRoundLockService, ProgressCallback } from '../../domain/services';
import { DataError, toDataError } from '../errors';
import { eq } from '../odata';
import { listDefinition } from '../schema/lists';
import { PermissionKind, SPFI } from '../sp';
import { PROGRAMME_OFFICE_GROUP } from '../provisioning/listPermissions';

/** SharePoint's built-in role types (SP.RoleType). */
const ROLE_READER = 2;
const ROLE_ADMINISTRATOR = 5;

/** Responses per $batch request set; each takes up to seven calls, and PnPjs sends them 20 to a $batch. */
const RESPONSES_PER_BATCH = 10;
const PAGE_SIZE = 2000;

interface IResponseRow {
  readonly Id: number;
  readonly AuthorId: number;
  readonly HasUniqueRoleAssignments: boolean;
}

interface IGrant {
  readonly principalId: number;
  readonly roleDefId: number;
}

/** Who gets what on a locked response (besides its respondent, who gets Read). */
interface ILockPlan {
  readonly grants: readonly IGrant[];
  readonly readRoleId: number;
}

const NO_MANAGE_PERMISSIONS =
  'Closing or reopening a round changes who may edit its responses, which needs the "Manage permissions" right on the ' +
  'Maturity Responses list. Ask a site owner to do it, or to run "Set up lists", which gives the Programme Office group ' +
  'Full Control of that list.';

/**
 * Locks and unlocks an assessment round's responses with SharePoint item permissions, so a closed round is
 * read-only on the server and not only in the UI.
 *
 * Lock: each response of the round stops inheriting the list's permissions (breakroleinheritance without copying,
 * clearing subscopes), then the site's members and visitors groups and the respondent get Read, and the Programme
 * Office and the site's owners groups Full Control (so any of them can reopen the round). SharePoint also leaves the person who closed the
 * round with Full Control on each response (it does so whenever inheritance is broken without copying). A
 * response that already had its own permissions is reset first, so the result is always the same; locking again
 * (e.g. after a failure part-way) is safe.
 * Unlock: each response of the round with its own permissions inherits the list's again (resetroleinheritance),
 * so respondents can edit their own responses again (the list's "edit own items" setting).
 * Both need ManagePermissions on the responses (site owners, and the Programme Office, which set-up gives Full
 * Control of the Maturity Responses list) and are batched.
 */
export function createRoundLocks(sp: SPFI): IRoundLockService {
  const title = listDefinition('maturityResponses').title;
  const list = (root: SPFI = sp) => root.web.lists.getByTitle(title);

  async function assertMayManage(): Promise<void> {
    if (!(await list().currentUserHasPermissions(PermissionKind.ManagePermissions))) {
      throw new DataError('AccessDenied', NO_MANAGE_PERMISSIONS, 403);
    }
  }

  async function responsesOf(roundId: number): Promise<IResponseRow[]> {
    const rows: IResponseRow[] = [];
    const query = list().items.select('Id', 'AuthorId', 'HasUniqueRoleAssignments').filter(eq('RoundId', roundId)).top(PAGE_SIZE);
    for await (const page of query) rows.push(...(page as IResponseRow[]));
    return rows;
  }

  async function idOf(read: () => Promise<{ Id: number }>): Promise<number | undefined> {
    try {
      return (await read()).Id;
    } catch {
      return undefined; // the site has no such group: nobody to grant
    }
  }

  async function lockPlan(): Promise<ILockPlan> {
    const web = sp.web;
    const [members, visitors, owners, office, readRoleId, fullControlRoleId] = await Promise.all([
      idOf(() => web.associatedMemberGroup.select('Id')()),
      idOf(() => web.associatedVisitorGroup.select('Id')()),
      idOf(() => web.associatedOwnerGroup.select('Id')()),
      idOf(() => web.siteGroups.getByName(PROGRAMME_OFFICE_GROUP).select('Id')()),
      web.roleDefinitions.getByType(ROLE_READER).select('Id')<{ Id: number }>().then((r) => r.Id),
      web.roleDefinitions.getByType(ROLE_ADMINISTRATOR).select('Id')<{ Id: number }>().then((r) => r.Id)
    ]);
    const grants: IGrant[] = [];
    if (members !== undefined) grants.push({ principalId: members, roleDefId: readRoleId });
    if (visitors !== undefined) grants.push({ principalId: visitors, roleDefId: readRoleId });
    // Full Control (not Edit) so any member of the Programme Office can reopen the round later.
    if (office !== undefined) grants.push({ principalId: office, roleDefId: fullControlRoleId });
    if (owners !== undefined) grants.push({ principalId: owners, roleDefId: fullControlRoleId });
    return { grants, readRoleId };
  }

  /** Runs `each` for every response, RESPONSES_PER_BATCH to a batch, reporting progress after each batch. */
  async function inBatches(
    rows: readonly IResponseRow[],
    each: (item: ReturnType<ReturnType<typeof list>['items']['getById']>, row: IResponseRow) => Promise<unknown>[],
    message: (done: number, total: number) => string,
    onProgress?: ProgressCallback
  ): Promise<void> {
    const report = (done: number): void => onProgress?.({ done, total: rows.length, message: message(done, rows.length) });
    report(0);
    for (let start = 0; start < rows.length; start += RESPONSES_PER_BATCH) {
      const chunk = rows.slice(start, start + RESPONSES_PER_BATCH);
      const [batched, execute] = sp.batched();
      const pending = chunk.flatMap((row) => each(list(batched).items.getById(row.Id), row));
      // Attach handlers now so a failed part is not an unhandled rejection while the batch runs.
      const settled = Promise.all(pending);
      settled.catch(() => undefined);
      await execute();
      await settled;
      report(Math.min(start + chunk.length, rows.length));
    }
  }

  return {
    async lock(roundId, onProgress) {
      try {
        await assertMayManage();
        const [rows, plan] = await Promise.all([responsesOf(roundId), lockPlan()]);
        await inBatches(
          rows,
          (item, row) => [
            ...(row.HasUniqueRoleAssignments ? [item.resetRoleInheritance()] : []),
            item.breakRoleInheritance(false, true),
            ...plan.grants.map((g) => item.roleAssignments.add(g.principalId, g.roleDefId)),
            item.roleAssignments.add(row.AuthorId, plan.readRoleId)
          ],
          (done, total) => `Made ${done} of ${total} responses read-only`,
          onProgress
        );
        return rows.length;
      } catch (error) {
        throw toDataError(error, 'the round\'s responses');
      }
    },

    async unlock(roundId, onProgress) {
      try {
        await assertMayManage();
        const rows = (await responsesOf(roundId)).filter((r) => r.HasUniqueRoleAssignments);
        await inBatches(rows, (item) => [item.resetRoleInheritance()], (done, total) => `Gave back edit rights on ${done} of ${total} responses`, onProgress);
        return rows.length;
      } catch (error) {
        throw toDataError(error, 'the round\'s responses');
      }
    }
  };
}
