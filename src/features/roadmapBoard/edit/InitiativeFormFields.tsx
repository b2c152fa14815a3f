import * as React from 'react';
import { Checkbox, ChoiceGroup, Dropdown, IDropdownOption, mergeStyleSets, Text, TextField, useTheme } from '@fluentui/react';
import { IDepartment, Stage, Workstream } from '../../../domain/entities';
import {
  IInitiativeFormValues,
  InitiativeFormField,
  InitiativeFormIssues,
  parseTimeframeLabel,
  TIMEFRAME_MAX_LENGTH,
  TITLE_MAX_LENGTH
} from '../../../domain/roadmap';
import { CORPORATE_PLAN_OUTCOMES, GOVERNANCE_TIERS, HEALTH, STAGES, WAYS_OF_WORKING, WORKSTREAMS } from '../../../domain/vocabulary';
import { DateField } from '../../shared/DateField';
import { formatDate } from '../../shared/format';
import { PersonPicker } from '../../shared/people/PersonPicker';

export interface IInitiativeFormFieldsProps {
  readonly values: IInitiativeFormValues;
  readonly issues: InitiativeFormIssues;
  /** Departments to choose from (undefined while loading). */
  readonly departments: readonly IDepartment[] | undefined;
  readonly departmentsError?: string;
  readonly disabled: boolean;
  onChange<K extends InitiativeFormField>(field: K, value: IInitiativeFormValues[K]): void;
}

const NOT_SET = '__none';
const options = (values: readonly string[], withNone = false): IDropdownOption[] => [
  ...(withNone ? [{ key: NOT_SET, text: 'Not set' }] : []),
  ...values.map((v) => ({ key: v, text: v }))
];

/** The ids a field's input gets, so a failed save can move focus to the first field to fix. */
export const fieldId = (formId: string, field: InitiativeFormField): string => `${formId}-${field}`;

const timeframeHint = (label: string): string | undefined => {
  if (!label.trim()) return 'For example 2021-22 (a financial year), 2022-23 Q2 or Q3 2024. Used on the timeline when dates are not known.';
  const range = parseTimeframeLabel(label);
  return range
    ? `The timeline places this from ${formatDate(range.start.toISOString())} to ${formatDate(range.end.toISOString())} when there are no dates.`
    : 'The timeline cannot place this label; add dates, or write it like 2021-22, 2022-23 Q2 or Q3 2024.';
};

/** Every field of an initiative, labelled, with its problem (if any) under it. */
export const InitiativeFormFields: React.FC<IInitiativeFormFieldsProps & { formId: string }> = ({ formId, values, issues, departments, departmentsError, disabled, onChange }) => {
  const theme = useTheme();
  const classes = React.useMemo(
    () =>
      mergeStyleSets({
        form: { display: 'grid', gap: 16, paddingTop: 12 },
        pair: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(200px, 1fr))', gap: 16 },
        fieldset: { border: 0, margin: 0, padding: 0, minWidth: 0 },
        legend: { fontWeight: 600, fontSize: 14, padding: '0 0 8px', color: theme.semanticColors.bodyText },
        checks: { display: 'grid', gap: 8, gridTemplateColumns: 'repeat(auto-fill, minmax(140px, 1fr))' },
        outcomes: { display: 'grid', gap: 8, gridTemplateColumns: 'repeat(auto-fill, minmax(110px, 1fr))' },
        error: { color: theme.semanticColors.errorText, marginTop: 4, display: 'block' }
      }),
    [theme]
  );
  const id = (field: InitiativeFormField): string => fieldId(formId, field);
  const toggle = <T extends string>(list: readonly T[], value: T, on: boolean): T[] => (on ? [...list.filter((v) => v !== value), value] : list.filter((v) => v !== value));
  const datePicker = (field: 'startDate' | 'endDate', label: string): JSX.Element => (
    <DateField id={id(field)} label={label} value={values[field] ?? ''} onChange={(day) => onChange(field, day || undefined)} errorMessage={issues[field]} disabled={disabled} />
  );
  const departmentOptions: IDropdownOption[] = [
    { key: NOT_SET, text: 'Not set' },
    ...(departments ?? []).filter((d) => d.active !== false || d.id === values.department?.id).map((d) => ({ key: d.id, text: d.title }))
  ];
  return (
    <div className={classes.form}>
      <TextField
        id={id('title')}
        label="Initiative"
        required
        value={values.title}
        onChange={(_e, v) => onChange('title', v ?? '')}
        errorMessage={issues.title}
        description={`The initiative's name, up to ${TITLE_MAX_LENGTH} characters.`}
        disabled={disabled}
      />
      <TextField id={id('description')} label="Description" multiline autoAdjustHeight rows={3} value={values.description} onChange={(_e, v) => onChange('description', v ?? '')} disabled={disabled} />
      <div className={classes.pair}>
        <Dropdown
          id={id('workstream')}
          label="Workstream"
          required
          placeholder="Choose a workstream"
          selectedKey={values.workstream ?? null}
          options={options(WORKSTREAMS)}
          onChange={(_e, o) => o && onChange('workstream', o.key as Workstream)}
          errorMessage={issues.workstream}
          disabled={disabled}
        />
        <Dropdown
          id={id('stage')}
          label="Stage"
          required
          selectedKey={values.stage ?? null}
          options={options(STAGES)}
          onChange={(_e, o) => o && onChange('stage', o.key as Stage)}
          errorMessage={issues.stage}
          disabled={disabled}
        />
      </div>
      <fieldset className={classes.fieldset} id={id('waysOfWorking')}>
        <legend className={classes.legend}>Ways of working</legend>
        <div className={classes.checks}>
          {WAYS_OF_WORKING.map((w) => (
            <Checkbox key={w} label={w} checked={values.waysOfWorking.includes(w)} disabled={disabled} onChange={(_e, on) => onChange('waysOfWorking', toggle(values.waysOfWorking, w, Boolean(on)))} />
          ))}
        </div>
        {issues.waysOfWorking && <Text role="alert" variant="small" className={classes.error}>{issues.waysOfWorking}</Text>}
      </fieldset>
      <TextField
        id={id('timeframeLabel')}
        label="Timeframe"
        value={values.timeframeLabel}
        onChange={(_e, v) => onChange('timeframeLabel', v ?? '')}
        errorMessage={issues.timeframeLabel}
        description={issues.timeframeLabel ? undefined : timeframeHint(values.timeframeLabel)}
        maxLength={TIMEFRAME_MAX_LENGTH + 20}
        disabled={disabled}
      />
      <div className={classes.pair}>
        {datePicker('startDate', 'Start date')}
        {datePicker('endDate', 'End date')}
      </div>
      <fieldset className={classes.fieldset} id={id('corporatePlanOutcomes')}>
        <legend className={classes.legend}>Corporate Plan outcomes</legend>
        <div className={classes.outcomes}>
          {CORPORATE_PLAN_OUTCOMES.map((o) => (
            <Checkbox key={o} label={`Outcome ${o}`} checked={values.corporatePlanOutcomes.includes(o)} disabled={disabled} onChange={(_e, on) => onChange('corporatePlanOutcomes', toggle(values.corporatePlanOutcomes, o, Boolean(on)))} />
          ))}
        </div>
        {issues.corporatePlanOutcomes && <Text role="alert" variant="small" className={classes.error}>{issues.corporatePlanOutcomes}</Text>}
      </fieldset>
      <Dropdown
        id={id('department')}
        label="Department"
        selectedKey={values.department?.id ?? NOT_SET}
        options={departmentOptions}
        placeholder={departments ? 'Choose a department' : 'Loading departments…'}
        onChange={(_e, o) => {
          if (!o) return;
          onChange('department', o.key === NOT_SET ? undefined : { id: Number(o.key), title: o.text });
        }}
        errorMessage={departmentsError}
        disabled={disabled || (!departments && !values.department)}
      />
      <div className={classes.pair}>
        <PersonPicker label="Owner" value={values.owner} onChange={(p) => onChange('owner', p)} disabled={disabled} />
        <PersonPicker label="Sponsor" value={values.sponsor} onChange={(p) => onChange('sponsor', p)} disabled={disabled} />
      </div>
      <div className={classes.pair}>
        <Dropdown
          id={id('governanceTier')}
          label="Governance tier"
          selectedKey={values.governanceTier ?? NOT_SET}
          options={options(GOVERNANCE_TIERS, true)}
          onChange={(_e, o) => o && onChange('governanceTier', o.key === NOT_SET ? undefined : String(o.key))}
          errorMessage={issues.governanceTier}
          disabled={disabled}
        />
        <ChoiceGroup
          id={id('health')}
          label="Health"
          selectedKey={values.health ?? NOT_SET}
          options={[{ key: NOT_SET, text: 'Not set' }, ...HEALTH.map((h) => ({ key: h, text: h }))]}
          onChange={(_e, o) => o && onChange('health', o.key === NOT_SET ? undefined : (o.key as IInitiativeFormValues['health']))}
          disabled={disabled}
          styles={{ flexContainer: { display: 'flex', flexWrap: 'wrap', columnGap: '16px' } }}
        />
      </div>
      {issues.health && <Text role="alert" variant="small" className={classes.error}>{issues.health}</Text>}
      <Checkbox
        label="Must do: statutory or committed (always in the plan, never scored)"
        checked={values.mustDo}
        onChange={(_e, on) => onChange('mustDo', Boolean(on))}
        disabled={disabled}
      />
      <div className={classes.pair}>
        <TextField
          id={id('effortMonths')}
          label="Effort (months)"
          inputMode="decimal"
          value={values.effortMonths}
          onChange={(_e, v) => onChange('effortMonths', v ?? '')}
          errorMessage={issues.effortMonths}
          description={issues.effortMonths ? undefined : 'Under 1 month keeps it off the roadmap by default.'}
          disabled={disabled}
        />
        <TextField
          id={id('progress')}
          label="Progress (%)"
          inputMode="numeric"
          value={values.progress}
          onChange={(_e, v) => onChange('progress', v ?? '')}
          errorMessage={issues.progress}
          description={issues.progress ? undefined : 'From 0 to 100.'}
          disabled={disabled}
        />
      </div>
      <TextField id={id('notes')} label="Notes" multiline autoAdjustHeight rows={3} value={values.notes} onChange={(_e, v) => onChange('notes', v ?? '')} disabled={disabled} />
    </div>
  );
};
