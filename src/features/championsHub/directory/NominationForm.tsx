import * as React from 'react';
import { Checkbox, ChoiceGroup, DefaultButton, Dropdown, MessageBar, MessageBarType, Panel, PanelType, PrimaryButton, TextField } from '@fluentui/react';
import { ILookupRef, IPersonRef } from '../../../domain/entities';
import { EXPERTISE_AREAS } from '../../../domain/vocabulary';
import { useHub } from '../../shared/HubContext';
import { PersonPicker } from '../../shared/people/PersonPicker';
import { ErrorNotice } from '../../shared/StatusViews';
import { championsStyles } from '../championsStyles';

export interface INominationFormProps {
  readonly departments: readonly ILookupRef[];
  readonly onDone: () => void;
}

/** Nominates yourself or someone else (a manager nominating one of their staff); the programme office decides. */
export const NominationForm: React.FC<INominationFormProps> = ({ departments, onDone }) => {
  const { services, host } = useHub();
  const classes = React.useMemo(() => championsStyles(host.theme), [host.theme]);
  const [who, setWho] = React.useState<'me' | 'someone'>('me');
  const [nominee, setNominee] = React.useState<IPersonRef>();
  const [departmentId, setDepartmentId] = React.useState<number>();
  const [expertise, setExpertise] = React.useState<string[]>([]);
  const [reason, setReason] = React.useState('');
  const [error, setError] = React.useState<string>();
  const [failure, setFailure] = React.useState<unknown>();
  const [saving, setSaving] = React.useState(false);
  const [sent, setSent] = React.useState(false);

  const submit = async (): Promise<void> => {
    if (who === 'someone' && !nominee) {
      setError('Choose the person you nominate.');
      return;
    }
    setError(undefined);
    setSaving(true);
    setFailure(undefined);
    try {
      const person = who === 'me' ? await services.currentUser() : nominee?.id ? nominee : await services.people.ensure(nominee?.email ?? '');
      await services.championNominations.add({
        nominee: person,
        department: departmentId ? { id: departmentId, title: '' } : undefined,
        expertiseAreas: expertise,
        reason: reason.trim() || undefined
      });
      setSent(true);
    } catch (e) {
      setFailure(e);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Panel
      isOpen
      type={PanelType.medium}
      headerText="Nominate a digital champion"
      closeButtonAriaLabel="Close"
      onDismiss={onDone}
      isFooterAtBottom
      onRenderFooterContent={() => (
        <div className={classes.actions}>
          {sent ? (
            <PrimaryButton text="Close" onClick={onDone} />
          ) : (
            <>
              <PrimaryButton text={saving ? 'Sending…' : 'Send nomination'} disabled={saving} onClick={() => void submit()} />
              <DefaultButton text="Cancel" onClick={onDone} />
            </>
          )}
        </div>
      )}
    >
      {sent ? (
        <MessageBar messageBarType={MessageBarType.success} isMultiline>
          Thank you. The programme office will look at the nomination and let the nominee know.
        </MessageBar>
      ) : (
        <>
          <p>Champions showcase digital ways of working and help colleagues. The programme office approves or declines each nomination.</p>
          <ChoiceGroup
            label="Who are you nominating?"
            selectedKey={who}
            onChange={(_, o) => o && setWho(o.key as 'me' | 'someone')}
            options={[
              { key: 'me', text: 'Myself' },
              { key: 'someone', text: 'Someone else (for example, someone in my team)' }
            ]}
          />
          {who === 'someone' && <PersonPicker label="Nominee" required value={nominee} onChange={setNominee} errorMessage={error} />}
          <Dropdown
            label="Their department"
            placeholder="Choose a department"
            options={departments.map((d) => ({ key: d.id, text: d.title }))}
            selectedKey={departmentId ?? null}
            onChange={(_, o) => setDepartmentId(o ? Number(o.key) : undefined)}
          />
          <fieldset className={classes.fieldset}>
            <legend className={classes.legend}>Expertise they can share</legend>
            <div className={classes.checks}>
              {EXPERTISE_AREAS.map((x) => (
                <Checkbox key={x} label={x} checked={expertise.includes(x)} onChange={(_, c) => setExpertise((l) => (c ? [...l, x] : l.filter((y) => y !== x)))} />
              ))}
            </div>
          </fieldset>
          <TextField label="Why would they make a good champion?" multiline rows={4} value={reason} onChange={(_, v) => setReason(v ?? '')} />
          {failure !== undefined && <ErrorNotice error={failure} onRetry={() => void submit()} />}
        </>
      )}
    </Panel>
  );
};
