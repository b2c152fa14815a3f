import { IKpiSecurityService } from '../../domain/services';
import { odataDate } from '../odata';
import { toDataError } from '../errors';
import { PROGRAMME_OFFICE_GROUP } from '../provisioning/listPermissions';
import { listDefinition } from '../schema/lists';
import { PermissionKind, SPFI } from '../sp';
import { lockItems, ROLE_TYPE } from '../security/itemPermissions';
import { ReadBatcher } from '../readBatcher';

const NO_RIGHTS =
  `Signing off a quarter makes its values read-only, which needs the "Manage permissions" right on the KPI Measurements list. ` +
  `Ask a site owner to run "Set up lists", which gives the ${PROGRAMME_OFFICE_GROUP} group Full Control of that list.`;

/**
 * Who may write KPI values, enforced by SharePoint: the KPI Measurements list is read-only for site members; each KPI
 * owner is given Contribute on it (add values; WriteSecurity 2 lets them edit only the values they recorded); the
 * Programme Office has Full Control. Signing off a quarter locks its values with item permissions.
 */
export function createKpiSecurity(sp: SPFI, batcher?: ReadBatcher): IKpiSecurityService {
  const measurements = listDefinition('kpiMeasurements').title;
  const kpis = listDefinition('kpis').title;
  return {
    async grantOwners() {
      try {
        const list = sp.web.lists.getByTitle(measurements);
        const [owners, contribute, assignments] = await Promise.all([
          sp.web.lists.getByTitle(kpis).items.select('OwnerId', 'Owner/Title').expand('Owner').top(5000)<{ OwnerId: number; Owner?: { Title: string } }[]>(),
          sp.web.roleDefinitions.getByType(ROLE_TYPE.contributor).select('Id')<{ Id: number }>(),
          list.roleAssignments.select('PrincipalId')<{ PrincipalId: number }[]>()
        ]);
        const already = new Set(assignments.map((a) => a.PrincipalId));
        const granted: string[] = [];
        const seen = new Set<number>();
        for (const owner of owners) {
          if (!owner.OwnerId || seen.has(owner.OwnerId)) continue;
          seen.add(owner.OwnerId);
          if (already.has(owner.OwnerId)) continue;
          await list.roleAssignments.add(owner.OwnerId, contribute.Id);
          granted.push(owner.Owner?.Title ?? `user ${owner.OwnerId}`);
        }
        return granted;
      } catch (error) {
        throw toDataError(error, `the ${measurements} list's permissions`);
      }
    },
    async lockQuarter(periodStart, onProgress) {
      try {
        return await lockItems(sp, measurements, `PeriodStart eq ${odataDate(periodStart)}`, NO_RIGHTS, onProgress, 'values');
      } catch (error) {
        throw toDataError(error, 'the quarter\'s values');
      }
    },
    async canSignOff() {
      try {
        const check = (root: SPFI): Promise<boolean> => root.web.lists.getByTitle(measurements).currentUserHasPermissions(PermissionKind.ManagePermissions);
        return await (batcher ? batcher.read(check) : check(sp));
      } catch (error) {
        throw toDataError(error, `the ${measurements} list`);
      }
    }
  };
}
