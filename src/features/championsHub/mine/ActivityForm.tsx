import * as React from 'react';
import { Checkbox, DefaultButton, Dropdown, IDropdownOption, MessageBar, MessageBarType, PrimaryButton, TextField } from '@fluentui/react';
import { activityValues, DraftErrors, emptyDraft, IActivityDraft, likelyDuplicate, validateActivity } from '../../../domain/champions/activityForm';
import { IChampionActivity, ILookupRef } from '../../../domain/entities';
import { ACTIVITY_TYPES, WAYS_OF_WORKING } from '../../../domain/vocabulary';
import { ConflictDialog, IConflictField } from '../../shared/conflict/ConflictDialog';
import { DateField } from '../../shared/DateField';
import { useHub } from '../../shared/HubContext';
import { SaveStatusLine } from '../../shared/saving/SaveStatusLine';
import { useItemSaver } from '../../shared/saving/useItemSaver';
import { ErrorNotice } from '../../shared/StatusViews';
import { ChampionsClasses } from '../championsStyles';

export interface IActivityFormProps {
  readonly classes: ChampionsClasses;
  /** The activity being edited; undefined to log a new one. */
  readonly editing?: IChampionActivity;
  readonly mine: readonly IChampionActivity[];
  readonly departments: readonly ILookupRef[];
  readonly defaultDepartmentId?: number;
  readonly onSaved: (message: string) => void;
  readonly onCancel?: () => void;
}

export const todayIso = (): string => {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
};

const draftKey = (editing?: IChampionActivity): string => `champions:activity:${editing ? editing.id : 'new'}`;

function draftOf(activity: IChampionActivity): IActivityDraft {
  return {
    title: activity.title,
    activityType: activity.activityType,
    activityDate: activity.activityDate.slice(0, 10),
    peopleReached: activity.peopleReached === undefined ? '' : String(activity.peopleReached),
    hours: activity.hours === undefined ? '' : String(activity.hours),
    departmentId: activity.department?.id,
    waysOfWorking: activity.waysOfWorking ?? [],
    notes: activity.notes ?? '',
    link: activity.link?.url ?? ''
  };
}

const CONFLICT_FIELDS: IConflictField[] = [
  { key: 'title', label: 'What you did' },
  { key: 'activityType', label: 'Type' },
  { key: 'activityDate', label: 'Date' },
  { key: 'peopleReached', label: 'People reached' },
  { key: 'hours', label: 'Hours' },
  { key: 'waysOfWorking', label: 'Ways of working shown' },
  { key: 'notes', label: 'Notes' }
];

/**
 * The quick activity form: type, date and people reached up front, more on demand. What is typed is kept on the
 * device until it is saved (a reload or a dropped network loses nothing). Saving goes through the suite's one save
 * path (ItemSaver, src/features/shared/saving): an add carries a request id, so a retried or doubled save logs it once;
 * a busy or unreachable SharePoint is retried with backoff and said on the status line; an edit is saved at the
 * activity's ETag, and a conflicting edit shows both versions. A likely duplicate is pointed out before saving.
 */
export const ActivityForm: React.FC<IActivityFormProps> = ({ classes, editing, mine, departments, defaultDepartmentId, onSaved, onCancel }) => {
  const { services } = useHub();
  const key = draftKey(editing);
  const [draft, setDraft] = React.useState<IActivityDraft>(
    () => services.drafts.read<IActivityDraft>(key) ?? (editing ? draftOf(editing) : { ...emptyDraft(todayIso()), departmentId: defaultDepartmentId })
  );
  const [restored] = React.useState(() => services.drafts.read<IActivityDraft>(key) !== undefined);
  const [more, setMore] = React.useState(() => !!editing || !!draft.notes || !!draft.link || !!draft.hours || draft.waysOfWorking.length > 0);
  const [errors, setErrors] = React.useState<DraftErrors>({});
  const [duplicateOk, setDuplicateOk] = React.useState(false);
  const firstError = React.useRef<HTMLDivElement>(null);
  const savedMessage = React.useRef('');
  const [generation, setGeneration] = React.useState(0);

  const change = (patch: Partial<IActivityDraft>): void => {
    setDraft((d) => {
      const next = { ...d, ...patch };
      services.drafts.write(key, next);
      return next;
    });
    setDuplicateOk(false);
  };
  const duplicate = likelyDuplicate(draft, mine, editing?.id);

  const finish = (message: string): void => {
    services.drafts.remove(key);
    setDraft({ ...emptyDraft(todayIso()), departmentId: defaultDepartmentId });
    setMore(false);
    setGeneration((g) => g + 1); // the next activity is a new item, with its own request id
    onSaved(message);
  };
  const [saveState, saver] = useItemSaver<IChampionActivity>(
    { repository: services.activities, item: editing, onSaved: () => finish(savedMessage.current) },
    `${key}:${generation}`
  );
  const saving = saveState.status.kind === 'saving';
  const failure = saveState.status.kind === 'failed' || saveState.status.kind === 'denied' ? saveState.error ?? new Error('Not saved.') : undefined;

  const save = async (): Promise<void> => {
    const found = validateActivity(draft, todayIso());
    setErrors(found);
    if (Object.keys(found).length) {
      window.setTimeout(() => firstError.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(), 0);
      return;
    }
    if (duplicate && !duplicateOk) return;
    savedMessage.current = editing ? `Saved your changes to "${draft.title.trim()}".` : `Logged "${draft.title.trim()}".`;
    await saver.save(activityValues(draft) as Partial<IChampionActivity>);
  };

  const typeOptions: IDropdownOption[] = ACTIVITY_TYPES.map((t) => ({ key: t, text: t }));
  const departmentOptions: IDropdownOption[] = [{ key: 0, text: 'Not for one department' }, ...departments.map((d) => ({ key: d.id, text: d.title }))];
  const heading = editing ? `Edit "${editing.title}"` : 'Log an activity';
  return (
    <form
      className={classes.form}
      aria-label={heading}
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <h3 className={classes.subheading} style={{ marginTop: 0 }}>
        {heading}
      </h3>
      {restored && (
        <MessageBar messageBarType={MessageBarType.info} isMultiline>
          What you typed before was kept on this device and is filled in below.
        </MessageBar>
      )}
      <div ref={firstError} className={classes.formGrid}>
        <TextField label="What did you do?" required value={draft.title} onChange={(_, v) => change({ title: v ?? '' })} errorMessage={errors.title} maxLength={255} />
        <Dropdown
          label="Type"
          required
          placeholder="Choose a type"
          options={typeOptions}
          selectedKey={draft.activityType || null}
          onChange={(_, o) => change({ activityType: String(o?.key ?? '') })}
          errorMessage={errors.activityType}
        />
        <DateField label="Date" required value={draft.activityDate} onChange={(day) => change({ activityDate: day })} errorMessage={errors.activityDate} />
        <TextField label="People reached" type="number" min={0} inputMode="numeric" value={draft.peopleReached} onChange={(_, v) => change({ peopleReached: v ?? '' })} errorMessage={errors.peopleReached} />
      </div>
      <DefaultButton
        styles={{ root: { marginTop: 12 } }}
        aria-expanded={more}
        iconProps={{ iconName: more ? 'ChevronUp' : 'ChevronDown' }}
        text={more ? 'Fewer details' : 'More details'}
        onClick={() => setMore((m) => !m)}
      />
      {more && (
        <div className={classes.formGrid} style={{ marginTop: 8 }}>
          <Dropdown label="Department it was for" options={departmentOptions} selectedKey={draft.departmentId ?? 0} onChange={(_, o) => change({ departmentId: o && o.key !== 0 ? Number(o.key) : undefined })} />
          <TextField label="Hours" type="number" min={0} step={0.5} value={draft.hours} onChange={(_, v) => change({ hours: v ?? '' })} errorMessage={errors.hours} />
          <fieldset className={classes.fieldset} style={{ gridColumn: '1 / -1' }}>
            <legend className={classes.legend}>Ways of working shown</legend>
            <div className={classes.checks}>
              {WAYS_OF_WORKING.map((w) => (
                <Checkbox
                  key={w}
                  label={w}
                  checked={draft.waysOfWorking.includes(w)}
                  onChange={(_, checked) => change({ waysOfWorking: checked ? [...draft.waysOfWorking, w] : draft.waysOfWorking.filter((x) => x !== w) })}
                />
              ))}
            </div>
          </fieldset>
          <TextField label="Link (slides, recording, guide)" type="url" value={draft.link} onChange={(_, v) => change({ link: v ?? '' })} errorMessage={errors.link} />
          <TextField label="Notes" multiline rows={3} value={draft.notes} onChange={(_, v) => change({ notes: v ?? '' })} styles={{ root: { gridColumn: '1 / -1' } }} />
        </div>
      )}
      {duplicate && (
        <MessageBar messageBarType={MessageBarType.warning} isMultiline styles={{ root: { marginTop: 12 } }}>
          You already logged &quot;{duplicate.title}&quot; ({duplicate.activityType}) on that date. If this is a different activity, tick the box below and save.
          <Checkbox label="This is a different activity" checked={duplicateOk} onChange={(_, c) => setDuplicateOk(!!c)} styles={{ root: { marginTop: 6 } }} />
        </MessageBar>
      )}
      {failure !== undefined ? (
        <div style={{ marginTop: 12 }}>
          <ErrorNotice error={failure} onRetry={() => void save()} />
          <p className={classes.subtext}>Nothing you typed is lost: it is kept on this device until it is saved.</p>
        </div>
      ) : (
        (saveState.status.kind === 'retrying' || saveState.status.kind === 'offline') && (
          <div style={{ marginTop: 12 }}>
            <SaveStatusLine status={saveState.status} wording={{ yours: 'Your activity', item: 'this activity' }} onRetry={() => saver.retryNow()} onCompare={() => undefined} />
          </div>
        )
      )}
      <div className={classes.actions} style={{ marginTop: 12 }}>
        <PrimaryButton type="submit" text={saving ? 'Saving…' : editing ? 'Save changes' : 'Log activity'} disabled={saving || (!!duplicate && !duplicateOk)} />
        {(editing || onCancel) && (
          <DefaultButton
            text="Cancel"
            onClick={() => {
              services.drafts.remove(key);
              onCancel?.();
            }}
          />
        )}
      </div>
      {saveState.conflict && (
        <ConflictDialog
          title={draft.title}
          fields={CONFLICT_FIELDS}
          base={saveState.conflict.base as unknown as Record<string, unknown> | undefined}
          mine={saveState.conflict.mine as Record<string, unknown>}
          theirs={saveState.conflict.theirs as unknown as Record<string, unknown> | undefined}
          onCancel={() => saver.cancelConflict()}
          onResolve={(values) => {
            savedMessage.current = `Saved "${draft.title.trim()}".`;
            void saver.resolve(values as Partial<IChampionActivity>);
          }}
        />
      )}
    </form>
  );
};
