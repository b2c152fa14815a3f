import * as React from 'react';
import { IAssessmentRound, IDepartment, IMaturityResponse } from '../../../domain/entities';
import { readAnswers } from '../../../domain/maturity/answers';
import { ILocalDraft, resumePoint } from '../../../domain/maturity/draftResume';
import { chooseOwnResponse } from '../../../domain/maturity/ownResponse';
import { acceptsResponses } from '../../../domain/maturity/roundStatus';
import { ISurveyModel } from '../../../domain/maturity/surveyModel';
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
  readonly respondentId: number;
}

/** Last round's answers for the department: the respondent's own first, else the latest submitted one. */
function previousAnswers(responses: readonly IMaturityResponse[], round: IAssessmentRound, departmentId: number, respondentId: number): IPreviousAnswers | undefined {
  const candidates = responses
    .filter((r) => r.round?.id === round.id && r.department?.id === departmentId)
    .sort((a, b) => {
      const rank = (r: IMaturityResponse): number => (r.author?.id === respondentId ? 0 : 2) + (r.status === 'Submitted' ? 0 : 1);
      return rank(a) - rank(b) || (b.modified ?? '').localeCompare(a.modified ?? '');
    });
  const best = candidates[0];
  return best ? { roundTitle: round.title, answers: readAnswers(best.answers) } : undefined;
}

/**
 * Loads the respondent's response for the round and department (tidying away their own duplicate drafts), last
 * round's answers, and this device's copy; then hands over to the editor at the point the manager left off.
 */
export const SurveyResponse: React.FC<ISurveyResponseProps> = ({ model, round, previousRound, department, respondentId }) => {
  const { services } = useHub();
  const readOnly = !acceptsResponses(round);
  const draftKey = surveyDraftKey(round.id, department.id, respondentId);
  const state = useAsync(async () => {
    const responses = services.maturityResponses;
    const [own, before] = await Promise.all([
      responses.getAll({ where: { round: round.id, department: department.id, author: respondentId } }),
      previousRound ? responses.getAll({ where: { round: previousRound.id, department: department.id } }) : Promise.resolve([])
    ]);
    const choice = chooseOwnResponse(own, round.id, department.id, respondentId);
    if (!readOnly) await Promise.all(choice.duplicates.map((d) => responses.delete(d.id, d.etag).catch(() => undefined)));
    // A closed round shows what the list holds; an open one resumes this device's unsaved changes too.
    const start = resumePoint(readOnly ? undefined : services.drafts.read<ILocalDraft>(draftKey), choice.chosen);
    return { start, previous: previousRound ? previousAnswers(before, previousRound, department.id, respondentId) : undefined };
  }, [services, round.id, department.id, respondentId, previousRound?.id]);

  if (state.loading) return <Loading label={`Loading ${department.title}'s response…`} />;
  if (state.error !== undefined || !state.value) return <ErrorNotice error={state.error} onRetry={state.reload} />;
  const { start, previous } = state.value;
  if (readOnly && start.source === 'new') {
    return <Empty message={`You did not give a response for ${department.title} in ${round.title}.`} />;
  }
  return (
    <SurveyEditor
      key={draftKey}
      model={model}
      round={round}
      department={department}
      respondentId={respondentId}
      draftKey={draftKey}
      start={start}
      previous={previous}
      readOnly={readOnly}
    />
  );
};
