import * as React from 'react';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { IKpi, IKpiMeasurement } from '../../../src/domain/entities';
import { quarterOf } from '../../../src/domain/kpi/periods';
import { CheckInForm } from '../../../src/features/kpiDashboard/CheckInForm';
import { HubProvider } from '../../../src/features/shared/HubContext';
import { fakeServices, FakeRepository, hubContext } from '../fakeServices';
import { BAD_TYPED_DATES, typeDate } from '../typeDate';

/** Issue 15: a typed due date that is not a date is named in the check-in form, and no value is saved. */
const KPI: IKpi = { id: 1, title: 'User satisfaction rate', outcome: 'Brilliant Basics', unit: 'Percent', polarity: 'Higher is better', target: 90, tolerance: 5 };
const QUARTER = '2026-10-01';

function show() {
  const kpiMeasurements = new FakeRepository<IKpiMeasurement>();
  const saved: IKpiMeasurement[] = [];
  render(
    <HubProvider value={hubContext(fakeServices({ kpiMeasurements }))}>
      <CheckInForm kpis={[KPI]} quarters={[quarterOf(QUARTER)]} initialQuarter={QUARTER} signedOff={new Set()} me={{ id: 11, title: 'Tom Okafor' }} onSaved={(m) => saved.push(m)} />
    </HubProvider>
  );
  return { kpiMeasurements, saved };
}

describe('the check-in form\'s action due date', () => {
  it.each(BAD_TYPED_DATES)('names %p and saves nothing', async (typed, message) => {
    const { kpiMeasurements, saved } = show();
    const form = await screen.findByRole('form', { name: 'Record a value' });
    const value = await within(form).findByRole('textbox', { name: /^Value for/ });
    await waitFor(() => expect(value).not.toBeDisabled());
    // A red value opens the corrective action; it stays open once written, for a value back on target.
    fireEvent.change(value, { target: { value: '50' } });
    fireEvent.change(within(form).getByRole('textbox', { name: /Corrective action/ }), { target: { value: 'Keep the follow-up calls.' } });
    fireEvent.change(value, { target: { value: '92' } });
    typeDate(within(form).getByRole('combobox', { name: 'Action due' }), typed);
    expect(await within(form).findByText(`Action due: ${message}`)).toBeInTheDocument();
    fireEvent.click(within(form).getByRole('button', { name: 'Save value' }));
    await waitFor(() => expect(within(form).getByRole('combobox', { name: 'Action due' })).toHaveAttribute('aria-invalid', 'true'));
    expect(kpiMeasurements.items).toEqual([]);
    expect(saved).toEqual([]);

    typeDate(within(form).getByRole('combobox', { name: 'Action due' }), '31/3/2027');
    fireEvent.click(within(form).getByRole('button', { name: 'Save value' }));
    await waitFor(() => expect(kpiMeasurements.items).toHaveLength(1));
    expect(kpiMeasurements.items[0]).toMatchObject({ value: 92, actionDue: expect.stringMatching(/^2027-03-31/) });
  });
});
