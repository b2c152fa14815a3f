import * as React from 'react';
import { levelNames, median, overallCurrentLevel } from '../../domain/rules/maturityLevel';
import { FeatureFrame } from '../shared/FeatureFrame';
import { plural } from '../shared/format';
import { useHub } from '../shared/HubContext';
import { Empty, ErrorNotice, Loading } from '../shared/StatusViews';
import { SummaryList } from '../shared/SummaryList';
import { useAsync } from '../shared/useAsync';

export interface IMaturitySurveyProps {
  readonly title: string;
}

const MaturitySummary: React.FC = () => {
  const { services } = useHub();
  const state = useAsync(async () => {
    const [models, dimensions, rounds, responses] = await Promise.all([
      services.maturityModels.getAll(),
      services.maturityDimensions.getAll(),
      services.assessmentRounds.getAll(),
      services.maturityResponses.getAll()
    ]);
    return { models, dimensions, rounds, responses };
  }, [services]);
  if (state.loading) return <Loading label="Loading the maturity model…" />;
  if (state.error !== undefined) return <ErrorNotice error={state.error} onRetry={state.reload} />;
  const { models, dimensions, rounds, responses } = state.value ?? { models: [], dimensions: [], rounds: [], responses: [] };
  const model = models.find((m) => m.active !== false) ?? models[0];
  if (!model) return <Empty message="No maturity model has been set up yet." />;
  const levels = levelNames(model.levelNames);
  const modelDimensions = dimensions.filter((d) => d.model.id === model.id);
  const openRound = rounds.find((r) => r.status === 'Open');
  const submitted = responses.filter((r) => r.status === 'Submitted');
  const organisation = median(submitted.map(overallCurrentLevel).filter((v): v is number => v !== undefined));
  return (
    <SummaryList
      headline={`${model.title}: ${plural(modelDimensions.length, 'dimension')} across ${plural(levels.length, 'level')}`}
      label="Maturity survey at a glance"
      rows={[
        { label: 'Levels', value: levels.join(' → ') },
        { label: 'Open round', value: openRound ? openRound.title : 'None open' },
        { label: 'Submitted responses', value: submitted.length },
        { label: 'Organisation level (median)', value: organisation === undefined ? 'Not yet assessed' : organisation.toFixed(1) }
      ]}
    />
  );
};

/** The Maturity Survey: managers assess their department against the maturity model. */
export const MaturitySurvey: React.FC<IMaturitySurveyProps> = ({ title }) => (
  <FeatureFrame title={title}>
    <MaturitySummary />
  </FeatureFrame>
);
