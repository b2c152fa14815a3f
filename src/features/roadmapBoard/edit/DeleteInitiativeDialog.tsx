import * as React from 'react';
import { DefaultButton, Dialog, DialogFooter, DialogType, PrimaryButton, Spinner, SpinnerSize } from '@fluentui/react';
import { ConflictError, isDataError } from '../../../domain/dataErrors';
import { IInitiative } from '../../../domain/entities';
import { useHub } from '../../shared/HubContext';
import { ErrorNotice } from '../../shared/StatusViews';

export interface IDeleteInitiativeDialogProps {
  readonly initiative: IInitiative;
  onDeleted(id: number): void;
  /** Someone else changed it meanwhile: the newer version, so the person can look again before deleting. */
  onChanged(initiative: IInitiative): void;
  onCancel(): void;
}

/** Asks before deleting, deletes only the version the person saw (ETag), and explains a refusal. */
export const DeleteInitiativeDialog: React.FC<IDeleteInitiativeDialogProps> = ({ initiative, onDeleted, onChanged, onCancel }) => {
  const { services } = useHub();
  const [busy, setBusy] = React.useState(false);
  const [error, setError] = React.useState<unknown>();
  const remove = async (): Promise<void> => {
    setBusy(true);
    setError(undefined);
    try {
      await services.initiatives.delete(initiative.id, initiative.etag ?? '*');
      onDeleted(initiative.id);
    } catch (e) {
      if (e instanceof ConflictError) {
        const theirs = await services.initiatives.getById(initiative.id).catch(() => undefined);
        if (theirs) onChanged(theirs);
        setError(e);
      } else if (isDataError(e, 'NotFound')) {
        onDeleted(initiative.id);
      } else setError(e);
    } finally {
      setBusy(false);
    }
  };
  const conflictText = `Someone else changed “${initiative.title}” after you opened it, so it was not deleted. The details now show their version: check it, then delete again if you still want to.`;
  return (
    <Dialog
      hidden={false}
      onDismiss={onCancel}
      modalProps={{ isBlocking: true }}
      dialogContentProps={{
        type: DialogType.normal,
        title: `Delete “${initiative.title}”?`,
        subText: 'It will be removed from the roadmap for everyone, with its details. This cannot be undone here.'
      }}
    >
      {error !== undefined && (error instanceof ConflictError ? <p role="alert">{conflictText}</p> : <ErrorNotice error={error} />)}
      <DialogFooter>
        {busy && <Spinner size={SpinnerSize.small} label="Deleting…" labelPosition="right" ariaLive="polite" />}
        <PrimaryButton text="Delete" disabled={busy || error instanceof ConflictError} onClick={() => { remove().catch(setError); }} />
        <DefaultButton text={error instanceof ConflictError ? 'Close' : 'Cancel'} disabled={busy} onClick={onCancel} />
      </DialogFooter>
    </Dialog>
  );
};
