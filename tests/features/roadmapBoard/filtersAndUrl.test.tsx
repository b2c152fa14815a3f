import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { DataError } from '../../../src/domain/dataErrors';
import { appendixC, RoadmapRepository, renderBoard } from './roadmapFakes';
import { outlastReadRetries } from '../fakeServices';

// Fluent UI panels and forms render slowly in jsdom on a busy two-core machine.
jest.setTimeout(20_000);

/** The cards on the board (also while a panel is open over it). */
const cardTitles = (): string[] => screen.queryAllByRole('article', { hidden: true }).map((a) => a.getAttribute('aria-label') ?? '');

describe('Roadmap Board: search and filters', () => {
  it('finds "Full Intune Deployment" by searching "Intune", and says how many match', async () => {
    const { pageState } = renderBoard();
    expect(await screen.findByText('Showing all 7 initiatives')).toBeInTheDocument();
    const box = screen.getByRole('searchbox', { name: 'Search initiatives' });
    fireEvent.change(box, { target: { value: 'Intune' } });
    expect(box).toHaveValue('Intune');
    // the views filter once typing pauses
    expect(await screen.findByText('Showing 1 of 7 initiatives')).toHaveAttribute('role', 'status');
    expect(cardTitles()).toEqual(['Full Intune Deployment']);
    expect(pageState.read()).toBe('q=Intune');
  });

  it('shows the Data & Information Management projects and no End-User Computing ones when filtered to that workstream', async () => {
    renderBoard();
    await screen.findByText('Showing all 7 initiatives');
    fireEvent.click(screen.getByRole('button', { name: 'Filters' }));
    const panel = await screen.findByRole('dialog', { name: 'Filters' });
    const box = within(panel).getByRole('checkbox', { name: 'Data & Information Management (3)' });
    fireEvent.click(box);
    // board order: the Proposed column, then Approved
    expect(cardTitles()).toEqual(['Master Data Management', 'Unstructured Data Migration to SharePoint', 'Information Assets Register']);
    expect(cardTitles()).not.toContain('Full Intune Deployment');
    expect(within(panel).getByRole('button', { name: 'Show 3 initiatives' })).toBeInTheDocument();
    // counts of the other facets follow the filter
    expect(within(panel).getByRole('checkbox', { name: 'Approved (2)' })).toBeInTheDocument();
  });

  it('opens with the filters the address holds (a reload or a shared link)', async () => {
    renderBoard({ query: 'as=priya&ws=Data%20%26%20Information%20Management&st=Approved' });
    await screen.findByText('Showing 2 of 7 initiatives');
    expect(cardTitles()).toEqual(['Unstructured Data Migration to SharePoint', 'Information Assets Register']);
    expect(screen.getByRole('list', { name: 'Filters in use' })).toHaveTextContent('Workstream: Data & Information Management');
  });

  it('writes each change to the address, keeping the page’s own parameters', async () => {
    const { pageState } = renderBoard({ query: 'as=priya' });
    await screen.findByText('Showing all 7 initiatives');
    fireEvent.click(screen.getByRole('button', { name: 'Table' }));
    expect(pageState.read()).toBe('as=priya&v=table');
    fireEvent.click(screen.getByRole('button', { name: 'Filters' }));
    fireEvent.click(within(await screen.findByRole('dialog', { name: 'Filters' })).getByRole('checkbox', { name: /^End-User Computing/ }));
    expect(pageState.read()).toBe('as=priya&v=table&ws=End-User+Computing');
  });

  it('removes a filter chip from the keyboard and clears every filter', async () => {
    const { pageState } = renderBoard({ query: 'ws=End-User%20Computing,Digital%20Workplace&q=e' });
    await screen.findByText('Showing 3 of 7 initiatives');
    const chip = screen.getByRole('button', { name: 'Remove filter Workstream: End-User Computing' });
    chip.focus();
    fireEvent.click(chip); // Enter or Space on a button
    expect(cardTitles()).toEqual(['Replacement for HR/Payroll System – ERP']);
    fireEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(cardTitles()).toHaveLength(7);
    expect(pageState.read()).toBe('');
  });

  it('words an empty result and offers to clear the filters', async () => {
    renderBoard({ query: 'q=blockchain' });
    expect(await screen.findByText('No initiatives match these filters.')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(await screen.findByText('Showing all 7 initiatives')).toBeInTheDocument();
  });

  it('leaves out initiatives under a month’s effort until asked', async () => {
    const items = [...appendixC(), { ...appendixC()[0], id: 40, title: 'Self-service password reset', effortMonths: 0.5 }];
    renderBoard({ items });
    expect(await screen.findByText(/Showing 7 of 8 initiatives/)).toHaveTextContent("initiatives under one month's effort are left out");
    fireEvent.click(screen.getByRole('button', { name: 'Filters' }));
    fireEvent.click(within(await screen.findByRole('dialog', { name: 'Filters' })).getByRole('switch', { name: /under one month/ }));
    expect(cardTitles()).toContain('Self-service password reset');
  });
});

describe('Roadmap Board: web part settings', () => {
  it('uses the default view and filters when the address names none, and leaves them out of the address', async () => {
    const { pageState } = renderBoard({ props: { defaultView: 'matrix', defaultQuery: 'ws=End-User%20Computing' } });
    expect(await screen.findByRole('table', { name: /Approved projects/ })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Ways of working matrix' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByText('Showing 2 of 7 initiatives')).toBeInTheDocument();
    expect(pageState.read()).toBe('');
  });

  it('shows only the workstreams the web part is set to', async () => {
    renderBoard({ props: { workstreams: ['Digital Culture & Skills', 'Digital Workplace'] } });
    expect(await screen.findByText('Showing all 2 initiatives')).toBeInTheDocument();
    expect(cardTitles()).toEqual(['Agile Methods Implementation', 'Replacement for HR/Payroll System – ERP']);
  });

  it('shows the page size, then "Show more"', async () => {
    const many = Array.from({ length: 7 }, (_, i) => ({ ...appendixC()[0], id: 200 + i, title: `Approved ${i + 1}` }));
    renderBoard({ items: many, props: { pageSize: 5 } });
    await screen.findByText('Showing all 7 initiatives');
    expect(cardTitles()).toHaveLength(5);
    fireEvent.click(screen.getByRole('button', { name: 'Show 2 more in Approved' }));
    expect(cardTitles()).toHaveLength(7);
  });
});

describe('Roadmap Board: loading and failures', () => {
  it('words an empty roadmap for people', async () => {
    renderBoard({ items: [] });
    expect(await screen.findByText('The roadmap has no initiatives yet.')).toBeInTheDocument();
  });

  it('explains a throttled read and loads again on "Try again"', async () => {
    const repository = new RoadmapRepository(appendixC());
    repository.failWith = new DataError('Throttled', 'SharePoint is busy right now. Wait a moment and try again.', 429);
    jest.useFakeTimers();
    renderBoard({ repository });
    await outlastReadRetries();
    expect(await screen.findByText('SharePoint is busy right now. Wait a moment and try again.')).toBeInTheDocument();
    jest.useRealTimers();
    repository.failWith = undefined;
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('Showing all 7 initiatives')).toBeInTheDocument();
  });

  it('reads the initiatives once, however the filters change', async () => {
    const { repository } = renderBoard();
    await screen.findByText('Showing all 7 initiatives');
    fireEvent.change(screen.getByRole('searchbox', { name: 'Search initiatives' }), { target: { value: 'data' } });
    await screen.findByText(/^Showing 2 of 7/);
    fireEvent.click(screen.getByRole('button', { name: 'Timeline' }));
    await act(async () => undefined);
    await waitFor(() => expect(screen.getByRole('button', { name: 'Timeline' })).toHaveAttribute('aria-pressed', 'true'));
    expect(repository.reads).toBe(1);
  });
});
