import * as React from 'react';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { createTheme } from '@fluentui/react';
import { IChampionActivity } from '../../../src/domain/entities';
import { championsStyles } from '../../../src/features/championsHub/championsStyles';
import { ActivityForm } from '../../../src/features/championsHub/mine/ActivityForm';
import { HubProvider } from '../../../src/features/shared/HubContext';
import { fakeServices, FakeRepository, hubContext } from '../fakeServices';
import { BAD_TYPED_DATES, typeDate } from '../typeDate';

/** Issue 15: a typed date that is not a date is named in the activity form, and nothing is logged. */
describe('the activity form\'s date', () => {
  const show = () => {
    const activities = new FakeRepository<IChampionActivity>();
    const saved: string[] = [];
    render(
      <HubProvider value={hubContext(fakeServices({ activities }))}>
        <ActivityForm classes={championsStyles(createTheme({}))} mine={[]} departments={[]} onSaved={(m) => saved.push(m)} />
      </HubProvider>
    );
    const form = screen.getByRole('form', { name: 'Log an activity' });
    fireEvent.change(within(form).getByRole('textbox', { name: /What did you do/ }), { target: { value: 'Teams drop-in for Planning' } });
    fireEvent.click(within(form).getByRole('combobox', { name: /Type/ }));
    fireEvent.click(screen.getByRole('option', { name: 'Drop-in clinic' }));
    return { form, activities, saved };
  };

  it.each(BAD_TYPED_DATES)('names %p and logs nothing', async (typed, message) => {
    const { form, activities, saved } = show();
    typeDate(within(form).getByRole('combobox', { name: 'Date' }), typed);
    expect(await within(form).findByText(`Date: ${message}`)).toBeInTheDocument();
    fireEvent.click(within(form).getByRole('button', { name: 'Log activity' }));
    await waitFor(() => expect(within(form).getByRole('combobox', { name: 'Date' })).toHaveAttribute('aria-invalid', 'true'));
    expect(activities.items).toEqual([]);
    expect(saved).toEqual([]);
  });

  it('logs the activity once the date is put right', async () => {
    const { form, activities } = show();
    typeDate(within(form).getByRole('combobox', { name: 'Date' }), '0/0/0');
    typeDate(within(form).getByRole('combobox', { name: 'Date' }), '2/11/2026');
    fireEvent.click(within(form).getByRole('button', { name: 'Log activity' }));
    await waitFor(() => expect(activities.items).toHaveLength(1));
    expect(activities.items[0]).toMatchObject({ activityDate: '2026-11-02T00:00:00Z' });
  });
});
