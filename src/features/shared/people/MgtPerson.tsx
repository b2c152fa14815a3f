import * as React from 'react';
import { ProviderState, Providers, SimpleProvider } from '@microsoft/mgt-element';
import { Person } from '@microsoft/mgt-react';
import { IPersonRef } from '../../../domain/entities';

/**
 * The Microsoft Graph Toolkit's person (photo, presence and the person card on hover), used where the host can
 * get Microsoft Graph tokens (a web part in a tenant). Loaded on demand: mgt is large and retired upstream, so it
 * stays behind this module and PersonView, and can be swapped without touching the features.
 */

let tokenSource: (() => Promise<string>) | undefined;

function useGraph(getToken: () => Promise<string>): void {
  if (tokenSource === getToken) return;
  tokenSource = getToken;
  const provider = new SimpleProvider(() => getToken());
  provider.setState(ProviderState.SignedIn);
  Providers.globalProvider = provider;
}

export interface IMgtPersonProps {
  readonly person: IPersonRef;
  readonly getToken: () => Promise<string>;
  readonly showEmail?: boolean;
}

const MgtPerson: React.FC<IMgtPersonProps> = ({ person, getToken, showEmail }) => {
  useGraph(getToken);
  return (
    <Person
      personQuery={person.email}
      fallbackDetails={{ displayName: person.title, mail: person.email }}
      view={showEmail ? 'twolines' : 'oneline'}
      showPresence
      personCardInteraction="hover"
    />
  );
};

export default MgtPerson;
