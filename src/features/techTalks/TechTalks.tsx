import * as React from 'react';
import { Pivot, PivotItem } from '@fluentui/react';
import type { HubList } from '../../domain/services';
import { FeatureFrame } from '../shared/FeatureFrame';
import { Loading } from '../shared/StatusViews';
import { ScheduleView } from './ScheduleView';
import { TalkPage } from './TalkPage';
import { TalksTab, useTalksPageState } from './useTalksPageState';
import { overflowingPivotStyles } from '../shared/pivotStyles';

/** The lists this part reads: only these missing stop it. */
export const TECH_TALKS_LISTS: readonly HubList[] = ['techTalks', 'talkRegistrations', 'talkFeedback', 'talkAttendance', 'talkProposals', 'proposalDecisions', 'proposalReviews'];

export interface ITechTalksProps {
  readonly title: string;
  /** "Now", for tests and the workbench clock. */
  readonly now?: Date;
}

// Views other than the schedule load when first opened.
const SeriesView = React.lazy(() => import(/* webpackChunkName: 'tech-talks-series' */ './SeriesView').then((m) => ({ default: m.SeriesView })));
const PastTalks = React.lazy(() => import(/* webpackChunkName: 'tech-talks-past' */ './PastTalks').then((m) => ({ default: m.PastTalks })));
const ProposalsView = React.lazy(() => import(/* webpackChunkName: 'tech-talks-proposals' */ './ProposalsView').then((m) => ({ default: m.ProposalsView })));

const Workspace: React.FC<{ now: Date }> = ({ now }) => {
  const { state, update, linkToTalk } = useTalksPageState();
  const open = React.useCallback((talkId: number) => update({ talkId }), [update]);
  if (state.talkId) return <TalkPage talkId={state.talkId} now={now} linkToTalk={linkToTalk} onBack={() => update({ talkId: undefined })} />;
  const tab: TalksTab = state.tab ?? 'schedule';
  return (
    <Pivot
      aria-label="Tech Talks views"
      selectedKey={tab}
      onLinkClick={(item) => item?.props.itemKey && update({ tab: item.props.itemKey as TalksTab })}
      styles={overflowingPivotStyles}
      overflowBehavior="menu"
      overflowAriaLabel="More Tech Talks views"
    >
      <PivotItem itemKey="schedule" headerText="Schedule">
        <ScheduleView now={now} linkToTalk={linkToTalk} onOpen={open} />
      </PivotItem>
      <PivotItem itemKey="series" headerText="By month">
        <React.Suspense fallback={<Loading label="Loading…" />}>
          <SeriesView now={now} linkToTalk={linkToTalk} onOpen={open} />
        </React.Suspense>
      </PivotItem>
      <PivotItem itemKey="past" headerText="Past talks">
        <React.Suspense fallback={<Loading label="Loading…" />}>
          <PastTalks now={now} linkToTalk={linkToTalk} onOpen={open} />
        </React.Suspense>
      </PivotItem>
      <PivotItem itemKey="proposals" headerText="Proposals">
        <React.Suspense fallback={<Loading label="Loading…" />}>
          <ProposalsView onOpenTalk={open} />
        </React.Suspense>
      </PivotItem>
    </Pivot>
  );
};

/** Tech Talks: the monthly series from proposal to registration, calendar, recording and feedback. */
export const TechTalks: React.FC<ITechTalksProps> = ({ title, now }) => {
  const [clock] = React.useState(() => now ?? new Date());
  return (
    <FeatureFrame title={title} lists={TECH_TALKS_LISTS}>
      <Workspace now={now ?? clock} />
    </FeatureFrame>
  );
};
