import * as React from 'react';
import { DefaultButton, Dialog, DialogFooter, PrimaryButton, TextField } from '@fluentui/react';
import { useHub } from './HubContext';

/**
 * Links that open one item (an initiative, a talk, a KPI, a survey step) in the web part that shows it: in
 * SharePoint the page's address with the item's parameter, in a Teams tab a Teams deep link whose subEntityId
 * carries it, so Teams opens the tab on that item. The part reads the parameter back from its page state
 * (`host.pageState.read()`, or `useLinkedItem`) when it opens.
 */
export function itemQuery(param: string, id: string | number, extra: Readonly<Record<string, string>> = {}): string {
  const params = new URLSearchParams({ [param]: String(id), ...extra });
  return params.toString();
}

/** `linkTo('talk', 12)`: the link that opens that item, in whatever host the part runs in. */
export function useItemLink(): (param: string, id: string | number, extra?: Readonly<Record<string, string>>) => string {
  const { host } = useHub();
  return React.useCallback((param, id, extra) => host.pageState.linkTo(itemQuery(param, id, extra)), [host.pageState]);
}

/** The item a link opened the part on: the parameter's value in the page state when the part first rendered. */
export function useLinkedItem(param: string): string | undefined {
  const { host } = useHub();
  const [value] = React.useState(() => new URLSearchParams(host.pageState.read()).get(param) ?? undefined);
  return value || undefined;
}

export interface ICopyItemLinkButtonProps {
  /** The page-state parameter that opens the item (e.g. `sel` for an initiative, `talk` for a talk). */
  readonly param: string;
  readonly id: string | number;
  /** What the link opens, for the button's name and messages: e.g. "this initiative". */
  readonly what: string;
  /** Other parameters the part needs to open the item (e.g. the department whose survey a step belongs to). */
  readonly extra?: Readonly<Record<string, string>>;
  /** Told once the link is copied (for a status line or live region). */
  readonly onCopied?: (message: string) => void;
}

/**
 * "Copy link": copies the item's link (a Teams deep link in Teams) to the clipboard, or, where the browser does
 * not let the page copy, shows it in a dialog to copy by hand.
 */
export const CopyItemLinkButton: React.FC<ICopyItemLinkButtonProps> = ({ param, id, what, extra, onCopied }) => {
  const linkTo = useItemLink();
  const [shown, setShown] = React.useState<string>();
  const [copied, setCopied] = React.useState(false);
  const copy = (): void => {
    const link = linkTo(param, id, extra);
    const clipboard = typeof navigator !== 'undefined' ? navigator.clipboard : undefined;
    if (!clipboard) {
      setShown(link);
      return;
    }
    clipboard.writeText(link).then(
      () => {
        setCopied(true);
        onCopied?.(`Link to ${what} copied.`);
      },
      () => setShown(link)
    );
  };
  return (
    <>
      <DefaultButton iconProps={{ iconName: copied ? 'CheckMark' : 'Link' }} text={copied ? 'Link copied' : 'Copy link'} ariaLabel={`Copy link to ${what}`} onClick={copy} />
      <Dialog
        hidden={shown === undefined}
        onDismiss={() => setShown(undefined)}
        dialogContentProps={{ title: 'Copy this link', subText: 'Your browser did not let the page copy it. Select the link and copy it (Ctrl+C).' }}
      >
        <TextField label={`Link to ${what}`} readOnly value={shown ?? ''} onFocus={(e) => e.currentTarget.select()} autoFocus />
        <DialogFooter>
          <PrimaryButton text="Done" onClick={() => setShown(undefined)} />
        </DialogFooter>
      </Dialog>
    </>
  );
};
