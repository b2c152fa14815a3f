import * as React from 'react';
import { ChoiceGroup, MessageBar, MessageBarType, PrimaryButton, Text, TextField } from '@fluentui/react';
import { ITalkPage } from '../../domain/services';
import { attendeeIdsOf, MIN_RATINGS_FOR_AVERAGE, satisfaction } from '../../domain/talks/figures';
import { isDataError } from '../../domain/dataErrors';
import { plural } from '../shared/format';
import { useHub } from '../shared/HubContext';
import { talkStyles } from './talkStyles';

const OPTIONS = [1, 2, 3, 4, 5].map((n) => ({ key: String(n), text: `${n}${n === 1 ? ' (poor)' : n === 5 ? ' (excellent)' : ''}` }));

/** The talk's average (once three people rated) and your own rating and comment, which you can change. */
export const RatingPanel: React.FC<{ page: ITalkPage; onChanged: () => void }> = ({ page, onChanged }) => {
  const { services, host } = useHub();
  const classes = React.useMemo(() => talkStyles(host.theme), [host.theme]);
  const mine = page.ratings.find((r) => r.attendeeId === page.me.id);
  const [rating, setRating] = React.useState<number | undefined>(mine?.rating);
  const [comment, setComment] = React.useState(mine?.comment ?? '');
  const [busy, setBusy] = React.useState(false);
  const [message, setMessage] = React.useState<{ ok: boolean; text: string }>();
  const summary = satisfaction(page.ratings);
  const attended = attendeeIdsOf(page.attendance).includes(page.me.id) || page.registrations.some((r) => r.attendeeId === page.me.id);

  const save = async (): Promise<void> => {
    if (!rating) {
      setMessage({ ok: false, text: 'Choose a rating from 1 to 5.' });
      return;
    }
    setBusy(true);
    setMessage(undefined);
    try {
      if (mine) await services.talkFeedback.update(mine.id, { rating, comment }, mine.etag ?? '*');
      else {
        // One rating per talk and person: if another tab saved one meanwhile, this one updates it.
        const found = await services.talkFeedback.findOrCreate({ talk: { id: page.talk.id, title: page.talk.title } }, { rating, comment });
        if (!found.created) await services.talkFeedback.update(found.item.id, { rating, comment }, found.item.etag ?? '*');
      }
      setMessage({ ok: true, text: 'Thank you: your rating is saved.' });
      onChanged();
    } catch (e) {
      setMessage({ ok: false, text: isDataError(e) ? e.message : 'Your rating was not saved. Try again; what you typed is kept.' });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="tt-rating" className={classes.card}>
      <Text block as="h4" variant="mediumPlus" id="tt-rating" className={classes.title}>
        Ratings
      </Text>
      <Text block as="p">
        {summary.average !== undefined
          ? `Average ${summary.average.toFixed(1)} out of 5 from ${plural(summary.count, 'rating')}.`
          : `The average shows once ${MIN_RATINGS_FOR_AVERAGE} people have rated (${plural(summary.count, 'rating')} so far).`}
      </Text>
      {attended ? (
        <div className={classes.form}>
          <ChoiceGroup
            label={mine ? 'Your rating (you can change it)' : 'Rate this talk'}
            options={OPTIONS}
            selectedKey={rating ? String(rating) : undefined}
            onChange={(_, option) => option && setRating(Number(option.key))}
            styles={{ flexContainer: { display: 'flex', flexWrap: 'wrap', gap: 8 } }}
          />
          <TextField label="Comment (optional)" multiline rows={3} value={comment} onChange={(_, v) => setComment(v ?? '')} maxLength={2000} />
          <div>
            <PrimaryButton text={mine ? 'Update my rating' : 'Save my rating'} onClick={save} disabled={busy} />
          </div>
          {message && (
            <MessageBar messageBarType={message.ok ? MessageBarType.success : MessageBarType.error} role={message.ok ? 'status' : 'alert'}>
              {message.text}
            </MessageBar>
          )}
        </div>
      ) : (
        <Text block as="p" className={classes.meta}>
          People who registered or attended can rate the talk.
        </Text>
      )}
    </section>
  );
};
