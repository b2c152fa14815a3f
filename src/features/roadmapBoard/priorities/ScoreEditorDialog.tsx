import * as React from 'react';
import { ChoiceGroup, DefaultButton, Dialog, DialogFooter, DialogType, PrimaryButton, TextField } from '@fluentui/react';
import { IInitiative, IPrioritisationCriterion } from '../../../domain/entities';
import { scaleOf } from '../../../domain/roadmap/scoringRound';

export interface IScoreEditorDialogProps {
  readonly initiative: IInitiative;
  readonly criterion: IPrioritisationCriterion;
  readonly score: number | undefined;
  readonly rationale: string | undefined;
  /** Put the cursor in the rationale box first (opened with Enter). */
  readonly focusRationale: boolean;
  onSave(score: number | undefined, rationale: string): void;
  onCancel(): void;
}

/** One cell's score and rationale, for pointer and touch users, and for writing a rationale (Enter in the grid). */
export const ScoreEditorDialog: React.FC<IScoreEditorDialogProps> = ({ initiative, criterion, score, rationale, focusRationale, onSave, onCancel }) => {
  const [value, setValue] = React.useState<number | undefined>(score);
  const [text, setText] = React.useState(rationale ?? '');
  const scale = scaleOf(criterion);
  const options = Array.from({ length: scale + 1 }, (_, i) => ({ key: String(i), text: String(i), styles: { root: { minWidth: 40 } } }));
  return (
    <Dialog
      hidden={false}
      onDismiss={onCancel}
      modalProps={{ isBlocking: false, firstFocusableSelector: focusRationale ? 'rationale-box' : undefined }}
      dialogContentProps={{ type: DialogType.normal, title: `Score “${initiative.title}”`, subText: `${criterion.title} (${criterion.kind.toLowerCase()}, 0 to ${scale}). ${criterion.description ?? ''}` }}
      styles={{ main: { minWidth: 'min(520px, calc(100vw - 32px)) !important' } }}
    >
      <ChoiceGroup
        label="Your score"
        selectedKey={value === undefined ? null : String(value)}
        options={options}
        onChange={(_e, o) => o && setValue(Number(o.key))}
        styles={{ flexContainer: { display: 'flex', flexWrap: 'wrap', gap: 8 } }}
      />
      <TextField
        label="Rationale"
        description="Why this score: the evidence or reasoning the programme office and other scorers can read."
        multiline
        autoAdjustHeight
        value={text}
        onChange={(_e, v) => setText(v ?? '')}
        inputClassName="rationale-box"
      />
      <DialogFooter>
        <PrimaryButton text="Save" disabled={value === undefined} onClick={() => onSave(value, text.trim())} />
        {score !== undefined && <DefaultButton text="Remove my score" onClick={() => onSave(undefined, '')} />}
        <DefaultButton text="Cancel" onClick={onCancel} />
      </DialogFooter>
    </Dialog>
  );
};
