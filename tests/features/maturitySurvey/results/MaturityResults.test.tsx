import * as React from 'react';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { DataError } from '../../../../src/domain/dataErrors';
import { median } from '../../../../src/domain/maturity/maturityLevel';
import { MaturityResults } from '../../../../src/features/maturitySurvey/results/MaturityResults';
import { HubProvider } from '../../../../src/features/shared/HubContext';
import { hubContext, outlastReadRetries } from '../../fakeServices';
import { ENVIRONMENT, FINANCE, resultsWorld, response, TOWN_CLERK } from './resultsFakes';

const TOM = 7;

beforeAll(() => {
  // react-charting measures axis labels on a canvas, which jsdom lacks: measure 7px a character
  jest.spyOn(HTMLCanvasElement.prototype, 'getContext').mockImplementation((() => ({ font: '', measureText: (text: string) => ({ width: text.length * 7 }) })) as never);
});

// 2025 Q4 (closed): Chamberlain's 1.5 (target 3.5), Environment 2 (3), Town Clerk's 1.5 (3.5) -> organisation 1.5, target 3.5
const closedRound = [
  response(1, FINANCE, [[2, 4], [1, 3], [2, 4], [1, 3]], { authorId: TOM }),
  response(1, ENVIRONMENT, [[1, 3], [2, 3], [2, 3], [2, 3]]),
  response(1, TOWN_CLERK, [[2, 4], [1, 3], [1, 3], [2, 4]])
];
// 2026 Q4 (open): Chamberlain's 2 (target 4); Town Clerk's has only a draft
const openRound = [response(2, FINANCE, [[2, 4], [2, 4], [3, 4], [2, 3]], { authorId: TOM }), response(2, TOWN_CLERK, [[5, 5], [5, 5], [5, 5], [5, 5]], { status: 'Draft' })];

function show(world: ReturnType<typeof resultsWorld>, props: Partial<React.ComponentProps<typeof MaturityResults>> = {}, pageQuery = ''): ReturnType<typeof render> {
  return render(
    <HubProvider value={hubContext(world.services, pageQuery)}>
      <MaturityResults anonymise={false} {...props} />
    </HubProvider>
  );
}

const headline = (): Promise<HTMLElement> => screen.findByText(/^Organisation level:/);

/** The heatmap grid's numbers: department -> the cells' text. */
function gridNumbers(): Record<string, string[]> {
  const grid = screen.getByRole('table', { name: 'Current level by department and dimension' });
  const rows = within(grid).getAllByRole('row').slice(1);
  return Object.fromEntries(rows.map((row) => [within(row).getByRole('rowheader').textContent ?? '', within(row).getAllByRole('cell').map((c) => c.textContent ?? '')]));
}

describe('Maturity results', () => {
  it('opens on the open round and counts only its submitted responses', async () => {
    const world = resultsWorld([...closedRound, ...openRound]);
    show(world);
    expect(await headline()).toHaveTextContent('Organisation level: 2 — Open / Developing · target 4 · 1 of 4 departments responded');
    expect(screen.getByRole('combobox', { name: /^Round/ })).toHaveTextContent('2026 Q4 (open)');
  });

  it('reads responses through the indexed Round column, submitted only, and only the chosen model\'s dimensions', async () => {
    const world = resultsWorld([...closedRound, ...openRound]);
    show(world);
    await headline();
    expect(world.responses.queries[0].where).toEqual({ round: 2, status: 'Submitted' });
    expect(world.dimensions.queries.map((q) => q.where)).toEqual([{ model: 1 }]);
    const grid = gridNumbers();
    expect(Object.keys(grid)).toEqual(["Chamberlain's", 'Organisation median']);
    // dimensions in the model's Order, whatever order the list holds them in
    const headers = within(screen.getByRole('table', { name: 'Current level by department and dimension' })).getAllByRole('columnheader').map((h) => h.textContent);
    expect(headers).toEqual(['Department', 'Value Focus', 'Service Model', 'Platform', 'Ecosystem', 'Overall']);
  });

  it('changes the organisation median by the documented rule when a second department responds', async () => {
    const world = resultsWorld([...openRound]);
    const first = show(world);
    expect(await headline()).toHaveTextContent('Organisation level: 2 — Open / Developing');
    first.unmount();
    // Environment: 1, 1, 2, 1 -> its level is 1; the organisation is the median of 2 and 1
    world.responses.items.push(response(2, ENVIRONMENT, [[1, 3], [1, 3], [2, 3], [1, 3]]));
    show(world);
    const expected = median([2, 1]);
    expect(expected).toBe(1.5);
    expect(await headline()).toHaveTextContent(
      `Organisation level: ${expected} — between E-Government / Initial and Open / Developing · target 3.5 · 2 of 4 departments responded`
    );
    expect(screen.getByText(/The organisation is between levels 1 and 2 \(E-Government \/ Initial and Open \/ Developing\)/)).toBeInTheDocument();
  });

  it('opens on the last closed round while nobody has submitted for the open one, and says so when that is chosen', async () => {
    show(resultsWorld([...closedRound]));
    expect(await headline()).toHaveTextContent('Organisation level: 1.5 — between E-Government / Initial and Open / Developing · target 3.5 · 3 of 4 departments responded');
    expect(screen.getByRole('combobox', { name: /^Round/ })).toHaveTextContent('2025 Q4');
    fireEvent.click(screen.getByRole('combobox', { name: /^Round/ }));
    fireEvent.click(await screen.findByRole('option', { name: '2026 Q4 (open)' }));
    expect(await screen.findByText('No responses submitted for 2026 Q4 yet.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Download CSV' })).not.toBeInTheDocument();
  });

  it('opens on the round it is given, and remembers a chosen round in the page state', async () => {
    const world = resultsWorld([...closedRound, ...openRound]);
    const context = hubContext(world.services);
    render(
      <HubProvider value={context}>
        <MaturityResults anonymise={false} roundId={1} />
      </HubProvider>
    );
    expect(await headline()).toHaveTextContent('Organisation level: 1.5 — between E-Government / Initial and Open / Developing · target 3.5 · 3 of 4 departments responded');
    fireEvent.click(screen.getByRole('combobox', { name: /^Round/ }));
    fireEvent.click(await screen.findByRole('option', { name: '2026 Q4 (open)' }));
    expect(await screen.findByText(/1 of 4 departments responded/)).toBeInTheDocument();
    expect(context.host.pageState.read()).toBe('mround=2');
  });

  it('opens on the round a link names, before the web part\'s own choice', async () => {
    show(resultsWorld([...closedRound, ...openRound]), { roundId: 2 }, 'mround=1');
    expect(await headline()).toHaveTextContent('3 of 4 departments responded');
  });

  it('words another model\'s levels with its own names (four levels), and shows a table when a radar cannot be drawn', async () => {
    const world = resultsWorld([response(3, FINANCE, [[2, 4]], { dimensions: ['Data quality'], authorId: TOM })]);
    show(world, { roundId: 3 });
    expect(await headline()).toHaveTextContent('Organisation level: 2 — Aware · target 4 · 1 of 4 departments responded');
    expect(world.dimensions.queries.map((q) => q.where)).toEqual([{ model: 2 }]);
    const radarSection = screen.getByRole('region', { name: 'By department' });
    expect(within(radarSection).queryByRole('button', { name: 'Show as table' })).not.toBeInTheDocument();
    expect(within(radarSection).getByRole('table')).toHaveTextContent('Data quality24');
  });

  it('explains a failed read and loads again on "Try again"', async () => {
    const world = resultsWorld([...openRound]);
    world.responses.failWith = new DataError('Throttled', 'SharePoint is busy right now. Wait a moment and try again.', 429);
    jest.useFakeTimers();
    show(world);
    await outlastReadRetries();
    expect(await screen.findByText('SharePoint is busy right now. Wait a moment and try again.')).toBeInTheDocument();
    jest.useRealTimers();
    world.responses.failWith = undefined;
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await headline()).toHaveTextContent('1 of 4 departments responded');
  });

  it('says when no model or round has been set up', async () => {
    const world = resultsWorld([]);
    (world.services.assessmentRounds as unknown as { items: unknown[] }).items = [];
    show(world);
    expect(await screen.findByText(/No assessment round of the Digital Services Maturity Model has been opened yet/)).toBeInTheDocument();
  });
});

describe('Maturity results: charts and their tables', () => {
  it('gives the heatmap\'s numbers again in its table alternative', async () => {
    show(resultsWorld([...closedRound]), { roundId: 1 });
    await headline();
    const grid = gridNumbers();
    expect(grid["Chamberlain's"]).toEqual(['2', '1', '2', '1', '1.5']);
    expect(grid['Organisation median']).toEqual(['2', '1', '2', '2', '1.5']);
    const heatmap = screen.getByRole('region', { name: 'Organisation heatmap' });
    fireEvent.click(within(heatmap).getByRole('button', { name: 'Show as table' }));
    const table = within(heatmap).getByRole('table', { name: 'Levels by department and dimension' });
    const rows = within(table).getAllByRole('row').slice(1).map((r) => Array.from(r.children).map((c) => c.textContent));
    for (const [dept, cells] of Object.entries(grid)) {
      if (dept === 'Organisation median') continue;
      const own = rows.filter((r) => r[0] === dept);
      expect(own.map((r) => r[2])).toEqual(cells.slice(0, 4));
    }
    expect(rows).toContainEqual(["Chamberlain's", 'Value Focus', '2', '4', '2']);
    fireEvent.click(within(heatmap).getByRole('button', { name: 'Show as chart' }));
    expect(within(heatmap).getByRole('table', { name: 'Current level by department and dimension' })).toBeInTheDocument();
  });

  it('shows target levels and gaps in the heatmap on request', async () => {
    show(resultsWorld([...closedRound]), { roundId: 1 });
    await headline();
    fireEvent.click(screen.getByRole('radio', { name: 'Gap to target' }));
    const grid = screen.getByRole('table', { name: 'Gap to target by department and dimension' });
    expect(within(grid).getAllByRole('row')[1]).toHaveTextContent("Chamberlain's22222");
  });

  it('draws the department radar with named, keyboard-reachable points that match its table', async () => {
    show(resultsWorld([...closedRound]), { roundId: 1 });
    await headline();
    const section = screen.getByRole('region', { name: 'By department' });
    const chart = await within(section).findByRole('group', { name: "Chamberlain's: current and target levels against the organisation median" });
    const points = within(chart).getAllByRole('img');
    expect(points).toHaveLength(3 * 4);
    expect(points[0]).toHaveAttribute('aria-label', 'Value Focus, Current level: level 2 (Open / Developing)');
    expect(points[4 + 1]).toHaveAttribute('aria-label', 'Service Model, Target level: level 3 (Data-Centric / Defined)');
    // one tab stop; the arrow keys move between points
    expect(points.filter((p) => p.getAttribute('tabindex') === '0')).toEqual([points[0]]);
    points[0].focus();
    fireEvent.keyDown(points[0], { key: 'ArrowRight' });
    expect(document.activeElement).toBe(points[1]);
    fireEvent.keyDown(points[1], { key: 'ArrowDown' });
    expect(document.activeElement).toBe(points[4 + 1]);
    expect(section).toHaveTextContent('Target level: 3');
    const chartValues = points.map((p) => (p.getAttribute('aria-label') ?? '').replace(/^.*: level (\d(\.\d+)?).*$/, '$1'));

    fireEvent.click(within(section).getByRole('button', { name: 'Show as table' }));
    const table = within(section).getByRole('table');
    const rows = within(table).getAllByRole('row').slice(1).map((r) => within(r).getAllByRole('cell').map((c) => c.textContent));
    // table rows are dimensions, columns series; the chart's points are series by dimension
    const tableValues = [0, 1, 2].flatMap((series) => rows.map((r) => r[series]));
    expect(tableValues).toEqual(chartValues);
    expect(rows[0]).toEqual(['2', '4', '2']);
  });

  it('lets everyone look at each department by name when results are not anonymised', async () => {
    show(resultsWorld([...closedRound]), { roundId: 1 });
    await headline();
    fireEvent.click(screen.getByRole('combobox', { name: /^Department/ }));
    fireEvent.click(await screen.findByRole('option', { name: 'Environment' }));
    expect(await screen.findByRole('group', { name: 'Environment: current and target levels against the organisation median' })).toBeInTheDocument();
  });

  it('gives the trend across rounds as a line chart and as a table with the same numbers, oldest round first', async () => {
    show(resultsWorld([...closedRound, ...openRound]));
    await headline();
    const section = screen.getByRole('region', { name: 'Trend across rounds' });
    await waitFor(() => expect(section.querySelectorAll('path[aria-label]')).toHaveLength(4));
    const chartPoints = Array.from(section.querySelectorAll('path[aria-label]'))
      .map((p) => p.getAttribute('aria-label'))
      .sort();
    expect(chartPoints).toEqual([
      '2025 Q4, Current level (median): 1.5',
      '2025 Q4, Target level (median): 3.5',
      '2026 Q4, Current level (median): 2',
      '2026 Q4, Target level (median): 4'
    ]);
    fireEvent.click(within(section).getByRole('button', { name: 'Show as table' }));
    const table = await within(section).findByRole('table', { name: 'Organisation overall: median level by round' });
    const rows = within(table).getAllByRole('row').slice(1).map((r) => Array.from(r.children).map((c) => c.textContent));
    expect(rows).toEqual([
      ['2025 Q4', '1.5', '3.5', '3'],
      ['2026 Q4', '2', '4', '1']
    ]);
    fireEvent.click(within(section).getByRole('combobox', { name: /^Show the trend for/ }));
    fireEvent.click(await screen.findByRole('option', { name: 'Service Model' }));
    const byDimension = await within(section).findByRole('table', { name: 'Service Model: median level by round' });
    expect(within(byDimension).getAllByRole('row')[1]).toHaveTextContent('2025 Q4133');
  });

  it('lists the largest gaps, organisation-wide and by department', async () => {
    show(resultsWorld([...closedRound]), { roundId: 1 });
    await headline();
    const organisation = screen.getByRole('list', { name: 'Largest organisation gaps' });
    // Value Focus 2 -> 4 and Service Model 1 -> 3 (2 each: the model's order breaks the tie), Platform 2 -> 3, Ecosystem 2 -> 3
    expect(within(organisation).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Value Focus: level 2 now, target 4: 2 levels to go',
      'Service Model: level 1 now, target 3: 2 levels to go',
      'Platform: level 2 now, target 3: 1 level to go',
      'Ecosystem: level 2 now, target 3: 1 level to go'
    ]);
    const departments = screen.getByRole('list', { name: 'Largest department gaps' });
    expect(within(departments).getAllByRole('listitem')[0]).toHaveTextContent("Chamberlain's, Value Focus: level 2 now, target 4: 2 levels to go");
  });
});
