import * as React from 'react';
import { Checkbox, DefaultButton, PrimaryButton, Text, TextField } from '@fluentui/react';
import { IPersonRef, ITalkAttendance, ITechTalk } from '../../domain/entities';
import { IHubServices, IRepository, ITalkPage } from '../../domain/services';
import { attendeeIdsOf } from '../../domain/talks/figures';
import { plural } from '../shared/format';
import { useHub } from '../shared/HubContext';
import { PersonPicker } from '../shared/people/PersonPicker';
import { readDeviceDraft } from '../shared/saving/ItemSaver';
import { useItemSaver } from '../shared/saving/useItemSaver';
import { ErrorNotice, Loading } from '../shared/StatusViews';
import { useAsync } from '../shared/useAsync';
import { SaveFeedback, TalkSection, useDeviceDraft } from './TalkSaving';
import { talkStyles } from './talkStyles';

const idsJson = (ids: Iterable<number>): string => JSON.stringify([...new Set(ids)].sort((a, b) => a - b));

/**
 * Talk Attendance through the save path: updates are the list's own (ETag-checked), and the first save of a talk's
 * record goes through talks.saveAttendance, which also gives the talk's speaker the right to mark it.
 */
function attendanceRepository(services: IHubServices, talk: ITechTalk): IRepository<ITalkAttendance> {
  const list = services.talkAttendance;
  return {
    getAll: (query) => list.getAll(query),
    getById: (id) => list.getById(id),
    count: () => list.count(),
    add: (values) => services.talks.saveAttendance(talk, attendeeIdsOf(values), values.walkIns ?? 0, undefined, values.clientRequestId),
    update: (id, values, etag) => list.update(id, values, etag),
    findOrCreate: (key, values) => list.findOrCreate(key, values),
    delete: (id, etag) => list.delete(id, etag),
    permissions: () => list.permissions()
  };
}

/**
 * Marking attendance: the programme office, or the talk's speaker (given the right on this talk's attendance record
 * by item permissions), ticks who came from the registrations and adds walk-ins, named or as a count. Saved through
 * the editing kit's save path: kept on this device until saved, and if the speaker and the programme office save at
 * once, both versions are shown.
 */
export const AttendancePanel: React.FC<{ page: ITalkPage; onChanged: () => void }> = ({ page, onChanged }) => {
  const { services, host } = useHub();
  const classes = React.useMemo(() => talkStyles(host.theme), [host.theme]);
  const registrations = useAsync(
    () => services.talkRegistrations.getAll({ where: { talk: page.talk.id }, orderBy: [{ by: 'id' }], top: 5000 }),
    [services, page.talk.id]
  );
  const repository = React.useMemo(() => attendanceRepository(services, page.talk), [services, page.talk]);
  const draftKey = `techTalks:attendance:${page.talk.id}`;
  const [state, saver] = useItemSaver<ITalkAttendance>({ repository, item: page.attendance, drafts: services.drafts, draftKey, onSaved: () => onChanged() }, draftKey);
  useDeviceDraft(saver, services.drafts, draftKey);
  const [walkInPeople, setWalkInPeople] = React.useState<IPersonRef[]>([]);
  const [walkIns, setWalkIns] = React.useState(() => String(readDeviceDraft<ITalkAttendance>(services.drafts, draftKey)?.mine.walkIns ?? page.attendance?.walkIns ?? 0));
  const [result, setResult] = React.useState<string>();
  const [problem, setProblem] = React.useState<string>();
  const present = new Set(attendeeIdsOf(state.shown));

  if (registrations.loading) return <Loading label="Loading the registrations…" />;
  if (registrations.error !== undefined) return <ErrorNotice error={registrations.error} onRetry={registrations.reload} />;
  const people = new Map<number, IPersonRef>();
  for (const r of registrations.value ?? []) if (r.author && !people.has(r.author.id)) people.set(r.author.id, r.author);
  for (const p of walkInPeople) people.set(p.id, p);
  const unknown = [...present].filter((id) => !people.has(id));

  const mark = (ids: Iterable<number>, on: boolean): void => {
    const next = new Set(present);
    for (const id of ids) {
      if (on) next.add(id);
      else next.delete(id);
    }
    setResult(undefined);
    saver.change({ attendeeIds: idsJson(next) });
  };

  const save = async (): Promise<void> => {
    const count = Number(walkIns);
    if (!walkIns.trim() || !Number.isInteger(count) || count < 0) {
      setProblem('Walk-ins not named must be a whole number, 0 or more.');
      return;
    }
    setProblem(undefined);
    const saved = await saver.save({ ...state.mine, attendeeIds: idsJson(present), walkIns: count });
    if (saved) setResult(`Attendance saved: ${plural(attendeeIdsOf(saved).length + (saved.walkIns ?? 0), 'person', 'people')}.`);
  };
  const busy = state.status.kind === 'saving';

  return (
    <TalkSection id="tt-attendance" title="Attendance">
      <fieldset style={{ border: 0, padding: 0, margin: 0 }}>
        <legend>Who attended</legend>
        {people.size === 0 && <Text block as="p">Nobody registered. Add walk-ins below.</Text>}
        <ul className={classes.list}>
          {[...people.values()].map((person) => (
            <li key={person.id}>
              <Checkbox label={person.title} checked={present.has(person.id)} onChange={(_, on) => mark([person.id], !!on)} />
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
            mark([person.id], true);
          }}
        />
        <TextField
          label="Walk-ins not named"
          type="number"
          min={0}
          value={walkIns}
          errorMessage={problem}
          onChange={(_, v) => {
            setWalkIns(v ?? '');
            setResult(undefined);
            const count = Number(v);
            if (v?.trim() && Number.isInteger(count) && count >= 0) saver.change({ walkIns: count });
          }}
        />
        <div className={classes.row}>
          <PrimaryButton text="Save attendance" onClick={() => { save().catch(() => undefined); }} disabled={busy} />
          <DefaultButton text="Tick everyone registered" onClick={() => mark(people.keys(), true)} disabled={busy} />
        </div>
        {result && (
          <Text block as="p" role="status">
            {result}
          </Text>
        )}
        <SaveFeedback
          state={state}
          saver={saver}
          title={`Attendance at ${page.talk.title}`}
          fields={[
            { key: 'attendeeIds', label: 'Named attendees', format: (v) => plural(attendeeIdsOf({ attendeeIds: typeof v === 'string' ? v : undefined }).length, 'person', 'people') },
            { key: 'walkIns', label: 'Walk-ins not named' }
          ]}
          wording={{ yours: 'Your marks', item: 'this attendance record', pending: 'Not saved yet: kept on this device until you save attendance.', denied: 'Not saved — you may no longer mark attendance for this talk.' }}
        />
      </div>
    </TalkSection>
  );
};
