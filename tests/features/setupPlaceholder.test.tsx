import * as React from 'react';
import { fireEvent, render, screen } from '@testing-library/react';
import { DataError } from '../../src/domain/dataErrors';
import { RoadmapBoard } from '../../src/features/roadmapBoard/RoadmapBoard';
import { HubProvider } from '../../src/features/shared/HubContext';
import { fakeServices, fakeSetup, hubContext } from './fakeServices';

describe('setting up the lists from a web part', () => {
  it('lets a site owner set up the lists, then load example content, then shows the feature', async () => {
    let missing = ['Roadmap Initiatives', 'Departments'];
    const provision = jest.fn(async (onProgress?: (p: { done: number; total: number; message: string }) => void) => {
      onProgress?.({ done: 1, total: 2, message: 'Setting up Departments' });
      missing = [];
      return { createdLists: ['Departments', 'Roadmap Initiatives'], changes: [], unchangedLists: [] };
    });
    const loadExampleContent = jest.fn(async () => ({ added: { 'Roadmap Initiatives': 17 }, skippedLists: [], warnings: [] }));
    const services = fakeServices({ setup: fakeSetup({ missingLists: async () => missing, provision, loadExampleContent }) });
    render(<HubProvider value={hubContext(services)}><RoadmapBoard title="Roadmap Board" /></HubProvider>);

    expect(await screen.findByText(/This site needs 2 lists: Roadmap Initiatives, Departments/)).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Set up lists' }));
    expect(await screen.findByText(/Lists are set up: 2 created/)).toBeInTheDocument();
    expect(provision).toHaveBeenCalledTimes(1);

    fireEvent.click(screen.getByRole('button', { name: 'Load example content' }));
    expect(await screen.findByText(/Example content added: 17 items/)).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Continue' }));
    expect(await screen.findByText('The roadmap has no initiatives yet.')).toBeInTheDocument();
  });

  it('tells someone without rights to ask a site owner, with no set-up button', async () => {
    const services = fakeServices({ setup: fakeSetup({ missingLists: async () => ['Departments'], canManageLists: async () => false }) });
    render(<HubProvider value={hubContext(services)}><RoadmapBoard title="Roadmap Board" /></HubProvider>);
    expect(await screen.findByText(/Ask a site owner to open this page/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Set up lists' })).not.toBeInTheDocument();
  });

  it('shows a clear message when set-up is refused, and keeps the button to try again', async () => {
    const provision = jest.fn(async () => {
      throw new DataError('AccessDenied', 'Only a site owner can set up the lists.');
    });
    const services = fakeServices({ setup: fakeSetup({ missingLists: async () => ['Departments'], provision }) });
    render(<HubProvider value={hubContext(services)}><RoadmapBoard title="Roadmap Board" /></HubProvider>);
    fireEvent.click(await screen.findByRole('button', { name: 'Set up lists' }));
    expect(await screen.findByText('Only a site owner can set up the lists.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Set up lists' })).toBeInTheDocument();
  });
});
