import * as React from 'react';
import { DefaultButton, Dialog, DialogFooter, DialogType, MessageBar, MessageBarType, Panel, PanelType, PrimaryButton, Spinner, SpinnerSize, Stack } from '@fluentui/react';
import { useId } from '@fluentui/react-hooks';
import { ValidationError } from '../../../domain/dataErrors';
import { IDepartment, IInitiative } from '../../../domain/entities';
import {
  changedFields,
  formFromInitiative,
  hasIssues,
  IInitiativeFormValues,
  InitiativeFormField,
  InitiativeFormIssues,
  initiativeFromForm,
  sameValue,
  validateInitiativeForm
} from '../../../domain/roadmap';
import { ConflictDialog } from '../../shared/conflict/ConflictDialog';
import { useHub } from '../../shared/HubContext';
import { useItemSaver } from '../../shared/saving/useItemSaver';
import { ErrorNotice } from '../../shared/StatusViews';
import { CONFLICT_FIELDS, conflictRecord, fromConflictValues } from './conflictRecords';
import { fieldId, InitiativeFormFields } from './InitiativeFormFields';

export interface IInitiativeFormPanelProps {
  /** The initiative to edit; a new one when undefined. */
  readonly initiative?: IInitiative;
  readonly departments: readonly IDepartment[] | undefined;
  readonly departmentsError?: string;
  onSaved(initiative: IInitiative, created: boolean): void;
  onDismiss(): void;
}

interface IDraft {
  readonly values: IInitiativeFormValues;
}

const same = (a: IInitiativeFormValues, b: IInitiativeFormValues): boolean => JSON.stringify(a) === JSON.stringify(b);
const FIELD_LABELS: Record<string, string> = Object.fromEntries(CONFLICT_FIELDS.map((f) => [f.key, f.label]));

/**
 * Adds or edits an initiative. Checks the form as the list's schema does, keeps what was typed on this device
 * until it is saved (a reload or a failed save loses nothing), and saves through the editing kit's save path
 * (useItemSaver): one request, and when someone else saved the initiative meanwhile, their changes to other fields
 * merge by themselves and a field both changed shows both versions to choose from.
 */
export const InitiativeFormPanel: React.FC<IInitiativeFormPanelProps> = ({ initiative, departments, departmentsError, onSaved, onDismiss }) => {
  const { services } = useHub();
  const formId = useId('initiative-form');
  const draftKey = `roadmap:initiative:${initiative?.id ?? 'new'}`;
  const initial = React.useMemo(() => formFromInitiative(initiative), [initiative]);
  const [values, setValues] = React.useState(initial);
  const [issues, setIssues] = React.useState<InitiativeFormIssues>({});
  const [checked, setChecked] = React.useState(false);
  const [saving, setSaving] = React.useState(false);
  const [error, setError] = React.useState<unknown>();
  const [saverState, saver] = useItemSaver<IInitiative>({ repository: services.initiatives, item: initiative, same: sameValue }, initiative?.id ?? 'new');
  const conflict = saverState.conflict;
  const [conflictOpen, setConflictOpen] = React.useState(false);
  const [confirmDiscard, setConfirmDiscard] = React.useState(false);
  const [draft, setDraft] = React.useState<IInitiativeFormValues | undefined>(() => {
    const kept = services.drafts.read<IDraft>(draftKey)?.values;
    return kept && !same(kept, initial) ? kept : undefined;
  });
  const dirty = !same(values, initial);

  React.useEffect(() => {
    if (draft) return; // keep the earlier draft until the person restores or discards it
    if (dirty) services.drafts.write<IDraft>(draftKey, { values });
    else services.drafts.remove(draftKey);
  }, [values, dirty, draft, draftKey, services]);

  const change = React.useCallback(<K extends InitiativeFormField>(field: K, value: IInitiativeFormValues[K]) => {
    setValues((v) => ({ ...v, [field]: value }));
  }, []);
  React.useEffect(() => {
    const found = validateInitiativeForm(values);
    // A date typed that cannot be read is said at once (the field keeps what was typed); the rest after Save.
    if (checked) setIssues(found);
    else setIssues({ ...(found.startDate ? { startDate: found.startDate } : {}), ...(found.endDate ? { endDate: found.endDate } : {}) });
  }, [values, checked]);

  const focusField = (field: string): void => {
    const element = document.getElementById(fieldId(formId, field as InitiativeFormField));
    const target = element?.matches('input, textarea, [tabindex]') ? element : element?.querySelector<HTMLElement>('input, textarea, [tabindex]');
    target?.focus();
  };

  const finish = (saved: IInitiative): void => {
    services.drafts.remove(draftKey);
    onSaved(saved, !initiative);
  };

  /** After a save through the saver: finished, a conflict to show, or the failure to explain (input kept). */
  const settle = (saved: IInitiative | undefined): void => {
    if (saved) {
      finish(saved);
      return;
    }
    const state = saver.getState();
    if (state.conflict) {
      setConflictOpen(true);
      return;
    }
    const failure = state.error;
    if (failure instanceof ValidationError) {
      const fromServer: Record<string, string> = {};
      for (const issue of failure.issues) fromServer[issue.field] = issue.message;
      setIssues(fromServer);
    }
    setError(failure ?? new Error('The initiative could not be saved.'));
  };

  const save = async (): Promise<void> => {
    const found = validateInitiativeForm(values);
    setChecked(true);
    setIssues(found);
    if (hasIssues(found)) {
      focusField(Object.keys(found)[0]);
      return;
    }
    const mine = initiativeFromForm(values);
    if (initiative && Object.keys(changedFields(initiative, mine)).length === 0) {
      finish(initiative);
      return;
    }
    setSaving(true);
    setError(undefined);
    try {
      settle(await saver.save(mine));
    } finally {
      setSaving(false);
    }
  };

  const resolve = async (chosen: Record<string, unknown>): Promise<void> => {
    if (!conflict) return;
    setConflictOpen(false);
    setSaving(true);
    setError(undefined);
    try {
      settle(await saver.resolve(fromConflictValues(chosen)));
    } finally {
      setSaving(false);
    }
  };

  const requestClose = (): void => {
    if (saving) return;
    if (dirty) setConfirmDiscard(true);
    else onDismiss();
  };
  const discard = (): void => {
    services.drafts.remove(draftKey);
    onDismiss();
  };
  const issueList = Object.keys(issues);
  const footer = (): JSX.Element => (
    <Stack horizontal wrap tokens={{ childrenGap: 8 }} verticalAlign="center">
      <PrimaryButton text={initiative ? 'Save changes' : 'Add initiative'} disabled={saving} onClick={() => { save().catch(setError); }} />
      <DefaultButton text="Cancel" disabled={saving} onClick={requestClose} />
      {saving && <Spinner size={SpinnerSize.small} label="Saving…" ariaLive="polite" labelPosition="right" />}
    </Stack>
  );

  return (
    <>
      <Panel
        isOpen
        onDismiss={requestClose}
        type={PanelType.medium}
        headerText={initiative ? `Edit “${initiative.title}”` : 'New initiative'}
        closeButtonAriaLabel="Close without saving"
        isBlocking
        // a click outside (in the conflict or discard dialog over it, say) never closes the form
        onOuterClick={() => undefined}
        isFooterAtBottom
        onRenderFooterContent={footer}
      >
        <form
          noValidate
          aria-label={initiative ? `Edit ${initiative.title}` : 'New initiative'}
          onSubmit={(event) => {
            event.preventDefault();
            save().catch(setError);
          }}
        >
          {draft && (
            <MessageBar
              messageBarType={MessageBarType.info}
              isMultiline
              actions={
                <div>
                  <PrimaryButton text="Restore" onClick={() => { setValues(draft); setDraft(undefined); }} />
                  <DefaultButton text="Discard" onClick={() => { services.drafts.remove(draftKey); setDraft(undefined); }} />
                </div>
              }
            >
              You have changes from earlier that were not saved (kept on this device). Restore them?
            </MessageBar>
          )}
          {checked && issueList.length > 0 && (
            <MessageBar messageBarType={MessageBarType.error} isMultiline>
              {issueList.length === 1 ? 'One field needs attention' : `${issueList.length} fields need attention`}: {issueList.map((k) => FIELD_LABELS[k] ?? k).join(', ')}.
            </MessageBar>
          )}
          {error !== undefined && !(error instanceof ValidationError) && (
            <div role="alert">
              <ErrorNotice error={error} />
              <MessageBar messageBarType={MessageBarType.info}>Nothing you typed is lost: it is still in the form and kept on this device.</MessageBar>
            </div>
          )}
          <InitiativeFormFields formId={formId} values={values} issues={issues} departments={departments} departmentsError={departmentsError} disabled={saving} onChange={change} />
          <button type="submit" hidden aria-hidden tabIndex={-1} />
        </form>
      </Panel>
      {conflict && conflictOpen && (
        <ConflictDialog
          title={initiative?.title ?? values.title}
          fields={CONFLICT_FIELDS}
          base={conflictRecord(conflict.base ?? {})}
          mine={conflictRecord(conflict.theirs ? conflict.mine : initiativeFromForm(values))}
          theirs={conflict.theirs ? conflictRecord(conflict.theirs) : undefined}
          onResolve={(chosen) => { resolve(chosen).catch(setError); }}
          onCancel={() => {
            setConflictOpen(false);
            saver.cancelConflict();
          }}
        />
      )}
      <Dialog
        hidden={!confirmDiscard}
        onDismiss={() => setConfirmDiscard(false)}
        dialogContentProps={{ type: DialogType.normal, title: 'Discard your changes?', subText: 'What you typed in this form will be lost.' }}
        modalProps={{ isBlocking: true }}
      >
        <DialogFooter>
          <PrimaryButton text="Discard changes" onClick={discard} />
          <DefaultButton text="Keep editing" onClick={() => setConfirmDiscard(false)} />
        </DialogFooter>
      </Dialog>
    </>
  );
};
