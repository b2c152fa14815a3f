import * as React from 'react';
import { DefaultButton, Dialog, DialogFooter, DialogType, IconButton, MessageBar, MessageBarType, PrimaryButton } from '@fluentui/react';
import { activityFact, IMyChampionData } from '../../../domain/champions/championsData';
import { ILevelStanding, levelFor } from '../../../domain/champions/levels';
import { earnsPoints, levelRules, pointsRules } from '../../../domain/champions/network';
import { quarterOf, yearOf } from '../../../domain/champions/periods';
import { IScoredActivity, POINTS_STATUS_TEXT, scoreActivities, totalPoints } from '../../../domain/champions/points';
import { IChampionActivity, ILookupRef } from '../../../domain/entities';
import { formatDate, plural } from '../../shared/format';
import { useHub } from '../../shared/HubContext';
import { ErrorNotice } from '../../shared/StatusViews';
import { ChampionsClasses } from '../championsStyles';
import { ActivityForm, todayIso } from './ActivityForm';
import { ProfileForm } from './ProfileForm';

export interface IMyActivityProps {
  readonly classes: ChampionsClasses;
  readonly data: IMyChampionData;
  readonly departments: readonly ILookupRef[];
  readonly onChanged: () => void;
}

const inPeriod = (s: IScoredActivity, start?: string, end?: string): boolean =>
  (!start || s.activity.activityDate >= start) && (!end || s.activity.activityDate < end);

/** Level text with the way to the next one, e.g. "Practitioner: 12 points to Leader". */
export function levelText(standing: ILevelStanding): string {
  const held = standing.level ? standing.level.title : 'No level yet';
  return standing.next ? `${held}: ${plural(standing.pointsToNext ?? 0, 'point')} to ${standing.next.title}` : held;
}

/** A champion's own page: points and level, the quick log form, their history (edit, delete) and their profile. */
export const MyActivity: React.FC<IMyActivityProps> = ({ classes, data, departments, onChanged }) => {
  const { services } = useHub();
  const [editing, setEditing] = React.useState<IChampionActivity>();
  const [deleting, setDeleting] = React.useState<IChampionActivity>();
  const [notice, setNotice] = React.useState<string>();
  const [failure, setFailure] = React.useState<unknown>();
  const [profileOpen, setProfileOpen] = React.useState(false);
  const scored = React.useMemo(
    () => scoreActivities(data.activities.map(activityFact), pointsRules(data), data.decisions, earnsPoints(data)),
    [data]
  );
  const byId = new Map(scored.map((s) => [s.activity.id, s]));
  const today = todayIso();
  const quarter = quarterOf(today);
  const year = yearOf(today);
  const quarterPoints = totalPoints(scored.filter((s) => inPeriod(s, quarter.start, quarter.end)));
  const yearPoints = totalPoints(scored.filter((s) => inPeriod(s, year.start, year.end)));
  const standing = levelFor(yearPoints, levelRules(data));
  const active = data.champion?.status === 'Active';

  const saved = (message: string): void => {
    setEditing(undefined);
    setNotice(message);
    onChanged();
  };

  const remove = async (activity: IChampionActivity): Promise<void> => {
    setDeleting(undefined);
    try {
      await services.activities.delete(activity.id, activity.etag ?? '*');
      setNotice(`Deleted "${activity.title}".`);
      onChanged();
    } catch (error) {
      setFailure(error);
    }
  };

  return (
    <div>
      {!active && (
        <MessageBar messageBarType={MessageBarType.info} isMultiline>
          {data.champion?.status === 'Nominated'
            ? 'Your nomination is with the programme office. You can log activities once it is approved.'
            : 'You are not an active champion: activities you log earn no points and do not count for the network.'}
        </MessageBar>
      )}
      <h3 className={classes.heading}>Your points</h3>
      <div className={classes.stats} role="group" aria-label="Your points">
        <div className={classes.stat}>
          <span className={classes.statValue}>{quarterPoints}</span>
          <span className={classes.statLabel}>points in {quarter.key}</span>
        </div>
        <div className={classes.stat}>
          <span className={classes.statValue}>{yearPoints}</span>
          <span className={classes.statLabel}>points in {year.key}</span>
        </div>
        <div className={classes.stat}>
          <span className={classes.statValue}>{totalPoints(scored)}</span>
          <span className={classes.statLabel}>points in all</span>
        </div>
        <div className={classes.stat}>
          <span className={classes.statValue}>
            <span className={classes.badge}>{standing.level?.title ?? 'No level yet'}</span>
          </span>
          <span className={classes.statLabel}>{levelText(standing)} (level for {year.key})</span>
        </div>
      </div>
      <div role="status" aria-live="polite">
        {notice && (
          <MessageBar messageBarType={MessageBarType.success} onDismiss={() => setNotice(undefined)} dismissButtonAriaLabel="Close">
            {notice}
          </MessageBar>
        )}
      </div>
      {failure !== undefined && <ErrorNotice error={failure} />}
      {!editing && <ActivityForm key="new" classes={classes} mine={data.activities} departments={departments} defaultDepartmentId={data.champion?.department?.id} onSaved={saved} />}
      <div className={classes.row} style={{ justifyContent: 'space-between', alignItems: 'center' }}>
        <h3 className={classes.heading}>Your activities</h3>
        {data.champion && <DefaultButton text="Edit your profile" iconProps={{ iconName: 'Contact' }} onClick={() => setProfileOpen(true)} />}
      </div>
      {!data.activities.length ? (
        <p>You have not logged any activities yet. Use the form above: it takes a few seconds.</p>
      ) : (
        <ul className={classes.list} aria-label="Your activities, newest first">
          {data.activities.map((a) => {
            const s = byId.get(a.id);
            return (
              <li key={a.id} className={classes.item}>
                {editing?.id === a.id ? (
                  <ActivityForm
                    key={a.id}
                    classes={classes}
                    editing={a}
                    mine={data.activities}
                    departments={departments}
                    onSaved={saved}
                    onCancel={() => setEditing(undefined)}
                  />
                ) : (
                  <>
                    <div className={classes.itemTop}>
                      <span className={classes.itemTitle}>{a.title}</span>
                      <span>
                        <IconButton iconProps={{ iconName: 'Edit' }} title={`Edit "${a.title}"`} ariaLabel={`Edit "${a.title}"`} onClick={() => setEditing(a)} />
                        <IconButton iconProps={{ iconName: 'Delete' }} title={`Delete "${a.title}"`} ariaLabel={`Delete "${a.title}"`} onClick={() => setDeleting(a)} />
                      </span>
                    </div>
                    <div className={classes.subtext}>
                      {formatDate(a.activityDate)} · {a.activityType}
                      {a.peopleReached !== undefined ? ` · ${plural(a.peopleReached, 'person', 'people')} reached` : ''}
                    </div>
                    <div>{s && s.status === 'counted' ? plural(s.points, 'point') : s ? POINTS_STATUS_TEXT[s.status] : ''}</div>
                  </>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {deleting && (
        <Dialog
          hidden={false}
          onDismiss={() => setDeleting(undefined)}
          dialogContentProps={{ type: DialogType.normal, title: 'Delete this activity?', subText: `"${deleting.title}" on ${formatDate(deleting.activityDate)} will be deleted, with its points.` }}
        >
          <DialogFooter>
            <PrimaryButton text="Delete" onClick={() => void remove(deleting)} />
            <DefaultButton text="Keep it" onClick={() => setDeleting(undefined)} />
          </DialogFooter>
        </Dialog>
      )}
      {profileOpen && (
        <ProfileForm
          profile={data.profile}
          onDismiss={() => setProfileOpen(false)}
          onSaved={() => {
            setProfileOpen(false);
            setNotice('Your profile is saved.');
            onChanged();
          }}
        />
      )}
    </div>
  );
};
