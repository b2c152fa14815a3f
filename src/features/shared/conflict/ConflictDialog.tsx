import * as React from 'react';
import {
  ChoiceGroup,
  DefaultButton,
  Dialog,
  DialogFooter,
  DialogType,
  IChoiceGroupOption,
  mergeStyleSets,
  MessageBar,
  MessageBarType,
  PrimaryButton,
  Text,
  useTheme
} from '@fluentui/react';
import { allFrom, defaultChoices, differs, fieldDiffs, FieldChange, IFieldDiff, mergeChoices, MergeSide } from '../../../domain/conflict';
import { IPersonRef } from '../../../domain/entities';
import { formatDateTime } from '../format';
import { describeValue } from './describeValue';

export interface IConflictField {
  readonly key: string;
  readonly label: string;
  /** Words a value for people; by default people and lookups show their name, dates a UK date, lists joined. */
  readonly format?: (value: unknown) => string;
}

export interface IConflictDialogProps {
  /** What was being saved, as people know it (e.g. the initiative's title): the dialog's heading names it. */
  readonly title: string;
  readonly fields: readonly IConflictField[];
  /** The record as it was first read; tells which side changed a field. Without it every difference is a clash. */
  readonly base?: Record<string, unknown>;
  /** The values the user tried to save. A key they did not send counts as not changed by them. */
  readonly mine: Record<string, unknown>;
  /** The record as saved by the other person now (with editor and modified); undefined if it was deleted. */
  readonly theirs: Record<string, unknown> | undefined;
  /** The values to write over their version (every field key), or the user's values to re-create a deleted record. */
  onResolve(values: Record<string, unknown>): void;
  /** Closes without saving; the caller keeps the user's input (e.g. back in the edit form). */
  onCancel(): void;
}

const CHANGE_NOTE: Record<FieldChange, string | undefined> = {
  mine: 'Only you changed this',
  theirs: 'Only they changed this',
  both: 'You both changed this',
  unknown: undefined
};

const makeClasses = (divider: string, subtext: string) =>
  mergeStyleSets({
    field: { borderTop: `1px solid ${divider}`, padding: '12px 0 4px' },
    note: { color: subtext, fontWeight: 400, marginLeft: 8 },
    // The radio circle sits at the left of the label: keep the text clear of it.
    option: { display: 'block', paddingLeft: 26, minHeight: 20 },
    optionHeading: { display: 'block', fontWeight: 600 },
    optionMeta: { display: 'block', color: subtext, fontSize: 12 },
    optionValue: { display: 'block', whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', marginTop: 4 },
    same: { color: subtext, marginTop: 8 },
    mineList: { margin: '8px 0', paddingLeft: 20 }
  });

type ConflictClasses = ReturnType<typeof makeClasses>;

const useClasses = (): ConflictClasses => {
  const theme = useTheme();
  return React.useMemo(() => makeClasses(theme.semanticColors.bodyDivider, theme.semanticColors.bodySubtext), [theme]);
};

const editedBy = (theirs: Record<string, unknown>): string => {
  const editor = theirs.editor as IPersonRef | undefined;
  const modified = typeof theirs.modified === 'string' ? theirs.modified : undefined;
  const who = editor?.title ?? 'Someone else';
  return modified ? `${who} on ${formatDateTime(modified)}` : who;
};

interface IFieldChoiceProps {
  readonly field: IConflictField;
  readonly diff: IFieldDiff;
  readonly side: MergeSide;
  readonly theirMeta: string;
  readonly classes: ConflictClasses;
  onChange(side: MergeSide): void;
}

const FieldChoice: React.FC<IFieldChoiceProps> = ({ field, diff, side, theirMeta, classes, onChange }) => {
  const format = field.format ?? describeValue;
  const note = CHANGE_NOTE[diff.change];
  const option = (key: MergeSide, heading: string, meta: string, value: unknown): IChoiceGroupOption => ({
    key,
    text: `${heading}: ${format(value)}`,
    onRenderLabel: () => (
      <span className={classes.option}>
        <span className={classes.optionHeading}>{heading}</span>
        <span className={classes.optionMeta}>{meta}</span>
        <span className={classes.optionValue}>{format(value)}</span>
      </span>
    ),
    styles: { root: { flex: '1 1 220px', minWidth: 0 }, field: { alignItems: 'flex-start' } }
  });
  return (
    <div className={classes.field}>
      <ChoiceGroup
        label={note ? `${field.label} (${note.toLowerCase()})` : field.label}
        selectedKey={side}
        onChange={(_e, o) => o && onChange(o.key as MergeSide)}
        options={[
          option('mine', 'Your version', diff.changedByMe ? 'Your change' : 'As you had it', diff.mine),
          option('theirs', 'Their version', theirMeta, diff.theirs)
        ]}
        styles={{ flexContainer: { display: 'flex', flexWrap: 'wrap', gap: 12 } }}
      />
    </div>
  );
};

/**
 * Shown when a save meets someone else's newer version (HTTP 412) or finds the record deleted. Lists each field
 * that differs with both versions side by side (stacked on a phone), pre-selects the sensible merge, and lets
 * the person keep theirs, take the other version, or save a field-by-field merge. Nothing typed is lost:
 * cancelling hands control back with the input intact.
 */
export const ConflictDialog: React.FC<IConflictDialogProps> = ({ title, fields, base, mine, theirs, onResolve, onCancel }) => {
  const classes = useClasses();
  const keys = React.useMemo(() => fields.map((f) => f.key), [fields]);
  const diffs = React.useMemo(() => (theirs ? fieldDiffs(base, mine, theirs, keys) : []), [base, mine, theirs, keys]);
  const differing = diffs.filter(differs);
  const [choices, setChoices] = React.useState<Record<string, MergeSide>>(() => defaultChoices(diffs));
  React.useEffect(() => setChoices(defaultChoices(diffs)), [diffs]);

  const dialogStyles = { main: { minWidth: 'min(680px, calc(100vw - 32px)) !important', maxWidth: 'calc(100vw - 32px)' } };

  if (!theirs) {
    const sent = fields.filter((f) => Object.prototype.hasOwnProperty.call(mine, f.key));
    return (
      <Dialog
        hidden={false}
        onDismiss={onCancel}
        modalProps={{ isBlocking: true }}
        styles={dialogStyles}
        dialogContentProps={{
          type: DialogType.normal,
          title: `“${title}” was deleted`,
          subText: 'Someone deleted it after you opened it, so your changes could not be saved. You can create it again with your version, or discard your changes.'
        }}
      >
        <Text as="h3" variant="mediumPlus" block>
          Your version
        </Text>
        <ul className={classes.mineList} aria-label="Your version">
          {sent.map((f) => (
            <li key={f.key}>
              <strong>{f.label}:</strong> {(f.format ?? describeValue)(mine[f.key])}
            </li>
          ))}
        </ul>
        <DialogFooter>
          <PrimaryButton onClick={() => onResolve({ ...mine })} text="Create it again" />
          <DefaultButton onClick={onCancel} text="Discard my changes" />
        </DialogFooter>
      </Dialog>
    );
  }

  const theirMeta = `Changed by ${editedBy(theirs)}`;
  const clashes = differing.filter((d) => d.change === 'both' || d.change === 'unknown').length;
  const same = fields.length - differing.length;
  return (
    <Dialog
      hidden={false}
      onDismiss={onCancel}
      modalProps={{ isBlocking: true }}
      styles={dialogStyles}
      dialogContentProps={{
        type: DialogType.normal,
        title: `“${title}” was changed by someone else`,
        subText: `Their version was saved by ${editedBy(theirs)}, after you opened it. Choose which version to keep for each field that differs.`
      }}
    >
      {differing.length === 0 ? (
        <MessageBar messageBarType={MessageBarType.info}>Their version already holds everything you changed. Saving keeps it as it is.</MessageBar>
      ) : (
        <Text block variant="small" className={classes.same}>
          {clashes > 0
            ? `${clashes === 1 ? 'One field was' : `${clashes} fields were`} changed by you both: your version is selected there.`
            : 'Where only one of you changed a field, that change is selected.'}
          {same > 0 ? ` ${same === 1 ? 'One other field is' : `${same} other fields are`} the same in both versions.` : ''}
        </Text>
      )}
      {differing.map((diff) => {
        const field = fields.find((f) => f.key === diff.key) as IConflictField;
        return (
          <FieldChoice
            key={diff.key}
            field={field}
            diff={diff}
            side={choices[diff.key] ?? 'mine'}
            theirMeta={theirMeta}
            classes={classes}
            onChange={(side) => setChoices((c) => ({ ...c, [diff.key]: side }))}
          />
        );
      })}
      <DialogFooter>
        <PrimaryButton onClick={() => onResolve(mergeChoices(diffs, choices))} text="Save merged" />
        <DefaultButton onClick={() => onResolve(allFrom(diffs, 'mine'))} text="Keep mine" />
        <DefaultButton onClick={() => onResolve(allFrom(diffs, 'theirs'))} text="Take theirs" />
        <DefaultButton onClick={onCancel} text="Cancel" />
      </DialogFooter>
    </Dialog>
  );
};
