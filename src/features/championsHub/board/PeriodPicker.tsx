import * as React from 'react';
import { Dropdown, IconButton, IDropdownOption } from '@fluentui/react';
import { IPeriod, PeriodKind, periodOf, shiftPeriod } from '../../../domain/champions/periods';
import { ChampionsClasses } from '../championsStyles';
import { todayIso } from '../mine/ActivityForm';

const KINDS: IDropdownOption[] = [
  { key: 'quarter', text: 'Quarter' },
  { key: 'year', text: 'Financial year' },
  { key: 'all', text: 'All time' }
];

export interface IPeriodPickerProps {
  readonly classes: ChampionsClasses;
  readonly period: IPeriod;
  readonly onChange: (period: IPeriod) => void;
}

export const currentPeriod = (kind: PeriodKind = 'quarter'): IPeriod => periodOf(kind, todayIso());

/** Chooses a quarter, a financial year or all time, and steps to the previous or next one. */
export const PeriodPicker: React.FC<IPeriodPickerProps> = ({ classes, period, onChange }) => (
  <div className={classes.row} style={{ alignItems: 'flex-end' }}>
    <Dropdown label="Period" options={KINDS} selectedKey={period.kind} onChange={(_, o) => o && onChange(currentPeriod(o.key as PeriodKind))} styles={{ root: { minWidth: 150 } }} />
    {period.kind !== 'all' && (
      <div className={classes.row} style={{ gap: 4, alignItems: 'center' }}>
        <IconButton iconProps={{ iconName: 'ChevronLeft' }} title="Previous period" ariaLabel="Previous period" onClick={() => onChange(shiftPeriod(period, -1))} />
        <span aria-live="polite" style={{ minWidth: 120 }}>
          {period.label}
        </span>
        <IconButton iconProps={{ iconName: 'ChevronRight' }} title="Next period" ariaLabel="Next period" disabled={!!period.end && period.end > todayIso()} onClick={() => onChange(shiftPeriod(period, 1))} />
      </div>
    )}
  </div>
);
