import * as React from 'react';
import { ActionButton, FontIcon, hiddenContentStyle, mergeStyleSets, useTheme } from '@fluentui/react';
import { timeOfDay } from '../format';
import { SaveStatus } from './ItemSaver';

/** The words that name what is being saved, e.g. { yours: 'Your answers', item: 'this response' }. */
export interface ISaveWording {
  /** What the user typed: "Your changes", "Your answers". */
  readonly yours: string;
  /** The item: "this item", "this response". */
  readonly item: string;
  /** Shown before anything is saved. */
  readonly idle?: string;
  /** Shown while changes wait for the user's Save (forms that save on a button, not as you type). */
  readonly pending?: string;
  /** Replaces the default refusal text (which speaks of a closed round), before "… are kept on this device." */
  readonly denied?: string;
}

export interface ISaveStatusLineProps {
  readonly status: SaveStatus;
  readonly wording?: ISaveWording;
  onRetry(): void;
  onCompare(): void;
}

interface IWording {
  readonly icon: string;
  readonly text: string;
  readonly warning?: boolean;
  readonly action?: 'retry' | 'compare';
}

const DEFAULT_WORDING: ISaveWording = { yours: 'Your changes', item: 'this item' };

/** The status line's words for a save status (exported for callers that announce it elsewhere). */
export function saveStatusWords(save: SaveStatus, { yours, item, idle, pending, denied }: ISaveWording = DEFAULT_WORDING): IWording | undefined {
  const kept = `${yours} are kept on this device.`;
  switch (save.kind) {
    case 'idle':
      return idle ? { icon: 'Info', text: idle } : undefined;
    case 'pending':
      return { icon: 'Edit', text: pending ?? 'Changes kept on this device; saving to SharePoint…' };
    case 'saving':
      return { icon: 'CloudUpload', text: 'Saving to SharePoint…' };
    case 'saved':
      return { icon: 'SkypeCircleCheck', text: `Saved to SharePoint at ${timeOfDay(save.at)}` };
    case 'retrying':
      return { icon: 'Warning', text: `Not saved yet — retrying. ${kept}`, warning: true, action: 'retry' };
    case 'offline':
      return { icon: 'PlugDisconnected', text: 'Offline — kept on this device. Saving to SharePoint when the connection is back.', warning: true, action: 'retry' };
    case 'denied':
      return { icon: 'Lock', text: `${denied ?? `Not saved — you can no longer change ${item} (the round may have closed).`} ${kept}`, warning: true };
    case 'conflict':
      return { icon: 'Warning', text: `Not saved — someone else changed ${item}.`, warning: true, action: 'compare' };
    case 'invalid':
      return { icon: 'Warning', text: 'Not saved yet — a submitted response must stay complete: fix the answers marked on the review. Kept on this device.', warning: true };
    case 'failed':
      return { icon: 'Warning', text: `Not saved — ${save.message} ${kept}`, warning: true, action: 'retry' };
    default:
      return undefined;
  }
}

/**
 * Where the user's changes are, in words and an icon: "Saved to SharePoint at 10:42", "Offline — kept on this
 * device". The line is always readable; only a problem is announced (a polite status), so typing is not interrupted.
 */
export const SaveStatusLine: React.FC<ISaveStatusLineProps> = ({ status, wording, onRetry, onCompare }) => {
  const theme = useTheme();
  const classes = React.useMemo(
    () =>
      mergeStyleSets({
        status: { minHeight: 20, display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 8, color: theme.semanticColors.bodyText },
        warning: { fontWeight: 600 },
        liveOnly: hiddenContentStyle
      }),
    [theme]
  );
  const words = saveStatusWords(status, wording);
  if (!words) return null;
  return (
    <div className={classes.status}>
      <FontIcon iconName={words.icon} aria-hidden />
      <span className={words.warning ? classes.warning : undefined}>{words.text}</span>
      {/* Screen readers hear only problems as they happen, not every "Saving…" while the user types. */}
      <span role="status" className={classes.liveOnly}>
        {words.warning ? words.text : ''}
      </span>
      {words.action === 'retry' && <ActionButton iconProps={{ iconName: 'Refresh' }} text="Try now" onClick={onRetry} />}
      {words.action === 'compare' && <ActionButton iconProps={{ iconName: 'BranchCompare' }} text="Compare versions" onClick={onCompare} />}
    </div>
  );
};
