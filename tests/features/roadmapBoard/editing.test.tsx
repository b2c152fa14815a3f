import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { ConflictError, DataError } from '../../../src/domain/dataErrors';
import { IInitiative } from '../../../src/domain/entities';
import { appendixC, renderBoard } from './roadmapFakes';
import { BAD_TYPED_DATES, typeDate } from '../typeDate';

// Fluent UI panels and forms render slowly in jsdom on a busy two-core machine.
jest.setTimeout(20_000);

async function openForm(query = ''): Promise<ReturnType<typeof renderBoard>> {
  const rendered = renderBoard({ query });
  await screen.findByText('Showing all 7 initiatives');
  await act(async () => undefined);
  return rendered;
}

/** A message shown on the board, and the same words read out by screen readers. */
const expectMessage = (text: string): Promise<void> => waitFor(() => expect(screen.getAllByText(text)).toHaveLength(2));

/** The form (also while a dialog is open over it). */
const form = (): HTMLElement => screen.getByRole('form', { hidden: true });
const field = (name: string | RegExp): HTMLElement => within(form()).getByRole('textbox', { name, hidden: true });

describe('Roadmap Board: adding an initiative', () => {
  it('says exactly what to fix, moves focus there, and saves once it is right', async () => {
    const { repository } = await openForm();
    fireEvent.click(screen.getByRole('button', { name: 'New initiative' }));
    await screen.findByRole('form', { name: 'New initiative' });
    fireEvent.change(field('Effort (months)'), { target: { value: 'six' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add initiative' }));
    expect(await screen.findByText('Initiative is required: give the initiative a name.')).toBeInTheDocument();
    expect(screen.getByText('Workstream is required: choose the workstream this initiative belongs to.')).toBeInTheDocument();
    expect(screen.getByText('Effort (months) must be a number, such as 3 or 1.5.')).toBeInTheDocument();
    expect(screen.getByText('3 fields need attention: Initiative, Workstream, Effort (months).')).toBeInTheDocument();
    expect(document.activeElement).toBe(field(/^Initiative/));
    expect(repository.added).toEqual([]);

    fireEvent.change(field(/^Initiative/), { target: { value: 'Digital front door' } });
    fireEvent.change(field('Effort (months)'), { target: { value: '4.5' } });
    fireEvent.click(within(form()).getByRole('combobox', { name: /Workstream/ }));
    fireEvent.click(await screen.findByRole('option', { name: 'Connected Customers' }));
    fireEvent.click(screen.getByRole('button', { name: 'Add initiative' }));
    await waitFor(() => expect(repository.added).toHaveLength(1));
    expect(repository.added[0]).toMatchObject({ title: 'Digital front door', workstream: 'Connected Customers', stage: 'Proposed', effortMonths: 4.5 });
    await expectMessage('“Digital front door” was added.');
    expect(await screen.findByRole('dialog', { name: 'Digital front door' })).toBeInTheDocument();
  });

  it('names a typed date that is not a date and saves nothing until it is put right (issue 15)', async () => {
    const { repository } = await openForm();
    fireEvent.click(screen.getByRole('button', { name: 'New initiative' }));
    await screen.findByRole('form', { name: 'New initiative' });
    fireEvent.change(field(/^Initiative/), { target: { value: 'Digital front door' } });
    fireEvent.click(within(form()).getByRole('combobox', { name: /Workstream/ }));
    fireEvent.click(await screen.findByRole('option', { name: 'Connected Customers' }));
    const startDate = (): HTMLElement => within(form()).getByRole('combobox', { name: 'Start date', hidden: true });
    const start = startDate();
    fireEvent.change(start, { target: { value: '30/2/2026' } });
    fireEvent.blur(start);
    expect(await screen.findByText('Start date: "30/2/2026" is not a date: February 2026 has 28 days.')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Add initiative' }));
    expect(await screen.findByText('One field needs attention: Start date.')).toBeInTheDocument();
    expect(repository.added).toEqual([]);
    for (const [typed, message] of BAD_TYPED_DATES.slice(1)) {
      typeDate(startDate(), typed);
      expect(await screen.findByText(`Start date: ${message}`)).toBeInTheDocument();
      fireEvent.click(screen.getByRole('button', { name: 'Add initiative' }));
      expect(repository.added).toEqual([]);
    }
    fireEvent.change(startDate(), { target: { value: '28/2/2026' } });
    fireEvent.blur(startDate());
    fireEvent.click(screen.getByRole('button', { name: 'Add initiative' }));
    await waitFor(() => expect(repository.added).toHaveLength(1));
    expect(repository.added[0]).toMatchObject({ title: 'Digital front door', startDate: '2026-02-28' });
    await expectMessage('“Digital front door” was added.');
    expect(await screen.findByRole('dialog', { name: 'Digital front door' })).toBeInTheDocument();
  });

  it('keeps everything typed when the save fails', async () => {
    const { repository } = await openForm();
    repository.failAdds.push(new DataError('Offline', 'You seem to be offline. Check your connection and try again.'));
    fireEvent.click(screen.getByRole('button', { name: 'New initiative' }));
    await screen.findByRole('form', { name: 'New initiative' });
    fireEvent.change(field(/^Initiative/), { target: { value: 'Citizen account' } });
    fireEvent.change(field('Notes'), { target: { value: 'Phase 1 covers council tax.' } });
    fireEvent.click(within(form()).getByRole('combobox', { name: /Workstream/ }));
    fireEvent.click(await screen.findByRole('option', { name: 'Connected Customers' }));
    fireEvent.click(screen.getByRole('button', { name: 'Add initiative' }));
    expect(await screen.findByText('You seem to be offline. Check your connection and try again.')).toBeInTheDocument();
    expect(screen.getByText(/Nothing you typed is lost/)).toBeInTheDocument();
    expect(field(/^Initiative/)).toHaveValue('Citizen account');
    expect(field('Notes')).toHaveValue('Phase 1 covers council tax.');
    fireEvent.click(screen.getByRole('button', { name: 'Add initiative' }));
    await waitFor(() => expect(repository.added).toHaveLength(2));
    expect(repository.added[1]).toMatchObject({ title: 'Citizen account', notes: 'Phase 1 covers council tax.' });
  });
});

describe('Roadmap Board: nothing typed is lost', () => {
  it('keeps what is typed on this device and offers it back after a reload', async () => {
    const first = renderBoard();
    await screen.findByText('Showing all 7 initiatives');
    await act(async () => undefined);
    fireEvent.click(screen.getByRole('button', { name: 'New initiative' }));
    await screen.findByRole('form', { name: 'New initiative' });
    fireEvent.change(field(/^Initiative/), { target: { value: 'Digital front door' } });
    const kept = first.services.drafts.read<{ values: { title: string } }>('roadmap:initiative:new');
    expect(kept?.values.title).toBe('Digital front door');
    first.unmount();

    renderBoard({ drafts: { 'roadmap:initiative:new': kept } }); // the page is opened again
    await screen.findByText('Showing all 7 initiatives');
    await act(async () => undefined);
    fireEvent.click(screen.getByRole('button', { name: 'New initiative' }));
    expect(await screen.findByText(/You have changes from earlier that were not saved/)).toBeInTheDocument();
    expect(field(/^Initiative/)).toHaveValue('');
    fireEvent.click(screen.getByRole('button', { name: 'Restore' }));
    expect(field(/^Initiative/)).toHaveValue('Digital front door');
  });
});

describe('Roadmap Board: editing when someone else saved first', () => {
  const intune = appendixC()[1];
  const theirs: IInitiative = { ...intune, etag: '"4"', notes: 'Roll-out paused for the audit', health: 'At risk', editor: { id: 30, title: 'Grace Lee' }, modified: '2026-11-27T09:30:00Z' };

  async function editIntune(): Promise<ReturnType<typeof renderBoard>> {
    const rendered = await openForm('sel=8');
    fireEvent.click(within(await screen.findByRole('dialog', { name: 'Full Intune Deployment' })).getByRole('button', { name: 'Edit' }));
    await screen.findByRole('form', { name: 'Edit Full Intune Deployment' });
    return rendered;
  }

  it('shows both versions, loses nothing typed, and saves the merge at their ETag', async () => {
    const { repository } = await editIntune();
    repository.failUpdates.push(new ConflictError({ notes: 'Mine' }, theirs));
    fireEvent.change(field('Notes'), { target: { value: 'Devices enrolled: 1,200 of 3,000' } });
    fireEvent.change(field('Progress (%)'), { target: { value: '40' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    const dialog = await screen.findByRole('alertdialog', { name: '“Full Intune Deployment” was changed by someone else' });
    expect(repository.updates[0]).toEqual({ id: 8, values: { notes: 'Devices enrolled: 1,200 of 3,000', progress: 40 }, etag: '"1"' });
    // Notes: both changed (mine selected); Health: only they changed it (theirs selected); Progress: only mine
    const chosen = (group: string): string => {
      const radios = within(within(dialog).getByRole('radiogroup', { name: group })).getAllByRole('radio') as HTMLInputElement[];
      return radios.find((r) => r.checked)?.closest('.ms-ChoiceField')?.textContent ?? '';
    };
    expect(chosen('Notes (you both changed this)')).toMatch(/^Your version.*Devices enrolled: 1,200 of 3,000$/);
    expect(chosen('Health (only they changed this)')).toMatch(/^Their version.*At risk$/);
    expect(chosen('Progress (%) (only you changed this)')).toMatch(/^Your version.*40%$/);

    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(field('Notes')).toHaveValue('Devices enrolled: 1,200 of 3,000');
    expect(field('Progress (%)')).toHaveValue('40');

    repository.failUpdates.push(new ConflictError({}, theirs));
    fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    const again = await screen.findByRole('alertdialog', { name: /was changed by someone else/ });
    const saveMerged = within(again).getByRole('button', { name: 'Save merged' });
    fireEvent.mouseDown(saveMerged); // a real click presses first: the form behind must not take it as a click outside
    fireEvent.click(saveMerged);
    expect(screen.queryByRole('alertdialog', { name: 'Discard your changes?' })).not.toBeInTheDocument();
    await waitFor(() => expect(repository.updates).toHaveLength(3));
    expect(repository.updates[2]).toEqual({ id: 8, values: { notes: 'Devices enrolled: 1,200 of 3,000', progress: 40 }, etag: '"4"' });
    await expectMessage('“Full Intune Deployment” was saved.');
  });

  it('takes their version when asked', async () => {
    const { repository } = await editIntune();
    repository.failUpdates.push(new ConflictError({}, theirs));
    fireEvent.change(field('Notes'), { target: { value: 'Mine' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    fireEvent.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Take theirs' }));
    await expectMessage('“Full Intune Deployment” was saved.');
    expect(repository.updates).toHaveLength(1);
  });

  it('asks before throwing away typed changes', async () => {
    await editIntune();
    fireEvent.change(field('Notes'), { target: { value: 'Half-written thought' } });
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    const confirm = await screen.findByRole('alertdialog', { name: 'Discard your changes?' });
    fireEvent.click(within(confirm).getByRole('button', { name: 'Keep editing' }));
    expect(field('Notes')).toHaveValue('Half-written thought');
  });
});

describe('Roadmap Board: deleting', () => {
  it('asks first, then deletes at the ETag read', async () => {
    const { repository } = await openForm('sel=9');
    fireEvent.click(within(await screen.findByRole('dialog', { name: 'Modernise Telephony' })).getByRole('button', { name: 'Delete' }));
    const confirm = await screen.findByRole('alertdialog', { name: 'Delete “Modernise Telephony”?' });
    expect(repository.deleted).toEqual([]);
    fireEvent.click(within(confirm).getByRole('button', { name: 'Delete' }));
    await expectMessage('“Modernise Telephony” was deleted.');
    expect(repository.deleted).toEqual([{ id: 9, etag: '"1"' }]);
    expect(screen.getByText('Showing all 6 initiatives')).toBeInTheDocument();
  });
});
