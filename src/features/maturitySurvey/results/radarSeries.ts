import { IDepartmentRollup, IOrganisationRollup } from '../../../domain/maturity/rollup';

/** The three series a department's radar and its table show, with the same numbers. */
export interface IRadarSeries {
  readonly key: 'current' | 'target' | 'median';
  readonly label: string;
  readonly values: readonly (number | undefined)[];
}

export function radarSeries(department: IDepartmentRollup, result: IOrganisationRollup): IRadarSeries[] {
  return [
    { key: 'current', label: 'Current level', values: department.levels.map((l) => l.current) },
    { key: 'target', label: 'Target level', values: department.levels.map((l) => l.target) },
    { key: 'median', label: 'Organisation median (current)', values: result.byDimension.map((l) => l.current) }
  ];
}
