import * as React from 'react';
import { DatePicker, DayOfWeek, defaultDatePickerStrings, IDatePickerStrings } from '@fluentui/react';
import { dayFieldProblem, isDay, parseTypedDate } from '../../domain/typedDates';
import { formatDate } from './format';

export interface IDateFieldProps {
  readonly label: string;
  /** A day `YYYY-MM-DD`, '' for none, or text the user typed that is not a date (kept so the message can name it). */
  readonly value: string;
  onChange(value: string): void;
  /** The form's own message for the field (required, out of order); else the field names a typed date it cannot read. */
  readonly errorMessage?: string;
  readonly id?: string;
  readonly required?: boolean;
  readonly disabled?: boolean;
  readonly description?: string;
}

const dayToDate = (day: string | undefined): Date | undefined => {
  if (!day || !isDay(day)) return undefined;
  const [y, m, d] = day.split('-').map(Number);
  return new Date(y, m - 1, d);
};
const dateToDay = (date: Date | null | undefined): string =>
  date ? `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}` : '';
const showDay = (date?: Date): string => (date ? formatDate(`${dateToDay(date)}T12:00:00Z`) : '');

// The field gives its own specific message for text it cannot read (below), so the picker's generic one is not added.
const STRINGS: IDatePickerStrings = { ...defaultDatePickerStrings, invalidInputErrorMessage: '', isResetStatusMessage: '', isRequiredErrorMessage: '' };

/**
 * The suite's one date input: a labelled text box that takes a typed day (1/4/2026, 1 April 2026, 2026-04-01) or one
 * chosen from a keyboard-operable calendar. Text that is not a date SharePoint stores is never dropped silently: it is
 * kept as the field's value, the field says what is wrong with it (linked to the input by aria-describedby, announced
 * as an alert), and the form's validation (dayFieldProblem, src/domain/typedDates.ts) refuses to save it.
 */
export const DateField: React.FC<IDateFieldProps> = ({ label, value, onChange, errorMessage, id, required, disabled, description }) => {
  // Set when typed text was not a date: the picker then "resets" to its previous date through onSelectDate, which must
  // not overwrite the typed text kept for the message.
  const rejectedTyping = React.useRef(false);
  const message = errorMessage ?? (value && !isDay(value) ? dayFieldProblem(label, value) : undefined);
  return (
    <DatePicker
      label={label}
      isRequired={required}
      value={dayToDate(value)}
      onSelectDate={(date) => {
        if (rejectedTyping.current) {
          rejectedTyping.current = false;
          return;
        }
        onChange(dateToDay(date));
      }}
      formatDate={showDay}
      parseDateFromString={(text) => {
        const day = parseTypedDate(text);
        if (!day) {
          rejectedTyping.current = true;
          onChange(text.trim());
        }
        return dayToDate(day) ?? null;
      }}
      allowTextInput
      strings={STRINGS}
      firstDayOfWeek={DayOfWeek.Monday}
      placeholder="Type a date (e.g. 1/4/2026) or choose one"
      disabled={disabled}
      textField={{ id, errorMessage: message, description, validateOnLoad: false }}
    />
  );
};
