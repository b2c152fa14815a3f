import * as React from 'react';
import { fireEvent, render, screen } from '@testing-library/react';
import { DataError } from '../../src/domain/dataErrors';
import { IInitiative, IKpi, IKpiMeasurement } from '../../src/domain/entities';
import { KpiDashboard } from '../../src/features/kpiDashboard/KpiDashboard';
import { RoadmapBoard } from '../../src/features/roadmapBoard/RoadmapBoard';
import { HubProvider } from '../../src/features/shared/HubContext';
import { FakeRepository, fakeServices, hubContext } from './fakeServices';

const initiative = (id: number, workstream: IInitiative['workstream']): IInitiative => ({ id, title: `I${id}`, workstream, stage: 'Approved' });

describe('Roadmap Board summary', () => {
  it('says how many initiatives there are in how many workstreams', async () => {
    const services = fakeServices({
      initiatives: new FakeRepository([initiative(1, 'End-User Computing'), initiative(2, 'End-User Computing'), initiative(3, 'Digital Workplace')])
    });
    render(<HubProvider value={hubContext(services)}><RoadmapBoard title="Roadmap Board" /></HubProvider>);
    expect(await screen.findByText('3 initiatives in 2 workstreams')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Roadmap Board' })).toBeInTheDocument();
    expect(screen.getByRole('list', { name: 'Initiatives by workstream' })).toHaveTextContent('End-User Computing2 initiatives');
  });

  it('words an empty roadmap for people', async () => {
    render(<HubProvider value={hubContext(fakeServices())}><RoadmapBoard title="Roadmap Board" /></HubProvider>);
    expect(await screen.findByText('The roadmap has no initiatives yet.')).toBeInTheDocument();
  });

  it('explains a throttled read and loads again on "Try again"', async () => {
    const initiatives = new FakeRepository([initiative(1, 'Digital Workplace')]);
    initiatives.failWith = new DataError('Throttled', 'SharePoint is busy right now. Wait a moment and try again.', 429);
    render(<HubProvider value={hubContext(fakeServices({ initiatives }))}><RoadmapBoard title="Roadmap Board" /></HubProvider>);
    expect(await screen.findByText('SharePoint is busy right now. Wait a moment and try again.')).toBeInTheDocument();
    initiatives.failWith = undefined;
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('1 initiative in 1 workstream')).toBeInTheDocument();
  });
});

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
