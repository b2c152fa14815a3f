import * as React from 'react';
import { Checkbox, DefaultButton, Panel, PanelType, PrimaryButton, TextField, Toggle } from '@fluentui/react';
import { IChampionProfile } from '../../../domain/entities';
import { EXPERTISE_AREAS, WAYS_OF_WORKING } from '../../../domain/vocabulary';
import { ConflictDialog, IConflictField } from '../../shared/conflict/ConflictDialog';
import { useHub } from '../../shared/HubContext';
import { SaveStatusLine } from '../../shared/saving/SaveStatusLine';
import { useItemSaver } from '../../shared/saving/useItemSaver';
import { ErrorNotice } from '../../shared/StatusViews';
import { championsStyles } from '../championsStyles';

export interface IProfileFormProps {
  readonly profile?: IChampionProfile;
  readonly onSaved: () => void;
  readonly onDismiss: () => void;
}

interface IProfileDraft {
  expertiseAreas: string[];
  waysOfWorking: string[];
  availability: string;
  bio: string;
  leaderboardOptOut: boolean;
}

const DRAFT_KEY = 'champions:profile';

const PROFILE_FIELDS: IConflictField[] = [
  { key: 'expertiseAreas', label: 'Expertise areas' },
  { key: 'waysOfWorking', label: 'Ways of working you showcase' },
  { key: 'availability', label: 'When you are available to help' },
  { key: 'bio', label: 'About you' },
  { key: 'leaderboardOptOut', label: 'Leave me off the public leaderboard' }
];

/**
 * A champion's own profile: expertise, ways of working showcased, availability, bio and the leaderboard opt-out.
 * It lives in Champion Profiles, a list where each person edits only the item they created.
 */
export const ProfileForm: React.FC<IProfileFormProps> = ({ profile, onSaved, onDismiss }) => {
  const { services, host } = useHub();
  const classes = React.useMemo(() => championsStyles(host.theme), [host.theme]);
  const [draft, setDraft] = React.useState<IProfileDraft>(
    () =>
      services.drafts.read<IProfileDraft>(DRAFT_KEY) ?? {
        expertiseAreas: [...(profile?.expertiseAreas ?? [])],
        waysOfWorking: [...(profile?.waysOfWorking ?? [])],
        availability: profile?.availability ?? '',
        bio: profile?.bio ?? '',
        leaderboardOptOut: profile?.leaderboardOptOut === true
      }
  );
  // The one save path (src/features/shared/saving): saved at the profile's ETag; if it was changed on another device
  // meanwhile, fields only that device changed are kept, and a field both changed differently shows both versions.
  const [saveState, saver] = useItemSaver<IChampionProfile>(
    {
      repository: services.championProfiles,
      item: profile,
      onSaved: () => {
        services.drafts.remove(DRAFT_KEY);
        onSaved();
      }
    },
    profile?.id ?? 'new'
  );
  const saving = saveState.status.kind === 'saving';
  const failure = saveState.status.kind === 'failed' || saveState.status.kind === 'denied' ? saveState.error ?? new Error('Not saved.') : undefined;
  const change = (patch: Partial<IProfileDraft>): void =>
    setDraft((d) => {
      const next = { ...d, ...patch };
      services.drafts.write(DRAFT_KEY, next);
      return next;
    });
  const toggle = (list: string[], value: string, on: boolean): string[] => (on ? [...list, value] : list.filter((x) => x !== value));

  const save = async (): Promise<void> => {
    const values: Partial<IChampionProfile> = { ...draft, availability: draft.availability.trim() || undefined, bio: draft.bio.trim() || undefined };
    await saver.save(values);
  };

  return (
    <Panel
      isOpen
      type={PanelType.medium}
      headerText="Your champion profile"
      closeButtonAriaLabel="Close"
      onDismiss={onDismiss}
      isFooterAtBottom
      onRenderFooterContent={() => (
        <div className={classes.actions}>
          <PrimaryButton text={saving ? 'Saving…' : 'Save profile'} disabled={saving} onClick={() => void save()} />
          <DefaultButton text="Cancel" onClick={onDismiss} />
        </div>
      )}
    >
      <fieldset className={classes.fieldset}>
        <legend className={classes.legend}>Expertise areas</legend>
        <div className={classes.checks}>
          {EXPERTISE_AREAS.map((x) => (
            <Checkbox key={x} label={x} checked={draft.expertiseAreas.includes(x)} onChange={(_, c) => change({ expertiseAreas: toggle(draft.expertiseAreas, x, !!c) })} />
          ))}
        </div>
      </fieldset>
      <fieldset className={classes.fieldset}>
        <legend className={classes.legend}>Ways of working you showcase</legend>
        <div className={classes.checks}>
          {WAYS_OF_WORKING.map((x) => (
            <Checkbox key={x} label={x} checked={draft.waysOfWorking.includes(x)} onChange={(_, c) => change({ waysOfWorking: toggle(draft.waysOfWorking, x, !!c) })} />
          ))}
        </div>
      </fieldset>
      <TextField label="When you are available to help" value={draft.availability} maxLength={255} onChange={(_, v) => change({ availability: v ?? '' })} placeholder="For example: Tuesday afternoons, on Teams" />
      <TextField label="About you" multiline rows={4} value={draft.bio} onChange={(_, v) => change({ bio: v ?? '' })} />
      <Toggle
        styles={{ root: { marginTop: 12 } }}
        label="Leave me off the public leaderboard"
        checked={draft.leaderboardOptOut}
        onChange={(_, c) => change({ leaderboardOptOut: !!c })}
        onText="Your name is not shown; your work still counts for your department"
        offText="Your name and points are shown"
      />
      {failure !== undefined && <ErrorNotice error={failure} onRetry={() => void save()} />}
      {(saveState.status.kind === 'retrying' || saveState.status.kind === 'offline') && (
        <SaveStatusLine status={saveState.status} wording={{ yours: 'Your profile', item: 'your profile' }} onRetry={() => saver.retryNow()} onCompare={() => undefined} />
      )}
      {saveState.conflict && (
        <ConflictDialog
          title="Your champion profile"
          fields={PROFILE_FIELDS}
          base={saveState.conflict.base as unknown as Record<string, unknown> | undefined}
          mine={saveState.conflict.mine as Record<string, unknown>}
          theirs={saveState.conflict.theirs as unknown as Record<string, unknown> | undefined}
          onCancel={() => saver.cancelConflict()}
          onResolve={(values) => void saver.resolve(values as Partial<IChampionProfile>)}
        />
      )}
    </Panel>
  );
};
