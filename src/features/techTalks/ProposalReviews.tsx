import * as React from 'react';
import { ChoiceGroup, DefaultButton, MessageBar, MessageBarType, PrimaryButton, Text, TextField } from '@fluentui/react';
import { IProposalReview, ITalkProposal } from '../../domain/entities';
import { describeReviews, REVIEW_SCALE, REVIEW_SCALE_WORDS, reviewScoreProblem, summariseReviews } from '../../domain/talks/reviews';
import { useHub } from '../shared/HubContext';
import { useItemSaver } from '../shared/saving/useItemSaver';
import { SaveFeedback, useDeviceDraft } from './TalkSaving';
import { talkStyles } from './talkStyles';

const SCALE = Array.from({ length: REVIEW_SCALE.max - REVIEW_SCALE.min + 1 }, (_, i) => REVIEW_SCALE.min + i);
const OPTIONS = SCALE.map((n) => ({ key: String(n), text: `${n} (${REVIEW_SCALE_WORDS[n]})` }));
const CONFLICT_FIELDS = [
  { key: 'score', label: 'Score' },
  { key: 'comment', label: 'Comment' }
];

/** Where an unsaved review of a proposal is kept on this device. */
export const reviewDraftKey = (proposalId: number): string => `techTalks:review:${proposalId}`;

/**
 * What the programme office sees of a proposal's reviews: the mean and count, then each reviewer's score and comment.
 * SharePoint gives these only to the programme office (the list's read security); a reviewer reads their own only.
 */
export const ReviewsSummary: React.FC<{ readonly proposal: ITalkProposal; readonly reviews: readonly IProposalReview[] }> = ({ proposal, reviews }) => {
  const { host } = useHub();
  const classes = React.useMemo(() => talkStyles(host.theme), [host.theme]);
  const headingId = `tt-reviews-${proposal.id}`;
  return (
    <section aria-labelledby={headingId} className={classes.reviews}>
      <Text block as="h5" variant="medium" id={headingId} className={classes.subheading}>
        Reviews: {describeReviews(summariseReviews(reviews))}
      </Text>
      {reviews.length > 0 && (
        <ul className={classes.list} aria-label={`Reviews of ${proposal.title}`}>
          {reviews.map((r) => (
            <li key={r.id}>
              <Text block>
                <strong>{r.author?.title ?? 'A reviewer'}</strong>: {r.score} out of {REVIEW_SCALE.max} ({REVIEW_SCALE_WORDS[r.score] ?? 'off the scale'})
                {r.isSample && <span className={classes.badge}>Sample data</span>}
              </Text>
              {r.comment && <Text block className={classes.meta}>{r.comment}</Text>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
};

/**
 * A reviewer's own review of a proposal (Talk Reviewers or the programme office): a score on the scale and a comment,
 * one per proposal and reviewer (findOrCreate on the list's key), kept on this device until saved, and editable.
 */
export const ReviewForm: React.FC<{
  readonly proposal: ITalkProposal;
  readonly mine?: IProposalReview;
  readonly onSaved: () => void;
  /** Start with a button that opens the form (the programme office, for whom reviewing is optional). */
  readonly collapsed?: boolean;
}> = ({ proposal, mine, onSaved, collapsed = false }) => {
  const [open, setOpen] = React.useState(!collapsed);
  if (!open) return <DefaultButton text="Add your review" ariaLabel={`Add your review of ${proposal.title}`} onClick={() => setOpen(true)} />;
  return <ReviewFields proposal={proposal} mine={mine} onSaved={onSaved} />;
};

const ReviewFields: React.FC<{ readonly proposal: ITalkProposal; readonly mine?: IProposalReview; readonly onSaved: () => void }> = ({ proposal, mine, onSaved }) => {
  const { services, host } = useHub();
  const classes = React.useMemo(() => talkStyles(host.theme), [host.theme]);
  const draftKey = reviewDraftKey(proposal.id);
  const [state, saver] = useItemSaver<IProposalReview>(
    {
      repository: services.proposalReviews,
      item: mine,
      key: { proposal: { id: proposal.id, title: proposal.title } },
      existing: 'overwrite',
      drafts: services.drafts,
      draftKey,
      onSaved: () => onSaved()
    },
    draftKey
  );
  useDeviceDraft(saver, services.drafts, draftKey);
  const [problem, setProblem] = React.useState<string>();
  const shown = state.shown;
  const save = (): void => {
    const found = reviewScoreProblem(shown.score);
    setProblem(found);
    if (found) return;
    saver.save({ score: shown.score, comment: shown.comment ?? '' }).catch(() => undefined);
  };
  const saved = !!(mine ?? state.item);
  return (
    <form
      className={classes.form}
      aria-label={`Your review of ${proposal.title}`}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        save();
      }}
    >
      <ChoiceGroup
        label={saved ? 'Your score (you can change it; only the programme office sees it)' : 'Your score (only the programme office sees it)'}
        options={OPTIONS}
        selectedKey={shown.score ? String(shown.score) : null}
        onChange={(_, option) => option && saver.change({ score: Number(option.key) })}
        styles={{ flexContainer: { display: 'flex', flexWrap: 'wrap', gap: 8 } }}
      />
      <TextField label="Comment for the programme office" multiline rows={2} value={shown.comment ?? ''} onChange={(_, v) => saver.change({ comment: v ?? '' })} />
      {problem && (
        <MessageBar messageBarType={MessageBarType.error} role="alert">
          {problem}
        </MessageBar>
      )}
      <div className={classes.row}>
        <PrimaryButton type="submit" text={saved ? 'Update my review' : 'Save my review'} disabled={state.status.kind === 'saving'} />
      </div>
      <SaveFeedback
        state={state}
        saver={saver}
        title={`Your review of ${proposal.title}`}
        fields={CONFLICT_FIELDS}
        wording={{ yours: 'Your score and comment', item: 'your review', pending: 'Not saved yet: kept on this device until you save it.', denied: 'Not saved — only Talk Reviewers and the programme office review proposals.' }}
      />
    </form>
  );
};
