import * as React from 'react';
import { DefaultButton, MessageBar, MessageBarType, PrimaryButton } from '@fluentui/react';
import { pointsRules } from '../../../domain/champions/network';
import { IChampion, IChampionActivity, IChampionNomination, IPersonRef } from '../../../domain/entities';
import { formatDate, plural } from '../../shared/format';
import { useHub } from '../../shared/HubContext';
import { ErrorNotice, Loading } from '../../shared/StatusViews';
import { useAsync } from '../../shared/useAsync';
import { ChampionsClasses } from '../championsStyles';
import { todayIso } from '../mine/ActivityForm';

export interface IOfficeViewProps {
  readonly classes: ChampionsClasses;
}

/** How far back the office looks for activities awaiting a decision. */
const MONTHS_BACK = 12;
const MOST_SHOWN = 50;

function monthsAgo(months: number): string {
  const d = new Date();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() - months);
  return d.toISOString().slice(0, 10);
}

/**
 * The programme office's work: activities whose type needs approval (decisions go to Activity Approvals, a list
 * only the office edits), nominations to approve or decline, and champions to mark inactive or reactivate (their
 * record in Digital Champions, which only the office edits).
 */
export const OfficeView: React.FC<IOfficeViewProps> = ({ classes }) => {
  const { services } = useHub();
  const [notice, setNotice] = React.useState<string>();
  const [failure, setFailure] = React.useState<unknown>();
  const [busy, setBusy] = React.useState(false);
  const state = useAsync(async () => {
    const data = await services.championsData.period(monthsAgo(MONTHS_BACK), undefined);
    const needs = new Set(pointsRules(data).filter((r) => r.requiresApproval).map((r) => r.activityType));
    const pendingFacts = data.activities.filter((a) => needs.has(a.activityType) && !data.decisions.has(a.id)).slice(0, MOST_SHOWN);
    // The champion an activity counts for is its folder's owner (the fact's), never its Created By.
    const people = new Map(data.champions.map((c) => [c.champion?.id, c.champion]));
    const pending = await Promise.all(
      pendingFacts.map(async (f) => ({ activity: await services.activities.getById(f.id), champion: people.get(f.championId) }))
    );
    const nominations = await services.championNominations.getAll();
    const decided = new Map(data.champions.map((c) => [c.champion?.id, c]));
    const open = nominations.filter((n) => !decided.has(n.nominee?.id) || decided.get(n.nominee?.id)?.status === 'Nominated');
    return { pending, open, champions: data.champions, decided };
  }, [services]);

  const act = async (work: () => Promise<unknown>, message: string): Promise<void> => {
    setBusy(true);
    setFailure(undefined);
    try {
      await work();
      setNotice(message);
      state.reload();
    } catch (error) {
      setFailure(error);
    } finally {
      setBusy(false);
    }
  };

  const decide = (a: IChampionActivity, champion: IPersonRef | undefined, decision: 'Approved' | 'Declined'): Promise<void> =>
    act(
      () => services.activityApprovals.add({ title: a.title, activity: { id: a.id, title: a.title }, champion, activityDate: a.activityDate, decision }),
      `${decision} "${a.title}".`
    );

  const nominate = (n: IChampionNomination, record: IChampion | undefined, status: 'Active' | 'Declined'): Promise<void> =>
    act(async () => {
      const values = { status, since: status === 'Active' ? `${todayIso()}T00:00:00Z` : undefined, department: n.department, nomination: { id: n.id, title: '' } };
      // An active champion logs activities in a folder of their own, which only they (and the office) add to. The
      // folder first: if the record's save then fails, doing it again repeats both (each is idempotent).
      if (status === 'Active') await services.championsData.setActivityAccess(n.nominee.id, 'Contribute');
      if (record) await services.champions.update(record.id, values, record.etag ?? '*');
      else await services.champions.add({ ...values, title: n.nominee.title, champion: n.nominee });
    }, `${n.nominee.title}: ${status === 'Active' ? 'approved, now an active champion who can log activities' : 'nomination declined'}.`);

  const setStatus = (c: IChampion, status: 'Active' | 'Inactive'): Promise<void> =>
    act(async () => {
      // Inactive: their activity folder becomes read-only to them (their history still counts); active: open again.
      // The folder first, so a failed save of the record leaves the button as it was, to try again.
      await services.championsData.setActivityAccess(c.champion.id, status === 'Active' ? 'Contribute' : 'Read');
      await services.champions.update(c.id, { status }, c.etag ?? '*');
    }, `${c.champion.title} is now ${status === 'Active' ? 'active' : 'inactive (alumni): their activities stay, they can no longer log new ones'}.`);

  if (state.loading) return <Loading label="Loading the programme office's work…" />;
  if (state.error !== undefined) return <ErrorNotice error={state.error} onRetry={state.reload} />;
  const { pending, open, champions, decided } = state.value ?? { pending: [], open: [], champions: [], decided: new Map() };
  return (
    <div>
      <div role="status" aria-live="polite">
        {notice && (
          <MessageBar messageBarType={MessageBarType.success} onDismiss={() => setNotice(undefined)} dismissButtonAriaLabel="Close">
            {notice}
          </MessageBar>
        )}
      </div>
      {failure !== undefined && <ErrorNotice error={failure} />}
      <h3 className={classes.subheading}>Activities awaiting approval ({pending.length})</h3>
      {!pending.length ? (
        <p>No activity awaits a decision.</p>
      ) : (
        <ul className={classes.list}>
          {pending.map(({ activity: a, champion }) => (
            <li key={a.id} className={classes.item}>
              <div className={classes.itemTitle}>{a.title}</div>
              <div className={classes.subtext}>
                {champion?.title ?? 'Not in a champion\u2019s folder'} · {formatDate(a.activityDate)} · {a.activityType}
                {a.peopleReached !== undefined ? ` · ${plural(a.peopleReached, 'person', 'people')} reached` : ''}
              </div>
              {a.notes && <div>{a.notes}</div>}
              <div className={classes.actions}>
                <PrimaryButton text="Approve" ariaLabel={`Approve "${a.title}"`} disabled={busy} onClick={() => void decide(a, champion, 'Approved')} />
                <DefaultButton text="Decline" ariaLabel={`Decline "${a.title}"`} disabled={busy} onClick={() => void decide(a, champion, 'Declined')} />
              </div>
            </li>
          ))}
        </ul>
      )}
      <h3 className={classes.subheading}>Nominations ({open.length})</h3>
      {!open.length ? (
        <p>No nomination awaits a decision.</p>
      ) : (
        <ul className={classes.list}>
          {open.map((n) => (
            <li key={n.id} className={classes.item}>
              <div className={classes.itemTitle}>{n.nominee?.title}</div>
              <div className={classes.subtext}>
                {n.department?.title ?? 'No department given'} · nominated by {n.author?.id === n.nominee?.id ? 'themselves' : n.author?.title}
                {n.expertiseAreas?.length ? ` · ${n.expertiseAreas.join(', ')}` : ''}
              </div>
              {n.reason && <div>{n.reason}</div>}
              <div className={classes.actions}>
                <PrimaryButton text="Approve" ariaLabel={`Approve ${n.nominee?.title}`} disabled={busy} onClick={() => void nominate(n, decided.get(n.nominee?.id), 'Active')} />
                <DefaultButton text="Decline" ariaLabel={`Decline ${n.nominee?.title}`} disabled={busy} onClick={() => void nominate(n, decided.get(n.nominee?.id), 'Declined')} />
              </div>
            </li>
          ))}
        </ul>
      )}
      <h3 className={classes.subheading}>Champions</h3>
      <ul className={classes.list}>
        {champions
          .filter((c) => c.status === 'Active' || c.status === 'Inactive')
          .map((c) => (
            <li key={c.id} className={classes.item}>
              <div className={classes.itemTop}>
                <span>
                  <span className={classes.itemTitle}>{c.champion?.title}</span> · {c.department?.title ?? 'No department'} · {c.status === 'Active' ? 'Active' : 'Inactive (alumni)'}
                </span>
                <DefaultButton
                  text={c.status === 'Active' ? 'Mark inactive' : 'Reactivate'}
                  ariaLabel={`${c.status === 'Active' ? 'Mark inactive' : 'Reactivate'}: ${c.champion?.title}`}
                  disabled={busy}
                  onClick={() => void setStatus(c, c.status === 'Active' ? 'Inactive' : 'Active')}
                />
              </div>
            </li>
          ))}
      </ul>
    </div>
  );
};
