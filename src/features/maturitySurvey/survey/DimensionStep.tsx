import * as React from 'react';
import { ChoiceGroup, FontIcon, IChoiceGroupOption, Text, TextField } from '@fluentui/react';
import { CONFIDENCES, Confidence, ISurveyAnswer } from '../../../domain/maturity/answers';
import { levelLabel, ISurveyDimension, ISurveyModel } from '../../../domain/maturity/surveyModel';
import { answerIssues, EVIDENCE_MAX_LENGTH, REASON_MAX_LENGTH } from '../../../domain/maturity/validateResponse';
import { LevelChoice } from './LevelChoice';
import { SurveyClasses } from './surveyStyles';

export interface IDimensionStepProps {
  readonly model: ISurveyModel;
  readonly dimension: ISurveyDimension;
  readonly index: number;
  readonly answer?: ISurveyAnswer;
  readonly lastRound?: { readonly title: string; readonly answer?: ISurveyAnswer };
  readonly department: string;
  readonly targetYear?: number;
  readonly readOnly: boolean;
  readonly classes: SurveyClasses;
  /** Focus the heading when the step opens (moving between steps), not on first render. */
  readonly focusHeading: boolean;
  onChange(change: Partial<Omit<ISurveyAnswer, 'dimension'>>): void;
}

const CONFIDENCE_OPTIONS: IChoiceGroupOption[] = CONFIDENCES.map((c) => ({ key: c, text: c }));

const counter = (length: number, max: number): string => `${length.toLocaleString('en-GB')} of ${max.toLocaleString('en-GB')} characters`;

/** One dimension: its level descriptors, the current and target levels, evidence and confidence. */
export const DimensionStep: React.FC<IDimensionStepProps> = ({ model, dimension, index, answer, lastRound, department, targetYear, readOnly, classes, focusHeading, onChange }) => {
  const heading = React.useRef<HTMLHeadingElement>(null);
  React.useEffect(() => {
    if (focusHeading) heading.current?.focus();
  }, [dimension.title, focusHeading]);
  const id = `maturity-dimension-${dimension.id}`;
  const issues = answer ? answerIssues(model, { ...answer, dimension: dimension.title }) : [];
  const issue = (field: string): string | undefined => issues.find((i) => i.field === field)?.message;
  const evidence = answer?.evidence ?? '';
  const reason = answer?.targetReason ?? '';
  const below = answer?.current !== undefined && answer.target !== undefined && answer.target < answer.current;
  const previous = lastRound?.answer;
  return (
    <section aria-labelledby={`${id}-heading`}>
      <Text block className={classes.subtext}>
        Dimension {index + 1} of {model.dimensions.length}
      </Text>
      <h3 ref={heading} tabIndex={-1} id={`${id}-heading`} className={classes.stepHeading}>
        {dimension.title}
      </h3>
      {dimension.guidance && <p className={classes.guidance}>{dimension.guidance}</p>}
      {previous && lastRound && (
        <p className={classes.lastRound}>
          <strong>Last round ({lastRound.title}):</strong> current {levelLabel(model, previous.current)}, target {levelLabel(model, previous.target)}
          {previous.confidence ? `, ${previous.confidence.toLowerCase()} confidence` : ''}.
          {previous.evidence ? ` Evidence: “${previous.evidence}”` : ''}
        </p>
      )}
      <LevelChoice
        id={`${id}-current`}
        label={`Current level: where is ${department} now?`}
        levels={model.levels}
        descriptors={dimension.descriptors}
        value={answer?.current}
        lastRound={previous?.current}
        disabled={readOnly}
        classes={classes}
        onChange={(current) => onChange({ current })}
      />
      <LevelChoice
        id={`${id}-target`}
        label={`Target level: where should ${department} be${targetYear ? ` by ${targetYear}` : ''}?`}
        levels={model.levels}
        descriptors={dimension.descriptors}
        value={answer?.target}
        lastRound={previous?.target}
        disabled={readOnly}
        describedBy={below ? `${id}-below` : undefined}
        classes={classes}
        onChange={(target) => onChange({ target })}
      />
      {below && (
        <>
          <p id={`${id}-below`} className={classes.note}>
            <FontIcon iconName="Warning" aria-hidden className={classes.noteIcon} />
            The target is below the current level. That is fine when there is a reason (for example, a service being
            retired): say why below.
          </p>
          <TextField
            label="Why is the target below the current level?"
            required
            multiline
            autoAdjustHeight
            readOnly={readOnly}
            value={reason}
            errorMessage={reason.trim() ? issue('targetReason') : undefined}
            description={counter(reason.length, REASON_MAX_LENGTH)}
            onChange={(_e, v) => onChange({ targetReason: v ?? '' })}
            styles={{ root: { marginTop: 8 } }}
          />
        </>
      )}
      <TextField
        label="Evidence"
        multiline
        autoAdjustHeight
        rows={3}
        readOnly={readOnly}
        value={evidence}
        placeholder="What shows this level? For example, a service, a report or a way of working."
        errorMessage={issue('evidence')}
        description={counter(evidence.length, EVIDENCE_MAX_LENGTH)}
        onChange={(_e, v) => onChange({ evidence: v ?? '' })}
        styles={{ root: { marginTop: 16 } }}
      />
      <ChoiceGroup
        label="How confident are you in this assessment?"
        options={CONFIDENCE_OPTIONS.map((o) => ({ ...o, disabled: readOnly }))}
        selectedKey={answer?.confidence ?? null}
        onChange={(_e, o) => o && onChange({ confidence: o.key as Confidence })}
        styles={{ root: { marginTop: 16 }, flexContainer: { display: 'flex', flexWrap: 'wrap', columnGap: '24px' } }}
      />
    </section>
  );
};
