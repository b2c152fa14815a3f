import { IOrganisationRollup } from './rollup';

/**
 * The largest gaps between where the organisation is (current level) and where it aims to be (target level).
 * A gap is target minus current, counted only where both are known and the target is above the current level.
 * Largest first; ties are broken by the department's place in the results (by name, or in an anonymised view by
 * "Department A, B, ..." so hidden names never show through the order), then by the dimension's place in the
 * model, so the order never depends on the order responses arrived in.
 */

export interface IDepartmentGap {
  readonly departmentId: number;
  readonly department: string;
  readonly dimension: string;
  readonly dimensionIndex: number;
  readonly current: number;
  readonly target: number;
  readonly gap: number;
}

export interface IOrganisationGap {
  readonly dimension: string;
  readonly dimensionIndex: number;
  readonly current: number;
  readonly target: number;
  readonly gap: number;
}

/** Per department and dimension, largest first (at most `limit`). */
export function departmentGaps(result: IOrganisationRollup, limit = Number.POSITIVE_INFINITY): IDepartmentGap[] {
  const gaps: { readonly place: number; readonly gap: IDepartmentGap }[] = [];
  result.departments.forEach((department, place) => {
    department.levels.forEach((pair, dimensionIndex) => {
      if (pair.current === undefined || pair.target === undefined || pair.target <= pair.current) return;
      const gap: IDepartmentGap = {
        departmentId: department.departmentId,
        department: department.department,
        dimension: result.dimensions[dimensionIndex],
        dimensionIndex,
        current: pair.current,
        target: pair.target,
        gap: pair.target - pair.current
      };
      gaps.push({ place, gap });
    });
  });
  return gaps
    .sort((a, b) => b.gap.gap - a.gap.gap || a.place - b.place || a.gap.dimensionIndex - b.gap.dimensionIndex)
    .slice(0, limit)
    .map((g) => g.gap);
}

/** Organisation-wide, from the organisation's median per dimension, largest first (at most `limit`). */
export function organisationGaps(result: IOrganisationRollup, limit = Number.POSITIVE_INFINITY): IOrganisationGap[] {
  const gaps: IOrganisationGap[] = [];
  result.byDimension.forEach((pair, dimensionIndex) => {
    if (pair.current === undefined || pair.target === undefined || pair.target <= pair.current) return;
    gaps.push({ dimension: result.dimensions[dimensionIndex], dimensionIndex, current: pair.current, target: pair.target, gap: pair.target - pair.current });
  });
  return gaps.sort((a, b) => b.gap - a.gap || a.dimensionIndex - b.dimensionIndex).slice(0, limit);
}
