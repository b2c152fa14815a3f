import { IKpi, IKpiMeasurement, IPersonRef } from '../../../domain/entities';
import { appendChange, checkCheckIn, describeChange, draftOf, ICheckInDraft } from '../../../domain/kpi/checkIn';
import { quarterOf } from '../../../domain/kpi/periods';
import { indexMeasurements } from '../../../domain/kpi/scorecard';
import { DataError } from '../../../domain/dataErrors';
import { IHubServices } from '../../../domain/services';

/**
 * Saves a check-in: one measurement per measure and quarter. Checks the rule first (a red needs a corrective action
 * with an owner and a due date); updates the quarter's measurement when one exists (ETag-checked, so a change made
 * meanwhile is a conflict, not lost), else adds it, and if someone added it meanwhile, updates theirs only after
 * the caller sees it (a Duplicate error). Appends who changed what, and when, to the measurement's change log.
 */
export async function saveCheckIn(
  services: IHubServices,
  kpi: IKpi,
  periodStart: string,
  draft: ICheckInDraft,
  existing: IKpiMeasurement | undefined,
  me: IPersonRef,
  now: Date = new Date()
): Promise<IKpiMeasurement> {
  const quarter = quarterOf(periodStart);
  const check = checkCheckIn(kpi, quarter.start, draft);
  const problems = Object.values(check.errors).filter(Boolean);
  if (problems.length) throw new DataError('Validation', problems.join(' '));
  const changeLog = appendChange(existing?.changeLog, {
    at: now.toISOString(),
    by: me.title,
    value: check.value,
    status: check.status,
    change: describeChange(draftOf(existing), draft)
  });
  const values: Partial<IKpiMeasurement> = {
    title: `${kpi.title} ${quarter.label}`.slice(0, 255),
    kpi: { id: kpi.id, title: kpi.title },
    periodStart: `${quarter.start}T00:00:00Z`,
    periodLabel: quarter.label,
    value: check.value,
    commentary: draft.commentary.trim(),
    correctiveAction: draft.correctiveAction.trim(),
    actionOwner: draft.actionOwner,
    actionDue: draft.actionDue ? `${draft.actionDue}T00:00:00Z` : undefined,
    changeLog,
    isSample: false
  };
  if (existing) {
    return services.kpiMeasurements.update(existing.id, values, existing.etag ?? '*');
  }
  return services.kpiMeasurements.add(values);
}

/**
 * The measurement of a measure for a quarter that counts, if one exists (read fresh, with its ETag): the first by id
 * among those at the list's root or in the measure's owner's folder (indexMeasurements); one stored by anyone else
 * counts for nothing and is not the one to update.
 */
export async function findCheckIn(services: IHubServices, kpi: Pick<IKpi, 'id' | 'owner'>, periodStart: string): Promise<IKpiMeasurement | undefined> {
  const start = quarterOf(periodStart).start;
  const found = await services.kpiMeasurements.getAll({ where: { kpi: kpi.id, periodStart: start } });
  return indexMeasurements(found, [kpi as IKpi]).get(kpi.id)?.get(start);
}
