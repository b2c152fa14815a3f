import * as React from 'react';
import { Link, Text } from '@fluentui/react';
import { ITechTalk } from '../../domain/entities';
import { safeHttpsUrl } from '../../domain/talks/talkLinks';
import { formatDateTime, plural } from '../shared/format';
import { PersonView } from '../shared/people/PersonView';
import { useHub } from '../shared/HubContext';
import { talkStyles } from './talkStyles';

/** When, who, how and how many places: the facts every view of a talk shows. */
export const TalkFacts: React.FC<{ talk: ITechTalk; placesLeft?: number; showJoin?: boolean }> = ({ talk, placesLeft, showJoin }) => {
  const { host } = useHub();
  const classes = React.useMemo(() => talkStyles(host.theme), [host.theme]);
  const join = safeHttpsUrl(talk.joinUrl?.url);
  return (
    <>
      <Text block as="p" className={classes.meta}>
        <time dateTime={talk.startsAt}>{formatDateTime(talk.startsAt)}</time> (UK time), {talk.durationMinutes ?? 45} minutes
      </Text>
      <div className={classes.row}>
        {talk.speaker ? <PersonView person={talk.speaker} /> : <Text>{talk.speakerName ?? 'Speaker to be confirmed'}</Text>}
      </div>
      <Text block as="p" className={classes.meta}>
        {talk.format ?? 'Teams'}
        {talk.location ? `, ${talk.location}` : ''}
        {placesLeft !== undefined && talk.status === 'Scheduled' ? ` · ${placesLeft > 0 ? `${plural(placesLeft, 'place')} left` : 'Full: join the waitlist'}` : ''}
      </Text>
      {showJoin && join && talk.format !== 'In person' && (
        <Text block as="p">
          <Link href={join} target="_blank" rel="noopener noreferrer" className={classes.link}>
            Join in Teams
          </Link>
        </Text>
      )}
    </>
  );
};
