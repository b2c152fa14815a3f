import * as React from 'react';
import { render, screen } from '@testing-library/react';
import { DateField } from '../../../src/features/shared/DateField';
import { BAD_TYPED_DATES, typeDate } from '../typeDate';

function Harness({ onValue }: { onValue: (value: string) => void }): JSX.Element {
  const [value, setValue] = React.useState('');
  return (
    <DateField
      label="Action due"
      value={value}
      onChange={(v) => {
        setValue(v);
        onValue(v);
      }}
    />
  );
}

describe('the shared date field', () => {
  it.each(BAD_TYPED_DATES)('names %p as not a date, keeps it as the value, and links the message to the input', async (typed, message) => {
    const values: string[] = [];
    render(<Harness onValue={(v) => values.push(v)} />);
    const input = screen.getByRole('combobox', { name: 'Action due' });
    typeDate(input, typed);
    const shown = await screen.findByText(`Action due: ${message}`);
    expect(values[values.length - 1]).toBe(typed);
    const describedBy = (input.getAttribute('aria-describedby') ?? '').split(' ');
    expect(describedBy.some((id) => id && document.getElementById(id)?.contains(shown))).toBe(true);
    expect(input).toHaveAttribute('aria-invalid', 'true');
  });

  it('takes a day typed as UK readers write it, and clears the message', () => {
    const values: string[] = [];
    render(<Harness onValue={(v) => values.push(v)} />);
    const input = screen.getByRole('combobox', { name: 'Action due' });
    typeDate(input, '0/0/0');
    typeDate(input, '1 April 2026');
    expect(values[values.length - 1]).toBe('2026-04-01');
    expect(screen.queryByText(/is not a date/)).not.toBeInTheDocument();
  });
});
