import * as React from 'react';
import { FeatureFrame } from '../shared/FeatureFrame';
import { formatDateTime, plural } from '../shared/format';
import { useHub } from '../shared/HubContext';
import { Empty, ErrorNotice, Loading } from '../shared/StatusViews';
import { SummaryList } from '../shared/SummaryList';
import { useAsync } from '../shared/useAsync';

export interface ITechTalksProps {
  readonly title: string;
  /** "Now", for tests and the workbench clock. */
  readonly now?: Date;
}

const TalksSummary: React.FC<{ now: Date }> = ({ now }) => {
  const { services } = useHub();
  const state = useAsync(() => services.techTalks.getAll({ orderBy: [{ by: 'startsAt' }] }), [services]);
  if (state.loading) return <Loading label="Loading Tech Talks…" />;
  if (state.error !== undefined) return <ErrorNotice error={state.error} onRetry={state.reload} />;
  const talks = state.value ?? [];
  if (!talks.length) return <Empty message="No Tech Talks have been planned yet." />;
  const upcoming = talks.filter((t) => t.status === 'Scheduled' && new Date(t.startsAt) >= now);
  const recordings = talks.filter((t) => t.recordingUrl);
  const next = upcoming[0];
  return (
    <SummaryList
      headline={`${plural(upcoming.length, 'talk')} coming up`}
      label="Tech Talks at a glance"
      rows={[
        { label: 'Next talk', value: next ? `${next.title}, ${formatDateTime(next.startsAt)}` : 'None scheduled' },
        { label: 'Talks delivered', value: talks.filter((t) => t.status === 'Delivered').length },
        { label: 'Recordings available', value: recordings.length }
      ]}
    />
  );
};

/** Tech Talks: the monthly talks schedule, registration and recordings. */
export const TechTalks: React.FC<ITechTalksProps> = ({ title, now }) => (
  <FeatureFrame title={title}>
    <TalksSummary now={now ?? new Date()} />
  </FeatureFrame>
);
