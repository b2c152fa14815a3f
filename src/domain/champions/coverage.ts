/**
 * Coverage of the champions network: active champions per department against the department's headcount and
 * a target of one champion per N staff (the web part's setting, 50 by default), departments with no active
 * champion, and expertise areas no active champion offers.
 */

export interface ICoverageDepartment {
  readonly id: number;
  readonly title: string;
  /** Staff in the department; undefined when not recorded. */
  readonly headcount?: number;
}

export interface ICoverageChampion {
  readonly departmentId?: number;
  readonly status?: string;
  readonly expertiseAreas?: readonly string[];
}

export interface ICoverageRow {
  readonly departmentId: number;
  readonly department: string;
  readonly activeChampions: number;
  readonly headcount?: number;
  /** Champions the department needs to meet the target (at least 1 when it has staff). */
  readonly target?: number;
  /** Active champions / target: 1 or more means the target is met. Undefined without a headcount. */
  readonly ratio?: number;
  readonly status: 'None' | 'Below target' | 'Met' | 'No headcount';
}

export interface ICoverage {
  readonly rows: readonly ICoverageRow[];
  readonly withoutChampion: readonly string[];
  readonly uncoveredExpertise: readonly string[];
}

export function championTarget(headcount: number, staffPerChampion: number): number {
  const per = staffPerChampion > 0 ? staffPerChampion : 50;
  return headcount > 0 ? Math.max(1, Math.ceil(headcount / per)) : 0;
}

export function coverage(
  departments: readonly ICoverageDepartment[],
  champions: readonly ICoverageChampion[],
  expertiseAreas: readonly string[],
  staffPerChampion: number
): ICoverage {
  const active = champions.filter((c) => c.status === 'Active');
  const rows = departments.map((d): ICoverageRow => {
    const count = active.filter((c) => c.departmentId === d.id).length;
    if (d.headcount === undefined || d.headcount <= 0) {
      return { departmentId: d.id, department: d.title, activeChampions: count, status: count ? 'No headcount' : 'None' };
    }
    const target = championTarget(d.headcount, staffPerChampion);
    const ratio = count / target;
    return {
      departmentId: d.id,
      department: d.title,
      activeChampions: count,
      headcount: d.headcount,
      target,
      ratio,
      status: count === 0 ? 'None' : ratio >= 1 ? 'Met' : 'Below target'
    };
  });
  const offered = new Set(active.flatMap((c) => c.expertiseAreas ?? []));
  return {
    rows: rows.sort((a, b) => (a.ratio ?? (a.activeChampions ? 99 : -1)) - (b.ratio ?? (b.activeChampions ? 99 : -1)) || a.department.localeCompare(b.department, 'en-GB')),
    withoutChampion: rows.filter((r) => r.activeChampions === 0).map((r) => r.department).sort((a, b) => a.localeCompare(b, 'en-GB')),
    uncoveredExpertise: expertiseAreas.filter((e) => !offered.has(e))
  };
}
