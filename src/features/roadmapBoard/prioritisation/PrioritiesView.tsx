import * as React from 'react';
import { Dropdown, MessageBar, MessageBarType, Pivot, PivotItem } from '@fluentui/react';
import { IInitiative, IScoringRound } from '../../../domain/entities';
import { quorumOf } from '../../../domain/roadmap/prioritisation';
import { scorableInitiatives, scoringCriteria, sortRounds } from '../../../domain/roadmap/scoringRound';
import { formatDate } from '../../shared/format';
import { useHub } from '../../shared/HubContext';
import { useElementWidth } from '../../shared/useElementWidth';
import { Empty, ErrorNotice, Loading } from '../../shared/StatusViews';
import { PrioritiesClasses, prioritiesStyles } from './prioritiesStyles';
import { RankedList } from './RankedList';
import { RoundManager } from './RoundManager';
import { ScoreAudit } from './ScoreAudit';
import { ScoringGrid } from './ScoringGrid';
import { rankingOf, RankingSource, usePrioritiesData } from './usePrioritiesData';
import { overflowingPivotStyles } from '../../shared/pivotStyles';

export interface IPrioritiesViewProps {
  /** The board's filtered set. */
  readonly initiatives: readonly IInitiative[];
  /** Programme office: may run scoring rounds and see the score audit. */
  readonly canManage: boolean;
  onOpenInitiative(id: number): void;
  /** Include initiatives under one month's effort. */
  readonly includeSmall: boolean;
}

const ValueEffortMatrix = React.lazy(() =>
  import(/* webpackChunkName: 'roadmap-value-effort' */ './ValueEffortMatrix').then((m) => ({ default: m.ValueEffortMatrix }))
);

type Tab = 'ranking' | 'matrix' | 'score' | 'audit' | 'rounds';

const roundStatus = (status: string, opensOn?: string, closesOn?: string): string => {
  if (status === 'Open') return closesOn ? `Open for scoring until ${formatDate(closesOn)}.` : 'Open for scoring.';
  if (status === 'Closed') return closesOn ? `Closed on ${formatDate(closesOn)}: scoring has ended.` : 'Closed: scoring has ended.';
  return opensOn ? `Draft: opens on ${formatDate(opensOn)}.` : 'Draft: not open yet.';
};

/** Says whose ranking is shown and how final it is (scores are private until a round closes). */
const RankingNote: React.FC<{ source: RankingSource | undefined; round: IScoringRound }> = ({ source, round }) => {
  if (source?.kind === 'snapshot') {
    return (
      <MessageBar messageBarType={MessageBarType.info} isMultiline>
        Final ranking of {round.title}, recorded when the round closed on {formatDate(source.snapshot.takenOn)}. Scores changed after closing do not count.
      </MessageBar>
    );
  }
  if (source?.kind === 'unpublished') {
    return (
      <MessageBar messageBarType={MessageBarType.info} isMultiline>
        Scores are published when the round closes: {round.title} is open, and each scorer&apos;s scores are private until then.
        {source.lastClosed ? ` Shown below: the final ranking of ${source.lastClosed.title}, the latest closed round.` : ''}
      </MessageBar>
    );
  }
  if (source?.kind === 'live' && round.status === 'Open') {
    return (
      <MessageBar messageBarType={MessageBarType.warning} isMultiline>
        Provisional: only the programme office sees this ranking while {round.title} is open. Everyone else sees the final ranking when you close the round.
      </MessageBar>
    );
  }
  if (source?.kind === 'live' && round.status === 'Closed') {
    return (
      <MessageBar messageBarType={MessageBarType.warning} isMultiline>
        This round&apos;s ranking was not recorded when it closed: it is worked out from the scores as they stand now, and only the programme office sees
        it. Record it in the Rounds tab to freeze it and publish it to everyone.
      </MessageBar>
    );
  }
  return null;
};

/**
 * The Priorities view: the chosen scoring round's ranking of the board's filtered initiatives, the value-versus-
 * effort matrix, the scoring grid for scorers while the round is open, and for the programme office the score
 * audit and round management.
 */
export const PrioritiesView: React.FC<IPrioritiesViewProps> = ({ initiatives, canManage, onOpenInitiative, includeSmall }) => {
  const { services, host } = useHub();
  const classes: PrioritiesClasses = React.useMemo(() => prioritiesStyles(host.theme), [host.theme]);
  const data = usePrioritiesData(services);
  const [tab, setTab] = React.useState<Tab>('ranking');
  const [rootRef, width] = useElementWidth<HTMLDivElement>();
  const compact = width < 560;
  const { base, round, scores, source } = data;

  const criteria = base.value?.criteria ?? [];
  const result = React.useMemo(
    () => rankingOf(source, round, initiatives, criteria, scores.value, includeSmall),
    [source, round, initiatives, criteria, scores.value, includeSmall]
  );
  // The round whose ranking is shown: the chosen one, or while it is open (and scores are private) the latest closed one.
  const shown = source?.kind === 'unpublished' ? source.lastClosed : round;

  const frame = (content: React.ReactNode): JSX.Element => (
    <div ref={rootRef} className={classes.root}>
      {content}
    </div>
  );
  if (base.loading && !base.value) return frame(<Loading label="Loading the prioritisation…" />);
  if (base.error !== undefined || !base.value) return frame(<ErrorNotice error={base.error} onRetry={base.reload} />);
  const { rounds, canScore, me } = base.value;
  const active = scoringCriteria(criteria);
  const canGrid = canScore && round?.status === 'Open' && active.length > 0;

  const roundManager = canManage ? <RoundManager rounds={rounds} classes={classes} onChanged={data.reloadRounds} /> : null;
  if (!round) {
    return frame(
      <>
        <Empty message={canManage ? 'There is no scoring round yet. Open one below to let scorers start.' : 'There is no scoring round yet. The programme office opens one when scoring starts.'} />
        {roundManager}
      </>
    );
  }

  const tabs: { key: Tab; text: string }[] = [
    { key: 'ranking', text: 'Ranking' },
    { key: 'matrix', text: 'Value and effort' },
    ...(canGrid ? [{ key: 'score' as Tab, text: 'Score initiatives' }] : []),
    ...(canManage ? [{ key: 'audit' as Tab, text: 'Score audit' }, { key: 'rounds' as Tab, text: 'Rounds' }] : [])
  ];
  const current = tabs.some((t) => t.key === tab) ? tab : 'ranking';

  const ranking = current === 'ranking' || current === 'matrix';
  let body: React.ReactNode;
  if (source?.kind === 'live' && scores.loading && !scores.value && current !== 'rounds') body = <Loading label={`Loading the scores for ${round.title}…`} />;
  else if (source?.kind === 'live' && scores.error !== undefined && current !== 'rounds') body = <ErrorNotice error={scores.error} onRetry={scores.reload} />;
  else if (!active.length && current !== 'rounds') {
    body = <Empty message="There are no active prioritisation criteria, so nothing can be scored or ranked. The programme office sets them in the Prioritisation Criteria list." />;
  } else if (ranking && source?.kind === 'notRecorded') {
    body = <Empty message={`The ranking of ${round.title} was not recorded when it closed, so it cannot be shown. The programme office can record it in the Rounds tab.`} />;
  } else if (ranking && (!result || !shown)) {
    body = <Empty message="No ranking has been published yet: the first one appears here when the programme office closes a scoring round." />;
  } else if (current === 'ranking' && result && shown) body = <RankedList result={result} round={shown.title} classes={classes} compact={compact} onOpenInitiative={onOpenInitiative} />;
  else if (current === 'matrix' && result) {
    body = (
      <React.Suspense fallback={<Loading label="Loading the matrix…" />}>
        <ValueEffortMatrix ranked={result.ranked} classes={classes} onOpenInitiative={onOpenInitiative} />
      </React.Suspense>
    );
  } else if (current === 'score') {
    body = <ScoringGrid initiatives={scorableInitiatives(initiatives, includeSmall)} criteria={active} round={round.title} scorer={me} classes={classes} onChanged={data.applyChange} />;
  } else if (current === 'audit') body = <ScoreAudit round={round.title} initiatives={initiatives} criteria={criteria} classes={classes} />;
  else body = roundManager;

  return frame(
    <>
      <div className={classes.toolbar}>
        <Dropdown
          label="Scoring round"
          className={classes.roundPicker}
          selectedKey={round.title}
          options={sortRounds(rounds).map((r) => ({ key: r.title, text: `${r.title} (${r.status.toLowerCase()})` }))}
          onChange={(_e, o) => o && data.chooseRound(String(o.key))}
        />
        <span className={classes.roundNote}>
          <span>{roundStatus(round.status, round.opensOn, round.closesOn)}</span>{' '}
          <span>Quorum: {quorumOf(round)} scorers (an initiative is ranked once {quorumOf(round)} scorers have scored every criterion).</span>
        </span>
      </div>
      <Pivot
        aria-label="Prioritisation"
        selectedKey={current}
        onLinkClick={(item) => item?.props.itemKey && setTab(item.props.itemKey as Tab)}
        headersOnly
        styles={overflowingPivotStyles}
        // One line on a phone: tabs that do not fit go into a "More tabs" menu instead of wrapping.
        overflowBehavior={width > 0 && compact ? 'menu' : 'none'}
        overflowAriaLabel="More tabs"
      >
        {tabs.map((t) => (
          <PivotItem key={t.key} itemKey={t.key} headerText={t.text} />
        ))}
      </Pivot>
      <div role="tabpanel" aria-label={tabs.find((t) => t.key === current)?.text}>
        {ranking && <RankingNote source={source} round={round} />}
        {body}
      </div>
    </>
  );
};
