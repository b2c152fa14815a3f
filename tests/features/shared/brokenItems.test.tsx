import * as React from 'react';
import { fireEvent, render, screen } from '@testing-library/react';
import { PartErrorBoundary } from '../../../src/features/shared/BrokenItems';
import { appendixC, RoadmapRepository, renderBoard } from '../roadmapBoard/roadmapFakes';

/** Issue 15: a broken item is named and the rest of the part works; a part that fails to draw fails alone. */
describe('broken items', () => {
  it('the Roadmap Board shows every initiative and names the one read with values it could not use', async () => {
    const items = appendixC();
    items[2] = { ...items[2], readIssues: [{ field: 'startDate', message: 'Start date must be between 1900 and 8900 (the years SharePoint stores).' }] };
    renderBoard({ repository: new RoadmapRepository(items) });
    expect(await screen.findByText('Showing all 7 initiatives')).toBeInTheDocument();
    const notice = (await screen.findByText(/1 initiative is shown without the values that could not be read/)).closest('.ms-MessageBar') as HTMLElement;
    expect(notice).toHaveTextContent('Modernise Telephony: Start date must be between 1900 and 8900 (the years SharePoint stores).');
  });

  it('a part that fails to draw says so, offers to try again, and its neighbour keeps working', async () => {
    let broken = true;
    const Fragile: React.FC = () => {
      if (broken) throw new Error('Cannot read properties of undefined (reading \'id\')');
      return <p>Drawn</p>;
    };
    jest.spyOn(console, 'error').mockImplementation(() => undefined);
    render(
      <>
        <PartErrorBoundary name="KPI Dashboard"><Fragile /></PartErrorBoundary>
        <PartErrorBoundary name="Tech Talks"><p>Next talk</p></PartErrorBoundary>
      </>
    );
    expect(await screen.findByText(/KPI Dashboard could not be shown because of an unexpected problem with its data/)).toBeInTheDocument();
    expect(screen.getByText('Next talk')).toBeInTheDocument();
    broken = false;
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(screen.getByText('Drawn')).toBeInTheDocument();
  });
});
