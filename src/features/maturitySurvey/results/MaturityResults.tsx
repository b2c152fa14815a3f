import * as React from 'react';
import { Dropdown, IDropdownOption, Text } from '@fluentui/react';
import { IAssessmentRound, IMaturityModel, IPersonRef } from '../../../domain/entities';
import { anonymiseRollup } from '../../../domain/maturity/resultsAnonymise';
import { describeLevel, isAtLevel, resultsHeadline } from '../../../domain/maturity/resultsWording';
import { BrokenItemsNotice } from '../../shared/BrokenItems';
import { useHub } from '../../shared/HubContext';
import { Empty, ErrorNotice, Loading } from '../../shared/StatusViews';
import { CsvExportButton } from './CsvExportButton';
import { DepartmentRadar } from './DepartmentRadar';
import { GapsList } from './GapsList';
import { MaturityHeatmap } from './MaturityHeatmap';
import { resultsStyles } from './resultsStyles';
import { TrendSection } from './TrendSection';
import { IRoundResults, useResultsSetting, useRoundResults } from './useResultsData';

export interface IMaturityResultsProps {
  /** The model to show; default: the round's model, else the first active model. */
  readonly modelId?: number;
  /** The round to open on; default: the open round, else the latest closed one. */
  readonly roundId?: number;
  /** Letter the departments (Department A, B, ...) everywhere, and offer only the viewer's own department by name. */
  readonly anonymise: boolean;
}

/** The page-state parameter that keeps the chosen round, so a link or a reload opens the same round. */
export const ROUND_PARAMETER = 'mround';

const RULE =
  'How the levels are worked out: a department\'s level for a dimension is its manager\'s answer (the median when several managers answered); ' +
  'its overall level is the median of its dimension levels; the organisation\'s level is the median of the departments\' overall levels. ' +
  'With an even number of departments the median is the mean of the middle two, so the organisation can sit between two levels.';

/** The maturity survey's results for the organisation, for everyone. */
export const MaturityResults: React.FC<IMaturityResultsProps> = ({ modelId, roundId, anonymise }) => {
  const { services, host } = useHub();
  const fromPage = React.useMemo(() => {
    const value = Number(new URLSearchParams(host.pageState.read()).get(ROUND_PARAMETER));
    return Number.isInteger(value) && value > 0 ? value : undefined;
  }, [host.pageState]);
  const setting = useResultsSetting(services, modelId, fromPage ?? roundId);
  if (setting.loading) return <Loading label="Loading the results…" />;
  if (setting.error !== undefined) return <ErrorNotice error={setting.error} onRetry={setting.reload} />;
  const { model, rounds, initialRound, departmentCount, me } = setting.value ?? { rounds: [], departmentCount: 0 };
  if (!model) return <Empty message="No maturity model has been set up yet, so there are no results to show." />;
  if (!initialRound) return <Empty message={`No assessment round of the ${model.title} has been opened yet, so there are no results to show.`} />;
  return <RoundChooser model={model} rounds={rounds} initialRound={initialRound} departmentCount={departmentCount} me={me} anonymise={anonymise} />;
};

interface IRoundChooserProps {
  readonly model: IMaturityModel;
  readonly rounds: readonly IAssessmentRound[];
  readonly initialRound: IAssessmentRound;
  readonly departmentCount: number;
  readonly me?: IPersonRef;
  readonly anonymise: boolean;
}

const roundText = (r: IAssessmentRound): string => `${r.title}${r.status === 'Open' ? ' (open)' : r.status === 'Draft' ? ' (draft)' : ''}`;

const RoundChooser: React.FC<IRoundChooserProps> = ({ model, rounds, initialRound, departmentCount, me, anonymise }) => {
  const { services, host } = useHub();
  const classes = React.useMemo(() => resultsStyles(host.theme), [host.theme]);
  const [roundId, setRoundId] = React.useState(initialRound.id);
  const round = rounds.find((r) => r.id === roundId) ?? initialRound;
  const results = useRoundResults(services, model, round, me, anonymise);
  const choose = (_: unknown, option?: IDropdownOption): void => {
    if (!option) return;
    const id = Number(option.key);
    setRoundId(id);
    const params = new URLSearchParams(host.pageState.read());
    params.set(ROUND_PARAMETER, String(id));
    host.pageState.write(params.toString());
  };
  let body: React.ReactNode;
  if (results.loading) body = <Loading label={`Loading the results for ${round.title}…`} />;
  else if (results.error !== undefined) body = <ErrorNotice error={results.error} onRetry={results.reload} />;
  else if (results.value) body = <RoundView results={results.value} rounds={rounds} departmentCount={departmentCount} anonymise={anonymise} />;
  return (
    <div className={classes.root}>
      <div className={classes.toolbar}>
        <Dropdown
          label="Round"
          className={classes.roundPicker}
          selectedKey={round.id}
          options={rounds.map((r) => ({ key: r.id, text: roundText(r) }))}
          onChange={choose}
        />
        {results.value && results.value.result.departments.length > 0 && (
          <CsvExportButton round={round.title} result={anonymise ? anonymiseRollup(results.value.result, round.id) : results.value.result} anonymised={anonymise} />
        )}
      </div>
      {body}
    </div>
  );
};

const RoundView: React.FC<{ results: IRoundResults; rounds: readonly IAssessmentRound[]; departmentCount: number; anonymise: boolean }> = ({
  results,
  rounds,
  departmentCount,
  anonymise
}) => {
  const { host } = useHub();
  const classes = React.useMemo(() => resultsStyles(host.theme), [host.theme]);
  const { round, result, levelNames } = results;
  const shown = React.useMemo(() => (anonymise ? anonymiseRollup(result, round.id) : result), [anonymise, result, round.id]);
  const trend = rounds.length > 1 ? <TrendSection rounds={rounds} dimensions={result.dimensions} levelCount={result.levelCount} /> : undefined;
  const notice = <BrokenItemsNotice items={results.broken} noun="submitted response" effect="is left out of these results" />;
  if (!result.departments.length) {
    return (
      <>
        {notice}
        <Empty message={`No responses submitted for ${round.title} yet.`}>
          {round.status === 'Open' && <Text className={classes.subtle}>Results appear here as department managers submit their assessments.</Text>}
        </Empty>
        {trend}
      </>
    );
  }
  const { current, target } = result.overall;
  return (
    <>
      {notice}
      <div>
        <p className={classes.headline} role="status">
          {resultsHeadline({ current, target, names: levelNames, responded: result.departments.length, departments: departmentCount })}
        </p>
        <Text as="p" className={classes.subtle}>
          {current === undefined
            ? 'No levels were given in the submitted responses.'
            : `The organisation ${isAtLevel(current, levelNames)}${target === undefined ? '.' : `; its target is ${describeLevel(target, levelNames)}.`}`}
          {anonymise && ' Departments are not named in these results.'}
        </Text>
        <details>
          <summary>How the levels are worked out</summary>
          <Text as="p" className={classes.subtle}>
            {RULE}
          </Text>
        </details>
      </div>
      <MaturityHeatmap result={shown} />
      <div className={classes.grid}>
        <DepartmentRadar result={result} levelNames={levelNames} anonymise={anonymise} ownDepartmentIds={results.ownDepartmentIds} />
        <GapsList result={shown} />
      </div>
      {trend}
    </>
  );
};
