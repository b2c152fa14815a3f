import * as React from 'react';
import { DefaultButton, Dialog, DialogFooter, DialogType, MessageBar, MessageBarType, PrimaryButton, ProgressIndicator } from '@fluentui/react';
import { isDataError } from '../../../domain/dataErrors';
import { IAssessmentRound } from '../../../domain/entities';
import { IProgress } from '../../../domain/services';
import { plural } from '../../shared/format';
import { useHub } from '../../shared/HubContext';
import { useAsync } from '../../shared/useAsync';

export type RoundAction = 'open' | 'close' | 'reopen';

export interface IRoundActionDialogProps {
  readonly action: RoundAction;
  readonly round: IAssessmentRound;
  onCancel(): void;
  /** The action is done; the message says what happened. */
  onDone(message: string): void;
}

const TITLES: Record<RoundAction, string> = { open: 'Open', close: 'Close', reopen: 'Reopen' };

/**
 * Confirms and carries out a round change, with progress. Closing marks the round Closed, then makes each of its
 * responses read-only in SharePoint (if that fails, the round is opened again, so the list never says Closed while
 * responses can still change). Reopening gives respondents their edit rights back, then marks the round Open.
 */
export const RoundActionDialog: React.FC<IRoundActionDialogProps> = ({ action, round, onCancel, onDone }) => {
  const { services } = useHub();
  const responses = useAsync(() => services.maturityResponses.getAll({ where: { round: round.id } }), [services, round.id]);
  const [running, setRunning] = React.useState(false);
  const [progress, setProgress] = React.useState<IProgress | undefined>();
  const [error, setError] = React.useState<{ message: string; retry: boolean } | undefined>();

  const count = responses.value?.length;
  const submitted = responses.value?.filter((r) => r.status === 'Submitted').length;
  const describe = count === undefined ? 'its responses' : plural(count, 'response');

  const setStatus = async (status: IAssessmentRound['status']): Promise<void> => {
    const current = await services.assessmentRounds.getById(round.id);
    await services.assessmentRounds.update(round.id, { status }, current.etag ?? '*');
  };

  const run = async (): Promise<void> => {
    setRunning(true);
    setError(undefined);
    try {
      if (action === 'open') {
        await setStatus('Open');
        onDone(`${round.title} is open: managers can now give their responses.`);
      } else if (action === 'close') {
        await setStatus('Closed');
        try {
          const locked = await services.roundLocks.lock(round.id, setProgress);
          onDone(`${round.title} is closed. ${plural(locked, 'response')} ${locked === 1 ? 'is' : 'are'} now read-only.`);
        } catch (lockError) {
          await setStatus('Open').catch(() => undefined);
          throw lockError;
        }
      } else {
        const unlocked = await services.roundLocks.unlock(round.id, setProgress);
        await setStatus('Open');
        onDone(`${round.title} is open again. Respondents can change ${plural(unlocked, 'response')}.`);
      }
    } catch (e) {
      setError({
        message: isDataError(e) ? e.message : 'That did not work. Try again, and tell the programme office if it keeps happening.',
        // Trying again will not help without the right to do it.
        retry: !isDataError(e, 'AccessDenied')
      });
      setRunning(false);
    }
  };

  const subText: Record<RoundAction, string> = {
    open: `Managers will be able to give and change their responses for ${round.title} until you close it.`,
    close: `Managers will no longer be able to change their responses. ${count === undefined ? 'Its responses' : `Its ${describe}${submitted !== undefined && count ? ` (${submitted} submitted)` : ''}`} will be made read-only in SharePoint. You can reopen the round later.`,
    reopen: `Respondents will be able to change ${describe} again until you close the round.`
  };

  return (
    <Dialog
      hidden={false}
      onDismiss={running ? undefined : onCancel}
      modalProps={{ isBlocking: true }}
      dialogContentProps={{ type: DialogType.normal, title: `${TITLES[action]} ${round.title}?`, subText: subText[action] }}
      styles={{ main: { maxWidth: 'calc(100vw - 32px)' } }}
    >
      {running && progress && (
        <ProgressIndicator label={progress.message} percentComplete={progress.total ? progress.done / progress.total : undefined} />
      )}
      {running && !progress && <ProgressIndicator label="Working…" />}
      {error && (
        <MessageBar messageBarType={MessageBarType.error} isMultiline>
          {error.message}
        </MessageBar>
      )}
      <DialogFooter>
        {(!error || error.retry) && (
          <PrimaryButton text={error ? 'Try again' : `${TITLES[action]} round`} disabled={running} onClick={() => { run().catch(() => undefined); }} />
        )}
        <DefaultButton text={error && !error.retry ? 'Back to the rounds' : 'Cancel'} disabled={running} onClick={onCancel} />
      </DialogFooter>
    </Dialog>
  );
};
