import * as React from 'react';
import { Dropdown, Pivot, PivotItem } from '@fluentui/react';
import { IInitiative } from '../../../domain/entities';
import { quorumOf, scoreInitiatives } from '../../../domain/roadmap/prioritisation';
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
import { usePrioritiesData } from './usePrioritiesData';
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
  const { base, round, scores } = data;

  const criteria = base.value?.criteria ?? [];
  const result = React.useMemo(
    () => scoreInitiatives(initiatives, criteria, scores.value ?? [], { includeSmall, round: round?.title, quorum: quorumOf(round) }),
    [initiatives, criteria, scores.value, includeSmall, round]
  );

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

  let body: React.ReactNode;
  if (scores.loading && !scores.value && current !== 'rounds') body = <Loading label={`Loading the scores for ${round.title}…`} />;
  else if (scores.error !== undefined && current !== 'rounds') body = <ErrorNotice error={scores.error} onRetry={scores.reload} />;
  else if (!active.length && current !== 'rounds') {
    body = <Empty message="There are no active prioritisation criteria, so nothing can be scored or ranked. The programme office sets them in the Prioritisation Criteria list." />;
  } else if (current === 'ranking') body = <RankedList result={result} round={round.title} classes={classes} compact={compact} onOpenInitiative={onOpenInitiative} />;
  else if (current === 'matrix') {
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
        {body}
      </div>
    </>
  );
};
