import * as React from 'react';
import { ActionButton, DefaultButton, Link, MessageBar, MessageBarType, Text, TextField } from '@fluentui/react';
import { ITechTalk } from '../../domain/entities';
import { hasEnded } from '../../domain/talks/schedule';
import { safeHttpsUrl } from '../../domain/talks/talkLinks';
import { BrokenItemsNotice } from '../shared/BrokenItems';
import { useHub } from '../shared/HubContext';
import { ErrorNotice, Loading } from '../shared/StatusViews';
import { useAsync } from '../shared/useAsync';
import { AttendancePanel } from './AttendancePanel';
import { downloadTalkCalendar } from './calendarDownload';
import { RatingPanel } from './RatingPanel';
import { RegistrationPanel } from './RegistrationPanel';
import { TalkFacts } from './TalkFacts';
import { TalkForm } from './TalkForm';
import { TalkSection } from './TalkSaving';
import { talkStyles } from './talkStyles';

export interface ITalkPageProps {
  readonly talkId: number;
  readonly now: Date;
  readonly linkToTalk: (talkId: number) => string;
  readonly onBack: () => void;
}

/** One talk: its details, registration, calendar file and link; after it, recording, slides and ratings; for the programme office and speaker, attendance. One request. */
export const TalkPage: React.FC<ITalkPageProps> = ({ talkId, now, linkToTalk, onBack }) => {
  const { services, host } = useHub();
  const classes = React.useMemo(() => talkStyles(host.theme), [host.theme]);
  const state = useAsync(() => services.talks.talkPage(talkId), [services, talkId]);
  const [editing, setEditing] = React.useState(false);
  const [notice, setNotice] = React.useState<{ ok: boolean; text: string }>();
  const [showLink, setShowLink] = React.useState(false);
  const heading = React.useRef<HTMLHeadingElement>(null);
  const loaded = !!state.value;
  React.useEffect(() => {
    if (loaded) heading.current?.focus();
  }, [loaded, talkId]);

  if (state.loading && !state.value) return <Loading label="Loading the talk…" />;
  if (state.error !== undefined && !state.value) {
    return (
      <>
        <ActionButton iconProps={{ iconName: 'Back' }} text="All talks" onClick={onBack} />
        <ErrorNotice error={state.error} onRetry={state.reload} />
      </>
    );
  }
  const page = state.value;
  if (!page) return null;
  const { talk } = page;
  const ended = hasEnded(talk, now);
  const isSpeaker = talk.speaker?.id === page.me.id;
  const recording = safeHttpsUrl(talk.recordingUrl?.url);
  const slides = safeHttpsUrl(talk.slidesUrl?.url);
  const pageLink = (t: ITechTalk) => linkToTalk(t.id);
  const calendar = () =>
    downloadTalkCalendar(talk, pageLink).then(
      () => setNotice({ ok: true, text: talk.status === 'Cancelled' ? 'The cancellation was downloaded: open it to remove the talk from your calendar.' : 'The calendar file was downloaded: open it to add the talk to your calendar.' }),
      () => setNotice({ ok: false, text: 'The calendar file could not be made. Try again.' })
    );
  const copyLink = () => {
    setShowLink(true);
    const clipboard = typeof navigator !== 'undefined' ? navigator.clipboard : undefined;
    if (clipboard) clipboard.writeText(linkToTalk(talk.id)).then(() => setNotice({ ok: true, text: 'The link to this talk was copied.' }), () => undefined);
  };

  const saved = (): void => {
    setEditing(false);
    setNotice({ ok: true, text: 'The talk is saved. People who download its calendar file again get the change.' });
    state.reload();
  };

  return (
    <article aria-labelledby="tt-talk-title">
      <ActionButton iconProps={{ iconName: 'Back' }} text="All talks" onClick={onBack} />
      <Text block as="h3" variant="xLarge" id="tt-talk-title" className={classes.title}>
        <span ref={heading} tabIndex={-1}>
          {talk.title}
        </span>
        {talk.status === 'Cancelled' && <span className={classes.badge}>Cancelled</span>}
        {talk.isSample && <span className={classes.badge}>Sample data</span>}
      </Text>
      <BrokenItemsNotice items={page.broken ?? []} noun="item" effect="is shown without the values that could not be read (a rating so is not counted)" />
      <TalkFacts talk={talk} showJoin={!ended} />
      {talk.abstract && <p className={classes.abstract}>{talk.abstract}</p>}
      {talk.topics?.length ? <Text block as="p" className={classes.meta}>Topics: {talk.topics.join(', ')}</Text> : null}
      <div className={classes.row} style={{ margin: '8px 0' }}>
        {!ended && <DefaultButton iconProps={{ iconName: 'Calendar' }} text={talk.status === 'Cancelled' ? 'Download the cancellation (.ics)' : 'Add to calendar (.ics)'} onClick={calendar} />}
        <DefaultButton iconProps={{ iconName: 'Link' }} text="Copy link" onClick={copyLink} />
        {page.canManage && <DefaultButton iconProps={{ iconName: 'Edit' }} text={editing ? 'Close the form' : 'Edit talk'} onClick={() => setEditing(!editing)} />}
      </div>
      {showLink && <TextField label="Link to this talk" readOnly value={linkToTalk(talk.id)} onFocus={(e) => e.currentTarget.select()} />}
      {notice && (
        <MessageBar messageBarType={notice.ok ? MessageBarType.success : MessageBarType.error} role={notice.ok ? 'status' : 'alert'} onDismiss={() => setNotice(undefined)} dismissButtonAriaLabel="Close">
          {notice.text}
        </MessageBar>
      )}
      {editing && <TalkForm talk={talk} draftKey={`techTalks:talk:${talk.id}`} saveLabel="Save talk" onSaved={saved} onCancel={() => setEditing(false)} />}
      <div className={classes.list} style={{ marginTop: 12 }}>
        {!ended && <RegistrationPanel page={page} now={now} onChanged={state.reload} />}
        {ended && (
          <TalkSection id="tt-after" title="After the talk">
            {recording || slides ? (
              <div className={classes.row}>
                {recording && <Link href={recording} target="_blank" rel="noopener noreferrer" className={classes.link}>Watch the recording</Link>}
                {slides && <Link href={slides} target="_blank" rel="noopener noreferrer" className={classes.link}>Slides</Link>}
              </div>
            ) : (
              <Text block as="p">No recording or slides yet.</Text>
            )}
          </TalkSection>
        )}
        {ended && talk.status !== 'Cancelled' && <RatingPanel page={page} onChanged={state.reload} />}
        {(page.canManage || (isSpeaker && page.attendance)) && talk.status !== 'Cancelled' && <AttendancePanel page={page} onChanged={state.reload} />}
      </div>
    </article>
  );
};
