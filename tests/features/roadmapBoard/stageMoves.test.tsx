import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { ConflictError, DataError } from '../../../src/domain/dataErrors';
import { IInitiative } from '../../../src/domain/entities';
import { appendixC, renderBoard, STAFF } from './roadmapFakes';

// Fluent UI panels and forms render slowly in jsdom on a busy two-core machine.
jest.setTimeout(20_000);

const column = (stage: string): HTMLElement => screen.getByRole('region', { name: new RegExp(`^${stage} \\d`), hidden: true });
const titlesIn = (stage: string): string[] => within(column(stage)).queryAllByRole('article', { hidden: true }).map((a) => a.getAttribute('aria-label') ?? '');
const live = (): string => document.querySelector('[aria-live="polite"][aria-atomic="true"]')?.textContent ?? '';

async function ready(): Promise<void> {
  await screen.findByText('Showing all 7 initiatives');
  await act(async () => undefined); // permissions read
}

describe('Roadmap Board: changing stage (programme office)', () => {
  it('moves an initiative by keyboard: Space picks up, arrows choose, Space drops; saves with its ETag and keeps focus', async () => {
    const { repository } = renderBoard();
    await ready();
    const handle = screen.getByRole('button', { name: 'Pick up Full Intune Deployment' });
    handle.focus();
    fireEvent.keyDown(handle, { key: ' ' });
    expect(live()).toMatch(/Full Intune Deployment picked up, in Approved/);
    expect(screen.getByRole('button', { name: 'Full Intune Deployment, picked up' })).toHaveAttribute('aria-pressed', 'true');
    fireEvent.keyDown(handle, { key: 'ArrowRight' });
    expect(live()).toBe('In delivery, 0 initiatives. Press Space or Enter to move it here.');
    fireEvent.keyDown(handle, { key: ' ' });
    expect(titlesIn('In delivery')).toEqual(['Full Intune Deployment']);
    await waitFor(() => expect(live()).toBe('Saved: Full Intune Deployment is now in In delivery.'));
    expect(repository.updates).toEqual([{ id: 8, values: { stage: 'In delivery' }, etag: '"1"' }]);
    expect(document.activeElement).toHaveAttribute('aria-label', 'Pick up Full Intune Deployment');
    expect(within(column('In delivery')).getByRole('article')).toContainElement(document.activeElement as HTMLElement);
  });

  it('puts the card back on Escape without saving', async () => {
    const { repository } = renderBoard();
    await ready();
    const handle = screen.getByRole('button', { name: 'Pick up Modernise Telephony' });
    fireEvent.keyDown(handle, { key: 'Enter' });
    fireEvent.keyDown(handle, { key: 'ArrowLeft' });
    fireEvent.keyDown(handle, { key: 'Escape' });
    expect(live()).toBe('Move cancelled. Modernise Telephony stays in Approved.');
    expect(titlesIn('Approved')).toContain('Modernise Telephony');
    expect(repository.updates).toEqual([]);
  });

  it('moves with a single pointer: the card’s menu, or a tap on the handle then "Move here"', async () => {
    const { repository } = renderBoard();
    await ready();
    fireEvent.click(screen.getByRole('button', { name: 'Move Agile Methods Implementation to another stage' }));
    fireEvent.click(await screen.findByRole('menuitemcheckbox', { name: 'Move to Proposed' }));
    await waitFor(() => expect(titlesIn('Proposed')).toContain('Agile Methods Implementation'));
    fireEvent.click(screen.getByRole('button', { name: 'Pick up Information Assets Register' }));
    fireEvent.click(screen.getByRole('button', { name: 'Move Information Assets Register to Completed' }));
    await waitFor(() => expect(repository.updates).toHaveLength(2));
    expect(repository.updates.map((u) => [u.id, u.values.stage])).toEqual([
      [17, 'Proposed'],
      [13, 'Completed']
    ]);
  });

  it('moves by drag and drop', async () => {
    const { repository } = renderBoard();
    await ready();
    const card = screen.getByRole('article', { name: 'Modernise Telephony' });
    const dataTransfer = { setData: jest.fn(), dropEffect: '', effectAllowed: '' };
    fireEvent.dragStart(card, { dataTransfer });
    fireEvent.dragOver(column('On hold'), { dataTransfer });
    fireEvent.drop(column('On hold'), { dataTransfer });
    await waitFor(() => expect(repository.updates).toEqual([{ id: 9, values: { stage: 'On hold' }, etag: '"1"' }]));
    expect(titlesIn('On hold')).toEqual(['Modernise Telephony']);
  });

  it('rolls a failed move back and says why', async () => {
    const { repository } = renderBoard();
    await ready();
    repository.failUpdates.push(new DataError('AccessDenied', 'You do not have permission to do that here.', 403));
    fireEvent.click(screen.getByRole('button', { name: 'Move Full Intune Deployment to another stage' }));
    fireEvent.click(await screen.findByRole('menuitemcheckbox', { name: 'Move to Completed' }));
    expect(await screen.findByText('“Full Intune Deployment” could not be moved to Completed, so it is back in Approved.')).toBeInTheDocument();
    expect(screen.getByText('You do not have permission to do that here.')).toBeInTheDocument();
    expect(titlesIn('Approved')).toContain('Full Intune Deployment');
    expect(titlesIn('Completed')).toEqual([]);
  });

  it('makes the move on the newer version when someone else changed other fields meanwhile', async () => {
    const { repository } = renderBoard();
    await ready();
    const theirs: IInitiative = { ...appendixC()[1], etag: '"5"', notes: 'Pilot in Chamberlain’s first' };
    repository.failUpdates.push(new ConflictError({ stage: 'In delivery' }, theirs));
    fireEvent.click(screen.getByRole('button', { name: 'Move Full Intune Deployment to another stage' }));
    fireEvent.click(await screen.findByRole('menuitemcheckbox', { name: 'Move to In delivery' }));
    await waitFor(() => expect(repository.updates).toHaveLength(2));
    expect(repository.updates[1]).toEqual({ id: 8, values: { stage: 'In delivery' }, etag: '"5"' });
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
  });

  it('shows both versions when someone else changed the stage too, and saves the one chosen over theirs', async () => {
    const { repository } = renderBoard();
    await ready();
    const theirs: IInitiative = { ...appendixC()[1], stage: 'On hold', etag: '"7"', editor: { id: 30, title: 'Grace Lee' } };
    repository.failUpdates.push(new ConflictError({ stage: 'In delivery' }, theirs));
    fireEvent.click(screen.getByRole('button', { name: 'Move Full Intune Deployment to another stage' }));
    fireEvent.click(await screen.findByRole('menuitemcheckbox', { name: 'Move to In delivery' }));
    const dialog = await screen.findByRole('alertdialog', { name: /“Full Intune Deployment” was changed by someone else/ });
    expect(titlesIn('On hold')).toEqual(['Full Intune Deployment']);
    expect(within(dialog).getByText(/Changed by Grace Lee/)).toBeInTheDocument();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Keep mine' }));
    await waitFor(() => expect(repository.updates).toHaveLength(2));
    expect(repository.updates[1]).toEqual({ id: 8, values: { stage: 'In delivery' }, etag: '"7"' });
    await waitFor(() => expect(titlesIn('In delivery')).toEqual(['Full Intune Deployment']));
  });
});

describe('Roadmap Board: staff', () => {
  it('offers no edit controls to someone who may only read the list', async () => {
    renderBoard({ access: STAFF, query: 'sel=8' });
    await ready();
    expect(screen.queryByRole('button', { name: /^Pick up/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /to another stage$/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'New initiative' })).not.toBeInTheDocument();
    expect(screen.queryByText(/To change a stage/)).not.toBeInTheDocument();
    const details = await screen.findByRole('dialog', { name: 'Full Intune Deployment' });
    expect(within(details).queryByRole('button', { name: 'Edit' })).not.toBeInTheDocument();
    expect(within(details).queryByRole('button', { name: 'Delete' })).not.toBeInTheDocument();
    expect(screen.getAllByRole('article', { hidden: true }).every((a) => a.getAttribute('draggable') === 'false')).toBe(true);
  });
});
