import { fireEvent } from '@testing-library/react';

/** The typed dates of issue 15 that once cleared a field silently, with the message each now gets (after the label). */
export const BAD_TYPED_DATES: readonly (readonly [string, string])[] = [
  ['30/2/2026', '"30/2/2026" is not a date: February 2026 has 28 days.'],
  ['1/1/1', '"1/1/1": write the year in full, such as 1/1/2026.'],
  ['0/0/0', '"0/0/0" is not a date: days and months start at 1.']
];

/** Types into a DateField (src/features/shared/DateField.tsx) as a user does: the text, then leaving the field. */
export function typeDate(input: HTMLElement, text: string): void {
  fireEvent.change(input, { target: { value: text } });
  fireEvent.blur(input);
}
