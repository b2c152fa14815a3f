import { loadScorecard } from '../../src/features/kpiDashboard/reads/loadScorecard';
import { OFFICE, provisionedSite } from './localSite';

/** Issue 15: one bad item must not blank a part; the part shows the rest and names the broken one. */
describe('a KPI value whose measure does not exist', () => {
  it('counts nowhere, is named, and the other measures show their values', async () => {
    const site = await provisionedSite();
    const office = site.services(OFFICE);
    const kept = await office.kpis.add({ title: 'User satisfaction rate', outcome: 'Brilliant Basics', unit: 'Percent', polarity: 'Higher is better', target: 90 });
    const gone = await office.kpis.add({ title: 'Measure deleted later', outcome: 'Brilliant Basics', unit: 'Count', polarity: 'Higher is better' });
    await office.kpiMeasurements.add({ title: 'Satisfaction Q3', kpi: kept, periodStart: '2026-10-01', periodLabel: '2026-27 Q3', value: 91 });
    await office.kpiMeasurements.add({ title: 'Orphan Q3', kpi: gone, periodStart: '2026-10-01', periodLabel: '2026-27 Q3', value: 5 });
    await site.sp(OFFICE).web.lists.getByTitle('Strategy KPIs').items.getById(gone.id).delete();

    const data = await loadScorecard(office, '2026-10-01');
    expect(data.rows.map((r) => [r.kpi.title, r.value])).toEqual([['User satisfaction rate', 91]]);
    expect(data.broken).toEqual([{ title: 'Orphan Q3', reasons: [expect.stringMatching(/^It counts nowhere: its measure \(id \d+\) is not in the register\.$|^It counts nowhere: it names no measure\.$/)] }]);
  }, 60000);
});
