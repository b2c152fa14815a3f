import * as React from 'react';
import { DefaultButton, Dropdown, MessageBar, MessageBarType, PrimaryButton, Text, TextField } from '@fluentui/react';
import { AudienceLevel, IProposalDecision, ITalkProposal, ProposalDecisionStatus } from '../../domain/entities';
import { isDataError } from '../../domain/dataErrors';
import { decisionProblem, isMonthKey, nextDecisions, proposalStatus } from '../../domain/talks/proposals';
import { reviewsByProposal } from '../../domain/talks/reviews';
import { monthLabel } from '../../domain/talks/schedule';
import { fromUkInput } from '../../domain/talks/ukTime';
import { dayTimeFieldProblem, monthFieldProblem, parseTypedMonth } from '../../domain/typedDates';
import { AUDIENCE_LEVELS, TALK_TOPICS } from '../../domain/vocabulary';
import { DateTimeField } from '../shared/DateTimeField';
import { useHub } from '../shared/HubContext';
import { useItemSaver } from '../shared/saving/useItemSaver';
import { ErrorNotice, Loading } from '../shared/StatusViews';
import { useAsync } from '../shared/useAsync';
import { reviewDraftKey, ReviewForm, ReviewsSummary } from './ProposalReviews';
import { SaveFeedback, useDeviceDraft } from './TalkSaving';
import { talkStyles } from './talkStyles';

const errorText = (e: unknown): string => (isDataError(e) ? e.message : 'That did not work. Try again; what you typed is kept.');

/**
 * Anyone proposes a talk and follows its status; the programme office accepts, schedules or declines (with a reason)
 * and sees every review; Talk Reviewers score proposals (their own review only).
 */
export const ProposalsView: React.FC<{ onOpenTalk: (talkId: number) => void }> = ({ onOpenTalk }) => {
  const { services, host } = useHub();
  const classes = React.useMemo(() => talkStyles(host.theme), [host.theme]);
  const state = useAsync(async () => {
    // SharePoint answers reviews by who asks: the programme office all, a reviewer their own, anyone else none.
    const [proposals, decisions, me, permissions, reviews, reviewRights] = await Promise.all([
      services.talkProposals.getAll({ orderBy: [{ by: 'id', descending: true }], top: 5000 }),
      services.proposalDecisions.getAll({ top: 5000 }),
      services.currentUser(),
      services.proposalDecisions.permissions(),
      services.proposalReviews.getAll({ top: 5000 }),
      services.proposalReviews.permissions()
    ]);
    return {
      proposals,
      decisions: new Map(decisions.map((d) => [d.proposal.id, d])),
      me,
      canDecide: permissions.canEditAll,
      reviews: reviewsByProposal(reviews),
      seesAllReviews: reviewRights.canEditAll,
      canReview: reviewRights.canAdd
    };
  }, [services]);
  if (state.loading && !state.value) return <Loading label="Loading proposals…" />;
  if (state.error !== undefined) return <ErrorNotice error={state.error} onRetry={state.reload} />;
  if (!state.value) return null;
  const { proposals, decisions, me, canDecide, reviews, seesAllReviews, canReview } = state.value;
  const mine = proposals.filter((p) => p.author?.id === me.id);
  const shown = canDecide || canReview ? proposals : mine;
  const heading = canDecide ? 'All proposals' : canReview ? 'Proposals to review' : 'Your proposals';
  return (
    <div>
      <ProposalForm onSaved={state.reload} />
      <Text block as="h3" variant="large" className={classes.heading}>
        {heading}
      </Text>
      {canReview && !canDecide && <Text block as="p" className={classes.meta}>Score each proposal from 1 to 5 with a comment. Only the programme office sees reviews; you see your own.</Text>}
      {shown.length === 0 && <Text block as="p">{canDecide || canReview ? 'No proposals yet.' : 'You have not proposed a talk yet.'}</Text>}
      <ul className={classes.list} aria-label={heading}>
        {shown.map((p) => {
          const status = proposalStatus(decisions.get(p.id));
          const reviewsOf = reviews.get(p.id) ?? [];
          const reviewable = canReview && p.author?.id !== me.id && (status === 'Proposed' || status === 'Accepted');
          return (
            <li key={p.id} className={classes.card}>
              <ProposalCard proposal={p} decision={decisions.get(p.id)} canDecide={canDecide} onChanged={state.reload} onOpenTalk={onOpenTalk} />
              {seesAllReviews && <ReviewsSummary proposal={p} reviews={reviewsOf} />}
              {reviewable && (
                <ReviewForm
                  proposal={p}
                  mine={reviewsOf.find((r) => r.author?.id === me.id)}
                  collapsed={canDecide && !reviewsOf.some((r) => r.author?.id === me.id) && !services.drafts.read(reviewDraftKey(p.id))}
                  onSaved={state.reload}
                />
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
};

const ProposalCard: React.FC<{
  proposal: ITalkProposal;
  decision?: IProposalDecision;
  canDecide: boolean;
  onChanged: () => void;
  onOpenTalk: (talkId: number) => void;
}> = ({ proposal, decision, canDecide, onChanged, onOpenTalk }) => {
  const { services, host } = useHub();
  const classes = React.useMemo(() => talkStyles(host.theme), [host.theme]);
  const status = proposalStatus(decision);
  const [acting, setActing] = React.useState<ProposalDecisionStatus>();
  const [reason, setReason] = React.useState('');
  const [when, setWhen] = React.useState(proposal.preferredMonth && isMonthKey(proposal.preferredMonth) ? `${proposal.preferredMonth}-15T12:30` : '');
  const [whenError, setWhenError] = React.useState<string>();
  const [error, setError] = React.useState<string>();
  const [busy, setBusy] = React.useState(false);

  const decide = async (next: ProposalDecisionStatus): Promise<void> => {
    setError(undefined);
    const startsAt = next === 'Scheduled' ? fromUkInput(when) : undefined;
    const whenProblem = next === 'Scheduled' ? dayTimeFieldProblem('Talk starts at', when, true) ?? (startsAt ? undefined : 'Talk starts at: that time does not exist in UK time (the clocks go forward an hour then).') : undefined;
    setWhenError(whenProblem);
    const problem = whenProblem ? 'Check the talk\'s date and time.' : decisionProblem(next, reason, next === 'Scheduled' ? 1 : undefined);
    if (problem) {
      setError(problem);
      return;
    }
    setBusy(true);
    try {
      let talk: { id: number; title: string } | undefined;
      if (next === 'Scheduled' && startsAt) {
        const created = await services.techTalks.add({
          title: proposal.title,
          abstract: proposal.abstract,
          speakerName: proposal.speakers,
          topics: proposal.topics,
          startsAt,
          durationMinutes: 45,
          format: 'Teams',
          status: 'Scheduled'
        });
        await services.talks.saveAttendance(created, [], 0);
        talk = { id: created.id, title: created.title };
      }
      const values: Partial<IProposalDecision> = { status: next, reason: next === 'Declined' ? reason.trim() : decision?.reason, talk, title: proposal.title };
      if (decision) await services.proposalDecisions.update(decision.id, values, decision.etag ?? '*');
      else await services.proposalDecisions.add({ ...values, proposal: { id: proposal.id, title: proposal.title } });
      setActing(undefined);
      onChanged();
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Text block as="h4" variant="mediumPlus" className={classes.title}>
        {proposal.title}
        <span className={classes.badge}>{status}</span>
        {proposal.isSample && <span className={classes.badge}>Sample data</span>}
      </Text>
      <Text block as="p" className={classes.meta}>
        {proposal.speakers}
        {proposal.preferredMonth && isMonthKey(proposal.preferredMonth) ? ` · prefers ${monthLabel(proposal.preferredMonth)}` : ''}
        {proposal.audienceLevel ? ` · ${proposal.audienceLevel}` : ''}
        {proposal.topics?.length ? ` · ${proposal.topics.join(', ')}` : ''}
      </Text>
      {proposal.abstract && <p className={classes.abstract}>{proposal.abstract}</p>}
      {status === 'Declined' && decision?.reason && (
        <Text block as="p">
          <strong>Reason:</strong> {decision.reason}
        </Text>
      )}
      {status === 'Scheduled' && decision?.talk && <DefaultButton text="Open the talk" onClick={() => onOpenTalk(decision.talk?.id ?? 0)} />}
      {canDecide && (
        <div className={classes.row} style={{ marginTop: 8 }}>
          {nextDecisions(status).map((next) => (
            <DefaultButton key={next} text={next === 'Accepted' ? 'Accept' : next === 'Declined' ? 'Decline' : 'Schedule'} onClick={() => (next === 'Accepted' ? decide(next) : setActing(next))} disabled={busy} />
          ))}
        </div>
      )}
      {acting === 'Declined' && (
        <div className={classes.form}>
          <TextField label="Reason (the proposer sees it)" multiline rows={2} value={reason} onChange={(_, v) => setReason(v ?? '')} required />
          <div className={classes.row}>
            <PrimaryButton text="Decline proposal" onClick={() => decide('Declined')} disabled={busy} />
            <DefaultButton text="Cancel" onClick={() => setActing(undefined)} />
          </div>
        </div>
      )}
      {acting === 'Scheduled' && (
        <div className={classes.form}>
          <DateTimeField label="Talk starts at" description="UK time" value={when} onChange={setWhen} errorMessage={whenError} required />
          <div className={classes.row}>
            <PrimaryButton text="Schedule talk" onClick={() => decide('Scheduled')} disabled={busy} />
            <DefaultButton text="Cancel" onClick={() => setActing(undefined)} />
          </div>
        </div>
      )}
      {error && <MessageBar messageBarType={MessageBarType.error} role="alert">{error}</MessageBar>}
    </>
  );
};

const PROPOSAL_DRAFT = 'techTalks:proposal:new';
const PROPOSAL_FIELDS = [
  { key: 'title', label: 'Title' },
  { key: 'abstract', label: 'Abstract' },
  { key: 'speakers', label: 'Speaker(s)' },
  { key: 'preferredMonth', label: 'Preferred month' },
  { key: 'audienceLevel', label: 'Audience level' },
  { key: 'topics', label: 'Topics' }
];

/**
 * Proposing a talk, through the editing kit's save path: what is typed is kept on this device until it is sent (a
 * reload reopens the form with it), and a failed send keeps it and says why.
 */
const ProposalForm: React.FC<{ onSaved: () => void }> = ({ onSaved }) => {
  const { services, host } = useHub();
  const classes = React.useMemo(() => talkStyles(host.theme), [host.theme]);
  const [round, setRound] = React.useState(0);
  const [state, saver] = useItemSaver<ITalkProposal>(
    {
      repository: services.talkProposals,
      drafts: services.drafts,
      draftKey: PROPOSAL_DRAFT,
      onSaved: () => {
        setMessage('Thank you: your proposal is sent to the programme office. Its status shows below.');
        setOpen(false);
        setRound((r) => r + 1);
        onSaved();
      }
    },
    `${PROPOSAL_DRAFT}:${round}`
  );
  const [open, setOpen] = React.useState(false);
  const [problems, setProblems] = React.useState<Record<string, string>>({});
  const [message, setMessage] = React.useState<string>();
  const [dismissed, setDismissed] = React.useState(false);
  const restored = useDeviceDraft(saver, services.drafts, PROPOSAL_DRAFT) && !dismissed;
  React.useEffect(() => {
    if (restored) setOpen(true);
  }, [restored]);
  const shown = state.shown;
  const topics = shown.topics ?? [];

  const save = (): void => {
    const found: Record<string, string> = {};
    if (!shown.title?.trim()) found.title = 'Give your talk a title.';
    if (!shown.abstract?.trim()) found.abstract = 'Say in a few sentences what the talk is about.';
    if (!shown.speakers?.trim()) found.speakers = 'Name the speaker or speakers.';
    const month = monthFieldProblem('Preferred month', shown.preferredMonth);
    if (month) found.month = month;
    setProblems(found);
    if (Object.keys(found).length) return;
    setMessage(undefined);
    saver
      .save({
        title: shown.title?.trim(),
        abstract: shown.abstract?.trim(),
        speakers: shown.speakers?.trim(),
        preferredMonth: shown.preferredMonth ? parseTypedMonth(shown.preferredMonth) : undefined,
        audienceLevel: shown.audienceLevel ?? 'Introductory',
        topics
      })
      .catch(() => undefined);
  };
  const busy = state.status.kind === 'saving';

  return (
    <section aria-label="Propose a talk">
      {message && <MessageBar messageBarType={MessageBarType.success} role="status">{message}</MessageBar>}
      {!open ? (
        <PrimaryButton text="Propose a talk" onClick={() => setOpen(true)} />
      ) : (
        <div className={classes.form}>
          {restored && <MessageBar messageBarType={MessageBarType.info}>Your proposal from earlier, not sent yet, is back (it was kept on this device).</MessageBar>}
          <TextField label="Title" required value={shown.title ?? ''} onChange={(_, v) => saver.change({ title: v ?? '' })} errorMessage={problems.title} maxLength={255} />
          <TextField label="Abstract" required multiline rows={4} value={shown.abstract ?? ''} onChange={(_, v) => saver.change({ abstract: v ?? '' })} errorMessage={problems.abstract} />
          <TextField label="Speaker(s)" required value={shown.speakers ?? ''} onChange={(_, v) => saver.change({ speakers: v ?? '' })} errorMessage={problems.speakers} maxLength={255} />
          <TextField
            label="Preferred month"
            placeholder="For example March 2027"
            value={shown.preferredMonth && isMonthKey(shown.preferredMonth) ? monthLabel(shown.preferredMonth) : shown.preferredMonth ?? ''}
            onChange={(_, v) => saver.change({ preferredMonth: v ?? '' })}
            errorMessage={problems.month}
            autoComplete="off"
          />
          <Dropdown label="Audience level" selectedKey={shown.audienceLevel ?? 'Introductory'} options={AUDIENCE_LEVELS.map((l) => ({ key: l, text: l }))} onChange={(_, o) => o && saver.change({ audienceLevel: o.key as AudienceLevel })} />
          <Dropdown
            label="Topics"
            multiSelect
            selectedKeys={[...topics]}
            options={TALK_TOPICS.map((t) => ({ key: t, text: t }))}
            onChange={(_, o) => o && saver.change({ topics: o.selected ? [...topics, String(o.key)] : topics.filter((t) => t !== o.key) })}
          />
          <div className={classes.row}>
            <PrimaryButton text="Send proposal" onClick={save} disabled={busy} />
            <DefaultButton
              text="Cancel"
              onClick={() => {
                saver.discard();
                setDismissed(true);
                setOpen(false);
              }}
              disabled={busy}
            />
          </div>
          <SaveFeedback
            state={state}
            saver={saver}
            title={shown.title || 'Your proposal'}
            fields={PROPOSAL_FIELDS}
            wording={{ yours: 'The details of your proposal', item: 'your proposal', pending: 'Not sent yet: kept on this device until you send it.' }}
          />
        </div>
      )}
    </section>
  );
};
