import * as React from 'react';
import { DefaultButton, Dropdown, MessageBar, MessageBarType, PrimaryButton, Text, TextField } from '@fluentui/react';
import { AudienceLevel, IProposalDecision, ITalkProposal, ProposalDecisionStatus } from '../../domain/entities';
import { isDataError } from '../../domain/dataErrors';
import { decisionProblem, isMonthKey, nextDecisions, proposalStatus } from '../../domain/talks/proposals';
import { monthLabel } from '../../domain/talks/schedule';
import { fromUkInput } from '../../domain/talks/ukTime';
import { AUDIENCE_LEVELS, TALK_TOPICS } from '../../domain/vocabulary';
import { useHub } from '../shared/HubContext';
import { ErrorNotice, Loading } from '../shared/StatusViews';
import { useAsync } from '../shared/useAsync';
import { talkStyles } from './talkStyles';

const errorText = (e: unknown): string => (isDataError(e) ? e.message : 'That did not work. Try again; what you typed is kept.');

/** Anyone proposes a talk and follows its status; the programme office accepts, schedules or declines (with a reason). */
export const ProposalsView: React.FC<{ onOpenTalk: (talkId: number) => void }> = ({ onOpenTalk }) => {
  const { services, host } = useHub();
  const classes = React.useMemo(() => talkStyles(host.theme), [host.theme]);
  const state = useAsync(async () => {
    const [proposals, decisions, me, permissions] = await Promise.all([
      services.talkProposals.getAll({ orderBy: [{ by: 'id', descending: true }], top: 5000 }),
      services.proposalDecisions.getAll({ top: 5000 }),
      services.currentUser(),
      services.proposalDecisions.permissions()
    ]);
    return { proposals, decisions: new Map(decisions.map((d) => [d.proposal.id, d])), me, canDecide: permissions.canEditAll };
  }, [services]);
  if (state.loading && !state.value) return <Loading label="Loading proposals…" />;
  if (state.error !== undefined) return <ErrorNotice error={state.error} onRetry={state.reload} />;
  if (!state.value) return null;
  const { proposals, decisions, me, canDecide } = state.value;
  const mine = proposals.filter((p) => p.author?.id === me.id);
  const shown = canDecide ? proposals : mine;
  return (
    <div>
      <ProposalForm onSaved={state.reload} />
      <Text block as="h3" variant="large" className={classes.heading}>
        {canDecide ? 'All proposals' : 'Your proposals'}
      </Text>
      {shown.length === 0 && <Text block as="p">{canDecide ? 'No proposals yet.' : 'You have not proposed a talk yet.'}</Text>}
      <ul className={classes.list} aria-label={canDecide ? 'All proposals' : 'Your proposals'}>
        {shown.map((p) => (
          <li key={p.id} className={classes.card}>
            <ProposalCard proposal={p} decision={decisions.get(p.id)} canDecide={canDecide} onChanged={state.reload} onOpenTalk={onOpenTalk} />
          </li>
        ))}
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
  const [error, setError] = React.useState<string>();
  const [busy, setBusy] = React.useState(false);

  const decide = async (next: ProposalDecisionStatus): Promise<void> => {
    setError(undefined);
    const startsAt = next === 'Scheduled' ? fromUkInput(when) : undefined;
    const problem = next === 'Scheduled' && !startsAt ? 'Choose the date and time (UK time) for the talk.' : decisionProblem(next, reason, next === 'Scheduled' ? 1 : undefined);
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
          <TextField label="Date and time (UK time)" type="datetime-local" value={when} onChange={(_, v) => setWhen(v ?? '')} required />
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

const ProposalForm: React.FC<{ onSaved: () => void }> = ({ onSaved }) => {
  const { services, host } = useHub();
  const classes = React.useMemo(() => talkStyles(host.theme), [host.theme]);
  const [open, setOpen] = React.useState(false);
  const [title, setTitle] = React.useState('');
  const [abstract, setAbstract] = React.useState('');
  const [speakers, setSpeakers] = React.useState('');
  const [month, setMonth] = React.useState('');
  const [level, setLevel] = React.useState<AudienceLevel>('Introductory');
  const [topics, setTopics] = React.useState<string[]>([]);
  const [problems, setProblems] = React.useState<Record<string, string>>({});
  const [message, setMessage] = React.useState<{ ok: boolean; text: string }>();
  const [busy, setBusy] = React.useState(false);

  const save = async (): Promise<void> => {
    const found: Record<string, string> = {};
    if (!title.trim()) found.title = 'Give your talk a title.';
    if (!abstract.trim()) found.abstract = 'Say in a few sentences what the talk is about.';
    if (!speakers.trim()) found.speakers = 'Name the speaker or speakers.';
    if (month && !isMonthKey(month)) found.month = 'Choose a month, or leave it empty.';
    setProblems(found);
    if (Object.keys(found).length) return;
    setBusy(true);
    setMessage(undefined);
    try {
      await services.talkProposals.add({ title: title.trim(), abstract: abstract.trim(), speakers: speakers.trim(), preferredMonth: month || undefined, audienceLevel: level, topics });
      setMessage({ ok: true, text: 'Thank you: your proposal is sent to the programme office. Its status shows below.' });
      setTitle('');
      setAbstract('');
      setSpeakers('');
      setMonth('');
      setTopics([]);
      setOpen(false);
      onSaved();
    } catch (e) {
      setMessage({ ok: false, text: errorText(e) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-label="Propose a talk">
      {message && <MessageBar messageBarType={message.ok ? MessageBarType.success : MessageBarType.error} role={message.ok ? 'status' : 'alert'}>{message.text}</MessageBar>}
      {!open ? (
        <PrimaryButton text="Propose a talk" onClick={() => setOpen(true)} />
      ) : (
        <div className={classes.form}>
          <TextField label="Title" required value={title} onChange={(_, v) => setTitle(v ?? '')} errorMessage={problems.title} maxLength={255} />
          <TextField label="Abstract" required multiline rows={4} value={abstract} onChange={(_, v) => setAbstract(v ?? '')} errorMessage={problems.abstract} />
          <TextField label="Speaker(s)" required value={speakers} onChange={(_, v) => setSpeakers(v ?? '')} errorMessage={problems.speakers} maxLength={255} />
          <TextField label="Preferred month" type="month" value={month} onChange={(_, v) => setMonth(v ?? '')} errorMessage={problems.month} />
          <Dropdown label="Audience level" selectedKey={level} options={AUDIENCE_LEVELS.map((l) => ({ key: l, text: l }))} onChange={(_, o) => o && setLevel(o.key as AudienceLevel)} />
          <Dropdown
            label="Topics"
            multiSelect
            selectedKeys={topics}
            options={TALK_TOPICS.map((t) => ({ key: t, text: t }))}
            onChange={(_, o) => o && setTopics(o.selected ? [...topics, String(o.key)] : topics.filter((t) => t !== o.key))}
          />
          <div className={classes.row}>
            <PrimaryButton text="Send proposal" onClick={save} disabled={busy} />
            <DefaultButton text="Cancel" onClick={() => setOpen(false)} disabled={busy} />
          </div>
        </div>
      )}
    </section>
  );
};
