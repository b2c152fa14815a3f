import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { DataError } from '../../../../src/domain/dataErrors';
import { IInitiativeScore, IPersonRef } from '../../../../src/domain/entities';
import { intranet, workedScores } from './prioritiesFakes';
import { renderPriorities } from './renderPriorities';

const me: IPersonRef = { id: 30, title: 'Samuel Adeyemi' };

async function openGrid(scores: IInitiativeScore[] = workedScores()) {
  const view = renderPriorities({ me, scores });
  await screen.findByRole('table', { name: 'Ranking, 2026 Autumn' });
  fireEvent.click(screen.getByRole('tab', { name: 'Score initiatives' }));
  const grid = await screen.findByRole('grid', { name: 'Your scores, 2026 Autumn' });
  return { ...view, grid };
}

/** The grid cell of an initiative (row header) and criterion (column index, 0 = first criterion). */
const cell = (grid: HTMLElement, initiative: string, col: number): HTMLElement => {
  const row = within(grid).getByRole('rowheader', { name: initiative }).closest('tr') as HTMLElement;
  return within(row).getAllByRole('gridcell')[col];
};

const press = (key: string): void => {
  fireEvent.keyDown(document.activeElement as Element, { key });
};

describe('the scoring grid', () => {
  it('lists the scorable initiatives by the active criteria, and explains the scale and each criterion', async () => {
    const { grid } = await openGrid();
    expect(within(grid).getAllByRole('rowheader').map((h) => h.textContent)).toEqual(['Full Intune Deployment', 'Modernise Telephony', 'Data Warehouse', 'Intranet search']);
    expect(within(grid).getAllByRole('columnheader').map((h) => h.textContent)).toEqual([
      'Initiative',
      'Strategic alignmentBenefit, 0–5',
      'Benefit to residentsBenefit, 0–10',
      'Cost and effortCost, 0–5'
    ]);
    const guide = screen.getByText('The criteria and the scale').closest('details') as HTMLElement;
    expect(guide).toHaveTextContent('Strategic alignment (benefit, weight 3, 0 to 5): How directly it advances the strategy.');
    expect(guide).toHaveTextContent('Cost and effort (cost, weight 1, 0 to 5): A higher score means a higher cost.');
    // The scorer has no scores yet: every cell is empty, and only the first is in the tab order.
    const cells = within(grid).getAllByRole('gridcell');
    expect(cells.every((c) => c.textContent === '–not scored')).toBe(true);
    expect(cells.filter((c) => c.tabIndex === 0)).toEqual([cells[0]]);
  });

  it('moves with the arrow keys, Home and End, and saves a digit as a new score, then updates that same score', async () => {
    const { grid, scores } = await openGrid();
    cell(grid, 'Full Intune Deployment', 0).focus();
    press('ArrowDown');
    press('ArrowDown');
    press('ArrowDown');
    expect(document.activeElement).toBe(cell(grid, 'Intranet search', 0));
    press('ArrowDown');
    expect(document.activeElement).toBe(cell(grid, 'Intranet search', 0));
    press('End');
    expect(document.activeElement).toBe(cell(grid, 'Intranet search', 2));
    press('Home');
    press('ArrowRight');
    expect(document.activeElement).toBe(cell(grid, 'Intranet search', 1));
    expect((document.activeElement as HTMLElement).tabIndex).toBe(0);

    press('ArrowLeft');
    press('4');
    await waitFor(() => expect(cell(grid, 'Intranet search', 0)).toHaveTextContent('4 out of 5 Saved'));
    expect(scores.writes).toEqual([`add ${intranet.id}/1 = 4`]);
    press('5');
    await waitFor(() => expect(cell(grid, 'Intranet search', 0)).toHaveTextContent('5 out of 5 Saved'));
    expect(scores.writes).toEqual([`add ${intranet.id}/1 = 4`, 'update 1000 = 5 at "1"']);
    expect(scores.items.filter((s) => s.author?.id === me.id)).toHaveLength(1);
  });

  it('refuses a digit above the scale and takes two digits on a 0-10 scale', async () => {
    const { grid, scores } = await openGrid();
    cell(grid, 'Intranet search', 0).focus();
    press('7');
    expect(await screen.findByText('Scores for this criterion go from 0 to 5.')).toBeInTheDocument();
    press('ArrowRight');
    press('1');
    press('0');
    await waitFor(() => expect(cell(grid, 'Intranet search', 1)).toHaveTextContent('10 out of 10 Saved'));
    expect(scores.writes).toEqual([`add ${intranet.id}/2 = 1`, 'update 1000 = 10 at "1"']);
  });

  it('shows the scorer\'s own scores and updates the ranking as they score', async () => {
    const own: IInitiativeScore = { id: 500, title: '', initiative: { id: intranet.id, title: '' }, criterion: { id: 1, title: '' }, author: me, score: 2, rationale: 'Small but useful', scoringRound: '2026 Autumn', etag: '"1"' };
    const { grid } = await openGrid([...workedScores(), own]);
    expect(cell(grid, 'Intranet search', 0)).toHaveTextContent('2 out of 5');
    expect(within(cell(grid, 'Intranet search', 0)).getByRole('img', { name: 'has a rationale' })).toBeInTheDocument();
    cell(grid, 'Intranet search', 0).focus();
    press('5');
    press('ArrowRight');
    press('9');
    await waitFor(() => expect(cell(grid, 'Intranet search', 1)).toHaveTextContent('Saved'));
    fireEvent.click(screen.getByRole('tab', { name: 'Ranking' }));
    const rows = within(await screen.findByRole('table', { name: 'Ranking, 2026 Autumn' })).getAllByRole('row').slice(1);
    // 100 x (3 x 1.0 + 2 x 0.9) / 5 = 96.0 from one scorer on two of the three criteria: provisional, below every
    // ranked initiative however high its score (rule 8).
    expect(rows.map((r) => within(r).getAllByRole('cell')[1].textContent)).not.toContain('Intranet search');
    expect(within(rows[0]).getAllByRole('cell').map((c) => c.textContent)).toEqual(['1', 'Data Warehouse', '77.8', '92.0', '6.7', '3']);
    const provisional = screen.getByRole('list', { name: 'Provisional initiatives, below the quorum of 2' });
    expect(within(provisional).getByRole('listitem')).toHaveTextContent('Intranet search0 of 2 scorers · provisional score 96.0 · 1 partial scorer');
    expect(screen.queryByRole('list', { name: 'Initiatives not scored yet' })).not.toBeInTheDocument();
  });

  it('opens the rationale box with Enter and saves the rationale with the score', async () => {
    const { grid, scores } = await openGrid();
    cell(grid, 'Data Warehouse', 2).focus();
    press('3');
    await waitFor(() => expect(cell(grid, 'Data Warehouse', 2)).toHaveTextContent('Saved'));
    press('Enter');
    const dialog = await screen.findByRole('dialog', { name: 'Score “Data Warehouse”' });
    expect(dialog).toHaveTextContent('Cost and effort (cost, 0 to 5). A higher score means a higher cost.');
    expect(within(dialog).getByRole('radio', { name: '3' })).toBeChecked();
    fireEvent.change(within(dialog).getByRole('textbox', { name: 'Rationale' }), { target: { value: 'Needs a new platform and specialist skills.' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(scores.writes).toEqual(['add 10/3 = 3', 'update 1000 = 3 (Needs a new platform and specialist skills.) at "1"']));
    await waitFor(() => expect(document.activeElement).toBe(cell(grid, 'Data Warehouse', 2)));
  });

  it('lets a pointer or touch user score by clicking a cell', async () => {
    const { grid, scores } = await openGrid();
    fireEvent.click(cell(grid, 'Modernise Telephony', 0));
    const dialog = await screen.findByRole('dialog', { name: 'Score “Modernise Telephony”' });
    fireEvent.click(within(dialog).getByRole('radio', { name: '2' }));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(scores.writes).toEqual(['add 9/1 = 2']));
  });

  it('in the score dialog, a digit chooses that score and Enter saves it', async () => {
    const { grid, scores } = await openGrid();
    fireEvent.click(cell(grid, 'Modernise Telephony', 0));
    const dialog = await screen.findByRole('dialog', { name: 'Score “Modernise Telephony”' });
    const two = within(dialog).getByRole('radio', { name: '2' });
    fireEvent.keyDown(two, { key: '4' });
    expect(within(dialog).getByRole('radio', { name: '4' })).toBeChecked();
    fireEvent.keyDown(two, { key: '9' });
    expect(within(dialog).getByRole('alert')).toHaveTextContent('Scores for this criterion go from 0 to 5.');
    expect(within(dialog).getByRole('radio', { name: '4' })).toBeChecked();
    // Digits typed in the rationale are words, not scores.
    fireEvent.keyDown(within(dialog).getByRole('textbox', { name: /Rationale/ }), { key: '1' });
    expect(within(dialog).getByRole('radio', { name: '4' })).toBeChecked();
    fireEvent.keyDown(two, { key: 'Enter' });
    await waitFor(() => expect(scores.writes).toEqual(['add 9/1 = 4']));
  });

  it('removes the scorer\'s score with Delete', async () => {
    const { grid, scores } = await openGrid();
    cell(grid, 'Intranet search', 0).focus();
    press('4');
    await waitFor(() => expect(cell(grid, 'Intranet search', 0)).toHaveTextContent('Saved'));
    press('Delete');
    await waitFor(() => expect(cell(grid, 'Intranet search', 0)).toHaveTextContent('–not scored'));
    expect(scores.writes).toEqual([`add ${intranet.id}/1 = 4`, 'delete 1000']);
  });

  it('keeps the input while SharePoint is out of reach, says it is tried again by itself, and saves it on Try now', async () => {
    const { grid, scores } = await openGrid();
    scores.failNextWrite = new DataError('Offline', 'SharePoint could not be reached. Check your connection and try again.');
    cell(grid, 'Intranet search', 0).focus();
    press('3');
    await waitFor(() => expect(cell(grid, 'Intranet search', 0)).toHaveTextContent('3 out of 5 Trying again…'));
    expect(screen.getByText(/1 score not saved yet: SharePoint is busy or out of reach, so it is tried again by itself/)).toBeInTheDocument();
    expect(screen.queryByText(/could not be saved/)).not.toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Try now' }));
    await waitFor(() => expect(cell(grid, 'Intranet search', 0)).toHaveTextContent('3 out of 5 Saved'));
    expect(scores.writes).toEqual([`add ${intranet.id}/1 = 3`]);
  });

  it('never adds a second score when one was saved elsewhere meanwhile: it updates that one', async () => {
    const { grid, scores } = await openGrid();
    // Saved from another tab after the grid read the scorer's scores.
    scores.items.push({ id: 777, title: '', initiative: { id: intranet.id, title: '' }, criterion: { id: 1, title: '' }, author: me, score: 1, scoringRound: '2026 Autumn', etag: '"1"' });
    cell(grid, 'Intranet search', 0).focus();
    press('4');
    await waitFor(() => expect(cell(grid, 'Intranet search', 0)).toHaveTextContent('Saved'));
    expect(scores.writes).toEqual(['update 777 = 4 at "1"']);
    expect(scores.items.filter((s) => s.author?.id === me.id)).toHaveLength(1);
  });

  it('shows both versions when the same score was changed elsewhere, and saves the one chosen', async () => {
    const own: IInitiativeScore = { id: 500, title: '', initiative: { id: intranet.id, title: '' }, criterion: { id: 1, title: '' }, author: me, score: 2, scoringRound: '2026 Autumn', etag: '"1"' };
    const { grid, scores } = await openGrid([...workedScores(), own]);
    act(() => scores.changeBehind(500, { score: 1, rationale: 'Changed on my phone' }, me));
    cell(grid, 'Intranet search', 0).focus();
    press('4');
    const dialog = await screen.findByRole('alertdialog', { name: /was changed by someone else/ });
    expect(dialog).toHaveTextContent('Their version was saved by Samuel Adeyemi on Thursday, 1 October 2026 at 10:15');
    expect(within(dialog).getByRole('radio', { name: /Your version.*4/ })).toBeChecked();
    expect(within(dialog).getByRole('radio', { name: /Their version.*Changed on my phone/ })).toBeChecked();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save merged' }));
    await waitFor(() => expect(scores.writes).toEqual(['update 500 = 4 (Changed on my phone) at "2"']));
    await waitFor(() => expect(cell(grid, 'Intranet search', 0)).toHaveTextContent('4 out of 5'));
  });
});
