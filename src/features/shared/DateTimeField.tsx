import * as React from 'react';
import { mergeStyleSets, TextField } from '@fluentui/react';
import { dayFieldProblem, isDay, joinDayTime, parseTypedTime, splitDayTime, timeFieldProblem } from '../../domain/typedDates';
import { DateField } from './DateField';

export interface IDateTimeFieldProps {
  /** Names both parts: "<label> – date" and "<label> – time". */
  readonly label: string;
  /** `YYYY-MM-DDTHH:MM`, '' for none, or the parts as typed (joinDayTime, src/domain/typedDates.ts). */
  readonly value: string;
  onChange(value: string): void;
  /** The form's message for the field (required, a time that does not exist, out of order). */
  readonly errorMessage?: string;
  readonly required?: boolean;
  readonly disabled?: boolean;
  readonly description?: string;
}

const classes = mergeStyleSets({ pair: { display: 'flex', flexWrap: 'wrap', gap: 12, alignItems: 'flex-start' }, day: { flex: '1 1 200px' }, time: { flex: '0 1 160px' } });

/**
 * A date and a time of day (24-hour), each typed or (the date) chosen from the calendar: the shared DateField and a
 * time box. Text that is not a date or a time is kept and named under the part it is in; the form refuses to save it.
 */
export const DateTimeField: React.FC<IDateTimeFieldProps> = ({ label, value, onChange, errorMessage, required, disabled, description }) => {
  const { day, time } = splitDayTime(value);
  const dayBad = day.trim() !== '' && !isDay(day);
  const timeBad = time.trim() !== '' && !parseTypedTime(time);
  const timeMissing = isDay(day) && time.trim() === '';
  const dayError = dayBad ? dayFieldProblem(label, day) : timeBad || timeMissing ? undefined : errorMessage;
  const timeError = timeBad ? timeFieldProblem(label, time) : timeMissing ? errorMessage : undefined;
  return (
    <div className={classes.pair}>
      <div className={classes.day}>
        <DateField label={`${label} – date`} required={required} value={day} onChange={(d) => onChange(joinDayTime(d, time))} errorMessage={dayError ?? ''} disabled={disabled} description={description} />
      </div>
      <div className={classes.time}>
        <TextField
          label={`${label} – time`}
          required={required}
          value={time}
          onChange={(_, t) => onChange(joinDayTime(day, t ?? ''))}
          errorMessage={timeError}
          disabled={disabled}
          placeholder="12:30"
          inputMode="numeric"
          autoComplete="off"
          description="24-hour clock"
        />
      </div>
    </div>
  );
};
