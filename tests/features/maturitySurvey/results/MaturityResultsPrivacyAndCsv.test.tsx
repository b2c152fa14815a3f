import * as React from 'react';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { MaturityResults } from '../../../../src/features/maturitySurvey/results/MaturityResults';
import { HubProvider } from '../../../../src/features/shared/HubContext';
import { hubContext } from '../../fakeServices';
import { ENVIRONMENT, FINANCE, resultsWorld, response, TOWN_CLERK } from './resultsFakes';

const TOM = 7;
const responses = [
  response(1, FINANCE, [[2, 4], [1, 3], [2, 4], [1, 3]], { authorId: TOM, evidence: '=cmd|calc' }),
  response(1, ENVIRONMENT, [[1, 3], [2, 3], [2, 3], [2, 3]], { evidence: 'Street cleansing reports go online' }),
  response(1, TOWN_CLERK, [[2, 4], [1, 3], [1, 3], [2, 4]])
];

beforeAll(() => {
  jest.spyOn(HTMLCanvasElement.prototype, 'getContext').mockImplementation((() => ({ font: '', measureText: (text: string) => ({ width: text.length * 7 }) })) as never);
});

/** Captures what "Download CSV" hands to the browser. */
function captureDownloads(): { files: { name: string; text: () => Promise<string> }[] } {
  const captured: { files: { name: string; text: () => Promise<string> }[] } = { files: [] };
  let blob: Blob | undefined;
  Object.defineProperty(URL, 'createObjectURL', { configurable: true, value: (b: Blob) => ((blob = b), 'blob:results') });
  Object.defineProperty(URL, 'revokeObjectURL', { configurable: true, value: () => undefined });
  jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    const saved = blob as Blob;
    captured.files.push({
      name: this.download,
      text: () =>
        new Promise((resolve) => {
          const reader = new FileReader();
          reader.onload = () => resolve(String(reader.result));
          reader.readAsText(saved);
        })
    });
  });
  return captured;
}

const show = (anonymise: boolean, userId = TOM): ReturnType<typeof render> =>
  render(
    <HubProvider value={hubContext(resultsWorld(responses, { currentUser: async () => ({ id: userId, title: 'Viewer' }) }).services)}>
      <MaturityResults anonymise={anonymise} roundId={1} />
    </HubProvider>
  );

describe('Maturity results: anonymised', () => {
  it('letters the departments everywhere and names only the viewer\'s own department in its radar', async () => {
    const { container } = show(true);
    await screen.findByText(/^Organisation level:/);
    const heatmap = screen.getByRole('region', { name: 'Organisation heatmap' });
    const rows = within(within(heatmap).getByRole('table')).getAllByRole('rowheader').map((h) => h.textContent);
    expect(rows).toEqual(['Department A', 'Department B', 'Department C', 'Organisation median']);
    expect(container).not.toHaveTextContent(/Environment|Town Clerk/);
    const own = screen.getByRole('region', { name: "Your department: Chamberlain's" });
    expect(await within(own).findByRole('group', { name: /^Chamberlain's: current and target/ })).toBeInTheDocument();
    expect(within(own).queryByRole('combobox')).not.toBeInTheDocument();
    // Chamberlain's appears in its own radar only
    const outside = Array.from(container.querySelectorAll('section')).filter((s) => s !== own);
    outside.forEach((s) => expect(s).not.toHaveTextContent("Chamberlain's"));
    expect(screen.getByRole('list', { name: 'Largest department gaps' })).toHaveTextContent(/Department [ABC]/);
  });

  it('keeps the same letters on every view of the round', async () => {
    const first = show(true);
    await screen.findByText(/^Organisation level:/);
    const letters = (): string[] =>
      within(screen.getByRole('table', { name: 'Current level by department and dimension' }))
        .getAllByRole('row')
        .map((r) => r.textContent ?? '');
    const before = letters();
    first.unmount();
    show(true);
    await screen.findByText(/^Organisation level:/);
    expect(letters()).toEqual(before);
  });

  it('offers no department radar to someone who did not respond', async () => {
    show(true, 99);
    await screen.findByText(/^Organisation level:/);
    expect(screen.getByText(/Results are anonymised, so departments are not named/)).toBeInTheDocument();
    expect(document.body).not.toHaveTextContent(/Chamberlain|Environment|Town Clerk/);
  });

  it('exports letters and no evidence', async () => {
    const downloads = captureDownloads();
    show(true);
    await screen.findByText(/^Organisation level:/);
    fireEvent.click(screen.getByRole('button', { name: 'Download CSV' }));
    expect(downloads.files.map((f) => f.name)).toEqual(['maturity-results-2025-Q4.csv']);
    const csv = await downloads.files[0].text();
    expect(csv).not.toMatch(/Chamberlain|Environment|Town Clerk|Street cleansing|calc/);
    expect(csv).toMatch(/^\uFEFF?Round,Department,Dimension,Current,Target,Gap,Evidence,Confidence\r\n/);
    expect(csv.match(/2025 Q4,Department [ABC],/g)).toHaveLength(3 * 4);
  });
});

describe('Maturity results: CSV', () => {
  it('exports every department and dimension with evidence, guarded against formulas', async () => {
    const downloads = captureDownloads();
    show(false);
    await screen.findByText(/^Organisation level:/);
    fireEvent.click(screen.getByRole('button', { name: 'Download CSV' }));
    const csv = await downloads.files[0].text();
    const lines = csv.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines).toHaveLength(1 + 3 * 4);
    expect(lines).toContain("2025 Q4,Chamberlain's,Value Focus,2,4,2,'=cmd|calc,Medium");
    expect(lines).toContain('2025 Q4,Environment,Service Model,2,3,1,Street cleansing reports go online,Medium');
  });
});
