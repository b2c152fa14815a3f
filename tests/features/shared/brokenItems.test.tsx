import * as React from 'react';
import { fireEvent, render, screen } from '@testing-library/react';
import { ITechTalk } from '../../../src/domain/entities';
import { ITalkService } from '../../../src/domain/services';
import { ItemErrorBoundary, PartErrorBoundary } from '../../../src/features/shared/BrokenItems';
import { HubProvider } from '../../../src/features/shared/HubContext';
import { TechTalks } from '../../../src/features/techTalks/TechTalks';
import { fakeServices, hubContext } from '../fakeServices';
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

  it('an item that throws while drawing fails alone: it is named where it would be, and the items beside it draw', () => {
    jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const Row: React.FC<{ n: number }> = ({ n }) => {
      if (n === 2) throw new Error('no date');
      return <li>Item {n}</li>;
    };
    render(
      <ul>
        {[1, 2, 3].map((n) => (
          <ItemErrorBoundary key={n} name={`Item ${n}`} as="li">
            {() => <Row n={n} />}
          </ItemErrorBoundary>
        ))}
      </ul>
    );
    expect(screen.getByText('Item 1')).toBeInTheDocument();
    expect(screen.getByText('Item 3')).toBeInTheDocument();
    expect(screen.getByRole('note')).toHaveTextContent('Item 2 could not be shown because of a problem with its data (no date).');
  });

  it('in the Tech Talks schedule, a talk whose values throw while its card is drawn is named, and the other talks show', async () => {
    jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const talk = (id: number, title: string, startsAt: string): ITechTalk => ({ id, title, startsAt, status: 'Scheduled', durationMinutes: 45, capacity: 30, etag: '"1"' });
    const bad = talk(3, 'Broken capacity', '2027-02-16T12:30:00Z');
    // Reading its capacity (to count places left) throws, as a value of an unexpected shape might.
    Object.defineProperty(bad, 'capacity', { get: () => { throw new Error('capacity is not a number'); } });
    const talks: ITalkService = {
      schedule: async () => ({ talks: [talk(1, 'Next one', '2026-12-15T12:30:00Z'), talk(2, 'Later one', '2027-01-19T12:30:00Z'), bad], registrations: new Map(), me: { id: 13, title: 'Dan Evans' } }),
      talkPage: async () => {
        throw new Error('not used');
      },
      ratingsOf: async () => new Map(),
      saveAttendance: async () => {
        throw new Error('not used');
      }
    };
    render(
      <HubProvider value={hubContext(fakeServices({ talks }))}>
        <TechTalks title="Tech Talks" now={new Date('2026-12-01T09:00:00Z')} />
      </HubProvider>
    );
    expect(await screen.findByText(/The talk "Broken capacity" could not be shown/, {}, { timeout: 10000 })).toHaveTextContent('(capacity is not a number)');
    expect(screen.getAllByRole('link', { name: 'Next one' }).length).toBeGreaterThan(0);
    expect(screen.getAllByRole('link', { name: 'Later one' }).length).toBeGreaterThan(0);
  });
});
