import * as React from 'react';
import { render, screen } from '@testing-library/react';
import { IKpi, IKpiMeasurement } from '../../src/domain/entities';
import { KpiDashboard } from '../../src/features/kpiDashboard/KpiDashboard';
import { HubProvider } from '../../src/features/shared/HubContext';
import { FakeRepository, fakeServices, hubContext } from './fakeServices';

describe('KPI Dashboard summary', () => {
  it('rates each measure by its latest value', async () => {
    const kpi = (id: number, target: number): IKpi => ({ id, title: `K${id}`, outcome: 'Brilliant Basics', unit: 'Percent', polarity: 'Higher is better', target });
    const measurement = (id: number, kpiId: number, periodStart: string, value?: number): IKpiMeasurement => ({ id, title: '', kpi: { id: kpiId, title: '' }, periodStart, value });
    const services = fakeServices({
      kpis: new FakeRepository([kpi(1, 90), kpi(2, 90), kpi(3, 90)]),
      // newest first, as the dashboard asks for them
      kpiMeasurements: new FakeRepository([measurement(1, 1, '2026-07-01', 95), measurement(2, 1, '2026-04-01', 10), measurement(3, 2, '2026-07-01', 50), measurement(4, 3, '2026-07-01')])
    });
    render(<HubProvider value={hubContext(services)}><KpiDashboard title="KPI Dashboard" /></HubProvider>);
    expect(await screen.findByText('3 performance measures across 1 outcome')).toBeInTheDocument();
    const list = screen.getByRole('list', { name: 'Latest status of the measures' });
    expect(list).toHaveTextContent('On target (green)1');
    expect(list).toHaveTextContent('Off target (red)1');
    expect(list).toHaveTextContent('Data awaited1');
  });
});
