import * as React from 'react';
import { summariseRoadmap } from '../../domain/rules/roadmapSummary';
import { FeatureFrame } from '../shared/FeatureFrame';
import { plural } from '../shared/format';
import { useHub } from '../shared/HubContext';
import { Empty, ErrorNotice, Loading } from '../shared/StatusViews';
import { SummaryList } from '../shared/SummaryList';
import { useAsync } from '../shared/useAsync';

export interface IRoadmapBoardProps {
  readonly title: string;
}

const RoadmapSummary: React.FC = () => {
  const { services } = useHub();
  const state = useAsync(() => services.initiatives.getAll(), [services]);
  if (state.loading) return <Loading label="Loading the roadmap…" />;
  if (state.error !== undefined) return <ErrorNotice error={state.error} onRetry={state.reload} />;
  const initiatives = state.value ?? [];
  if (!initiatives.length) return <Empty message="The roadmap has no initiatives yet." />;
  const summary = summariseRoadmap(initiatives);
  return (
    <SummaryList
      headline={`${plural(summary.initiatives, 'initiative')} in ${plural(summary.workstreams.length, 'workstream')}`}
      label="Initiatives by workstream"
      rows={summary.workstreams.map((w) => ({ label: w.workstream, value: plural(w.count, 'initiative') }))}
    />
  );
};

/** The Roadmap Board: strategy initiatives by workstream and stage. */
export const RoadmapBoard: React.FC<IRoadmapBoardProps> = ({ title }) => (
  <FeatureFrame title={title}>
    <RoadmapSummary />
  </FeatureFrame>
);
