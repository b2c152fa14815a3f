import * as React from 'react';
import { ChoiceGroup, DefaultButton, Dialog, DialogFooter, DialogType, PrimaryButton, TextField } from '@fluentui/react';
import { IInitiative, IPrioritisationCriterion } from '../../../domain/entities';
import { scaleOf, scoreFromKey } from '../../../domain/roadmap/scoringRound';

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
  const typed = React.useRef('');
  const [keyError, setKeyError] = React.useState<string>();
  // Outside the rationale box, a digit chooses that score (two digits on a 0-10 scale) and Enter saves.
  const onKeyDown = (event: React.KeyboardEvent<HTMLDivElement>): void => {
    const target = event.target as HTMLElement;
    if (target.tagName === 'TEXTAREA') {
      event.stopPropagation();
      return;
    }
    if (/^[0-9]$/.test(event.key) && !event.ctrlKey && !event.altKey && !event.metaKey) {
      event.preventDefault();
      // The dialog is portalled, but React events still bubble to the grid cell that opened it.
      event.stopPropagation();
      const result = scoreFromKey(typed.current, event.key, scale);
      typed.current = result.buffer;
      setKeyError(result.error);
      if (result.value !== undefined) setValue(result.value);
    } else if (event.key === 'Enter' && !event.shiftKey && value !== undefined) {
      event.preventDefault();
      event.stopPropagation();
      onSave(value, text.trim());
    }
  };
  return (
    <Dialog
      hidden={false}
      onDismiss={onCancel}
      modalProps={{ isBlocking: false, firstFocusableSelector: focusRationale ? 'rationale-box' : undefined }}
      dialogContentProps={{ type: DialogType.normal, title: `Score “${initiative.title}”`, subText: `${criterion.title} (${criterion.kind.toLowerCase()}, 0 to ${scale}). ${criterion.description ?? ''}` }}
      styles={{ main: { minWidth: 'min(520px, calc(100vw - 32px)) !important' } }}
    >
      <div onKeyDown={onKeyDown}>
      <ChoiceGroup
        label="Your score"
        selectedKey={value === undefined ? null : String(value)}
        options={options}
        onChange={(_e, o) => o && setValue(Number(o.key))}
        styles={{ flexContainer: { display: 'flex', flexWrap: 'wrap', gap: 8 } }}
      />
      <p style={{ margin: '4px 0 8px', fontSize: 12 }} role={keyError ? 'alert' : undefined}>
        {keyError ?? `Type a number from 0 to ${scale} to choose it; Enter saves.`}
      </p>
      <TextField
        label="Rationale"
        description="Why this score: the evidence or reasoning the programme office and other scorers can read."
        multiline
        autoAdjustHeight
        value={text}
        onChange={(_e, v) => setText(v ?? '')}
        inputClassName="rationale-box"
      />
      </div>
      <DialogFooter>
        <PrimaryButton text="Save" disabled={value === undefined} onClick={() => onSave(value, text.trim())} />
        {score !== undefined && <DefaultButton text="Remove my score" onClick={() => onSave(undefined, '')} />}
        <DefaultButton text="Cancel" onClick={onCancel} />
      </DialogFooter>
    </Dialog>
  );
};
