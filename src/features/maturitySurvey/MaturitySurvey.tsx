import * as React from 'react';
import type { HubList } from '../../domain/services';
import { Pivot, PivotItem } from '@fluentui/react';
import { FeatureFrame } from '../shared/FeatureFrame';
import { useHub } from '../shared/HubContext';
import { Loading } from '../shared/StatusViews';
import { useAsync } from '../shared/useAsync';
import { RoundsTab } from './rounds/RoundsTab';
import { SurveyTab } from './survey/SurveyTab';
import { MaturityTab, useMaturityPageState } from './useMaturityPageState';
import { overflowingPivotStyles } from '../shared/pivotStyles';

/** The lists this part reads: only these missing stop it. */
export const MATURITY_SURVEY_LISTS: readonly HubList[] = ['maturityModels', 'maturityDimensions', 'assessmentRounds', 'maturityResponses', 'departments'];

export interface IMaturitySurveyProps {
  readonly title: string;
  /** The model to survey and show (0 or missing: the model of the current open round). */
  readonly modelId?: number;
  /** The round (0 or missing: the current open round). */
  readonly roundId?: number;
  /** The tab the web part opens on. */
  readonly startOn: 'survey' | 'results';
  /** Hide department names in the organisation's results. */
  readonly anonymiseResults: boolean;
}

// The charts load only when the results are shown, so they are not in the survey's chunk.
const MaturityResults = React.lazy(() =>
  import(/* webpackChunkName: 'maturity-results' */ './results/MaturityResults').then((m) => ({ default: m.MaturityResults }))
);

const Tabs: React.FC<Omit<IMaturitySurveyProps, 'title'>> = ({ modelId, roundId, startOn, anonymiseResults }) => {
  const { services } = useHub();
  const [page, setPage] = useMaturityPageState();
  const rounds = useAsync(() => services.assessmentRounds.permissions(), [services]);
  const mayManageRounds = rounds.value?.canEditAll === true;
  const requested: MaturityTab = page.tab ?? (startOn === 'results' ? 'results' : 'survey');
  const tab: MaturityTab = requested === 'rounds' && !mayManageRounds ? 'survey' : requested;
  const model = modelId || undefined;
  const round = roundId || undefined;
  if (requested === 'rounds' && rounds.loading) return <Loading label="Loading…" />;
  return (
    <Pivot
      aria-label="Maturity survey views"
      selectedKey={tab}
      onLinkClick={(item) => item?.props.itemKey && setPage({ tab: item.props.itemKey as MaturityTab })}
      styles={overflowingPivotStyles}
        overflowBehavior="menu"
    >
      <PivotItem itemKey="survey" headerText="Survey">
        <SurveyTab modelId={model} roundId={round} />
      </PivotItem>
      <PivotItem itemKey="results" headerText="Results">
        <React.Suspense fallback={<Loading label="Loading the results…" />}>
          <MaturityResults modelId={model} roundId={round} anonymise={anonymiseResults === true} />
        </React.Suspense>
      </PivotItem>
      {mayManageRounds && (
        <PivotItem itemKey="rounds" headerText="Rounds">
          <RoundsTab />
        </PivotItem>
      )}
    </Pivot>
  );
};

/** The Maturity Survey: managers assess their department against the maturity model; results for everyone. */
export const MaturitySurvey: React.FC<IMaturitySurveyProps> = ({ title, ...props }) => (
  <FeatureFrame title={title} lists={MATURITY_SURVEY_LISTS}>
    <Tabs {...props} />
  </FeatureFrame>
);
