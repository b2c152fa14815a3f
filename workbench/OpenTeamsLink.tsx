import * as React from 'react';
import { DefaultButton, Dialog, DialogFooter, PrimaryButton, TextField } from '@fluentui/react';

/**
 * The Teams hosts' "Open a Teams link": paste a deep link (from a part's Copy link) and the workbench opens that
 * tab's part on the state the link carries, as Teams does when someone follows it.
 */
export const OpenTeamsLink: React.FC<{ onOpen: (link: string) => boolean }> = ({ onOpen }) => {
  const [open, setOpen] = React.useState(false);
  const [link, setLink] = React.useState('');
  const [error, setError] = React.useState<string>();
  const submit = (): void => {
    if (!onOpen(link.trim())) {
      setError('This is not a link to one of the Digital Strategy Hub tabs in Teams.');
      return;
    }
    setOpen(false);
    setLink('');
  };
  return (
    <>
      <DefaultButton text="Open a Teams link" iconProps={{ iconName: 'OpenInNewWindow' }} onClick={() => { setError(undefined); setOpen(true); }} />
      <Dialog hidden={!open} onDismiss={() => setOpen(false)} dialogContentProps={{ title: 'Open a Teams link', subText: 'Paste a deep link to one of the suite\'s tabs, as Teams would open it.' }}>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            submit();
          }}
        >
          <TextField label="Teams link" value={link} onChange={(_, v) => setLink(v ?? '')} errorMessage={error} autoFocus />
          <DialogFooter>
            <PrimaryButton type="submit" text="Open" />
            <DefaultButton text="Cancel" onClick={() => setOpen(false)} />
          </DialogFooter>
        </form>
      </Dialog>
    </>
  );
};
