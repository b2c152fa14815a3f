import * as React from 'react';
import { isDataError } from '../../domain/dataErrors';
import { DefaultButton, MessageBar, MessageBarType, Text } from '@fluentui/react';
import { ITechTalk } from '../../domain/entities';
import { seriesMonths, ukMonthKey } from '../../domain/talks/schedule';
import { formatDateTime } from '../shared/format';
import { useHub } from '../shared/HubContext';
import { ErrorNotice, Loading } from '../shared/StatusViews';
import { useAsync } from '../shared/useAsync';
import { TalkForm } from './TalkForm';
import { talkStyles } from './talkStyles';
import { TalkTitleLink } from './TalkTitleLink';

export interface ISeriesViewProps {
  readonly now: Date;
  readonly linkToTalk: (talkId: number) => string;
  readonly onOpen: (talkId: number) => void;
}

const MONTHS_BEFORE = 3;
const MONTHS_SHOWN = 15;

/**
 * The series month by month: a month with no talk held says so in words (and, for the programme office, offers to
 * plan one), so a gap in the monthly series stands out without relying on colour.
 */
export const SeriesView: React.FC<ISeriesViewProps> = ({ now, linkToTalk, onOpen }) => {
  const { services, host } = useHub();
  const classes = React.useMemo(() => talkStyles(host.theme), [host.theme]);
  const state = useAsync(async () => {
    const [talks, permissions] = await Promise.all([services.techTalks.getAll({ top: 5000 }), services.techTalks.permissions()]);
    return { talks, canManage: permissions.canEditAll };
  }, [services]);
  const [planning, setPlanning] = React.useState<string>();
  const [saved, setSaved] = React.useState<string>();
  if (state.loading && !state.value) return <Loading label="Loading the series…" />;
  if (state.error !== undefined) return <ErrorNotice error={state.error} onRetry={state.reload} />;
  if (!state.value) return null;
  const { talks, canManage } = state.value;
  const [year, month] = ukMonthKey(now).split('-').map(Number);
  const from = new Date(Date.UTC(year, month - 1 - MONTHS_BEFORE, 15));
  const months = seriesMonths(talks, ukMonthKey(from), MONTHS_SHOWN);
  const gaps = months.filter((m) => m.gap && m.key >= ukMonthKey(now));

  const planned = async (talk: ITechTalk): Promise<void> => {
    setPlanning(undefined);
    try {
      await services.talks.saveAttendance(talk, [], 0);
      setSaved(`${talk.title} is scheduled.`);
    } catch (e) {
      setSaved(`${talk.title} is scheduled, but its attendance record was not made (${isDataError(e) ? e.message : 'try again'}); the programme office makes it when first marking attendance.`);
    }
    state.reload();
  };

  return (
    <div>
      {canManage && (
        <Text block as="p">
          {gaps.length ? `${gaps.length} coming ${gaps.length === 1 ? 'month has' : 'months have'} no talk planned.` : 'Every coming month shown has a talk.'}
        </Text>
      )}
      {saved && <MessageBar messageBarType={MessageBarType.success} role="status">{saved}</MessageBar>}
      <ol className={classes.grid} aria-label="Tech Talks by month">
        {months.map((m) => (
          <li key={m.key} className={m.gap ? classes.gap : classes.card}>
            <Text block as="h4" variant="mediumPlus" className={classes.title}>
              {m.label}
            </Text>
            {m.talks.map((t) => (
              <div key={t.id}>
                <TalkTitleLink talk={t} href={linkToTalk(t.id)} onOpen={onOpen} />
                <Text block as="p" className={classes.meta}>{formatDateTime(t.startsAt)}</Text>
              </div>
            ))}
            {m.cancelled.map((t) => (
              <Text block as="p" key={t.id} className={classes.meta}>
                Cancelled: <TalkTitleLink talk={t} href={linkToTalk(t.id)} onOpen={onOpen} />
              </Text>
            ))}
            {m.gap && <Text block as="p">{canManage ? 'No talk planned: a gap in the series.' : 'No talk this month.'}</Text>}
            {m.gap && canManage && m.key >= ukMonthKey(now) && (
              <DefaultButton text={`Plan a talk for ${m.label}`} onClick={() => setPlanning(m.key)} />
            )}
          </li>
        ))}
      </ol>
      {planning && (
        <section aria-label="Plan a talk" className={classes.card} style={{ marginTop: 12 }}>
          <TalkForm
            initial={{ startsAt: `${planning}-15T12:30:00Z`, status: 'Scheduled', capacity: 150 }}
            draftKey={`techTalks:plan:${planning}`}
            saveLabel="Schedule talk"
            onSaved={(talk) => { planned(talk).catch(() => undefined); }}
            onCancel={() => setPlanning(undefined)}
          />
        </section>
      )}
    </div>
  );
};
