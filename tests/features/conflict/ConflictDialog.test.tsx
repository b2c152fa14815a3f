import * as React from 'react';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { ConflictDialog, IConflictField } from '../../../src/features/shared/conflict/ConflictDialog';

const fields: IConflictField[] = [
  { key: 'title', label: 'Title' },
  { key: 'stage', label: 'Stage' },
  { key: 'progress', label: 'Progress (%)' },
  { key: 'owner', label: 'Owner' },
  { key: 'health', label: 'Health' }
];
const priya = { id: 4, title: 'Priya Shah' };
const base = { title: 'Intune', stage: 'Proposed', progress: 10, owner: priya, health: 'On track' };
const mine = { title: 'Full Intune Deployment', stage: 'Approved', progress: 10, owner: { id: 4, title: 'Priya' }, health: 'On track' };
const theirs = { title: 'Intune', stage: 'In delivery', progress: 40, owner: priya, health: 'On track', editor: { id: 9, title: 'Tom Okafor' }, modified: '2026-03-02T14:05:00Z' };

function renderDialog(overrides: Partial<React.ComponentProps<typeof ConflictDialog>> = {}): { onResolve: jest.Mock; onCancel: jest.Mock } {
  const onResolve = jest.fn();
  const onCancel = jest.fn();
  render(<ConflictDialog title="Full Intune Deployment" fields={fields} base={base} mine={mine} theirs={theirs} onResolve={onResolve} onCancel={onCancel} {...overrides} />);
  return { onResolve, onCancel };
}

describe('ConflictDialog', () => {
  it('shows only the fields that differ, both versions, who changed theirs and when', () => {
    renderDialog();
    const dialog = screen.getByRole('alertdialog', { name: '“Full Intune Deployment” was changed by someone else' });
    expect(within(dialog).getByText('Their version was saved by Tom Okafor on Monday, 2 March 2026 at 14:05, after you opened it. Choose which version to keep for each field that differs.')).toBeInTheDocument();
    const groups = within(dialog).getAllByRole('radiogroup');
    expect(groups.map((g) => g.getAttribute('aria-labelledby') && document.getElementById(g.getAttribute('aria-labelledby') as string)?.textContent)).toEqual([
      'Title (only you changed this)',
      'Stage (you both changed this)',
      'Progress (%) (only they changed this)'
    ]);
    // The owner is the same person (by id) and Health is unchanged: not shown.
    expect(within(dialog).queryByText(/^Owner/)).not.toBeInTheDocument();
    expect(within(dialog).getByText(/2 other fields are the same in both versions/)).toBeInTheDocument();
    expect(within(dialog).getAllByText('Changed by Tom Okafor on Monday, 2 March 2026 at 14:05')).toHaveLength(3);
  });

  it('pre-selects the sensible merge and saves it', () => {
    const { onResolve } = renderDialog();
    expect(screen.getByRole('radio', { name: /Your version.*Full Intune Deployment/ })).toBeChecked();
    expect(screen.getByRole('radio', { name: /Your version.*Approved/ })).toBeChecked();
    expect(screen.getByRole('radio', { name: /Their version.*40/ })).toBeChecked();
    fireEvent.click(screen.getByRole('button', { name: 'Save merged' }));
    expect(onResolve).toHaveBeenCalledWith({ title: 'Full Intune Deployment', stage: 'Approved', progress: 40, owner: { id: 4, title: 'Priya' }, health: 'On track' });
  });

  it('follows a per-field choice', () => {
    const { onResolve } = renderDialog();
    fireEvent.click(screen.getByRole('radio', { name: /Their version.*In delivery/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Save merged' }));
    expect(onResolve.mock.calls[0][0]).toMatchObject({ title: 'Full Intune Deployment', stage: 'In delivery', progress: 40 });
  });

  test.each([
    // Keep mine keeps their change to Progress, which only they made (issue 15: it went back from 40 to 10)
    ['Keep mine', { title: 'Full Intune Deployment', stage: 'Approved', progress: 40 }],
    ['Take theirs', { title: 'Intune', stage: 'In delivery', progress: 40 }]
  ])('%s writes that version over the other', (button, expected) => {
    const { onResolve } = renderDialog();
    fireEvent.click(screen.getByRole('button', { name: button }));
    expect(onResolve.mock.calls[0][0]).toMatchObject(expected);
  });

  it('cancels without resolving, also with Escape', () => {
    const { onResolve, onCancel } = renderDialog();
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(onCancel).toHaveBeenCalledTimes(1);
    fireEvent.keyDown(screen.getByRole('radio', { name: /Your version.*Approved/ }), { key: 'Escape', code: 'Escape', which: 27, keyCode: 27 });
    expect(onCancel).toHaveBeenCalledTimes(2);
    expect(onResolve).not.toHaveBeenCalled();
  });

  it('uses a field format when given one', () => {
    renderDialog({ fields: [{ key: 'progress', label: 'Progress', format: (v) => `${String(v)}% done` }] });
    expect(screen.getByRole('radio', { name: /Their version.*40% done/ })).toBeInTheDocument();
  });

  it('says when the record was deleted meanwhile and offers to create it again or discard', () => {
    const { onResolve, onCancel } = renderDialog({ theirs: undefined });
    const dialog = screen.getByRole('alertdialog', { name: '“Full Intune Deployment” was deleted' });
    expect(within(screen.getByRole('list', { name: 'Your version' })).getAllByRole('listitem').map((li) => li.textContent)).toContain('Stage: Approved');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Create it again' }));
    expect(onResolve).toHaveBeenCalledWith(mine);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Discard my changes' }));
    expect(onCancel).toHaveBeenCalled();
  });
});
