import * as React from 'react';
import { DefaultButton, Dropdown, MessageBar, MessageBarType, PrimaryButton, TextField } from '@fluentui/react';
import { ITechTalk, TalkFormat, TalkStatus } from '../../domain/entities';
import { ValidationError } from '../../domain/dataErrors';
import { linkProblem } from '../../domain/talks/talkLinks';
import { fromUkInput, toUkInput } from '../../domain/talks/ukTime';
import { TALK_FORMATS, TALK_STATUSES } from '../../domain/vocabulary';
import { dayTimeFieldProblem } from '../../domain/typedDates';
import { DateTimeField } from '../shared/DateTimeField';
import { PersonPicker } from '../shared/people/PersonPicker';
import { useHub } from '../shared/HubContext';
import { useItemSaver } from '../shared/saving/useItemSaver';
import { SaveFeedback } from './TalkSaving';
import { talkStyles } from './talkStyles';

export interface ITalkFormProps {
  /** The talk being edited; undefined for a new one. */
  readonly talk?: ITechTalk;
  /** A new talk's starting values. */
  readonly initial?: Partial<ITechTalk>;
  /** Where what is typed is kept on this device until it is saved. */
  readonly draftKey: string;
  readonly saveLabel: string;
  /** Called once the talk is saved (also after a conflict is resolved). */
  readonly onSaved: (talk: ITechTalk, created: boolean) => void;
  readonly onCancel: () => void;
}

interface IDraft {
  title: string;
  abstract: string;
  speaker?: ITechTalk['speaker'];
  speakerName: string;
  startsAt: string;
  durationMinutes: string;
  format: TalkFormat;
  location: string;
  joinUrl: string;
  capacity: string;
  registrationClosesAt: string;
  status: TalkStatus;
  recordingUrl: string;
  slidesUrl: string;
}

const toDraft = (t: Partial<ITechTalk>): IDraft => ({
  title: t.title ?? '',
  abstract: t.abstract ?? '',
  speaker: t.speaker,
  speakerName: t.speakerName ?? '',
  startsAt: toUkInput(t.startsAt),
  durationMinutes: String(t.durationMinutes ?? 45),
  format: t.format ?? 'Teams',
  location: t.location ?? '',
  joinUrl: t.joinUrl?.url ?? '',
  capacity: t.capacity === undefined || t.capacity === null ? '' : String(t.capacity),
  registrationClosesAt: toUkInput(t.registrationClosesAt),
  status: t.status ?? 'Scheduled',
  recordingUrl: t.recordingUrl?.url ?? '',
  slidesUrl: t.slidesUrl?.url ?? ''
});

type Problems = Partial<Record<keyof IDraft, string>>;

/** What the form keeps on this device: the values typed, and the talk as it was when typing began. */
interface IKeptForm {
  readonly values: IDraft;
  readonly base?: ITechTalk;
}

/** A kept form, or undefined (including one kept by an earlier version of the form, which held the values only). */
const readKept = (kept: IKeptForm | undefined): IKeptForm | undefined => (kept && typeof kept.values === 'object' && kept.values !== null ? kept : undefined);

/** A wall-clock time the clocks skip when they go forward (1:30 on the last Sunday of March). */
const NO_SUCH_TIME = (label: string): string => `${label}: that time does not exist in UK time (the clocks go forward an hour then).`;

function check(d: IDraft): Problems {
  const problems: Problems = {};
  if (!d.title.trim()) problems.title = 'Give the talk a title.';
  const starts = dayTimeFieldProblem('Starts at', d.startsAt, true) ?? (fromUkInput(d.startsAt) ? undefined : NO_SUCH_TIME('Starts at'));
  if (starts) problems.startsAt = starts;
  const closes = dayTimeFieldProblem('Registration closes', d.registrationClosesAt) ?? (!d.registrationClosesAt || fromUkInput(d.registrationClosesAt) ? undefined : NO_SUCH_TIME('Registration closes'));
  if (closes) problems.registrationClosesAt = closes;
  const duration = Number(d.durationMinutes);
  if (!Number.isInteger(duration) || duration < 5 || duration > 480) problems.durationMinutes = 'Between 5 and 480 minutes.';
  if (d.capacity && (!Number.isInteger(Number(d.capacity)) || Number(d.capacity) < 0 || Number(d.capacity) > 5000)) problems.capacity = 'A whole number up to 5,000, or empty for no limit.';
  for (const [key, label] of [['joinUrl', 'Join link'], ['recordingUrl', 'Recording'], ['slidesUrl', 'Slides']] as const) {
    const problem = linkProblem(label, d[key]);
    if (problem) problems[key] = problem;
  }
  return problems;
}

const link = (url: string) => (url.trim() ? { url: url.trim() } : undefined);

function toValues(d: IDraft): Partial<ITechTalk> {
  return {
    title: d.title.trim(),
    abstract: d.abstract,
    speaker: d.speaker,
    speakerName: d.speakerName.trim() || undefined,
    startsAt: fromUkInput(d.startsAt),
    durationMinutes: Number(d.durationMinutes),
    format: d.format,
    location: d.location.trim() || undefined,
    joinUrl: link(d.joinUrl),
    capacity: d.capacity ? Number(d.capacity) : undefined,
    registrationClosesAt: d.registrationClosesAt ? fromUkInput(d.registrationClosesAt) : undefined,
    status: d.status,
    recordingUrl: link(d.recordingUrl),
    slidesUrl: link(d.slidesUrl)
  };
}

const linkText = (v: unknown): string => (typeof v === 'object' && v !== null && typeof (v as { url?: unknown }).url === 'string' ? String((v as { url: string }).url) : 'None');
const CONFLICT_FIELDS = [
  { key: 'title', label: 'Title' },
  { key: 'abstract', label: 'Abstract' },
  { key: 'speaker', label: 'Speaker' },
  { key: 'speakerName', label: 'Speaker name' },
  { key: 'startsAt', label: 'Starts at' },
  { key: 'durationMinutes', label: 'Duration (minutes)' },
  { key: 'format', label: 'Format' },
  { key: 'location', label: 'Location' },
  { key: 'joinUrl', label: 'Join link', format: linkText },
  { key: 'capacity', label: 'Capacity' },
  { key: 'registrationClosesAt', label: 'Registration closes' },
  { key: 'status', label: 'Status' },
  { key: 'recordingUrl', label: 'Recording link', format: linkText },
  { key: 'slidesUrl', label: 'Slides link', format: linkText }
];

/**
 * The programme office's form for a talk: everything a talk has, times in UK time, links https only. What is typed is
 * kept on this device until saved; it saves through the editing kit's save path (one request; someone else's change
 * to other fields merges by itself, a field both changed shows both versions).
 */
export const TalkForm: React.FC<ITalkFormProps> = ({ talk, initial, draftKey, saveLabel, onSaved, onCancel }) => {
  const { services, host } = useHub();
  const classes = React.useMemo(() => talkStyles(host.theme), [host.theme]);
  const start = React.useMemo(() => toDraft(talk ?? initial ?? {}), [talk, initial]);
  const [kept, setKept] = React.useState(() => readKept(services.drafts.read<IKeptForm>(draftKey)));
  const [draft, setDraft] = React.useState<IDraft>(() => kept?.values ?? start);
  const [problems, setProblems] = React.useState<Problems>({});
  const [error, setError] = React.useState<string>();
  const [state, saver] = useItemSaver<ITechTalk>(
    {
      repository: services.techTalks,
      item: talk,
      onSaved: (saved, created) => {
        services.drafts.remove(draftKey);
        onSaved(saved, created);
      }
    },
    draftKey
  );
  React.useEffect(() => {
    // What was typed applies to the version it was typed over: the saver merges from there (three-way).
    if (kept?.base) saver.restore({ mine: {}, base: kept.base });
  }, [saver, kept?.base]);
  const set = <K extends keyof IDraft>(key: K) => (value: IDraft[K]) =>
    setDraft((d) => {
      const next = { ...d, [key]: value };
      // With the talk as it was when typing began, so a later save merges over changes made meanwhile.
      services.drafts.write<IKeptForm>(draftKey, { values: next, base: kept?.base ?? talk });
      return next;
    });
  const text = (key: keyof IDraft) => (_: unknown, v?: string) => set(key)((v ?? '') as never);

  const save = async (): Promise<void> => {
    const found = check(draft);
    setProblems(found);
    if (Object.keys(found).length) {
      setError('Check the highlighted fields.');
      return;
    }
    setError(undefined);
    const saved = await saver.save(toValues(draft));
    const failure = saver.getState().error;
    if (!saved && failure instanceof ValidationError) setProblems(Object.fromEntries(failure.issues.map((i) => [i.field, i.message])) as Problems);
  };
  const busy = state.status.kind === 'saving';

  return (
    <form
      className={classes.form}
      onSubmit={(event) => {
        event.preventDefault();
        save().catch(() => undefined);
      }}
      noValidate
    >
      {kept && (
        <MessageBar
          messageBarType={MessageBarType.info}
          isMultiline
          actions={
            <DefaultButton
              text="Discard it"
              onClick={() => {
                services.drafts.remove(draftKey);
                setDraft(start);
                setKept(undefined);
              }}
            />
          }
        >
          What you typed earlier and did not save is back in the form (it was kept on this device). Check it against the
          talk as it is now, or discard it.
        </MessageBar>
      )}
      <TextField label="Title" required value={draft.title} onChange={text('title')} errorMessage={problems.title} maxLength={255} />
      <TextField label="Abstract" multiline rows={4} value={draft.abstract} onChange={text('abstract')} />
      <PersonPicker label="Speaker" value={draft.speaker} onChange={(p) => set('speaker')(p)} />
      <TextField label="Speaker name (for a guest speaker)" value={draft.speakerName} onChange={text('speakerName')} />
      <DateTimeField label="Starts at" description="UK time" required value={draft.startsAt} onChange={set('startsAt')} errorMessage={problems.startsAt} />
      <TextField label="Duration (minutes)" type="number" value={draft.durationMinutes} onChange={text('durationMinutes')} errorMessage={problems.durationMinutes} />
      <Dropdown label="Format" selectedKey={draft.format} options={TALK_FORMATS.map((f) => ({ key: f, text: f }))} onChange={(_, o) => o && set('format')(o.key as TalkFormat)} />
      <TextField label="Location (room)" value={draft.location} onChange={text('location')} />
      <TextField label="Join link (Teams meeting)" value={draft.joinUrl} onChange={text('joinUrl')} errorMessage={problems.joinUrl} placeholder="https://teams.microsoft.com/l/meetup-join/…" />
      <TextField label="Capacity (empty for no limit)" type="number" value={draft.capacity} onChange={text('capacity')} errorMessage={problems.capacity} />
      <DateTimeField label="Registration closes" description="UK time; leave empty to take registrations until the talk" value={draft.registrationClosesAt} onChange={set('registrationClosesAt')} errorMessage={problems.registrationClosesAt} />
      <Dropdown label="Status" selectedKey={draft.status} options={TALK_STATUSES.filter((s) => s !== 'Proposed').map((s) => ({ key: s, text: s }))} onChange={(_, o) => o && set('status')(o.key as TalkStatus)} />
      <TextField label="Recording link" value={draft.recordingUrl} onChange={text('recordingUrl')} errorMessage={problems.recordingUrl} />
      <TextField label="Slides link" value={draft.slidesUrl} onChange={text('slidesUrl')} errorMessage={problems.slidesUrl} />
      {error && <MessageBar messageBarType={MessageBarType.error} role="alert">{error}</MessageBar>}
      <div className={classes.row}>
        <PrimaryButton type="submit" text={saveLabel} disabled={busy} />
        <DefaultButton
          text="Cancel"
          onClick={() => {
            services.drafts.remove(draftKey);
            onCancel();
          }}
          disabled={busy}
        />
      </div>
      <SaveFeedback
        state={state}
        saver={saver}
        title={talk?.title ?? (draft.title || 'The new talk')}
        fields={CONFLICT_FIELDS}
        wording={{ yours: 'Your changes', item: 'this talk', pending: 'Not saved yet.', denied: 'Not saved — only the programme office changes talks.' }}
      />
    </form>
  );
};
