import * as React from 'react';
import { ActionButton, Link, MessageBar, MessageBarType, PrimaryButton, Spinner, SpinnerSize } from '@fluentui/react';
import { answerFor, ISurveyAnswer } from '../../../domain/maturity/answers';
import { overallLevels } from '../../../domain/maturity/overallLevels';
import { levelLabel, ISurveyModel } from '../../../domain/maturity/surveyModel';
import { IResponseCheck } from '../../../domain/maturity/validateResponse';
import { formatDateTime } from '../../shared/format';
import { formatOverall } from './answerText';
import { SurveyClasses } from './surveyStyles';

export interface IReviewStepProps {
  readonly model: ISurveyModel;
  readonly answers: readonly ISurveyAnswer[];
  readonly check: IResponseCheck;
  readonly department: string;
  readonly status: 'Draft' | 'Submitted';
  readonly submittedOn?: string;
  readonly readOnly: boolean;
  readonly submitting: boolean;
  readonly submitError?: string;
  readonly classes: SurveyClasses;
  /** Focus the heading when the manager moves to the review (not when the page opens on it). */
  readonly focusHeading: boolean;
  onStep(step: number): void;
  onSubmit(): void;
}

/**
 * The answers on one page before submitting: what is still missing (with a link to each step), any problem to fix,
 * the overall levels by the documented rule, and the submit button (disabled while submitting).
 */
export const ReviewStep: React.FC<IReviewStepProps> = (props) => {
  const { model, answers, check, department, status, submittedOn, readOnly, submitting, submitError, classes, focusHeading, onStep, onSubmit } = props;
  const heading = React.useRef<HTMLHeadingElement>(null);
  const summary = React.useRef<HTMLDivElement>(null);
  React.useEffect(() => {
    if (focusHeading) heading.current?.focus();
  }, [focusHeading]);
  const overall = overallLevels(model, answers);
  const stepOf = (dimension: string): number => model.dimensions.findIndex((d) => d.title === dimension);
  const submit = (): void => {
    if (!check.canSubmit) {
      summary.current?.focus();
      return;
    }
    onSubmit();
  };
  const submitted = status === 'Submitted';
  return (
    <section aria-labelledby="maturity-review-heading">
      <h3 id="maturity-review-heading" ref={heading} tabIndex={-1} className={classes.stepHeading}>
        {readOnly ? `${department}'s answers` : 'Review and submit'}
      </h3>
      {!readOnly && (check.missing.length > 0 || check.issues.length > 0) && (
        <div ref={summary} tabIndex={-1} aria-labelledby="maturity-review-problems">
          <MessageBar messageBarType={check.issues.length ? MessageBarType.error : MessageBarType.warning} isMultiline>
            <span id="maturity-review-problems">
              {check.missing.length > 0 &&
                `${check.missing.length === 1 ? 'One dimension still needs' : `${check.missing.length} dimensions still need`} a current and a target level before you can submit:`}
              {check.missing.length === 0 && 'Fix these answers before you submit:'}
            </span>
            <ul className={classes.missingList}>
              {check.missing.map((d) => (
                <li key={d.id}>
                  <Link className={classes.listLink} onClick={() => onStep(stepOf(d.title))}>{d.title}</Link>
                </li>
              ))}
              {check.issues.map((i) => (
                <li key={`${i.dimension}-${i.field}`}>
                  <Link className={classes.listLink} onClick={() => onStep(stepOf(i.dimension))}>{i.dimension}</Link>: {i.message}
                </li>
              ))}
            </ul>
          </MessageBar>
        </div>
      )}
      {submitted && submittedOn && (
        <MessageBar messageBarType={MessageBarType.success} isMultiline styles={{ root: { marginTop: 8 } }}>
          Submitted on {formatDateTime(submittedOn)}.
          {!readOnly && ' You can still change your answers until the round closes; changes are saved to your submission.'}
        </MessageBar>
      )}
      <p>
        Overall (the median of the dimension levels): current {overall.current === undefined ? 'not yet known' : formatOverall(overall.current)}, target{' '}
        {overall.target === undefined ? 'not yet known' : formatOverall(overall.target)}.
      </p>
      <ul className={classes.reviewList} aria-label="Your answers">
        {model.dimensions.map((d, i) => {
          const a = answerFor(answers, d.title);
          return (
            <li key={d.id} className={classes.reviewItem}>
              <div className={classes.reviewHead}>
                <strong>{d.title}</strong>
                {!readOnly && <ActionButton onClick={() => onStep(i)} iconProps={{ iconName: 'Edit' }} text="Change" ariaLabel={`Change ${d.title}`} />}
              </div>
              <dl className={classes.reviewFacts}>
                <dt>Current</dt>
                <dd>{levelLabel(model, a?.current)}</dd>
                <dt>Target</dt>
                <dd>{levelLabel(model, a?.target)}</dd>
                {a?.targetReason && (
                  <>
                    <dt>Why lower</dt>
                    <dd>{a.targetReason}</dd>
                  </>
                )}
                <dt>Confidence</dt>
                <dd>{a?.confidence ?? 'Not given'}</dd>
                <dt>Evidence</dt>
                <dd>{a?.evidence || 'None given'}</dd>
              </dl>
            </li>
          );
        })}
      </ul>
      {!readOnly && (
        <div className={classes.actions}>
          <PrimaryButton
            text={submitting ? 'Submitting…' : submitted ? `Submit changes for ${department}` : `Submit for ${department}`}
            onClick={submit}
            disabled={submitting}
          />
          {submitting && <Spinner size={SpinnerSize.small} ariaLive="polite" label="Submitting your response…" labelPosition="right" />}
        </div>
      )}
      {submitError && (
        <MessageBar messageBarType={MessageBarType.error} isMultiline styles={{ root: { marginTop: 8 } }}>
          {submitError} Your answers are kept on this device; submit again when you are ready.
        </MessageBar>
      )}
    </section>
  );
};
