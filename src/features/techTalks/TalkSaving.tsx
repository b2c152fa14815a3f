import * as React from 'react';
import { Text } from '@fluentui/react';
import { IEntity } from '../../domain/entities';
import { ConflictDialog, IConflictField } from '../shared/conflict/ConflictDialog';
import { IDraftStore } from '../../domain/services';
import { ItemSaver, IItemSaverState, readDeviceDraft } from '../shared/saving/ItemSaver';
import { ISaveWording, SaveStatusLine } from '../shared/saving/SaveStatusLine';
import { talkStyles } from './talkStyles';
import { useHub } from '../shared/HubContext';

/**
 * The pieces every Tech Talks form shares (ratings, attendance, the talk form, proposals and reviews): a titled
 * section, and what a save through the editing kit's save path (ItemSaver) shows: the status line ("Saved to
 * SharePoint at 10:42", "Offline — kept on this device") and, when someone else saved the same item first, both
 * versions to choose from.
 */

/** A card with a heading that names it for assistive technology. */
export const TalkSection: React.FC<{ readonly id: string; readonly title: string; readonly children?: React.ReactNode }> = ({ id, title, children }) => {
  const { host } = useHub();
  const classes = React.useMemo(() => talkStyles(host.theme), [host.theme]);
  return (
    <section aria-labelledby={id} className={classes.card}>
      <Text block as="h4" variant="mediumPlus" id={id} className={classes.title}>
        {title}
      </Text>
      {children}
    </section>
  );
};

export interface ISaveFeedbackProps<T extends IEntity> {
  readonly state: IItemSaverState<T>;
  readonly saver: ItemSaver<T>;
  /** What is being saved, as people know it: the conflict dialog's heading names it. */
  readonly title: string;
  /** The fields a conflict compares, with their labels. */
  readonly fields: readonly IConflictField[];
  readonly wording: ISaveWording;
}

const asRecord = (value: unknown): Record<string, unknown> => (value ?? {}) as Record<string, unknown>;

/**
 * The save status line and the conflict view for one ItemSaver. The conflict opens by itself when a save meets
 * someone else's change to the same field; "Compare versions" opens it again after it was closed.
 */
export function SaveFeedback<T extends IEntity>({ state, saver, title, fields, wording }: ISaveFeedbackProps<T>): JSX.Element {
  const [open, setOpen] = React.useState(false);
  const conflict = state.conflict;
  React.useEffect(() => {
    if (conflict) setOpen(true);
  }, [conflict]);
  return (
    <>
      <SaveStatusLine status={state.status} wording={wording} onRetry={() => saver.retryNow()} onCompare={() => setOpen(true)} />
      {conflict && open && (
        <ConflictDialog
          title={title}
          fields={fields}
          base={conflict.base ? asRecord(conflict.base) : undefined}
          mine={asRecord(conflict.mine)}
          theirs={conflict.theirs ? asRecord(conflict.theirs) : undefined}
          onResolve={(values) => {
            setOpen(false);
            saver.resolve(values as Partial<T>).catch(() => undefined);
          }}
          onCancel={() => {
            setOpen(false);
            saver.cancelConflict();
          }}
        />
      )}
    </>
  );
}

/**
 * Brings back values this saver kept on the device and did not save (a reload, a closed tab). Returns whether it did,
 * so a form can say so.
 */
export function useDeviceDraft<T extends IEntity>(saver: ItemSaver<T>, drafts: IDraftStore, draftKey: string): boolean {
  const [restored, setRestored] = React.useState(false);
  React.useEffect(() => {
    const kept = readDeviceDraft<T>(drafts, draftKey);
    setRestored(!!kept);
    if (kept) saver.restore(kept);
  }, [saver, drafts, draftKey]);
  return restored;
}
