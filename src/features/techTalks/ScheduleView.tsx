import * as React from 'react';
import { DefaultButton, MessageBar, MessageBarType, Text } from '@fluentui/react';
import { ITechTalk } from '../../domain/entities';
import { allocatePlaces, countedRegistrations, describePlace } from '../../domain/talks/places';
import { nextTalk, upcomingTalks } from '../../domain/talks/schedule';
import { plural } from '../shared/format';
import { BrokenItemsNotice, ItemErrorBoundary } from '../shared/BrokenItems';
import { useHub } from '../shared/HubContext';
import { Empty, ErrorNotice, Loading } from '../shared/StatusViews';
import { useAsync } from '../shared/useAsync';
import { downloadSeriesCalendar } from './calendarDownload';
import { TalkFacts } from './TalkFacts';
import { talkStyles } from './talkStyles';
import { TalkTitleLink } from './TalkTitleLink';

export interface IScheduleViewProps {
  readonly now: Date;
  readonly linkToTalk: (talkId: number) => string;
  readonly onOpen: (talkId: number) => void;
}

/** The next talk, prominent, then the ones after it. Three requests however long the series. */
export const ScheduleView: React.FC<IScheduleViewProps> = ({ now, linkToTalk, onOpen }) => {
  const { services, host } = useHub();
  const classes = React.useMemo(() => talkStyles(host.theme), [host.theme]);
  const state = useAsync(() => services.talks.schedule(now), [services, now.getTime()]);
  const [calendarError, setCalendarError] = React.useState<string>();
  if (state.loading && !state.value) return <Loading label="Loading the Tech Talks…" />;
  if (state.error !== undefined) return <ErrorNotice error={state.error} onRetry={state.reload} />;
  const schedule = state.value;
  if (!schedule) return null;
  const next = nextTalk(schedule.talks, now);
  const later = upcomingTalks(schedule.talks, now).filter((t) => t.id !== next?.id);
  const places = (talk: ITechTalk) => allocatePlaces(countedRegistrations(talk, schedule.registrations.get(talk.id) ?? []), talk.capacity, talk.registrationClosesAt);
  const pageLink = (talk: ITechTalk) => linkToTalk(talk.id);
  const series = () =>
    downloadSeriesCalendar(schedule.talks, pageLink).catch(() => setCalendarError('The calendar file could not be made. Try again.'));
  return (
    <div>
      <BrokenItemsNotice items={schedule.broken ?? []} noun="talk" />
      {next ? (
        <section className={classes.hero} aria-labelledby="tt-next-heading">
          <Text block as="h3" variant="small" id="tt-next-heading" className={classes.meta}>
            Next talk
          </Text>
          <Text block as="p" variant="xLarge" className={classes.title}>
            <TalkTitleLink talk={next} href={linkToTalk(next.id)} onOpen={onOpen} />
          </Text>
          <TalkFacts talk={next} placesLeft={places(next).left} showJoin />
          {next.abstract && <p className={classes.abstract}>{next.abstract}</p>}
          {places(next).of(schedule.me.id) && <Text block as="p">{describePlace(places(next).of(schedule.me.id))}</Text>}
          <DefaultButton text="Register or add to calendar" onClick={() => onOpen(next.id)} />
        </section>
      ) : (
        <Empty message="No talk is scheduled yet. Watch this space, or propose one." />
      )}
      <div className={classes.row} style={{ justifyContent: 'space-between' }}>
        <Text block as="h3" variant="large" className={classes.heading}>
          {plural(upcomingTalks(schedule.talks, now).filter((t) => t.status === 'Scheduled').length, 'talk')} coming up
        </Text>
        <DefaultButton iconProps={{ iconName: 'Calendar' }} text="Whole series (.ics)" onClick={series} />
      </div>
      {calendarError && <MessageBar messageBarType={MessageBarType.error}>{calendarError}</MessageBar>}
      {later.length ? (
        <ul className={classes.list} aria-label="Upcoming talks">
          {later.map((talk) => (
            <ItemErrorBoundary key={talk.id} name={`The talk "${talk.title}"`} as="li" className={classes.card}>
              {() => (
                <li className={classes.card}>
                  <Text block as="h4" variant="mediumPlus" className={classes.title}>
                    <TalkTitleLink talk={talk} href={linkToTalk(talk.id)} onOpen={onOpen} />
                    {talk.status === 'Cancelled' && <span className={classes.badge}>Cancelled</span>}
                  </Text>
                  <TalkFacts talk={talk} placesLeft={places(talk).left} />
                  {places(talk).of(schedule.me.id) && <Text>{describePlace(places(talk).of(schedule.me.id))}</Text>}
                </li>
              )}
            </ItemErrorBoundary>
          ))}
        </ul>
      ) : (
        <Text block as="p">Nothing else is scheduled yet.</Text>
      )}
    </div>
  );
};
