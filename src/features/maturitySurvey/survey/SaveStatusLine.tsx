import * as React from 'react';
import { ActionButton, FontIcon } from '@fluentui/react';
import { SaveStatus } from './responseSaver';
import { timeOfDay } from './answerText';
import { SurveyClasses } from './surveyStyles';

export interface ISaveStatusLineProps {
  readonly save: SaveStatus;
  readonly classes: SurveyClasses;
  onRetry(): void;
  onCompare(): void;
}

interface IWording {
  readonly icon: string;
  readonly text: string;
  readonly warning?: boolean;
  readonly action?: 'retry' | 'compare';
}

function wording(save: SaveStatus): IWording | undefined {
  switch (save.kind) {
    case 'idle':
      return { icon: 'Info', text: 'Your answers are saved as you go.' };
    case 'pending':
      return { icon: 'Edit', text: 'Changes kept on this device; saving to SharePoint…' };
    case 'saving':
      return { icon: 'CloudUpload', text: 'Saving to SharePoint…' };
    case 'saved':
      return { icon: 'SkypeCircleCheck', text: `Saved to SharePoint at ${timeOfDay(save.at)}` };
    case 'retrying':
      return { icon: 'Warning', text: 'Not saved yet — retrying. Your answers are kept on this device.', warning: true, action: 'retry' };
    case 'offline':
      return { icon: 'PlugDisconnected', text: 'Offline — kept on this device. Saving to SharePoint when the connection is back.', warning: true, action: 'retry' };
    case 'denied':
      return { icon: 'Lock', text: 'Not saved — you can no longer change this response (the round may have closed). Your answers are kept on this device.', warning: true };
    case 'conflict':
      return { icon: 'Warning', text: 'Not saved — someone else changed this response.', warning: true, action: 'compare' };
    case 'invalid':
      return { icon: 'Warning', text: 'Not saved yet — a submitted response must stay complete: fix the answers marked on the review. Kept on this device.', warning: true };
    case 'failed':
      return { icon: 'Warning', text: `Not saved — ${save.message} Your answers are kept on this device.`, warning: true, action: 'retry' };
    default:
      return undefined;
  }
}

/**
 * Where the answers are, in words and an icon: "Saved to SharePoint at 10:42", "Offline — kept on this device".
 * The line is always readable; only a problem is announced (a polite status), so typing is not interrupted.
 */
export const SaveStatusLine: React.FC<ISaveStatusLineProps> = ({ save, classes, onRetry, onCompare }) => {
  const words = wording(save);
  if (!words) return null;
  return (
    <div className={classes.status}>
      <FontIcon iconName={words.icon} aria-hidden />
      <span className={words.warning ? classes.statusWarning : undefined}>{words.text}</span>
      {/* Screen readers hear only problems as they happen, not every "Saving…" while the manager types. */}
      <span role="status" className={classes.liveOnly}>
        {words.warning ? words.text : ''}
      </span>
      {words.action === 'retry' && <ActionButton iconProps={{ iconName: 'Refresh' }} text="Try now" onClick={onRetry} />}
      {words.action === 'compare' && <ActionButton iconProps={{ iconName: 'BranchCompare' }} text="Compare versions" onClick={onCompare} />}
    </div>
  );
};
