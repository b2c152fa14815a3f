import { IKpiMeasurement } from '../../domain/entities';
import { IListPermissions } from '../../domain/services';
import { toDataError } from '../errors';
import { CurrentUserId } from '../ListRepository';
import { ReadBatcher } from '../readBatcher';
import { IListDefinition } from '../schema/fieldTypes';
import { FolderListRepository } from '../security/personFolders';
import { PermissionKind, SPFI } from '../sp';

/**
 * KPI Measurements: a folder per KPI owner (named by their user id; the rule and its reasons:
 * src/data/security/personFolders.ts). An owner adds only in their own folder, which the programme office opens
 * (kpiSecurity.grantOwners); the programme office, which alone may add at the list's root, adds there. A value counts
 * only at the root or in the folder of its measure's owner (src/domain/kpi/scorecard.ts, countsForMeasure).
 */
export class KpiMeasurementRepository extends FolderListRepository<IKpiMeasurement> {
  private addsAtRoot?: Promise<boolean>;

  public constructor(private readonly site: SPFI, definition: IListDefinition, private readonly signedIn: CurrentUserId, batcher?: ReadBatcher) {
    super(site, definition, signedIn, batcher, 'You cannot record values yet: the programme office opens your folder when you own a measure in the register.');
  }

  /** Whether the signed-in person may add at the list's root (the programme office: nobody else adds there). */
  private atRoot(): Promise<boolean> {
    this.addsAtRoot ??= this.site.web.lists
      .getByTitle(this.definition.title)
      .currentUserHasPermissions(PermissionKind.AddListItems)
      .catch((error: unknown) => {
        this.addsAtRoot = undefined;
        throw toDataError(error, `the ${this.definition.title} list`);
      });
    return this.addsAtRoot;
  }

  /** The programme office adds at the root; a KPI owner in their own folder. */
  protected async addFolder(root: string, me: number): Promise<string> {
    return (await this.atRoot()) ? root : super.addFolder(root, me);
  }

  protected readonly duplicateProbe = 100;

  /**
   * A value already stored for the measure and quarter makes an add a duplicate only where it could count for the
   * person adding: at the root, or in their own folder. A value someone else put in their own folder (another
   * measure's owner: it counts for nothing) does not stop the measure's owner recording the quarter. The programme
   * office (adding at the root) is stopped by any: it reads every folder, and removes a value that should not be there.
   */
  protected async duplicatesThatCount(existing: IKpiMeasurement[]): Promise<IKpiMeasurement[]> {
    if (!existing.length || (await this.atRoot())) return existing;
    const me = await this.signedIn();
    return existing.filter((m) => m.atListRoot || m.ownerId === undefined || m.ownerId === me);
  }

  public async permissions(): Promise<IListPermissions> {
    const [rights, root] = await Promise.all([super.permissions(), this.atRoot()]);
    return root ? { ...rights, canAdd: true } : rights;
  }
}
