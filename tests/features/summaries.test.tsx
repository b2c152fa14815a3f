import * as React from 'react';
import { render, screen, within } from '@testing-library/react';
import { IKpi, IKpiMeasurement } from '../../src/domain/entities';
import { quarterOf, shiftQuarter } from '../../src/domain/kpi/periods';
import { KpiDashboard } from '../../src/features/kpiDashboard/KpiDashboard';
import { HubProvider } from '../../src/features/shared/HubContext';
import { FakeRepository, fakeServices, hubContext } from './fakeServices';

describe('KPI Dashboard scorecard summary', () => {
  it('rates each measure by its value for the quarter shown (the current one), not an older value', async () => {
    const current = quarterOf(new Date().toISOString().slice(0, 10)).start;
    const previous = shiftQuarter(current, -1).start;
    const kpi = (id: number, target: number): IKpi => ({ id, title: `K${id}`, outcome: 'Brilliant Basics', unit: 'Percent', polarity: 'Higher is better', target });
    const measurement = (id: number, kpiId: number, periodStart: string, value?: number): IKpiMeasurement => ({ id, title: '', kpi: { id: kpiId, title: '' }, periodStart, value });
    const services = fakeServices({
      kpis: new FakeRepository([kpi(1, 90), kpi(2, 90), kpi(3, 90)]),
      kpiMeasurements: new FakeRepository([measurement(1, 1, current, 95), measurement(2, 1, previous, 10), measurement(3, 2, current, 50), measurement(4, 3, previous, 99)])
    });
    render(<HubProvider value={hubContext(services)}><KpiDashboard title="KPI Dashboard" /></HubProvider>);
    const summary = await screen.findByRole('list', { name: 'Summary of the measures' });
    const items = within(summary).getAllByRole('listitem').map((li) => li.textContent ?? '');
    expect(items).toEqual(
      expect.arrayContaining([
        expect.stringContaining('On target: 1 of 2 rated (50%)'),
        expect.stringContaining('Off target: 1 of 2 rated (50%)'),
        expect.stringContaining('Within tolerance: 0 of 2 rated (0%)'),
        expect.stringMatching(/^1Data awaited/),
        expect.stringMatching(/^33 measures in all$/)
      ])
    );
  });
});
