import { csvDocument } from '../csv';
import { IKpi, IPersonRef } from '../entities';
import { checkCheckIn, ICheckInDraft } from './checkIn';
import { parseQuarterLabel } from './periods';
import { IPackSnapshot } from './pack';
import { DIRECTION_ARROWS, KpiStatus, STATUS_WORDS } from './status';

/**
 * KPI values as CSV, both ways. Export: the pack's measures (written by `../csv.ts`: RFC 4180, CRLF, UTF-8 byte order
 * mark, formula-safe). Import: a header row naming the columns (any order, case-insensitive), then a row
 * per value; every row is checked first and nothing is written while any row is bad.
 */

export const PACK_CSV_HEADINGS = [
  'Outcome', 'Measure', 'Period', 'Unit', 'Polarity', 'Target', 'Value', 'Status', 'Against previous', 'Against same quarter last year',
  'Commentary', 'Corrective action', 'Action owner', 'Action due', 'Owner', 'Sample data'
] as const;

export function packToCsv(pack: IPackSnapshot): string {
  const lines = pack.measures.map((m) => [
    m.outcome, m.title, pack.periodLabel, m.unit, m.polarity, m.target, m.value, STATUS_WORDS[m.status],
    `${DIRECTION_ARROWS[m.vsPrevious]} ${m.vsPrevious}`, `${DIRECTION_ARROWS[m.vsLastYear]} ${m.vsLastYear}`,
    m.commentary, m.correctiveAction, m.actionOwner, m.actionDue, m.owner, m.targetIsSample || m.valueIsSample ? 'Yes' : 'No'
  ]);
  return csvDocument([PACK_CSV_HEADINGS, ...lines]);
}

export const packCsvFileName = (pack: IPackSnapshot): string => `kpi-pack-${pack.periodLabel.replace(/\s+/g, '-')}.csv`;

/** RFC 4180 records: quoted fields may hold commas, quotes (doubled) and line breaks. Blank lines are skipped. */
export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let field = '';
  let record: string[] = [];
  let quoted = false;
  const src = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (quoted) {
      if (c === '"' && src[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === ',' || c === '\t') {
      record.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && src[i + 1] === '\n') i++;
      record.push(field);
      if (record.some((f) => f.trim() !== '')) records.push(record);
      record = [];
      field = '';
    } else field += c;
  }
  record.push(field);
  if (record.some((f) => f.trim() !== '')) records.push(record);
  return records;
}

/** The columns an import reads; Measure, Period and Value are required. */
export const IMPORT_COLUMNS = ['Measure', 'Period', 'Value', 'Commentary', 'Corrective action', 'Action owner', 'Action due'] as const;

export interface IImportRow {
  /** The line in the file (the header is line 1). */
  readonly line: number;
  readonly measure: string;
  readonly period: string;
  readonly kpi?: IKpi;
  readonly periodStart?: string;
  readonly periodLabel?: string;
  readonly draft: ICheckInDraft;
  /** The action owner's e-mail as given. */
  readonly actionOwnerEmail?: string;
  readonly value?: number;
  readonly status?: KpiStatus;
  /** Why the row cannot be imported (empty when it can). */
  readonly problems: readonly string[];
}

export interface IImportPreview {
  readonly rows: readonly IImportRow[];
  /** A problem with the file itself (no header, missing columns). */
  readonly fileProblem?: string;
}

export interface IImportContext {
  readonly kpis: readonly IKpi[];
  /** Quarters already signed off (period starts): their values cannot change. */
  readonly signedOff: ReadonlySet<string>;
}

const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;
/** A stand-in person for the check: the e-mail is resolved to a site user only when importing. */
const pendingPerson = (email: string): IPersonRef => ({ id: -1, title: email, email });

export function previewImport(text: string, context: IImportContext): IImportPreview {
  const records = parseCsv(text);
  if (!records.length) return { rows: [], fileProblem: 'The file is empty.' };
  const header = records[0].map((h) => h.trim().toLowerCase());
  const col = (name: string): number => header.indexOf(name.toLowerCase());
  const missing = ['Measure', 'Period', 'Value'].filter((c) => col(c) < 0);
  if (missing.length) return { rows: [], fileProblem: `The first row must name the columns; ${missing.map((m) => `"${m}"`).join(', ')} ${missing.length === 1 ? 'is' : 'are'} missing. Columns read: ${IMPORT_COLUMNS.join(', ')}.` };
  const byTitle = new Map(context.kpis.map((k) => [k.title.trim().toLowerCase(), k]));
  const seen = new Map<string, number>();
  const rows = records.slice(1).map((record, index): IImportRow => {
    const cell = (name: string): string => (col(name) >= 0 ? (record[col(name)] ?? '').trim() : '');
    const line = index + 2;
    const problems: string[] = [];
    const measure = cell('Measure');
    const period = cell('Period');
    const kpi = byTitle.get(measure.toLowerCase());
    if (!measure) problems.push('No measure named.');
    else if (!kpi) problems.push(`No measure called "${measure}" in the register.`);
    const quarter = parseQuarterLabel(period);
    if (!period) problems.push('No period given (for example "2025-26 Q3").');
    else if (!quarter) problems.push(`"${period}" is not a quarter; write it as "2025-26 Q3".`);
    else if (context.signedOff.has(quarter.start)) problems.push(`${quarter.label} is signed off: its values can no longer change.`);
    if (kpi?.computedFrom) problems.push(`"${kpi.title}" is computed from ${kpi.computedFrom}; it is not entered.`);
    const ownerEmail = cell('Action owner');
    if (ownerEmail && !EMAIL.test(ownerEmail)) problems.push(`Action owner "${ownerEmail}" is not an e-mail address.`);
    const due = cell('Action due');
    const draft: ICheckInDraft = {
      value: cell('Value'),
      commentary: cell('Commentary'),
      correctiveAction: cell('Corrective action'),
      actionOwner: ownerEmail ? pendingPerson(ownerEmail) : undefined,
      actionDue: due
    };
    let value: number | undefined;
    let status: KpiStatus | undefined;
    if (kpi && quarter) {
      const check = checkCheckIn(kpi, quarter.start, draft);
      value = check.value;
      status = check.status;
      problems.push(...Object.values(check.errors).filter((e): e is string => Boolean(e)));
      const key = `${kpi.id}|${quarter.start}`;
      const earlier = seen.get(key);
      if (earlier !== undefined) problems.push(`Line ${earlier} already gives "${kpi.title}" for ${quarter.label}.`);
      else seen.set(key, line);
    } else if (draft.value && Number.isNaN(Number(draft.value.replace(/,/g, '')))) problems.push(`"${draft.value}" is not a number.`);
    return { line, measure, period, kpi, periodStart: quarter?.start, periodLabel: quarter?.label, draft, actionOwnerEmail: ownerEmail || undefined, value, status, problems };
  });
  return { rows };
}
