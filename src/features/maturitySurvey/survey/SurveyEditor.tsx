import * as React from 'react';
import { DefaultButton, MessageBar, MessageBarType, PrimaryButton, useTheme } from '@fluentui/react';
import { ILookupRef, IMaturityResponse, IPersonRef } from '../../../domain/entities';
import { answerFor, ISurveyAnswer, startingPoint, withAnswer } from '../../../domain/maturity/answers';
import { ISurveyModel } from '../../../domain/maturity/surveyModel';
import { checkResponse } from '../../../domain/maturity/validateResponse';
import { ConflictDialog } from '../../shared/conflict/ConflictDialog';
import { useHub } from '../../shared/HubContext';
import { CopyItemLinkButton, useLinkedItem } from '../../shared/itemLinks';
import { ISaveWording, SaveStatusLine } from '../../shared/saving/SaveStatusLine';
import { answerFields, answersFromRecord, answersRecord, theirRecord } from './conflictFields';
import { DimensionStep } from './DimensionStep';
import { ReviewStep } from './ReviewStep';
import { SurveyStepper } from './SurveyStepper';
import { surveyStyles } from './surveyStyles';
import { useResponseSaver } from './useResponseSaver';

/** The page-state parameter of a link to a survey step (1 = the first dimension). */
export const STEP_PARAM = 'mstep';
const SURVEY_WORDING: ISaveWording = { yours: 'Your answers', item: 'this response', idle: 'Your answers are saved as you go.' };

export interface IPreviousAnswers {
  readonly roundTitle: string;
  readonly answers: readonly ISurveyAnswer[];
}

export interface ISurveyEditorProps {
  readonly model: ISurveyModel;
  readonly round: ILookupRef & { readonly closesOn?: string; readonly targetYear?: number };
  readonly department: ILookupRef;
  /** Who is answering. */
  readonly respondent: IPersonRef;
  readonly draftKey: string;
  /** The department's one response for the round. */
  readonly response: IMaturityResponse;
  readonly previous?: IPreviousAnswers;
  readonly readOnly: boolean;
}

/**
 * The manager's survey for one department: a step per dimension, then the review. Answers are kept on this device
 * at once and saved to the list as the manager goes (ResponseSaver, on the shared save path); last round's answers are offered as the
 * starting point; a conflicting change made elsewhere opens the shared conflict dialog.
 */
export const SurveyEditor: React.FC<ISurveyEditorProps> = ({ model, round, department, respondent, draftKey, response, previous, readOnly }) => {
  const { services, host } = useHub();
  const theme = useTheme();
  const classes = React.useMemo(() => surveyStyles(theme), [theme]);
  const [state, saver] = useResponseSaver({
    responses: services.maturityResponses,
    drafts: services.drafts,
    draftKey,
    model,
    response,
    respondent,
    readOnly
  });
  const total = model.dimensions.length;
  const step = readOnly ? total : Math.min(Math.max(0, state.step), total);
  const [moved, setMoved] = React.useState(false);
  const goTo = (next: number): void => {
    saver.setStep(Math.min(Math.max(0, next), total));
    setMoved(true);
  };
  // A link to a step (Copy link: `mstep`, with the department and tab) opens the survey on that step, once.
  const linkedStep = Number(useLinkedItem(STEP_PARAM));
  React.useEffect(() => {
    if (!readOnly && Number.isInteger(linkedStep) && linkedStep >= 1 && linkedStep <= total + 1) saver.setStep(linkedStep - 1);
    const params = new URLSearchParams(host.pageState.read());
    if (params.has(STEP_PARAM)) {
      params.delete(STEP_PARAM);
      host.pageState.write(params.toString());
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  const check = React.useMemo(() => checkResponse(model, state.answers), [model, state.answers]);

  const conflict = state.conflict;
  const conflictProps = React.useMemo(
    () =>
      conflict && {
        base: conflict.base ? answersRecord(model, conflict.base) : undefined,
        mine: answersRecord(model, state.answers),
        theirs: conflict.theirs ? theirRecord(model, conflict.theirs as IMaturityResponse) : undefined
      },
    // the dialog compares my answers as they were when it opened
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [conflict, model]
  );
  const fields = React.useMemo(() => answerFields(model), [model]);

  const offerPrevious = !readOnly && previous !== undefined && previous.answers.length > 0 && state.answers.length === 0;
  const dimension = model.dimensions[step];

  return (
    <div>
      {!readOnly && <SaveStatusLine status={state.save} wording={SURVEY_WORDING} onRetry={() => saver.retryNow()} onCompare={() => saver.showConflict(true)} />}
      {offerPrevious && previous && (
        <MessageBar
          messageBarType={MessageBarType.info}
          isMultiline
          styles={{ root: { marginTop: 8 } }}
          actions={
            <div>
              <PrimaryButton text="Start from last round's answers" onClick={() => saver.change(startingPoint(model, previous.answers))} />
            </div>
          }
        >
          {department.title} answered the {previous.roundTitle} round. Start from those answers and change what has moved on, or
          answer each dimension afresh.
        </MessageBar>
      )}
      {!readOnly && <SurveyStepper model={model} answers={state.answers} step={step} classes={classes} onStep={goTo} />}
      <div className={classes.section}>
        {dimension && !readOnly ? (
          <>
            <DimensionStep
              key={dimension.id}
              model={model}
              dimension={dimension}
              index={step}
              answer={answerFor(state.answers, dimension.title)}
              lastRound={previous ? { title: previous.roundTitle, answer: answerFor(previous.answers, dimension.title) } : undefined}
              department={department.title}
              targetYear={round.targetYear}
              readOnly={readOnly}
              classes={classes}
              focusHeading={moved}
              onChange={(change) => saver.change(withAnswer(state.answers, dimension.title, change))}
            />
            <div className={classes.actions}>
              <DefaultButton text="Previous" iconProps={{ iconName: 'ChevronLeft' }} disabled={step === 0} onClick={() => goTo(step - 1)} />
              <CopyItemLinkButton param={STEP_PARAM} id={step + 1} what={`this step (${dimension.title})`} extra={{ mtab: 'survey', mdept: String(department.id) }} />
              <PrimaryButton
                text={step + 1 < total ? `Next: ${model.dimensions[step + 1].title}` : 'Review answers'}
                menuIconProps={{ iconName: 'ChevronRight' }}
                onClick={() => goTo(step + 1)}
              />
            </div>
          </>
        ) : (
          <ReviewStep
            model={model}
            answers={state.answers}
            check={check}
            department={department.title}
            status={state.status}
            submittedOn={state.submittedOn}
            readOnly={readOnly}
            submitting={state.submitting}
            submitError={state.submitError}
            classes={classes}
            focusHeading={moved}
            onStep={goTo}
            onSubmit={() => {
              saver.submit().catch(() => undefined);
            }}
          />
        )}
      </div>
      {conflict && state.conflictOpen && conflictProps && (
        <ConflictDialog
          title={`${department.title}'s response for ${round.title}`}
          fields={fields}
          base={conflictProps.base}
          mine={conflictProps.mine}
          theirs={conflictProps.theirs}
          onResolve={(values) => saver.resolveConflict(answersFromRecord(model, values, state.answers))}
          onCancel={() => saver.showConflict(false)}
        />
      )}
    </div>
  );
};
