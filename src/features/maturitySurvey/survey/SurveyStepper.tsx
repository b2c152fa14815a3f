import * as React from 'react';
import { css, FontIcon, ProgressIndicator } from '@fluentui/react';
import { answerFor, ISurveyAnswer, isAnswered } from '../../../domain/maturity/answers';
import { ISurveyModel } from '../../../domain/maturity/surveyModel';
import { SurveyClasses } from './surveyStyles';

export interface ISurveyStepperProps {
  readonly model: ISurveyModel;
  readonly answers: readonly ISurveyAnswer[];
  /** 0..dimensions-1 for a dimension; dimensions.length for the review. */
  readonly step: number;
  readonly classes: SurveyClasses;
  onStep(step: number): void;
}

/**
 * Progress through the survey: how many dimensions have both levels, and a button per step (numbered, with a check
 * mark once answered) to go straight to it. The current step is marked for assistive technology (aria-current).
 */
export const SurveyStepper: React.FC<ISurveyStepperProps> = ({ model, answers, step, classes, onStep }) => {
  const total = model.dimensions.length;
  const answered = model.dimensions.filter((d) => isAnswered(answerFor(answers, d.title))).length;
  const review = step >= total;
  return (
    <nav aria-label="Survey steps">
      <ProgressIndicator
        label={review ? `Review: ${answered} of ${total} dimensions answered` : `Step ${step + 1} of ${total}: ${answered} of ${total} dimensions answered`}
        percentComplete={total ? answered / total : 0}
        progressHidden={false}
      />
      <ol className={classes.steps}>
        {model.dimensions.map((d, i) => {
          const done = isAnswered(answerFor(answers, d.title));
          return (
            <li key={d.id}>
              <button
                type="button"
                className={css(classes.step, i === step && classes.stepCurrent)}
                aria-current={i === step ? 'step' : undefined}
                aria-label={`${i + 1}. ${d.title}${done ? ', answered' : ', not answered yet'}`}
                title={d.title}
                onClick={() => onStep(i)}
              >
                {i + 1}
                {done && <FontIcon iconName="CheckMark" aria-hidden />}
              </button>
            </li>
          );
        })}
        <li>
          <button
            type="button"
            className={css(classes.step, review && classes.stepCurrent)}
            aria-current={review ? 'step' : undefined}
            onClick={() => onStep(total)}
          >
            Review
          </button>
        </li>
      </ol>
    </nav>
  );
};
