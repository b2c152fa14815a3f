import * as React from 'react';
import { MessageBar, MessageBarType } from '@fluentui/react';
import { IAssessmentRound, IDepartment, IMaturityResponse, IPersonRef } from '../../../domain/entities';
import { readAnswers } from '../../../domain/maturity/answers';
import { departmentResponse, responseActivity } from '../../../domain/maturity/respondents';
import { acceptsResponses } from '../../../domain/maturity/roundStatus';
import { ISurveyModel } from '../../../domain/maturity/surveyModel';
import { formatDate } from '../../shared/format';
import { BrokenItemsNotice, brokenItems } from '../../shared/BrokenItems';
import { useHub } from '../../shared/HubContext';
import { Empty, ErrorNotice, Loading } from '../../shared/StatusViews';
import { useAsync } from '../../shared/useAsync';
import { surveyDraftKey } from './draftKeys';
import { IPreviousAnswers, SurveyEditor } from './SurveyEditor';

export interface ISurveyResponseProps {
  readonly model: ISurveyModel;
  readonly round: IAssessmentRound;
  readonly previousRound?: IAssessmentRound;
  readonly department: IDepartment;
  readonly respondent: IPersonRef;
}

/** "Environment's", and "Chamberlain's" for a name that already ends so. */
const possessive = (title: string): string => (/['’]s$/.test(title) ? title : `${title}'s`);

const nameOf = (person: IPersonRef, me: IPersonRef): string => (person.id === me.id ? 'you' : person.title || 'someone');

/**
 * Who has answered for the department this round, and that the response is shared: "Tom Okafor submitted this on
 * 3 March 2026; you are editing Chamberlain's response, shared with its other respondents (Tom Okafor)."
 */
export const ResponseActivity: React.FC<{ response: IMaturityResponse; department: IDepartment; round: IAssessmentRound; me: IPersonRef; readOnly: boolean }> = ({
  response,
  department,
  round,
  me,
  readOnly
}) => {
  const activity = responseActivity(response, me.id);
  const others = (department.respondents ?? []).filter((p) => p.id !== me.id).map((p) => p.title);
  const parts: string[] = [];
  if (activity.untouched) parts.push(`Nobody has answered for ${department.title} in ${round.title} yet.`);
  if (activity.submittedOn) {
    const who = activity.submittedBy ? nameOf(activity.submittedBy, me) : 'a respondent';
    parts.push(`${who.charAt(0).toUpperCase()}${who.slice(1)} submitted this on ${formatDate(activity.submittedOn)}.`);
  }
  if (activity.lastChangedBy && activity.lastChangedOn) parts.push(`${activity.lastChangedBy.title || 'Someone'} last changed it on ${formatDate(activity.lastChangedOn)}.`);
  if (!readOnly) {
    parts.push(
      others.length
        ? `You are editing ${possessive(department.title)} response, shared with its other ${others.length === 1 ? 'respondent' : 'respondents'} (${others.join(', ')}).`
        : `You are editing ${possessive(department.title)} response for ${round.title}.`
    );
  }
  return (
    <MessageBar messageBarType={MessageBarType.info} isMultiline styles={{ root: { marginTop: 8 } }}>
      {parts.join(' ')}
    </MessageBar>
  );
};

/**
 * Loads the department's response for the round (created when the programme office opened the round), last round's
 * answers, and hands over to the editor (which resumes this device's unsaved answers).
 */
export const SurveyResponse: React.FC<ISurveyResponseProps> = ({ model, round, previousRound, department, respondent }) => {
  const { services } = useHub();
  const readOnly = !acceptsResponses(round);
  const draftKey = surveyDraftKey(round.id, department.id, respondent.id);
  const state = useAsync(async () => {
    const responses = services.maturityResponses;
    const [current, before] = await Promise.all([
      responses.getAll({ where: { round: round.id, department: department.id } }),
      previousRound ? responses.getAll({ where: { round: previousRound.id, department: department.id } }) : Promise.resolve([])
    ]);
    const last = previousRound ? departmentResponse(before, previousRound.id, department.id) : undefined;
    const previous: IPreviousAnswers | undefined = last && previousRound ? { roundTitle: previousRound.title, answers: readAnswers(last.answers) } : undefined;
    return { response: departmentResponse(current, round.id, department.id), previous };
  }, [services, round.id, department.id, previousRound?.id]);

  if (state.loading) return <Loading label={`Loading ${department.title}'s response…`} />;
  if (state.error !== undefined || !state.value) return <ErrorNotice error={state.error} onRetry={state.reload} />;
  const { response, previous } = state.value;
  if (!response) {
    return (
      <Empty
        message={
          readOnly
            ? `${department.title} gave no response in ${round.title}.`
            : `${possessive(department.title)} response for ${round.title} has not been set up yet. The programme office sets up each department's response when it opens the round; ask them to choose "Update respondents" on the Rounds tab.`
        }
      />
    );
  }
  return (
    <>
      <BrokenItemsNotice
        items={brokenItems([response]).map((b) => ({ ...b, title: `${possessive(department.title)} response` }))}
        noun="response"
        effect={readOnly ? 'is shown without the answers that could not be read' : 'is shown without the answers that could not be read; saving your answers replaces them'}
      />
      <ResponseActivity response={response} department={department} round={round} me={respondent} readOnly={readOnly} />
      <SurveyEditor
        key={draftKey}
        model={model}
        round={round}
        department={department}
        respondent={respondent}
        draftKey={draftKey}
        response={response}
        previous={previous}
        readOnly={readOnly}
      />
    </>
  );
};
