import * as React from 'react';
import { Dropdown, IDropdownOption, MessageBar, MessageBarType, Text, useTheme } from '@fluentui/react';
import { IAssessmentRound } from '../../../domain/entities';
import { chosenDepartment, respondentDepartments } from '../../../domain/maturity/respondents';
import { closedOn, previousRound, roundPhase, surveyRound } from '../../../domain/maturity/roundStatus';
import { modelProblem, surveyModel } from '../../../domain/maturity/surveyModel';
import { formatDate } from '../../shared/format';
import { BrokenItemsNotice, brokenItems } from '../../shared/BrokenItems';
import { useHub } from '../../shared/HubContext';
import { Empty, ErrorNotice, Loading } from '../../shared/StatusViews';
import { useAsync } from '../../shared/useAsync';
import { useMaturityPageState } from '../useMaturityPageState';
import { lastDepartmentKey } from './draftKeys';
import { SurveyResponse } from './SurveyResponse';
import { surveyStyles } from './surveyStyles';

export interface ISurveyTabProps {
  readonly modelId?: number;
  readonly roundId?: number;
}

/** What the round's state means for the manager, in a sentence. */
const RoundNotice: React.FC<{ round: IAssessmentRound }> = ({ round }) => {
  const phase = roundPhase(round, new Date());
  if (phase === 'closed') {
    const when = closedOn(round);
    return (
      <MessageBar messageBarType={MessageBarType.info} isMultiline>
        The {round.title} round {when ? `closed on ${formatDate(when)}` : 'has closed'}. Its responses are read-only.
      </MessageBar>
    );
  }
  if (phase === 'draft') {
    return (
      <MessageBar messageBarType={MessageBarType.info} isMultiline>
        The {round.title} round has not opened yet{round.opensOn ? `; it opens on ${formatDate(round.opensOn)}` : ''}.
      </MessageBar>
    );
  }
  return null;
};

/** Someone who answers for no department: no survey form, and who to ask. */
const NotARespondent: React.FC = () => (
  <MessageBar messageBarType={MessageBarType.info} isMultiline styles={{ root: { marginTop: 8 } }}>
    You are not a respondent for any department, so there is no survey for you to answer. Each department&apos;s survey is
    answered by its respondents, whom the programme office keeps in the Departments list (&quot;Survey respondents&quot;).
    If you should answer for your department, ask the Programme Office to add you. The Results tab shows how the
    organisation stands.
  </MessageBar>
);

/**
 * The Survey tab: the round (the one chosen in the web part, else the model's open round), the department (chosen
 * for a respondent of one department; among their own for a respondent of several, the last one kept on this device
 * and in the address), and that department's response. Someone who answers for no department gets no form.
 */
export const SurveyTab: React.FC<ISurveyTabProps> = ({ modelId, roundId }) => {
  const { services } = useHub();
  const theme = useTheme();
  const classes = React.useMemo(() => surveyStyles(theme), [theme]);
  const [page, setPage] = useMaturityPageState();
  const data = useAsync(async () => {
    const [models, dimensions, rounds, departments, me] = await Promise.all([
      services.maturityModels.getAll(),
      services.maturityDimensions.getAll(),
      services.assessmentRounds.getAll(),
      services.departments.getAll(),
      services.currentUser()
    ]);
    // Models, dimensions and rounds read with values the survey cannot use are named; the rest of the survey works.
    const broken = brokenItems([...models, ...rounds, ...dimensions]);
    return { models, dimensions, rounds, own: respondentDepartments(departments, me.id), me, broken };
  }, [services]);
  const [departmentId, setDepartmentId] = React.useState<number | undefined>(undefined);

  if (data.loading) return <Loading label="Loading the survey…" />;
  if (data.error !== undefined || !data.value) return <ErrorNotice error={data.error} onRetry={data.reload} />;
  const { models, dimensions, rounds, own, me, broken } = data.value;
  const notice = <BrokenItemsNotice items={broken} noun="model, round or dimension" plural="models, rounds or dimensions" />;

  const round = surveyRound(rounds, { roundId: roundId || undefined, modelId: modelId || undefined });
  if (!round) {
    return (
      <>
        {notice}
        <Empty message="No assessment round has been set up yet. The programme office sets up rounds in the Assessment Rounds list." />
      </>
    );
  }
  const model = models.find((m) => m.id === round.model?.id);
  if (!model) {
    return (
      <>
        {notice}
        <Empty message={`The model for ${round.title} could not be found in the Maturity Models list.`} />
      </>
    );
  }
  const survey = surveyModel(model, dimensions);
  const problem = modelProblem(survey);
  if (problem) {
    return (
      <>
        {notice}
        <Empty message={problem} />
      </>
    );
  }

  const remembered = services.preferences.read<number>(lastDepartmentKey(me.id));
  const department = chosenDepartment(own, departmentId ?? page.departmentId ?? remembered);
  const options: IDropdownOption[] = own.map((d) => ({ key: d.id, text: d.title }));
  const phase = roundPhase(round, new Date());

  return (
    <div>
      {notice}
      <div className={classes.header}>
        <div>
          <Text as="p" block className={classes.roundLine}>
            {survey.title}: {round.title}
            {phase === 'open' && round.closesOn ? `, open until ${formatDate(round.closesOn)}` : ''}
            {phase === 'closingDatePassed' && round.closesOn ? `, closing date ${formatDate(round.closesOn)} (still open)` : ''}
          </Text>
          {own.length > 1 && (
            <Dropdown
              label="Department or service you are assessing"
              placeholder="Choose one of your departments"
              options={options}
              selectedKey={department?.id ?? null}
              onChange={(_e, option) => {
                if (!option) return;
                const id = Number(option.key);
                services.preferences.write(lastDepartmentKey(me.id), id);
                setDepartmentId(id);
                setPage({ departmentId: id });
              }}
              styles={{ root: { minWidth: 260, maxWidth: '100%' } }}
            />
          )}
          {own.length === 1 && department && (
            <Text as="p" block>
              You answer for <strong>{department.title}</strong>.
            </Text>
          )}
        </div>
      </div>
      <RoundNotice round={round} />
      {own.length === 0 ? (
        <NotARespondent />
      ) : department && round.status !== 'Draft' ? (
        <SurveyResponse
          key={`${round.id}:${department.id}`}
          model={survey}
          round={round}
          previousRound={previousRound(rounds, round)}
          department={department}
          respondent={me}
        />
      ) : (
        round.status !== 'Draft' && <Text block className={classes.section}>Choose the department or service you are answering for to start.</Text>
      )}
    </div>
  );
};
