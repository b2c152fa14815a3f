import * as React from 'react';
import { DefaultButton, Dialog, DialogFooter, DialogType, MessageBar, MessageBarType, PrimaryButton, Stack, TextField } from '@fluentui/react';
import { isDataError } from '../../../domain/dataErrors';
import { IScoringRound } from '../../../domain/entities';
import { roundSnapshot } from '../../../domain/roadmap/rankingSnapshot';
import { newRoundIssues, sortRounds } from '../../../domain/roadmap/scoringRound';
import { dayFieldProblem, isDay } from '../../../domain/typedDates';
import { DateField } from '../../shared/DateField';
import { formatDate } from '../../shared/format';
import { useHub } from '../../shared/HubContext';
import { PrioritiesClasses } from './prioritiesStyles';

export interface IRoundManagerProps {
  readonly rounds: readonly IScoringRound[];
  readonly classes: PrioritiesClasses;
  /** The rounds changed: read them again and show this round. */
  onChanged(roundTitle: string): void;
}

const dateOnly = (value: string): string | undefined => (isDay(value) ? `${value}T00:00:00Z` : undefined);
const failure = (error: unknown): string => (isDataError(error) ? error.message : 'Something went wrong. Try again.');

/**
 * Programme office: open a new scoring round (which opens each Scoring Panel member's scoring folder), close the open
 * one (which records its final ranking), record the ranking of a round closed without one. Only one round is open at a time.
 */
export const RoundManager: React.FC<IRoundManagerProps> = ({ rounds, classes, onChanged }) => {
  const { services } = useHub();
  const open = rounds.find((r) => r.status === 'Open');
  const [closing, setClosing] = React.useState(false);
  const [busy, setBusy] = React.useState(false);
  const [error, setError] = React.useState<string>();
  const [form, setForm] = React.useState({ title: '', description: '', opensOn: '', closesOn: '' });
  const [issues, setIssues] = React.useState<Record<string, string>>({});
  const [done, setDone] = React.useState<string>();

  const close = async (round: IScoringRound): Promise<void> => {
    setBusy(true);
    setError(undefined);
    try {
      // The ranking is recorded with the closing: from now on it is this snapshot, whatever happens to the scores.
      await services.scoringRoundService.close(round);
      setClosing(false);
      setDone(
        round.status === 'Closed'
          ? `The ranking of "${round.title}" is recorded from its scores as they stand and is now shown to everyone.`
          : `"${round.title}" is closed. Its final ranking is recorded and shown to everyone; its scores are kept.`
      );
      onChanged(round.title);
    } catch (e) {
      setError(isDataError(e, 'Conflict') ? 'Someone changed this round after you opened the page. Reload the page and try again.' : failure(e));
    } finally {
      setBusy(false);
    }
  };

  const openFolders = async (): Promise<void> => {
    setBusy(true);
    setError(undefined);
    try {
      const changes = await services.scoringRoundService.openPanelFolders();
      setDone(changes.length ? changes.join(' ') : 'Every member of the Scoring Panel group already has a scoring folder.');
    } catch (e) {
      setError(failure(e));
    } finally {
      setBusy(false);
    }
  };

  const openRound = async (): Promise<void> => {
    const typed = [
      { field: 'opensOn', message: dayFieldProblem('Opens on', form.opensOn) },
      { field: 'closesOn', message: dayFieldProblem('Closes on', form.closesOn) }
    ].filter((i): i is { field: string; message: string } => i.message !== undefined);
    const candidate = { title: form.title, description: form.description, opensOn: dateOnly(form.opensOn), closesOn: dateOnly(form.closesOn) };
    // A date typed that is not a date is named, and nothing is saved; the round's own rules apply to real dates only.
    const found = [...typed, ...newRoundIssues(typed.length ? { ...candidate, opensOn: undefined, closesOn: undefined } : candidate, rounds)];
    setIssues(Object.fromEntries(found.map((i) => [i.field, i.message])));
    if (found.length) return;
    setBusy(true);
    setError(undefined);
    try {
      const title = form.title.trim();
      await services.scoringRounds.add({ title, description: form.description.trim() || undefined, status: 'Open', opensOn: candidate.opensOn, closesOn: candidate.closesOn });
      setForm({ title: '', description: '', opensOn: '', closesOn: '' });
      onChanged(title);
      // Each member of the Scoring Panel group gets (again) their own scoring folder; past members' become read-only.
      try {
        const opened = (await services.scoringRoundService.openPanelFolders()).filter((c) => /opened/.test(c)).length;
        setDone(`"${title}" is open. Scorers can now score in it.${opened ? ` ${opened} new scoring ${opened === 1 ? 'folder was' : 'folders were'} opened for Scoring Panel members.` : ''}`);
      } catch (e) {
        setError(`"${title}" is open, but the scorers' folders could not be opened: ${failure(e)} Open the round's folders again with "Open scoring folders".`);
      }
    } catch (e) {
      setError(failure(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className={classes.section}>
      {done && <MessageBar messageBarType={MessageBarType.success} onDismiss={() => setDone(undefined)} dismissButtonAriaLabel="Close">{done}</MessageBar>}
      {error && <MessageBar messageBarType={MessageBarType.error} isMultiline>{error}</MessageBar>}
      <div className={classes.tableWrap}>
        <table className={classes.table} aria-label="Scoring rounds">
          <thead>
            <tr>
              <th scope="col">Round</th>
              <th scope="col">Status</th>
              <th scope="col">Opens</th>
              <th scope="col">Closes</th>
              <th scope="col"><span className={classes.hidden}>Actions</span></th>
            </tr>
          </thead>
          <tbody>
            {sortRounds(rounds).map((r) => (
              <tr key={r.id}>
                <td>{r.title}</td>
                <td>{r.status}</td>
                <td>{r.opensOn ? formatDate(r.opensOn) : '–'}</td>
                <td>{r.closesOn ? formatDate(r.closesOn) : '–'}</td>
                <td>
                  {r.status === 'Open' && <DefaultButton text="Close round" ariaLabel={`Close ${r.title}`} onClick={() => setClosing(true)} disabled={busy} />}
                  {r.status === 'Open' && (
                    <DefaultButton
                      text="Open scoring folders"
                      ariaLabel={`Open scoring folders for the Scoring Panel in ${r.title}`}
                      onClick={() => openFolders().catch(() => undefined)}
                      disabled={busy}
                      styles={{ root: { marginLeft: 8 } }}
                    />
                  )}
                  {r.status === 'Closed' && !roundSnapshot(r) && (
                    <DefaultButton text="Record ranking" ariaLabel={`Record the ranking of ${r.title}`} onClick={() => close(r).catch(() => undefined)} disabled={busy} />
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <h3 className={classes.heading}>Open a new round</h3>
      {open ? (
        <p className={classes.subtext}>
          &quot;{open.title}&quot; is open. Only one round can be open at a time: close it before opening another.
        </p>
      ) : (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            openRound().catch(() => undefined);
          }}
          aria-label="Open a new round"
          noValidate
        >
          <Stack tokens={{ childrenGap: 8 }} styles={{ root: { maxWidth: 480 } }}>
            <TextField label="Name" required value={form.title} onChange={(_e, v) => setForm({ ...form, title: v ?? '' })} errorMessage={issues.title} description='For example "2027 Spring". Each score records the round by this name.' />
            <TextField label="Description" multiline rows={2} value={form.description} onChange={(_e, v) => setForm({ ...form, description: v ?? '' })} />
            <Stack horizontal wrap tokens={{ childrenGap: 12 }}>
              <DateField label="Opens on" value={form.opensOn} onChange={(day) => setForm((f) => ({ ...f, opensOn: day }))} errorMessage={issues.opensOn} />
              <DateField label="Closes on" value={form.closesOn} onChange={(day) => setForm((f) => ({ ...f, closesOn: day }))} errorMessage={issues.closesOn} />
            </Stack>
            {issues.status && <MessageBar messageBarType={MessageBarType.warning}>{issues.status}</MessageBar>}
            <Stack horizontal>
              <PrimaryButton type="submit" text="Open round" disabled={busy} />
            </Stack>
          </Stack>
        </form>
      )}

      {closing && open && (
        <Dialog
          hidden={false}
          onDismiss={() => setClosing(false)}
          dialogContentProps={{
            type: DialogType.normal,
            title: `Close "${open.title}"?`,
            subText:
              'Scorers will no longer be able to add or change scores in this round. Its ranking is recorded as it stands now and shown to everyone as final; the scores are kept.'
          }}
          modalProps={{ isBlocking: true }}
        >
          <DialogFooter>
            <PrimaryButton text="Close round" disabled={busy} onClick={() => close(open).catch(() => undefined)} />
            <DefaultButton text="Cancel" onClick={() => setClosing(false)} />
          </DialogFooter>
        </Dialog>
      )}
    </div>
  );
};
