import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { appendixC, initiative, renderBoard } from './roadmapFakes';

// Fluent UI panels and lists render slowly in jsdom on a busy two-core machine.
jest.setTimeout(20_000);

async function ready(query: string): Promise<ReturnType<typeof renderBoard>> {
  const rendered = renderBoard({ query });
  await screen.findByText(/^Showing /);
  await act(async () => undefined);
  return rendered;
}

describe('Table view', () => {
  it('sorts by a column heading, both ways, and keeps the sort in the address', async () => {
    const { pageState } = await ready('v=table');
    const titles = (): string[] =>
      within(screen.getByRole('grid'))
        .getAllByRole('row')
        .slice(1)
        .map((row) => within(row).getAllByRole('button')[0].textContent ?? '');
    fireEvent.click(screen.getByText('Initiative', { selector: '.ms-DetailsHeader-cellName' }));
    expect(pageState.read()).toBe('v=table&so=title');
    expect(titles()[0]).toBe('Agile Methods Implementation');
    fireEvent.click(screen.getByText('Initiative', { selector: '.ms-DetailsHeader-cellName' }));
    expect(pageState.read()).toBe('v=table&so=-title');
    expect(titles()[0]).toBe('Unstructured Data Migration to SharePoint');
    expect(screen.getByText('Sorted by Initiative, descending.')).toBeInTheDocument();
  });

  it('shows the columns chosen', async () => {
    await ready('v=table');
    expect(screen.queryByText('Effort (months)', { selector: '.ms-DetailsHeader-cellName' })).not.toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Columns' }));
    fireEvent.click(await screen.findByRole('menuitemcheckbox', { name: 'Effort (months)' }));
    expect(screen.getByText('Effort (months)', { selector: '.ms-DetailsHeader-cellName' })).toBeInTheDocument();
  });

  it('opens an initiative’s details from its row', async () => {
    const { pageState } = await ready('v=table');
    fireEvent.click(within(screen.getByRole('grid')).getByRole('button', { name: 'Modernise Telephony' }));
    expect(await screen.findByRole('dialog', { name: 'Modernise Telephony' })).toBeInTheDocument();
    expect(pageState.read()).toBe('v=table&sel=9');
  });
});

describe('Ways of working matrix', () => {
  it('ticks each initiative’s ways of working, in words as well as a mark, with a table per stage', async () => {
    await ready('v=matrix');
    const approved = screen.getByRole('table', { name: /^Approved projects – yet to be completed \(5\)/ });
    const row = within(approved).getByRole('row', { name: /Full Intune Deployment/ });
    expect(within(row).getAllByRole('cell').map((c) => c.textContent)).toEqual(['End-User Computing', 'No', 'Yes', 'No', 'Yes', 'Yes', '2021', '']);
    expect(within(approved).getAllByRole('columnheader').map((c) => c.textContent)).toEqual([
      'Workstream', 'Project', 'EEngagement', 'RReach', 'IInsight', 'CCo-ordination', 'AAutomation', 'Timeframe', 'Notes'
    ]);
    const totals = within(approved).getByRole('row', { name: /Initiatives for each way of working/ });
    expect(within(totals).getAllByRole('cell').map((c) => c.textContent).slice(0, 5)).toEqual(['0', '3', '3', '3', '2']);
    expect(screen.getByRole('table', { name: /^Enabling projects – yet to be proposed \(1\)/ })).toBeInTheDocument();
  });
});

describe('Timeline view', () => {
  it('places initiatives by dates or timeframe, says which are approximate, and lists what it cannot place', async () => {
    const items = [
      initiative(1, 'Citizen account', 'Connected Customers', 'In delivery', { startDate: '2025-04-01T00:00:00Z', endDate: '2026-03-31T00:00:00Z' }),
      initiative(2, 'Data Observatory', 'Data & Information Management', 'Proposed', { timeframeLabel: '2021-22' }),
      initiative(3, 'Agile Methods Implementation', 'Digital Culture & Skills', 'Yet to be proposed')
    ];
    renderBoard({ items, query: 'v=timeline' });
    await screen.findByText('Showing all 3 initiatives');
    const lane = screen.getByRole('region', { name: 'Connected Customers, 1 initiative' });
    expect(within(lane).getByRole('button', { name: 'Citizen account' })).toHaveAccessibleDescription('1 April 2025 to 31 March 2026');
    expect(screen.getByRole('button', { name: 'Data Observatory' })).toHaveAccessibleDescription('2021-22, about 1 April 2021 to 31 March 2022 (approximate)');
    expect(within(screen.getByRole('region', { name: 'Not on the timeline' })).getByRole('button', { name: 'Agile Methods Implementation' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: /^Timeline, Q1 2021-22 to Q\d 20\d\d-\d\d$/ })).toBeInTheDocument();
  });
});

describe('Details', () => {
  it('shows every field, people as people, and who changed it last', async () => {
    const items = [
      initiative(8, 'Full Intune Deployment', 'End-User Computing', 'Approved', {
        waysOfWorking: ['Reach', 'Co-ordination'],
        owner: { id: 21, title: 'Dan Evans', email: 'dan.evans@digitalhub.example' },
        department: { id: 1, title: "Chamberlain's" },
        governanceTier: 'Programme board',
        effortMonths: 6,
        progress: 40,
        health: 'At risk',
        corporatePlanOutcomes: ['9', '10'],
        startDate: '2021-03-31T23:00:00Z',
        editor: { id: 22, title: 'Priya Shah' },
        modified: new Date(Date.now() - 3 * 86_400_000).toISOString()
      })
    ];
    renderBoard({ items, query: 'sel=8' });
    const details = await screen.findByRole('dialog', { name: 'Full Intune Deployment' });
    const value = (term: string): string => (within(details).getByText(term, { selector: 'dt' }).nextElementSibling as HTMLElement).textContent ?? '';
    expect(value('Owner')).toContain('Dan Evans');
    expect(value('Start date')).toBe('1 April 2021');
    expect(value('Department')).toBe("Chamberlain's");
    expect(within(within(details).getByRole('list', { name: 'Corporate Plan outcomes' })).getAllByRole('listitem').map((l) => l.textContent)).toEqual([
      '9. We are digitally and physically well-connected and responsive',
      '10. We inspire enterprise, excellence, creativity and collaboration'
    ]);
    expect(value('Effort')).toBe('6 months');
    expect(value('Health')).toBe('At risk');
    // Empty fields are named once, quietly, not as rows of "Not set".
    expect(within(details).queryByText('Sponsor', { selector: 'dt' })).not.toBeInTheDocument();
    expect(within(details).queryByText('Not set')).not.toBeInTheDocument();
    expect(within(details).getByText(/^Not recorded: .*Sponsor/)).toBeInTheDocument();
    expect(value('Last changed')).toMatch(/^3 days ago by Priya Shah/);
    expect(within(within(details).getByRole('list', { name: 'Ways of working' })).getAllByRole('listitem').map((l) => l.textContent)).toEqual(['Reach', 'Co-ordination']);
  });

  it('says when a linked initiative is not on the roadmap', async () => {
    renderBoard({ query: 'sel=999' });
    expect(await screen.findByText(/The initiative this link points to \(number 999\) is not on the roadmap/)).toBeInTheDocument();
  });
});

describe('Sharing and export', () => {
  const original = { createObjectURL: URL.createObjectURL, clipboard: navigator.clipboard };
  afterEach(() => {
    URL.createObjectURL = original.createObjectURL;
    Object.defineProperty(navigator, 'clipboard', { value: original.clipboard, configurable: true });
  });

  it('copies a link that opens the same view', async () => {
    const writeText = jest.fn(async () => undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    await ready('as=dan.evans%40digitalhub.example&v=matrix&host=teams-dark&q=data');
    fireEvent.click(screen.getByRole('button', { name: 'Copy link' }));
    // The view state only: not the page's other parameters.
    await waitFor(() => expect(writeText).toHaveBeenCalledWith('https://contoso.sharepoint.com/sites/digital/SitePages/Roadmap.aspx?v=matrix&q=data'));
    expect(await screen.findAllByText('Link copied. It opens this view with these filters.')).not.toHaveLength(0);
  });

  it('copies a link to one initiative from its details', async () => {
    const writeText = jest.fn(async () => undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    renderBoard({ query: 'as=dan.evans%40digitalhub.example&v=table&sel=8' });
    const details = await screen.findByRole('dialog', { name: 'Full Intune Deployment' }, { timeout: 10_000 });
    fireEvent.click(within(details).getByRole('button', { name: 'Copy link to this initiative' }));
    await waitFor(() => expect(writeText).toHaveBeenCalledWith('https://contoso.sharepoint.com/sites/digital/SitePages/Roadmap.aspx?sel=8'));
  });

  it('exports the table’s filtered rows, in its order, with its columns, guarded against formulas', async () => {
    const blobs: Blob[] = [];
    URL.createObjectURL = jest.fn((blob: Blob) => {
      blobs.push(blob);
      return 'blob:roadmap';
    });
    URL.revokeObjectURL = jest.fn();
    const items = [...appendixC(), initiative(50, '=HYPERLINK("http://evil")', 'End-User Computing', 'Approved')];
    renderBoard({ items, query: 'v=table&ws=End-User%20Computing&so=-title' });
    await screen.findByText(/^Showing 3 of 8/);
    fireEvent.click(screen.getByRole('button', { name: 'Export CSV' }));
    expect(blobs).toHaveLength(1);
    const read = <T,>(how: (reader: FileReader) => void): Promise<T> =>
      new Promise<T>((resolve) => {
        const reader = new FileReader();
        reader.onload = () => resolve(reader.result as unknown as T);
        how(reader);
      });
    const bytes = new Uint8Array(await read<ArrayBuffer>((r) => r.readAsArrayBuffer(blobs[0])));
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // UTF-8 byte order mark, for Excel
    const text = await read<string>((r) => r.readAsText(blobs[0])); // the reader drops the mark
    expect(text.split('\r\n').slice(0, 4)).toEqual([
      'Initiative,Workstream,Stage,Ways of working,Timeframe',
      'Modernise Telephony,End-User Computing,Approved,Reach,2021',
      'Full Intune Deployment,End-User Computing,Approved,Reach; Co-ordination; Automation,2021',
      `"'=HYPERLINK(""http://evil"")",End-User Computing,Approved,,`
    ]);
    expect(await screen.findAllByText('Exported 3 initiatives as CSV.')).not.toHaveLength(0);
  });
});
