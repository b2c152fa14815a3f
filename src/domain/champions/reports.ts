import { csvDocument } from '../csv';
import { monthOf } from './periods';
import { IActivityFact } from './points';

/** Activities and people reached grouped by month, type, department or way of working, and as CSV. */

export type ReportDimension = 'month' | 'type' | 'department' | 'way';

export interface IReportRow {
  readonly key: string;
  readonly activities: number;
  readonly peopleReached: number;
}

export function reportBy(activities: readonly IActivityFact[], dimension: ReportDimension, departmentName: (id?: number) => string): IReportRow[] {
  const rows = new Map<string, { activities: number; peopleReached: number }>();
  const add = (key: string, a: IActivityFact): void => {
    const row = rows.get(key) ?? { activities: 0, peopleReached: 0 };
    row.activities += 1;
    row.peopleReached += a.peopleReached ?? 0;
    rows.set(key, row);
  };
  for (const a of activities) {
    if (dimension === 'month') add(monthOf(a.activityDate), a);
    else if (dimension === 'type') add(a.activityType, a);
    else if (dimension === 'department') add(departmentName(a.departmentId), a);
    else if (a.waysOfWorking?.length) a.waysOfWorking.forEach((w) => add(w, a));
    else add('Not recorded', a);
  }
  const result = [...rows].map(([key, r]) => ({ key, ...r }));
  return dimension === 'month' ? result.sort((a, b) => a.key.localeCompare(b.key)) : result.sort((a, b) => b.activities - a.activities || a.key.localeCompare(b.key, 'en-GB'));
}

/** The report as a CSV file (written by `../csv.ts`). */
export function reportCsv(heading: string, rows: readonly IReportRow[]): string {
  return csvDocument([[heading, 'Activities', 'People reached'], ...rows.map((r) => [r.key, r.activities, r.peopleReached])]);
}
