import * as React from 'react';
import { Dropdown, IDropdownOption, MessageBar, MessageBarType, Text } from '@fluentui/react';
import { IAssessmentRound, IMaturityModel, IPersonRef } from '../../../domain/entities';
import { anonymiseRollup } from '../../../domain/maturity/resultsAnonymise';
import { describeLevel, isAtLevel, resultsHeadline } from '../../../domain/maturity/resultsWording';
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
  'How the levels are worked out: a department\'s level for a dimension is its submitted response\'s answer (one response per department: the one ' +
  'the programme office gave the department when it opened the round); ' +
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
  const { model, rounds, initialRound, departmentCount, me, office, ownDepartmentIds } = setting.value ?? { rounds: [], departmentCount: 0, office: false, ownDepartmentIds: [] };
  if (!model) return <Empty message="No maturity model has been set up yet, so there are no results to show." />;
  if (!initialRound) return <Empty message={`No assessment round of the ${model.title} has been opened yet, so there are no results to show.`} />;
  return (
    <RoundChooser model={model} rounds={rounds} initialRound={initialRound} departmentCount={departmentCount} me={me} anonymise={anonymise} office={office} ownDepartmentIds={ownDepartmentIds} />
  );
};

interface IRoundChooserProps {
  readonly model: IMaturityModel;
  readonly rounds: readonly IAssessmentRound[];
  readonly initialRound: IAssessmentRound;
  readonly departmentCount: number;
  readonly me?: IPersonRef;
  readonly anonymise: boolean;
  readonly office: boolean;
  readonly ownDepartmentIds: readonly number[];
}

const roundText = (r: IAssessmentRound): string => `${r.title}${r.status === 'Open' ? ' (open)' : r.status === 'Draft' ? ' (draft)' : ''}`;

const RoundChooser: React.FC<IRoundChooserProps> = ({ model, rounds, initialRound, departmentCount, me, anonymise, office, ownDepartmentIds }) => {
  const { services, host } = useHub();
  const classes = React.useMemo(() => resultsStyles(host.theme), [host.theme]);
  const [roundId, setRoundId] = React.useState(initialRound.id);
  const round = rounds.find((r) => r.id === roundId) ?? initialRound;
  const results = useRoundResults(services, model, round, me, office, ownDepartmentIds);
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
  else if (results.value) body = <RoundView results={results.value} rounds={rounds} departmentCount={departmentCount} anonymise={anonymise} office={office} />;
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

/** What the results below are, and why: the results' privacy rule (src/domain/maturity/resultsView.ts) in words. */
export function sourceText(results: Pick<IRoundResults, 'source' | 'sample' | 'round'>): string {
  const { round } = results;
  switch (results.source) {
    case 'snapshot':
      return (
        `Results of ${round.title} as recorded when the programme office closed the round: levels only, without names of people or evidence. ` +
        'Changes to responses after closing do not change them.' +
        (results.sample ? ' These results were made from sample data (example content).' : '')
      );
    case 'live':
      return round.status === 'Closed'
        ? `${round.title} was closed before rounds recorded their results, so you (the programme office) see them worked out from the responses now; others do not see them. Reopen and close the round to record them for everyone.`
        : `Live results: as the programme office you see every department's submitted response as it stands. Everyone else sees the organisation's results when you close ${round.title}.`;
    case 'own':
      return `${round.title} is still open, so you see only your own department's response. Each department's answers are private to its respondents and the programme office until the round closes; then everyone sees the organisation's results.`;
    case 'private':
      return `${round.title} is still open. Each department's answers are private to its respondents and the programme office until the round closes; the organisation's results are shown here then.`;
    case 'notRecorded':
      return `The results of ${round.title} were not recorded when it closed, so they cannot be shown to everyone. The programme office can record them by reopening and closing the round.`;
  }
}

const RoundView: React.FC<{ results: IRoundResults; rounds: readonly IAssessmentRound[]; departmentCount: number; anonymise: boolean; office: boolean }> = ({
  results,
  rounds,
  departmentCount,
  anonymise,
  office
}) => {
  const { host } = useHub();
  const classes = React.useMemo(() => resultsStyles(host.theme), [host.theme]);
  const { round, result, levelNames, source } = results;
  const shown = React.useMemo(() => (anonymise ? anonymiseRollup(result, round.id) : result), [anonymise, result, round.id]);
  const trend = rounds.length > 1 ? <TrendSection rounds={rounds} dimensions={result.dimensions} levelCount={result.levelCount} office={office} /> : undefined;
  const about = sourceText(results);
  if (source === 'private' || source === 'notRecorded') {
    return (
      <>
        <Empty message={about} />
        {trend}
      </>
    );
  }
  if (!result.departments.length) {
    return (
      <>
        <Empty message={`No responses submitted for ${round.title}${round.status === 'Open' ? ' yet' : ''}.`}>
          {round.status === 'Open' && <Text className={classes.subtle}>Results appear here as department managers submit their assessments.</Text>}
          <Text className={classes.subtle}>{about}</Text>
        </Empty>
        {trend}
      </>
    );
  }
  const { current, target } = result.overall;
  return (
    <>
      <div>
        <MessageBar messageBarType={MessageBarType.info} isMultiline>
          {about}
        </MessageBar>
        {source !== 'own' && (
          <p className={classes.headline} role="status">
            {resultsHeadline({ current, target, names: levelNames, responded: result.departments.length, departments: results.departmentCount ?? departmentCount })}
          </p>
        )}
        {source !== 'own' && (
          <Text as="p" className={classes.subtle}>
            {current === undefined
              ? 'No levels were given in the submitted responses.'
              : `The organisation ${isAtLevel(current, levelNames)}${target === undefined ? '.' : `; its target is ${describeLevel(target, levelNames)}.`}`}
            {anonymise && ' Departments are not named in these results.'}
          </Text>
        )}
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
