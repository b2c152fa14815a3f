import { IKpi, IKpiMeasurement } from '../../../src/domain/entities';
import { packToCsv, parseCsv, previewImport } from '../../../src/domain/kpi/csv';
import { buildPack, comparePacks, packExceptions, readSnapshot } from '../../../src/domain/kpi/pack';
import { quarterOf } from '../../../src/domain/kpi/periods';
import { buildScorecard, summarise } from '../../../src/domain/kpi/scorecard';

const kpi = (id: number, title: string, more: Partial<IKpi> = {}): IKpi => ({
  id, title, outcome: 'Brilliant Basics', unit: 'Percent', polarity: 'Higher is better', target: 90, tolerance: 5, ...more
});
const KPIS = [kpi(1, 'User satisfaction rate'), kpi(2, 'Average resolution time', { unit: 'Hours', polarity: 'Lower is better', target: 16, tolerance: 10 }), kpi(3, 'Future Network Programme delivery', { polarity: 'Data only' })];
const m = (id: number, kpiId: number, periodStart: string, value?: number, more: Partial<IKpiMeasurement> = {}): IKpiMeasurement => ({ id, title: '', kpi: { id: kpiId, title: '' }, periodStart, value, ...more });

describe('CSV import preview', () => {
  it('names each of three bad rows with its line and reason, and passes the good ones', () => {
    const csv = [
      'Measure,Period,Value,Commentary,Corrective action,Action owner,Action due',
      'User satisfaction rate,2026-27 Q2,91,"Fine, thanks",,,',
      'No such measure,2026-27 Q2,5,,,,',
      'Average resolution time,2026 Q2,12,,,,',
      'User satisfaction rate,2026-27 Q1,70,,,,',
      'Average resolution time,2026-27 Q2,15,,,,'
    ].join('\r\n');
    const preview = previewImport(csv, { kpis: KPIS, signedOff: new Set() });
    const bad = preview.rows.filter((r) => r.problems.length);
    expect(bad.map((r) => r.line)).toEqual([3, 4, 5]);
    expect(bad[0].problems).toEqual(['No measure called "No such measure" in the register.']);
    expect(bad[1].problems[0]).toMatch(/"2026 Q2" is not a quarter/);
    expect(bad[2].problems).toEqual(expect.arrayContaining([expect.stringMatching(/off target \(red\)/), expect.stringMatching(/owner/), expect.stringMatching(/due date/)]));
    expect(preview.rows[0]).toMatchObject({ value: 91, status: 'Green', periodStart: '2026-07-01', draft: expect.objectContaining({ commentary: 'Fine, thanks' }) });
  });

  it('refuses a signed-off quarter, a duplicate row and a file without the columns', () => {
    const preview = previewImport('Measure,Period,Value\nUser satisfaction rate,2026-27 Q3,95\nUser satisfaction rate,2026-27 Q2,95\nUser satisfaction rate,2026-27 Q2,96', { kpis: KPIS, signedOff: new Set(['2026-10-01']) });
    expect(preview.rows[0].problems).toEqual(['2026-27 Q3 is signed off: its values can no longer change.']);
    expect(preview.rows[2].problems).toEqual(['Line 3 already gives "User satisfaction rate" for 2026-27 Q2.']);
    expect(previewImport('Name,Value\nx,1', { kpis: KPIS, signedOff: new Set() }).fileProblem).toMatch(/"Measure", "Period" are missing/);
  });

  it('reads quoted fields with commas, quotes and line breaks', () => {
    expect(parseCsv('a,"b, ""c""\nd",e\r\n\r\nf')).toEqual([['a', 'b, "c"\nd', 'e'], ['f']]);
  });
});

describe('the scorecard and the committee pack', () => {
  const measurements = [
    m(1, 1, '2025-10-01', 84), m(2, 1, '2026-07-01', 89), m(3, 1, '2026-10-01', 80, { correctiveAction: 'Call back every reopened ticket.', actionOwner: { id: 5, title: 'Tom Okafor' }, actionDue: '2027-03-31T00:00:00Z' }),
    m(4, 2, '2026-07-01', 17), m(5, 2, '2026-10-01', 15),
    m(6, 3, '2026-10-01', 63)
  ];
  const rows = buildScorecard(KPIS, measurements, '2026-10-01');

  it('rates each measure and counts with rated measures as the denominator', () => {
    expect(rows.map((r) => [r.kpi.title, r.status, r.travel.vsPrevious, r.travel.vsLastYear])).toEqual([
      ['User satisfaction rate', 'Red', 'Worsening', 'Worsening'],
      ['Average resolution time', 'Green', 'Improving', 'Not comparable'],
      ['Future Network Programme delivery', 'Data only', 'Not comparable', 'Not comparable']
    ]);
    expect(summarise(rows)).toMatchObject({ total: 3, rated: 2, byStatus: expect.objectContaining({ Red: 1, Green: 1, 'Data only': 1 }) });
  });

  it('builds a pack whose exceptions carry their corrective action, survives a round trip and compares quarters', () => {
    const pack = buildPack(rows, [{ id: 1, title: 'x', workstream: 'Brilliant Basics', stage: 'Completed' }], quarterOf('2026-10-01'), new Date('2026-11-29T10:00:00Z'));
    expect(pack.recommendation).toMatch(/^Members are asked to note/);
    expect(packExceptions(pack)).toEqual([expect.objectContaining({ title: 'User satisfaction rate', value: 80, correctiveAction: 'Call back every reopened ticket.', actionOwner: 'Tom Okafor', actionDue: '2027-03-31' })]);
    expect(pack.roadmap).toEqual([{ workstream: 'Brilliant Basics', byStage: [0, 0, 0, 0, 1, 0, 0], total: 1 }]);
    expect(readSnapshot(JSON.stringify(pack))).toEqual(pack);
    const earlier = buildPack(buildScorecard(KPIS, measurements, '2026-07-01'), [], quarterOf('2026-07-01'), new Date());
    const compared = comparePacks(earlier, pack);
    expect(compared.find((c) => c.title === 'User satisfaction rate')).toMatchObject({ statusChange: 'Amber → Red', valueChange: -9 });
    const csv = packToCsv(pack);
    expect(csv.startsWith('\uFEFFOutcome,Measure,Period')).toBe(true);
    expect(csv).toContain('User satisfaction rate,2026-27 Q3,Percent,Higher is better,90,80,Off target,▼ Worsening');
  });
});
