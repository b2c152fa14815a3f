import * as React from 'react';
import { DefaultButton, Link, Text } from '@fluentui/react';
import { MIN_RATINGS_FOR_AVERAGE, satisfaction } from '../../domain/talks/figures';
import { pastTalks } from '../../domain/talks/schedule';
import { safeHttpsUrl } from '../../domain/talks/talkLinks';
import { formatDate, plural } from '../shared/format';
import { ItemErrorBoundary } from '../shared/BrokenItems';
import { useHub } from '../shared/HubContext';
import { Empty, ErrorNotice, Loading } from '../shared/StatusViews';
import { useAsync } from '../shared/useAsync';
import { talkStyles } from './talkStyles';
import { TalkTitleLink } from './TalkTitleLink';

const PAGE = 12;

/** Past talks, latest first, with recording, slides and rating; a year at a time (one request for their ratings). */
export const PastTalks: React.FC<{ now: Date; linkToTalk: (talkId: number) => string; onOpen: (talkId: number) => void }> = ({ now, linkToTalk, onOpen }) => {
  const { services, host } = useHub();
  const classes = React.useMemo(() => talkStyles(host.theme), [host.theme]);
  const [shown, setShown] = React.useState(PAGE);
  const talks = useAsync(() => services.techTalks.getAll({ top: 5000 }), [services]);
  const past = React.useMemo(() => pastTalks(talks.value ?? [], now), [talks.value, now]);
  const visible = past.slice(0, shown);
  const ids = visible.map((t) => t.id).join(',');
  const ratings = useAsync(() => services.talks.ratingsOf(visible.map((t) => t.id)), [services, ids]);
  if (talks.loading && !talks.value) return <Loading label="Loading past talks…" />;
  if (talks.error !== undefined) return <ErrorNotice error={talks.error} onRetry={talks.reload} />;
  if (!past.length) return <Empty message="No talks have taken place yet." />;
  return (
    <div>
      <ul className={classes.list} aria-label="Past talks">
        {visible.map((talk) => (
          <ItemErrorBoundary key={talk.id} name={`The talk "${talk.title}"`} as="li" className={classes.card}>
            {() => {
              const summary = satisfaction((ratings.value?.get(talk.id) ?? []).map((rating) => ({ rating })));
              const recording = safeHttpsUrl(talk.recordingUrl?.url);
              const slides = safeHttpsUrl(talk.slidesUrl?.url);
              return (
                <li className={classes.card}>
                  <Text block as="h4" variant="mediumPlus" className={classes.title}>
                    <TalkTitleLink talk={talk} href={linkToTalk(talk.id)} onOpen={onOpen} />
                  </Text>
                  <Text block as="p" className={classes.meta}>
                    {formatDate(talk.startsAt)} · {talk.speaker?.title ?? talk.speakerName ?? 'Speaker not recorded'}
                  </Text>
                  <div className={classes.row}>
                    {recording ? <Link href={recording} target="_blank" rel="noopener noreferrer" aria-label={`Recording of ${talk.title}`}>Recording</Link> : <Text>No recording</Text>}
                    {slides && <Link href={slides} target="_blank" rel="noopener noreferrer" aria-label={`Slides of ${talk.title}`}>Slides</Link>}
                    <Text>
                      {ratings.loading
                        ? 'Loading ratings…'
                        : summary.average !== undefined
                          ? `Rated ${summary.average.toFixed(1)} out of 5 (${plural(summary.count, 'rating')})`
                          : `Fewer than ${MIN_RATINGS_FOR_AVERAGE} ratings`}
                    </Text>
                  </div>
                </li>
              );
            }}
          </ItemErrorBoundary>
        ))}
      </ul>
      {past.length > shown && <DefaultButton style={{ marginTop: 8 }} text={`Show earlier talks (${past.length - shown} more)`} onClick={() => setShown(shown + PAGE)} />}
    </div>
  );
};
