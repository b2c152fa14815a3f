import * as React from 'react';
import { DefaultButton, MessageBar, MessageBarType, PrimaryButton, Text } from '@fluentui/react';
import { ITalkPage } from '../../domain/services';
import { allocatePlaces, countedRegistrations, describePlace, PlaceStatus } from '../../domain/talks/places';
import { registrationOpen } from '../../domain/talks/schedule';
import { isDataError } from '../../domain/dataErrors';
import { formatDateTime } from '../shared/format';
import { RetryNotice } from '../shared/reading/ReadProgress';
import { IReadRetry, readWithRetries } from '../shared/reading/readWithRetries';
import { useHub } from '../shared/HubContext';
import { TalkSection } from './TalkSaving';
import { talkStyles } from './talkStyles';

export interface IRegistrationPanelProps {
  readonly page: ITalkPage;
  readonly now: Date;
  /** Reads the page again after a change. */
  readonly onChanged: () => void;
}

const placeKey = (talkId: number): string => `techTalks:place:${talkId}`;

/**
 * Register, cancel, and where you stand: a place, or the waitlist with your position. The outcome is read from the
 * server's order of registrations every time (never from what this browser did), and a place that came free while
 * you waited is announced: the last outcome seen is kept on this device to notice the change.
 */
export const RegistrationPanel: React.FC<IRegistrationPanelProps> = ({ page, now, onChanged }) => {
  const { services, host } = useHub();
  const classes = React.useMemo(() => talkStyles(host.theme), [host.theme]);
  const { talk, me } = page;
  const places = allocatePlaces(countedRegistrations(talk, page.registrations), talk.capacity, talk.registrationClosesAt);
  const mine = places.of(me.id);
  const [busy, setBusy] = React.useState(false);
  const [error, setError] = React.useState<string>();
  const [news, setNews] = React.useState<string>();
  const [retry, setRetry] = React.useState<IReadRetry>();
  const [doing, setDoing] = React.useState('Saving');
  const mounted = React.useRef(true);
  React.useEffect(() => () => {
    mounted.current = false;
  }, []);

  React.useEffect(() => {
    const before = services.preferences.read<PlaceStatus>(placeKey(talk.id));
    if (before === 'waitlist' && mine?.status === 'place') setNews('Good news: a place came free and it is yours. You have a place.');
    if (mine) services.preferences.write(placeKey(talk.id), mine.status);
    else services.preferences.remove(placeKey(talk.id));
  }, [services, talk.id, mine?.status]);

  /**
   * Runs a registration change; while SharePoint is busy or out of reach it is tried again (honouring Retry-After, for
   * a bounded time, with the wait shown). Both changes are safe to repeat: registering finds the registration an
   * earlier try made, and cancelling a registration already gone is done.
   */
  const act = async (what: string, work: () => Promise<unknown>, done: string): Promise<void> => {
    setBusy(true);
    setDoing(what);
    setError(undefined);
    setNews(undefined);
    try {
      await readWithRetries(work, { onRetry: (r) => mounted.current && setRetry(r), cancelled: () => !mounted.current });
      if (!mounted.current) return;
      setNews(done);
      onChanged();
    } catch (e) {
      if (mounted.current) setError(isDataError(e) ? e.message : 'That did not work. Try again.');
    } finally {
      if (mounted.current) {
        setBusy(false);
        setRetry(undefined);
      }
    }
  };

  const open = registrationOpen(talk, now);
  const register = () =>
    act(
      'Registering',
      // One registration per talk and person, even from two tabs at once (findOrCreate keeps the lowest id).
      () => services.talkRegistrations.findOrCreate({ talk: { id: talk.id, title: talk.title } }),
      'You are registered. Your place or waitlist position is shown below.'
    );
  const cancel = () => {
    if (!mine) return Promise.resolve();
    const registrationId = mine.registrationId;
    const gone = async (): Promise<void> => {
      try {
        await services.talkRegistrations.delete(registrationId);
      } catch (e) {
        if (!isDataError(e, 'NotFound')) throw e; // an earlier try removed it, though its answer was lost
      }
    };
    return act('Cancelling', gone, 'Your registration is cancelled.');
  };
  const full = places.left !== undefined && places.left <= 0;

  return (
    <TalkSection id="tt-registration" title="Registration">
      <div role="status" aria-live="polite">
        {news && <MessageBar messageBarType={MessageBarType.success}>{news}</MessageBar>}
        <Text block as="p" data-testid="tt-my-place">
          {describePlace(mine)}
        </Text>
      </div>
      <RetryNotice retry={retry} doing={doing} />
      {error && <MessageBar messageBarType={MessageBarType.error}>{error}</MessageBar>}
      <Text block as="p" className={classes.meta}>
        {talk.capacity !== undefined && talk.capacity !== null
          ? `${places.taken} of ${talk.capacity} places taken${places.waiting ? `, ${places.waiting} on the waitlist` : ''}.`
          : `${places.taken} registered.`}
        {talk.registrationClosesAt ? ` Registration closes ${formatDateTime(talk.registrationClosesAt)}.` : ''}
      </Text>
      <div className={classes.row}>
        {!mine && open && <PrimaryButton text={full ? 'Join the waitlist' : 'Register'} onClick={register} disabled={busy} />}
        {mine && talk.status === 'Scheduled' && <DefaultButton text={mine.status === 'waitlist' ? 'Leave the waitlist' : 'Cancel my place'} onClick={cancel} disabled={busy} />}
        {!mine && !open && <Text>{talk.status === 'Cancelled' ? 'This talk is cancelled.' : 'Registration is closed.'}</Text>}
      </div>
    </TalkSection>
  );
};
