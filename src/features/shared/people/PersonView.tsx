import * as React from 'react';
import { IPersonRef } from '../../../domain/entities';
import { IHostInfo, useHub } from '../HubContext';
import { PersonCard } from './PersonCard';

const MgtPerson = React.lazy(() => import(/* webpackChunkName: 'mgt-person' */ './MgtPerson'));

export interface IPersonViewProps {
  readonly person: IPersonRef | undefined;
  /** Shown when there is no person. */
  readonly emptyText?: string;
  /** Also show the e-mail address under the name. */
  readonly showEmail?: boolean;
  readonly size?: 'small' | 'regular';
  /** Offer a way to contact the person (chat in Teams, e-mail); on by default. */
  readonly contact?: boolean;
}

/** Shows the fallback instead of its children when they throw, e.g. when the toolkit's chunk cannot be loaded. */
class ToolkitBoundary extends React.Component<{ fallback: React.ReactElement; onFailure: () => void }, { failed: boolean }> {
  public state = { failed: false };

  public static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  public componentDidCatch(): void {
    this.props.onFailure();
  }

  public render(): React.ReactNode {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}

type ToolkitState = 'unknown' | 'usable' | 'unusable';
/** Whether the Graph Toolkit can be used on this page: known once a Graph token was asked for (or it failed to load). */
const toolkitStates = new WeakMap<NonNullable<IHostInfo['graphToken']>, ToolkitState>();

function useToolkit(graphToken: IHostInfo['graphToken']): [ToolkitState, () => void] {
  const [state, setState] = React.useState<ToolkitState>(() => (graphToken ? toolkitStates.get(graphToken) ?? 'unknown' : 'unusable'));
  React.useEffect(() => {
    if (!graphToken || state !== 'unknown') return;
    let live = true;
    // Graph access not approved (or no token at all): the toolkit would show nothing more than the fallback.
    graphToken().then(
      () => {
        if (toolkitStates.get(graphToken) !== 'unusable') toolkitStates.set(graphToken, 'usable');
        if (live) setState(toolkitStates.get(graphToken) ?? 'usable');
      },
      () => {
        toolkitStates.set(graphToken, 'unusable');
        if (live) setState('unusable');
      }
    );
    return () => {
      live = false;
    };
  }, [graphToken, state]);
  const fail = React.useCallback(() => {
    if (graphToken) toolkitStates.set(graphToken, 'unusable');
    setState('unusable');
  }, [graphToken]);
  return [state, fail];
}

/**
 * A person as a person: the one place the suite renders people. Where the host can reach Microsoft Graph and the
 * Graph Toolkit loads, the toolkit's person (photo, presence, its person card) is loaded on demand. Everywhere else
 * (no Graph, Graph access not approved, the toolkit's chunk failing to load, and while it loads) PersonCard shows
 * the person with Fluent UI: photo or initials, name, presence from the host's people directory, and a contact card.
 */
export const PersonView: React.FC<IPersonViewProps> = ({ person, emptyText = 'Not set', showEmail, size = 'small', contact }) => {
  const { host } = useHub();
  const [toolkit, fail] = useToolkit(person?.email ? host.graphToken : undefined);
  if (!person) return <span>{emptyText}</span>;
  const fallback = <PersonCard person={person} showEmail={showEmail} size={size} contact={contact} />;
  if (!host.graphToken || !person.email || toolkit !== 'usable') return fallback;
  return (
    <ToolkitBoundary fallback={fallback} onFailure={fail}>
      <React.Suspense fallback={fallback}>
        <MgtPerson person={person} getToken={host.graphToken} showEmail={showEmail} />
      </React.Suspense>
    </ToolkitBoundary>
  );
};
