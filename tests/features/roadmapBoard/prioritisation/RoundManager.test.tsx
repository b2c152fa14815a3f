import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { IScoringRound } from '../../../../src/domain/entities';
import { BAD_TYPED_DATES, typeDate } from '../../typeDate';
import { ROUNDS, workedScores } from './prioritiesFakes';
import { renderPriorities } from './renderPriorities';

async function openRounds(rounds?: IScoringRound[]) {
  const view = renderPriorities({ scores: workedScores(), canManage: true, rounds });
  fireEvent.click(await screen.findByRole('tab', { name: 'Rounds' }));
  return view;
}

describe('round management (programme office)', () => {
  it('is offered only to the programme office', async () => {
    renderPriorities({ scores: workedScores(), canManage: false });
    await screen.findByRole('table', { name: 'Ranking, 2026 Autumn' });
    expect(screen.queryByRole('tab', { name: 'Rounds' })).not.toBeInTheDocument();
    expect(screen.queryByRole('tab', { name: 'Score audit' })).not.toBeInTheDocument();
  });

  it('lists the rounds and will not open another while one is open', async () => {
    await openRounds();
    const rows = within(screen.getByRole('table', { name: 'Scoring rounds' })).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getAllByRole('cell').slice(0, 4).map((c) => c.textContent))).toEqual([
      ['2026 Autumn', 'Open', '1 September 2026', '18 December 2026'],
      ['2025 Autumn', 'Closed', '1 September 2025', '31 October 2025']
    ]);
    expect(screen.getByText(/"2026 Autumn" is open. Only one round can be open at a time/)).toBeInTheDocument();
    expect(screen.queryByRole('form', { name: 'Open a new round' })).not.toBeInTheDocument();
  });

  it('closes the open round after confirmation, with its ETag', async () => {
    const { rounds, scores } = await openRounds();
    const update = jest.spyOn(rounds, 'update');
    fireEvent.click(screen.getByRole('button', { name: 'Close 2026 Autumn' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Close "2026 Autumn"?' });
    expect(dialog).toHaveTextContent('Scorers will no longer be able to add or change scores in this round.');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(update).not.toHaveBeenCalled();

    fireEvent.click(screen.getByRole('button', { name: 'Close 2026 Autumn' }));
    fireEvent.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Close round' }));
    // Closing records the round's ranking (issue 15: a frozen snapshot replaced the old high-water mark), at its ETag.
    await waitFor(() => expect(update).toHaveBeenCalledWith(2, { status: 'Closed', ranking: expect.stringContaining('"version":1') }, '"1"'));
    expect(scores.queries[scores.queries.length - 1]).toEqual(expect.objectContaining({ where: { scoringRound: '2026 Autumn' } }));
    expect(await screen.findByText('"2026 Autumn" is closed. Its final ranking is recorded and shown to everyone; its scores are kept.')).toBeInTheDocument();
    // Closed: the round note says so, scoring is no longer offered, and a new round may be opened.
    expect(await screen.findByText(/Closed on 18 December 2026/)).toBeInTheDocument();
    expect(screen.queryByRole('tab', { name: 'Score initiatives' })).not.toBeInTheDocument();
    expect(screen.getByRole('form', { name: 'Open a new round' })).toBeInTheDocument();
  });

  it('opens a new round after checking its name and dates', async () => {
    const closedOnly = ROUNDS.map((r) => ({ ...r, status: 'Closed' as const }));
    const { rounds } = await openRounds(closedOnly);
    const form = screen.getByRole('form', { name: 'Open a new round' });
    fireEvent.click(within(form).getByRole('button', { name: 'Open round' }));
    expect(await within(form).findByText('Give the round a name, for example "2027 Spring".')).toBeInTheDocument();

    fireEvent.change(within(form).getByRole('textbox', { name: 'Name' }), { target: { value: '2025 autumn' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Open round' }));
    expect(await within(form).findByText('There is already a round called "2025 autumn". Choose another name.')).toBeInTheDocument();

    fireEvent.change(within(form).getByRole('textbox', { name: 'Name' }), { target: { value: '2027 Spring' } });
    typeDate(within(form).getByRole('combobox', { name: 'Opens on' }), '1/3/2027');
    typeDate(within(form).getByRole('combobox', { name: 'Closes on' }), '1/2/2027');
    fireEvent.click(within(form).getByRole('button', { name: 'Open round' }));
    expect(await within(form).findByText('The closing date must be on or after the opening date.')).toBeInTheDocument();
    expect(rounds.items).toHaveLength(2);

    typeDate(within(form).getByRole('combobox', { name: 'Closes on' }), '30 April 2027');
    fireEvent.click(within(form).getByRole('button', { name: 'Open round' }));
    expect(await screen.findByText('"2027 Spring" is open. Scorers can now score in it.')).toBeInTheDocument();
    expect(rounds.items[2]).toMatchObject({ title: '2027 Spring', status: 'Open', opensOn: '2027-03-01T00:00:00Z', closesOn: '2027-04-30T00:00:00Z' });
    // The new round is shown, and it is the one being scored.
    expect(await screen.findByText('Open for scoring until 30 April 2027.')).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: 'Score initiatives' })).toBeInTheDocument();
  });

  it.each(BAD_TYPED_DATES)('names the typed date %p in each date field and opens no round', async (typed, message) => {
    const { rounds } = await openRounds(ROUNDS.map((r) => ({ ...r, status: 'Closed' as const })));
    const form = screen.getByRole('form', { name: 'Open a new round' });
    fireEvent.change(within(form).getByRole('textbox', { name: 'Name' }), { target: { value: '2027 Spring' } });
    typeDate(within(form).getByRole('combobox', { name: 'Opens on' }), typed);
    typeDate(within(form).getByRole('combobox', { name: 'Closes on' }), typed);
    expect(await within(form).findByText(`Opens on: ${message}`)).toBeInTheDocument();
    expect(within(form).getByText(`Closes on: ${message}`)).toBeInTheDocument();
    fireEvent.click(within(form).getByRole('button', { name: 'Open round' }));
    await waitFor(() => expect(within(form).getByText(`Opens on: ${message}`)).toBeInTheDocument());
    expect(rounds.items).toHaveLength(2);
    expect(screen.queryByText(/is open\. Scorers can now score in it/)).not.toBeInTheDocument();
  });
});
