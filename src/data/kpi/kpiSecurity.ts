import { IKpiSecurityService } from '../../domain/services';
import { odataDate } from '../odata';
import { toDataError } from '../errors';
import { PROGRAMME_OFFICE_GROUP } from '../provisioning/listPermissions';
import { listDefinition } from '../schema/lists';
import { PermissionKind, SPFI } from '../sp';
import { lockItems, ROLE_TYPE } from '../security/itemPermissions';
import { ReadBatcher } from '../readBatcher';
import { ensurePersonFolder, personFolderName, personFolderNames } from '../security/personFolders';

const NO_RIGHTS =
  `Signing off a quarter makes its values read-only, which needs the "Manage permissions" right on the KPI Measurements list. ` +
  `Ask a site owner to run "Set up lists", which gives the ${PROGRAMME_OFFICE_GROUP} group Full Control of that list.`;

/**
 * Who may write KPI values, enforced by SharePoint: the KPI Measurements list is read-only for site members; each KPI
 * owner gets their own folder in it with Contribute (grantOwners: they add only there; WriteSecurity 2 lets them edit
 * only the values they recorded); the Programme Office has Full Control and alone adds at the root. A value counts only
 * at the root or in its measure's owner's folder (src/domain/kpi/scorecard.ts). Signing off a quarter locks its values
 * (in folders too) with item permissions.
 */
export function createKpiSecurity(sp: SPFI, batcher?: ReadBatcher): IKpiSecurityService {
  const definition = listDefinition('kpiMeasurements');
  const measurements = definition.title;
  const kpis = listDefinition('kpis').title;
  return {
    async grantOwners() {
      try {
        const list = sp.web.lists.getByTitle(measurements);
        const [owners, contribute, assignments, folders] = await Promise.all([
          sp.web.lists.getByTitle(kpis).items.select('OwnerId', 'Owner/Title').expand('Owner').top(5000)<{ OwnerId: number; Owner?: { Title: string } }[]>(),
          sp.web.roleDefinitions.getByType(ROLE_TYPE.contributor).select('Id')<{ Id: number }>(),
          list.roleAssignments.expand('RoleDefinitionBindings').select('PrincipalId', 'RoleDefinitionBindings/Id')<{ PrincipalId: number; RoleDefinitionBindings: { Id: number }[] }[]>(),
          personFolderNames(sp, definition)
        ]);
        const granted: string[] = [];
        const seen = new Set<number>();
        for (const owner of owners) {
          if (!owner.OwnerId || seen.has(owner.OwnerId)) continue;
          seen.add(owner.OwnerId);
          // Contribute on the whole list (how owners were once given access) would let them add at the root: taken away.
          const onList = assignments.find((a) => a.PrincipalId === owner.OwnerId);
          if (onList?.RoleDefinitionBindings.some((b) => b.Id === contribute.Id)) await list.roleAssignments.remove(owner.OwnerId, contribute.Id);
          if (folders.has(personFolderName(owner.OwnerId))) continue;
          await ensurePersonFolder(sp, definition, owner.OwnerId, 'Contribute');
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
