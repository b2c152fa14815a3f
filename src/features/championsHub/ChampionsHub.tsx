import * as React from 'react';
import type { HubList } from '../../domain/services';
import { activityPoints } from '../../domain/rules/championPoints';
import { FeatureFrame } from '../shared/FeatureFrame';
import { plural } from '../shared/format';
import { useHub } from '../shared/HubContext';
import { Empty, ErrorNotice, Loading } from '../shared/StatusViews';
import { SummaryList } from '../shared/SummaryList';
import { useAsync } from '../shared/useAsync';

/** The lists this part reads: only these missing stop it. */
export const CHAMPIONS_HUB_LISTS: readonly HubList[] = ['champions', 'activities', 'activityPoints', 'departments'];

export interface IChampionsHubProps {
  readonly title: string;
}

const ChampionsSummary: React.FC = () => {
  const { services } = useHub();
  const state = useAsync(async () => {
    const since = new Date(Date.now() - 365 * 24 * 3600 * 1000);
    const [champions, activityCount, recent, rule] = await Promise.all([
      services.champions.getAll(),
      services.activities.count(),
      services.activities.getAll({ where: { activityDate: { ge: since.toISOString() } } }),
      services.activityPoints.getAll()
    ]);
    return { champions, activityCount, recent, rule };
  }, [services]);
  if (state.loading) return <Loading label="Loading the champions network…" />;
  if (state.error !== undefined) return <ErrorNotice error={state.error} onRetry={state.reload} />;
  const { champions, activityCount, recent, rule } = state.value ?? { champions: [], activityCount: 0, recent: [], rule: [] };
  if (!champions.length) return <Empty message="No digital champions have joined yet." />;
  const active = champions.filter((c) => c.status === 'Active');
  const departments = new Set(active.map((c) => c.department?.title).filter(Boolean));
  return (
    <SummaryList
      headline={`${plural(active.length, 'active champion')} in ${plural(departments.size, 'department')}`}
      label="Champions network at a glance"
      rows={[
        { label: 'Activities logged', value: activityCount },
        { label: 'People reached in the last 12 months', value: recent.reduce((sum, a) => sum + (a.peopleReached ?? 0), 0) },
        { label: 'Points earned in the last 12 months', value: activityPoints(recent, rule) }
      ]}
    />
  );
};

/** Champions Hub: the digital champions directory, activity log and recognition. */
export const ChampionsHub: React.FC<IChampionsHubProps> = ({ title }) => (
  <FeatureFrame title={title} lists={CHAMPIONS_HUB_LISTS}>
    <ChampionsSummary />
  </FeatureFrame>
);
