import { IAssessmentRound, IMaturityResponse } from '../entities';
import { countedResponses, readRegister } from './countedResponses';
import { ILevelPair, IOrganisationRollup, medianPair, rollupOrganisation, validLevel } from './rollup';

/**
 * A closed round's results, frozen when the programme office closes it and written onto the round's Assessment Rounds
 * item (`resultsSnapshot`), which everyone reads. Responses themselves are read only by their department's respondents
 * and the programme office, so the snapshot is what all staff see for a closed round.
 *
 * It holds, per department given a response in the round: whether it was submitted and, if so, its current and target
 * level per dimension (by the reading rule in countedResponses.ts). It holds no people (no respondents, no submitter)
 * and no free text (no evidence, no reasons). Department names are kept as the round's register recorded them: the
 * results page letters them when it is set to anonymise, as it does for live results.
 */

export const SNAPSHOT_VERSION = 1;

export interface ISnapshotDepartment {
  readonly departmentId: number;
  readonly department: string;
  readonly submitted: boolean;
  /** In the snapshot's dimension order; only for submitted departments. */
  readonly levels?: readonly ILevelPair[];
}

export interface IResultsSnapshot {
  readonly version: number;
  /** When the round was closed (ISO). */
  readonly takenOn: string;
  readonly dimensions: readonly string[];
  readonly levelCount: number;
  readonly departments: readonly ISnapshotDepartment[];
  /** True when any response it was made from is sample data (example content). */
  readonly sample?: boolean;
}

export interface ISnapshotInput {
  readonly round: Pick<IAssessmentRound, 'id' | 'responseRegister'>;
  /** Every response the programme office reads for the round. */
  readonly responses: readonly IMaturityResponse[];
  /** Departments expected to respond (used when the round has no register): active departments. */
  readonly departments: readonly { readonly id: number; readonly title: string }[];
  readonly dimensions: readonly string[];
  readonly levelCount: number;
  readonly takenOn: string;
}

/** The snapshot of a round's results from its responses (read by the programme office, who reads them all). */
export function takeSnapshot({ round, responses, departments, dimensions, levelCount, takenOn }: ISnapshotInput): IResultsSnapshot {
  const counted = countedResponses(round, responses, dimensions, levelCount);
  const result = rollupOrganisation(counted, dimensions, levelCount);
  const byDepartment = new Map(result.departments.map((d) => [d.departmentId, d]));
  const expected = readRegister(round.responseRegister)?.map((e) => ({ id: e.departmentId, title: e.department })) ?? departments;
  const all = new Map<number, string>(expected.map((d) => [d.id, d.title]));
  for (const d of result.departments) if (!all.has(d.departmentId)) all.set(d.departmentId, d.department);
  const rows: ISnapshotDepartment[] = Array.from(all.entries())
    .map(([id, title]) => {
      const given = byDepartment.get(id);
      return given ? { departmentId: id, department: given.department || title, submitted: true, levels: given.levels.map((l) => ({ ...l })) } : { departmentId: id, department: title, submitted: false };
    })
    .sort((a, b) => a.department.localeCompare(b.department, 'en-GB') || a.departmentId - b.departmentId);
  const sample = counted.some((r) => r.isSample === true) || undefined;
  return { version: SNAPSHOT_VERSION, takenOn, dimensions: [...dimensions], levelCount, departments: rows, ...(sample ? { sample } : {}) };
}

export const snapshotJson = (snapshot: IResultsSnapshot): string => JSON.stringify(snapshot);

/** The snapshot on a round, or undefined when it has none or it cannot be read (levels off the scale are left out). */
export function readSnapshot(json: string | undefined): IResultsSnapshot | undefined {
  if (!json) return undefined;
  let raw: Partial<IResultsSnapshot>;
  try {
    raw = JSON.parse(json) as Partial<IResultsSnapshot>;
  } catch {
    return undefined;
  }
  if (!raw || typeof raw !== 'object' || !Array.isArray(raw.dimensions) || !Array.isArray(raw.departments)) return undefined;
  const levelCount = typeof raw.levelCount === 'number' && Number.isInteger(raw.levelCount) && raw.levelCount > 0 ? raw.levelCount : 5;
  const dimensions = raw.dimensions.filter((d): d is string => typeof d === 'string');
  const departments = (raw.departments as Partial<ISnapshotDepartment>[])
    .filter((d) => d && typeof d.departmentId === 'number' && typeof d.department === 'string')
    .map((d) => ({
      departmentId: d.departmentId as number,
      department: d.department as string,
      submitted: d.submitted === true,
      levels: d.submitted === true && Array.isArray(d.levels) ? dimensions.map((_, i) => ({ current: validLevel(d.levels?.[i]?.current, levelCount), target: validLevel(d.levels?.[i]?.target, levelCount) })) : undefined
    }));
  return {
    version: typeof raw.version === 'number' ? raw.version : SNAPSHOT_VERSION,
    takenOn: typeof raw.takenOn === 'string' ? raw.takenOn : '',
    dimensions,
    levelCount,
    departments,
    ...(raw.sample === true ? { sample: true } : {})
  };
}

/** The results the snapshot records, in the roll-up's shape (no evidence: `notes` are empty). */
export function snapshotRollup(snapshot: IResultsSnapshot): IOrganisationRollup {
  const departments = snapshot.departments
    .filter((d) => d.submitted && d.levels)
    .map((d) => {
      const levels = snapshot.dimensions.map((_, i) => d.levels?.[i] ?? {});
      return { departmentId: d.departmentId, department: d.department, responses: 1, levels, overall: medianPair(levels), notes: snapshot.dimensions.map(() => []) };
    });
  return {
    dimensions: snapshot.dimensions,
    levelCount: snapshot.levelCount,
    departments,
    byDimension: snapshot.dimensions.map((_, i) => medianPair(departments.map((d) => d.levels[i]))),
    overall: medianPair(departments.map((d) => d.overall))
  };
}
