import * as React from 'react';
import { ChoiceGroup, MessageBar, MessageBarType, PrimaryButton, Text, TextField } from '@fluentui/react';
import { ITalkFeedback } from '../../domain/entities';
import { ITalkPage } from '../../domain/services';
import { attendeeIdsOf, MIN_RATINGS_FOR_AVERAGE, satisfaction } from '../../domain/talks/figures';
import { plural } from '../shared/format';
import { useHub } from '../shared/HubContext';
import { useItemSaver } from '../shared/saving/useItemSaver';
import { SaveFeedback, TalkSection, useDeviceDraft } from './TalkSaving';
import { talkStyles } from './talkStyles';

const OPTIONS = [1, 2, 3, 4, 5].map((n) => ({ key: String(n), text: `${n}${n === 1 ? ' (poor)' : n === 5 ? ' (excellent)' : ''}` }));
const CONFLICT_FIELDS = [
  { key: 'rating', label: 'Rating' },
  { key: 'comment', label: 'Comment' }
];

/** The key a rating's unsaved values are kept under on this device. */
export const ratingDraftKey = (talkId: number): string => `techTalks:rating:${talkId}`;

/**
 * The talk's average (once three people rated) and your own rating and comment, which you can change. Saved through
 * the editing kit's save path: one rating per talk and person (findOrCreate on the list's key, so two tabs never make
 * two), kept on this device until saved, retried when SharePoint is busy or the network drops.
 */
export const RatingPanel: React.FC<{ page: ITalkPage; onChanged: () => void }> = ({ page, onChanged }) => {
  const { services, host } = useHub();
  const classes = React.useMemo(() => talkStyles(host.theme), [host.theme]);
  const rated = page.ratings.find((r) => r.attendeeId === page.me.id);
  const talkRef = { id: page.talk.id, title: page.talk.title };
  const item: ITalkFeedback | undefined = rated ? { id: rated.id, title: '', talk: talkRef, rating: rated.rating, comment: rated.comment, etag: rated.etag } : undefined;
  const draftKey = ratingDraftKey(page.talk.id);
  const [state, saver] = useItemSaver<ITalkFeedback>(
    { repository: services.talkFeedback, item, key: { talk: talkRef }, existing: 'overwrite', drafts: services.drafts, draftKey, onSaved: () => onChanged() },
    draftKey
  );
  const [problem, setProblem] = React.useState<string>();
  useDeviceDraft(saver, services.drafts, draftKey);
  const summary = satisfaction(page.ratings);
  const attended = attendeeIdsOf(page.attendance).includes(page.me.id) || page.registrations.some((r) => r.attendeeId === page.me.id);
  const shown = state.shown;

  const save = (): void => {
    if (!shown.rating) {
      setProblem('Choose a rating from 1 to 5.');
      return;
    }
    setProblem(undefined);
    saver.save({ rating: shown.rating, comment: shown.comment ?? '' }).catch(() => undefined);
  };

  return (
    <TalkSection id="tt-rating" title="Ratings">
      <Text block as="p">
        {summary.average !== undefined
          ? `Average ${summary.average.toFixed(1)} out of 5 from ${plural(summary.count, 'rating')}.`
          : `The average shows once ${MIN_RATINGS_FOR_AVERAGE} people have rated (${plural(summary.count, 'rating')} so far).`}
      </Text>
      {attended ? (
        <div className={classes.form}>
          <ChoiceGroup
            label={rated ? 'Your rating (you can change it)' : 'Rate this talk'}
            options={OPTIONS}
            selectedKey={shown.rating ? String(shown.rating) : null}
            onChange={(_, option) => option && saver.change({ rating: Number(option.key) })}
            styles={{ flexContainer: { display: 'flex', flexWrap: 'wrap', gap: 8 } }}
          />
          <TextField label="Comment (optional)" multiline rows={3} value={shown.comment ?? ''} onChange={(_, v) => saver.change({ comment: v ?? '' })} maxLength={2000} />
          <div>
            <PrimaryButton text={rated || state.item ? 'Update my rating' : 'Save my rating'} onClick={save} disabled={state.status.kind === 'saving'} />
          </div>
          {problem && (
            <MessageBar messageBarType={MessageBarType.error} role="alert">
              {problem}
            </MessageBar>
          )}
          <SaveFeedback
            state={state}
            saver={saver}
            title={`Your rating of ${page.talk.title}`}
            fields={CONFLICT_FIELDS}
            wording={{ yours: 'Your rating and comment', item: 'your rating', pending: 'Not saved yet: kept on this device until you save it.', denied: 'Not saved — SharePoint refused your rating.' }}
          />
        </div>
      ) : (
        <Text block as="p" className={classes.meta}>
          People who registered or attended can rate the talk.
        </Text>
      )}
    </TalkSection>
  );
};
