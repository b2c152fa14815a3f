import * as React from 'react';
import { DefaultButton, MessageBar, MessageBarType } from '@fluentui/react';
import { IBrokenItem } from '../../domain/brokenItems';

export { brokenItems } from '../../domain/brokenItems';
export type { IBrokenItem } from '../../domain/brokenItems';

const SHOWN = 5;

/**
 * Names the items a part shows without some of their values, or leaves out, and why; the rest of the part works as
 * usual. Nothing when there are none.
 */
export const BrokenItemsNotice: React.FC<{ readonly items: readonly IBrokenItem[]; readonly noun: string; readonly plural?: string; readonly effect?: string }> = ({
  items,
  noun,
  plural = `${noun}s`,
  effect = 'is shown without the values that could not be read'
}) => {
  const [all, setAll] = React.useState(false);
  if (!items.length) return null;
  const shown = all ? items : items.slice(0, SHOWN);
  return (
    <MessageBar messageBarType={MessageBarType.warning} isMultiline>
      {items.length === 1 ? `1 ${noun} ${effect}:` : `${items.length} ${plural} ${effect.replace(/^is /, 'are ')}:`}
      <ul style={{ margin: '4px 0 0', paddingLeft: 20 }}>
        {shown.map((item, n) => (
          <li key={n}>
            <strong>{item.title}</strong>: {item.reasons.join(' ')}
          </li>
        ))}
      </ul>
      {items.length > SHOWN && !all && <DefaultButton text={`Show all ${items.length}`} onClick={() => setAll(true)} />}
      Ask the programme office to correct {items.length === 1 ? 'it' : 'them'} in the SharePoint list.
    </MessageBar>
  );
};

interface IPartBoundaryState {
  readonly error?: Error;
}

/**
 * Keeps an unexpected failure while drawing a part inside that part: it says what went wrong and offers to try again,
 * and the rest of the page keeps working.
 */
export class PartErrorBoundary extends React.Component<{ readonly name: string }, IPartBoundaryState> {
  public state: IPartBoundaryState = {};

  public static getDerivedStateFromError(error: Error): IPartBoundaryState {
    return { error };
  }

  public render(): React.ReactNode {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <MessageBar messageBarType={MessageBarType.error} isMultiline actions={<DefaultButton text="Try again" onClick={() => this.setState({ error: undefined })} />}>
        {this.props.name} could not be shown because of an unexpected problem with its data. The rest of the page still works.
        <details>
          <summary>Details</summary>
          {error.message}
        </details>
      </MessageBar>
    );
  }
}

/** Draws a function's item as a child, so what it throws reaches the boundary above it (a boundary never catches its own render). */
const Drawn: React.FC<{ readonly draw: () => React.ReactNode }> = ({ draw }) => <>{draw()}</>;

interface IItemBoundaryProps {
  /** How the message names the item ('The talk "Copilot one year on"'). */
  readonly name: string;
  /** The element the item is (an `li` in a list), so the message takes its place. */
  readonly as?: 'li' | 'div' | 'tr';
  readonly className?: string;
  /** The item, or a function drawing it: then what it computes (places left, dates) is caught here too. */
  readonly children?: React.ReactNode | (() => React.ReactNode);
}

/**
 * Keeps an unexpected failure while drawing one item (a card, a row) inside that item: it says which item could not
 * be shown, and the part's other items draw as usual.
 */
export class ItemErrorBoundary extends React.Component<IItemBoundaryProps, IPartBoundaryState> {
  public state: IPartBoundaryState = {};

  public static getDerivedStateFromError(error: Error): IPartBoundaryState {
    return { error };
  }

  public render(): React.ReactNode {
    const { error } = this.state;
    const { children } = this.props;
    if (!error) return typeof children === 'function' ? <Drawn draw={children as () => React.ReactNode} /> : children;
    const message = `${this.props.name} could not be shown because of a problem with its data (${error.message}). Ask the programme office to check it in the SharePoint list.`;
    const Tag = this.props.as ?? 'div';
    return (
      <Tag className={this.props.className} role="note">
        {Tag === 'tr' ? <td colSpan={100}>{message}</td> : message}
      </Tag>
    );
  }
}
