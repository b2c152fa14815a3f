import * as React from 'react';
import { DefaultButton, Dropdown, MessageBar, MessageBarType, PrimaryButton, Text, TextField, useTheme } from '@fluentui/react';
import { ConflictError, isDataError } from '../../domain/dataErrors';
import { IKpi, IKpiMeasurement, IPersonRef } from '../../domain/entities';
import { checkCheckIn, draftOf, ICheckInDraft } from '../../domain/kpi/checkIn';
import { IQuarter, quarterOf } from '../../domain/kpi/periods';
import { formatValue } from '../../domain/kpi/scorecard';
import { STATUS_WORDS } from '../../domain/kpi/status';
import { ConflictDialog } from '../shared/conflict/ConflictDialog';
import { DateField } from '../shared/DateField';
import { useHub } from '../shared/HubContext';
import { PersonPicker } from '../shared/people/PersonPicker';
import { ErrorNotice } from '../shared/StatusViews';
import { findCheckIn, saveCheckIn } from './reads/saveCheckIn';
import { StatusBadge } from './KpiParts';
import { kpiStyles } from './kpiStyles';

export interface ICheckInFormProps {
  /** The measures this person may record (their own; all for the programme office). */
  readonly kpis: readonly IKpi[];
  readonly quarters: readonly IQuarter[];
  readonly initialKpi?: number;
  readonly initialQuarter: string;
  readonly signedOff: ReadonlySet<string>;
  readonly me: IPersonRef;
  readonly onSaved: (saved: IKpiMeasurement) => void;
  readonly onCancel?: () => void;
}

const draftKey = (kpiId: number, quarter: string): string => `kpi:${kpiId}:${quarter}`;

/**
 * The owner's quick form: choose the measure and quarter, type the value and commentary, and when the value is off
 * target (red) the corrective action, its owner and due date. Everything works from the keyboard (Enter saves);
 * what is typed is kept on the device until saved, and a failed save keeps it on screen.
 */
export const CheckInForm: React.FC<ICheckInFormProps> = ({ kpis, quarters, initialKpi, initialQuarter, signedOff, me, onSaved, onCancel }) => {
  const { services } = useHub();
  const theme = useTheme();
  const classes = React.useMemo(() => kpiStyles(theme), [theme]);
  const recordable = kpis.filter((k) => !k.computedFrom);
  const [kpiId, setKpiId] = React.useState<number | undefined>(initialKpi ?? recordable[0]?.id);
  const [quarter, setQuarter] = React.useState(quarterOf(initialQuarter).start);
  const [existing, setExisting] = React.useState<IKpiMeasurement | undefined>();
  const [draft, setDraft] = React.useState<ICheckInDraft>(draftOf(undefined));
  const [loading, setLoading] = React.useState(false);
  const [saving, setSaving] = React.useState(false);
  const [tried, setTried] = React.useState(false);
  const [error, setError] = React.useState<unknown>();
  const [conflict, setConflict] = React.useState<ConflictError<IKpiMeasurement>>();
  const [saved, setSaved] = React.useState<string>();
  const kpi = recordable.find((k) => k.id === kpiId);
  const ownerId = kpi?.owner?.id;
  const locked = signedOff.has(quarter);

  React.useEffect(() => {
    let live = true;
    if (kpiId === undefined) return undefined;
    setLoading(true);
    setError(undefined);
    setSaved(undefined);
    setTried(false);
    findCheckIn(services, { id: kpiId, owner: ownerId === undefined ? undefined : { id: ownerId, title: '' } }, quarter)
      .then((found) => {
        if (!live) return;
        setExisting(found);
        setDraft(services.drafts.read<ICheckInDraft>(draftKey(kpiId, quarter)) ?? draftOf(found));
      })
      .catch((e: unknown) => live && setError(e))
      .finally(() => live && setLoading(false));
    return () => {
      live = false;
    };
  }, [services, kpiId, ownerId, quarter]);

  const change = (patch: Partial<ICheckInDraft>): void => {
    setDraft((d) => {
      const next = { ...d, ...patch };
      if (kpiId !== undefined) services.drafts.write(draftKey(kpiId, quarter), next);
      return next;
    });
    setSaved(undefined);
  };

  const check = kpi ? checkCheckIn(kpi, quarter, draft) : undefined;
  const shownError = (field: keyof ICheckInDraft): string | undefined => (tried ? check?.errors[field] : undefined);

  const save = async (over?: IKpiMeasurement, using: ICheckInDraft = draft): Promise<void> => {
    if (!kpi) return;
    const verdict = checkCheckIn(kpi, quarter, using);
    setTried(true);
    setError(undefined);
    if (Object.keys(verdict.errors).length || locked) return;
    setSaving(true);
    try {
      const result = await saveCheckIn(services, kpi, quarter, using, over ?? existing, me);
      services.drafts.remove(draftKey(kpi.id, quarter));
      setExisting(result);
      setSaved(`Saved ${kpi.title} for ${quarterOf(quarter).label}: ${formatValue(result.value, kpi.unit)} (${STATUS_WORDS[verdict.status]}).`);
      setTried(false);
      onSaved(result);
    } catch (e) {
      if (e instanceof ConflictError) setConflict(e as ConflictError<IKpiMeasurement>);
      else if (isDataError(e, 'Duplicate')) {
        // Someone recorded this quarter meanwhile: read theirs so saving again updates it (their version is kept in the log).
        setExisting(await findCheckIn(services, kpi, quarter).catch(() => existing));
        setError(new Error(`Someone else recorded ${kpi.title} for ${quarterOf(quarter).label} a moment ago. Check the value below and save again to replace it.`));
      } else setError(e);
    } finally {
      setSaving(false);
    }
  };

  if (!recordable.length) {
    return <Text>You do not own any measure that is entered by hand. The programme office assigns owners in the register.</Text>;
  }
  const quarterLabel = quarterOf(quarter).label;
  return (
    <form
      className={classes.form}
      aria-label="Record a value"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        save().catch(() => undefined);
      }}
    >
      <Dropdown
        label="Measure"
        required
        selectedKey={kpiId}
        options={recordable.map((k) => ({ key: k.id, text: k.title }))}
        onChange={(_, o) => o && setKpiId(Number(o.key))}
      />
      <Dropdown
        label="Quarter"
        required
        selectedKey={quarter}
        options={quarters.map((q) => ({ key: q.start, text: `${q.label}${signedOff.has(q.start) ? ' (signed off)' : ''}` }))}
        onChange={(_, o) => o && setQuarter(String(o.key))}
      />
      {kpi && (
        <Text className={classes.muted}>
          {kpi.description} Unit: {kpi.unit}; {kpi.polarity.toLowerCase()}
          {kpi.target !== undefined ? `; target ${formatValue(kpi.target, kpi.unit)}${kpi.targetIsSample ? ' (sample)' : ''}` : ''}.
        </Text>
      )}
      {locked && (
        <MessageBar messageBarType={MessageBarType.warning}>
          {quarterLabel} is signed off: the committee has been told its values, so they can no longer change.
        </MessageBar>
      )}
      {error !== undefined && <ErrorNotice error={error} />}
      <TextField
        label={`Value for ${quarterLabel}`}
        value={draft.value}
        onChange={(_, v) => change({ value: v ?? '' })}
        disabled={locked || loading}
        errorMessage={shownError('value')}
        inputMode="decimal"
        autoComplete="off"
        description="Leave empty while the data is awaited."
      />
      {check && draft.value.trim() !== '' && !check.errors.value && (
        <Text role="status">
          This value is: <StatusBadge status={check.status} />
        </Text>
      )}
      <TextField
        label="Commentary"
        multiline
        autoAdjustHeight
        value={draft.commentary}
        onChange={(_, v) => change({ commentary: v ?? '' })}
        disabled={locked || loading}
        errorMessage={shownError('commentary')}
      />
      {(check?.status === 'Red' || draft.correctiveAction) && (
        <>
          <TextField
            label="Corrective action"
            required={check?.status === 'Red'}
            multiline
            autoAdjustHeight
            value={draft.correctiveAction}
            onChange={(_, v) => change({ correctiveAction: v ?? '' })}
            disabled={locked || loading}
            errorMessage={shownError('correctiveAction')}
            description="What will be done to bring the measure back on target."
          />
          <PersonPicker
            label="Action owner"
            required={check?.status === 'Red'}
            value={draft.actionOwner}
            onChange={(person) => change({ actionOwner: person })}
            disabled={locked || loading}
            errorMessage={shownError('actionOwner')}
          />
          <DateField
            label="Action due"
            required={check?.status === 'Red'}
            value={draft.actionDue}
            onChange={(day) => change({ actionDue: day })}
            disabled={locked || loading}
            errorMessage={shownError('actionDue')}
          />
        </>
      )}
      {existing && (
        <Text className={classes.muted}>
          Recorded by {existing.author?.title ?? 'someone'}
          {existing.editor && existing.modified ? `; last changed by ${existing.editor.title} on ${existing.modified.slice(0, 10)}` : ''}.
        </Text>
      )}
      {saved && (
        <MessageBar messageBarType={MessageBarType.success} role="status">
          {saved}
        </MessageBar>
      )}
      <div style={{ display: 'flex', gap: 8 }}>
        <PrimaryButton type="submit" text={saving ? 'Saving…' : 'Save value'} disabled={saving || locked || loading} />
        {onCancel && <DefaultButton text="Close" onClick={onCancel} />}
      </div>
      {conflict && kpi && (
        <ConflictDialog
          title={`${kpi.title}, ${quarterLabel}`}
          fields={[
            { key: 'value', label: 'Value' },
            { key: 'commentary', label: 'Commentary' },
            { key: 'correctiveAction', label: 'Corrective action' }
          ]}
          base={existing as unknown as Record<string, unknown>}
          mine={{ value: check?.value, commentary: draft.commentary, correctiveAction: draft.correctiveAction }}
          theirs={conflict.theirs as unknown as Record<string, unknown> | undefined}
          onCancel={() => setConflict(undefined)}
          onResolve={(values) => {
            const theirs = conflict.theirs;
            setConflict(undefined);
            const next: ICheckInDraft = {
              ...draft,
              value: values.value === undefined || values.value === null ? '' : String(values.value),
              commentary: String(values.commentary ?? ''),
              correctiveAction: String(values.correctiveAction ?? '')
            };
            setDraft(next);
            if (theirs) setExisting(theirs);
            save(theirs, next).catch(() => undefined);
          }}
        />
      )}
    </form>
  );
};
