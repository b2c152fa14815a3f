import * as React from 'react';
import { DefaultButton, Dialog, DialogFooter, DialogType, MessageBar, MessageBarType, PrimaryButton, ProgressIndicator } from '@fluentui/react';
import { isDataError } from '../../../domain/dataErrors';
import { IAssessmentRound } from '../../../domain/entities';
import { IProgress } from '../../../domain/services';
import { plural } from '../../shared/format';
import { useHub } from '../../shared/HubContext';
import { useAsync } from '../../shared/useAsync';

export type RoundAction = 'open' | 'close' | 'reopen' | 'respondents';

export interface IRoundActionDialogProps {
  readonly action: RoundAction;
  readonly round: IAssessmentRound;
  onCancel(): void;
  /** The action is done; the message says what happened. */
  onDone(message: string): void;
}

const TITLES: Record<RoundAction, string> = { open: 'Open', close: 'Close', reopen: 'Reopen', respondents: 'Update respondents for' };
const BUTTONS: Record<RoundAction, string> = { open: 'Open round', close: 'Close round', reopen: 'Reopen round', respondents: 'Update respondents' };

/**
 * Confirms and carries out a round change, with progress. Opening (and reopening) first gives each active department
 * its response, readable and editable by its respondents and the programme office only (item permissions), then marks
 * the round Open. Closing records the round's results (the snapshot everyone reads) and marks it Closed in one write,
 * then makes each of its responses read-only in SharePoint (if that fails, the round is opened again, so the list never
 * says Closed while responses can still change). "Update respondents" applies the Departments
 * list's respondents to an open round's responses again.
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
        // Each department's response first (open to its respondents only), then the round says Open.
        const opened = await services.roundLocks.open(round.id, setProgress);
        await setStatus('Open');
        onDone(`${round.title} is open: ${plural(opened, 'department')} can give ${opened === 1 ? 'its' : 'their'} response, each answered by the department's respondents.`);
      } else if (action === 'close') {
        const locked = await services.roundLocks.close(round.id, setProgress);
        onDone(`${round.title} is closed. Its results are recorded for everyone to see, and ${plural(locked, 'response')} ${locked === 1 ? 'is' : 'are'} now read-only.`);
      } else if (action === 'reopen') {
        const opened = await services.roundLocks.open(round.id, setProgress);
        await setStatus('Open');
        onDone(`${round.title} is open again. Each department's respondents can change its response (${plural(opened, 'response')}).`);
      } else {
        const opened = await services.roundLocks.open(round.id, setProgress);
        onDone(`${plural(opened, 'response')} of ${round.title} now ${opened === 1 ? 'follows' : 'follow'} the respondents in the Departments list.`);
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
    open: `Each active department gets its response for ${round.title}, which only the department's respondents (in the Departments list) can change, until you close the round.`,
    close: `Managers will no longer be able to change their responses. ${count === undefined ? 'Its responses' : `Its ${describe}${submitted !== undefined && count ? ` (${submitted} submitted)` : ''}`} will be made read-only in SharePoint. The results are recorded as they are now and shown to everyone (levels only: no names of people, no evidence). You can reopen the round later.`,
    reopen: `Each department's respondents will be able to change its response again until you close the round.`,
    respondents: `Gives each department's respondents, as listed now in the Departments list, edit rights on the department's response, and takes them from people no longer listed. Departments added since the round opened get their response.`
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
          <PrimaryButton text={error ? 'Try again' : BUTTONS[action]} disabled={running} onClick={() => { run().catch(() => undefined); }} />
        )}
        <DefaultButton text={error && !error.retry ? 'Back to the rounds' : 'Cancel'} disabled={running} onClick={onCancel} />
      </DialogFooter>
    </Dialog>
  );
};
