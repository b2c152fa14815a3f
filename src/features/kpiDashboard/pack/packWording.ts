import { formatValue } from '../../../domain/kpi/scorecard';
import { countWithDenominator } from '../../../domain/kpi/scorecard';
import { IPackMeasure, IPackSnapshot } from '../../../domain/kpi/pack';
import { DIRECTION_ARROWS, KpiStatus, STATUS_WORDS } from '../../../domain/kpi/status';

/** The words of the committee pack, shared by the page, print and Word, so they say the same thing. */

export const PACK_TITLE = 'Digital, Data and Technology Strategy 2024-29: performance report';
export const COMMITTEE = 'Digital Services Committee';

export function summaryLines(pack: IPackSnapshot): { label: string; text: string }[] {
  const c = pack.counts;
  const rated: KpiStatus[] = ['Green', 'Amber', 'Red'];
  return [
    ...rated.map((s) => ({ label: STATUS_WORDS[s], text: countWithDenominator(c.byStatus[s], c.rated) })),
    { label: 'Data awaited', text: `${c.byStatus['Data awaited']} (not rated)` },
    { label: 'Data only', text: `${c.byStatus['Data only'] + c.byStatus['No target']} (not rated)` },
    { label: 'Not due this quarter', text: `${c.byStatus['Not due']} (not rated)` },
    { label: 'Measures in all', text: String(c.total) }
  ];
}

export function summarySentence(pack: IPackSnapshot): string {
  const c = pack.counts;
  return `Of ${c.total} measures, ${c.rated} were rated this quarter: ${c.byStatus.Green} on target, ${c.byStatus.Amber} within tolerance and ${c.byStatus.Red} off target. ${c.byStatus['Data awaited']} awaited data, ${c.byStatus['Data only'] + c.byStatus['No target']} are reported as data only and ${c.byStatus['Not due']} were not due; percentages use rated measures only.`;
}

export const travelText = (m: IPackMeasure): string =>
  `${DIRECTION_ARROWS[m.vsPrevious]} ${m.vsPrevious} on last quarter; ${DIRECTION_ARROWS[m.vsLastYear]} ${m.vsLastYear} on last year`;

export const valueText = (m: IPackMeasure): string => `${formatValue(m.value, m.unit)}${m.computed ? ' (computed)' : ''}`;
export const targetText = (m: IPackMeasure): string => (m.polarity === 'Data only' ? 'Data only' : formatValue(m.target, m.unit));

export const actionText = (m: IPackMeasure): string =>
  [m.correctiveAction ?? 'No corrective action recorded.', m.actionOwner ? `Owner: ${m.actionOwner}.` : '', m.actionDue ? `Due: ${m.actionDue}.` : ''].filter(Boolean).join(' ');

export function signOffLine(pack: IPackSnapshot): string {
  return pack.signedOffBy && pack.signedOffAt
    ? `Signed off by ${pack.signedOffBy} on ${pack.signedOffAt.slice(0, 10)}. This is the frozen record of what the committee was told.`
    : 'Draft: not signed off. Values may still change.';
}

export const SAMPLE_NOTE = 'Targets, owners and values marked as sample are example data, not the organisation\'s figures.';
