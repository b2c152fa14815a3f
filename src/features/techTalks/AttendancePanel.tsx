import * as React from 'react';
import { Checkbox, DefaultButton, MessageBar, MessageBarType, PrimaryButton, Text, TextField } from '@fluentui/react';
import { IPersonRef } from '../../domain/entities';
import { ITalkPage } from '../../domain/services';
import { attendeeIdsOf } from '../../domain/talks/figures';
import { isDataError } from '../../domain/dataErrors';
import { plural } from '../shared/format';
import { useHub } from '../shared/HubContext';
import { PersonPicker } from '../shared/people/PersonPicker';
import { ErrorNotice, Loading } from '../shared/StatusViews';
import { useAsync } from '../shared/useAsync';
import { talkStyles } from './talkStyles';

/**
 * Marking attendance: the programme office, or the talk's speaker (given the right on this talk's attendance record
 * by item permissions), ticks who came from the registrations and adds walk-ins, named or as a count.
 */
export const AttendancePanel: React.FC<{ page: ITalkPage; onChanged: () => void }> = ({ page, onChanged }) => {
  const { services, host } = useHub();
  const classes = React.useMemo(() => talkStyles(host.theme), [host.theme]);
  const registrations = useAsync(
    () => services.talkRegistrations.getAll({ where: { talk: page.talk.id }, orderBy: [{ by: 'id' }], top: 5000 }),
    [services, page.talk.id]
  );
  const [present, setPresent] = React.useState<Set<number>>(() => new Set(attendeeIdsOf(page.attendance)));
  const [walkInPeople, setWalkInPeople] = React.useState<IPersonRef[]>([]);
  const [walkIns, setWalkIns] = React.useState(String(page.attendance?.walkIns ?? 0));
  const [busy, setBusy] = React.useState(false);
  const [message, setMessage] = React.useState<{ ok: boolean; text: string }>();

  if (registrations.loading) return <Loading label="Loading the registrations…" />;
  if (registrations.error !== undefined) return <ErrorNotice error={registrations.error} onRetry={registrations.reload} />;
  const people = new Map<number, IPersonRef>();
  for (const r of registrations.value ?? []) if (r.author && !people.has(r.author.id)) people.set(r.author.id, r.author);
  for (const p of walkInPeople) people.set(p.id, p);
  const unknown = [...present].filter((id) => !people.has(id));

  const toggle = (id: number, on: boolean) =>
    setPresent((current) => {
      const next = new Set(current);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });

  const save = async (): Promise<void> => {
    const count = Number(walkIns);
    if (!Number.isInteger(count) || count < 0) {
      setMessage({ ok: false, text: 'Walk-ins not named must be a whole number, 0 or more.' });
      return;
    }
    setBusy(true);
    setMessage(undefined);
    try {
      await services.talks.saveAttendance(page.talk, [...present], count, page.attendance);
      setMessage({ ok: true, text: `Attendance saved: ${plural(present.size + count, 'person', 'people')}.` });
      onChanged();
    } catch (e) {
      setMessage({ ok: false, text: isDataError(e) ? e.message : 'Attendance was not saved. Try again.' });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="tt-attendance" className={classes.card}>
      <Text block as="h4" variant="mediumPlus" id="tt-attendance" className={classes.title}>
        Attendance
      </Text>
      <fieldset style={{ border: 0, padding: 0, margin: 0 }}>
        <legend>Who attended</legend>
        {people.size === 0 && <Text block as="p">Nobody registered. Add walk-ins below.</Text>}
        <ul className={classes.list}>
          {[...people.values()].map((person) => (
            <li key={person.id}>
              <Checkbox label={person.title} checked={present.has(person.id)} onChange={(_, on) => toggle(person.id, !!on)} />
            </li>
          ))}
        </ul>
        {unknown.length > 0 && <Text block as="p" className={classes.meta}>{plural(unknown.length, 'other person', 'other people')} marked earlier.</Text>}
      </fieldset>
      <div className={classes.form}>
        <PersonPicker
          label="Add a walk-in by name"
          value={undefined}
          onChange={(person) => {
            if (!person) return;
            setWalkInPeople((current) => [...current.filter((p) => p.id !== person.id), person]);
            toggle(person.id, true);
          }}
        />
        <TextField label="Walk-ins not named" type="number" min={0} value={walkIns} onChange={(_, v) => setWalkIns(v ?? '')} />
        <div className={classes.row}>
          <PrimaryButton text="Save attendance" onClick={save} disabled={busy} />
          <DefaultButton text="Tick everyone registered" onClick={() => setPresent(new Set([...present, ...people.keys()]))} disabled={busy} />
        </div>
        {message && (
          <MessageBar messageBarType={message.ok ? MessageBarType.success : MessageBarType.error} role={message.ok ? 'status' : 'alert'}>
            {message.text}
          </MessageBar>
        )}
      </div>
    </section>
  );
};
