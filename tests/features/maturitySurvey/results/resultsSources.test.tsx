import * as React from 'react';
import { render, screen, within } from '@testing-library/react';
import { IAssessmentRound } from '../../../../src/domain/entities';
import { snapshotJson, takeSnapshot } from '../../../../src/domain/maturity/resultsSnapshot';
import { MaturityResults } from '../../../../src/features/maturitySurvey/results/MaturityResults';
import { HubProvider } from '../../../../src/features/shared/HubContext';
import { FakeRepository, hubContext } from '../../fakeServices';
import { DIMENSIONS, ENVIRONMENT, FINANCE, response, resultsWorld, round, TOWN_CLERK } from './resultsFakes';

/**
 * What the results say they show, and why (the results' privacy rule, src/domain/maturity/resultsView.ts): a closed
 * round's snapshot for everyone; an open round live for the programme office, one's own department for a respondent,
 * nothing for other staff.
 */
beforeAll(() => {
  jest.spyOn(HTMLCanvasElement.prototype, 'getContext').mockImplementation((() => ({ font: '', measureText: (text: string) => ({ width: text.length * 7 }) })) as never);
});

const DAN = 30;
const TOM = 7;
// The closed round's responses as they were when it closed (Chamberlain's 2, Environment 1): the snapshot.
const atClosing = [response(1, FINANCE, [[2, 4], [2, 4], [2, 4], [2, 4]]), response(1, ENVIRONMENT, [[1, 3], [1, 3], [1, 3], [1, 3]])];
const snapshot = snapshotJson(
  takeSnapshot({ round: { id: 1 }, responses: atClosing, departments: [FINANCE, ENVIRONMENT, TOWN_CLERK], dimensions: DIMENSIONS, levelCount: 5, takenOn: '2025-12-19T12:00:00Z' })
);

function show(viewer: number, office: boolean, responses = atClosing, roundId?: number): void {
  const rounds = new FakeRepository<IAssessmentRound>([round(2, '2026 Q4', 'Open', '2026-10-01'), { ...round(1, '2025 Q4', 'Closed', '2025-10-01'), resultsSnapshot: snapshot }]);
  jest.spyOn(rounds, 'permissions').mockResolvedValue({ canAdd: office, canEditAll: office });
  const world = resultsWorld(responses, { assessmentRounds: rounds, currentUser: async () => ({ id: viewer, title: 'Viewer' }) });
  render(
    <HubProvider value={hubContext(world.services)}>
      <MaturityResults anonymise={false} roundId={roundId} />
    </HubProvider>
  );
}

describe('where the results come from', () => {
  it('shows staff a closed round from its snapshot, unchanged by responses written after closing, and says so', async () => {
    // what staff can read now: nothing (SharePoint trims every response); a response changed after closing changes nothing
    show(DAN, false, [response(1, FINANCE, [[5, 5], [5, 5], [5, 5], [5, 5]])], 1);
    expect(await screen.findByText(/^Organisation level:/)).toHaveTextContent('Organisation level: 1.5 — between E-Government / Initial and Open / Developing · target 3.5 · 2 of 3 departments responded');
    expect(screen.getByText(/as recorded when the programme office closed the round: levels only, without names of people or evidence/)).toBeInTheDocument();
  });

  it('tells staff an open round\'s answers are private until it closes', async () => {
    show(DAN, false, [], 2);
    expect(await screen.findByText(/2026 Q4 is still open\. Each department's answers are private to its respondents and the programme office until the round closes/)).toBeInTheDocument();
    expect(screen.queryByText(/^Organisation level:/)).not.toBeInTheDocument();
  });

  it('opens on the latest closed round for staff, who read no response of the open one', async () => {
    show(DAN, false, []);
    expect(await screen.findByRole('combobox', { name: /^Round/ })).toHaveTextContent('2025 Q4');
  });

  it('shows a respondent only their own department while the round is open, without an organisation headline', async () => {
    show(TOM, false, [response(2, FINANCE, [[3, 4], [3, 4], [3, 4], [3, 4]])], 2);
    expect(await screen.findByText(/you see only your own department's response/)).toBeInTheDocument();
    expect(screen.queryByText(/^Organisation level:/)).not.toBeInTheDocument();
    const grid = screen.getByRole('table', { name: 'Current level by department and dimension' });
    expect(within(grid).getAllByRole('rowheader').map((h) => h.textContent)).toEqual(["Chamberlain's", 'Organisation median']);
  });

  it('shows the programme office live results of the open round, saying who else sees them when', async () => {
    show(TOM, true, [response(2, FINANCE, [[3, 4], [3, 4], [3, 4], [3, 4]]), response(2, ENVIRONMENT, [[1, 2], [1, 2], [1, 2], [1, 2]])], 2);
    expect(await screen.findByText(/^Organisation level:/)).toHaveTextContent('2 of 4 departments responded');
    expect(screen.getByText(/Live results: as the programme office you see every department's submitted response as it stands/)).toBeInTheDocument();
  });
});
