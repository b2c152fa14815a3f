import * as React from 'react';
import { Persona, PersonaSize } from '@fluentui/react';
import { IPersonRef } from '../../../domain/entities';
import { useHub } from '../HubContext';

const MgtPerson = React.lazy(() => import(/* webpackChunkName: 'mgt-person' */ './MgtPerson'));

export interface IPersonViewProps {
  readonly person: IPersonRef | undefined;
  /** Shown when there is no person. */
  readonly emptyText?: string;
  /** Also show the e-mail address under the name. */
  readonly showEmail?: boolean;
  readonly size?: 'small' | 'regular';
}

/**
 * A person as a person: picture or initials, name and (optionally) e-mail. The one place the suite renders
 * people. Where the host can reach Microsoft Graph (a tenant), the Graph Toolkit's person (photo, presence,
 * person card) is loaded on demand; elsewhere, and while it loads, Fluent UI's persona shows the same name.
 */
export const PersonView: React.FC<IPersonViewProps> = ({ person, emptyText = 'Not set', showEmail, size = 'small' }) => {
  const { host } = useHub();
  if (!person) return <span>{emptyText}</span>;
  const persona = (
    <Persona
      text={person.title}
      secondaryText={showEmail ? person.email : undefined}
      size={size === 'small' ? PersonaSize.size24 : PersonaSize.size40}
      imageAlt=""
      // Fluent's coin colours are made for white initials; the theme's 'white' is dark in Teams dark.
      initialsTextColor="#ffffff"
      styles={{ root: { display: 'inline-flex', maxWidth: '100%' } }}
    />
  );
  if (!host.graphToken || !person.email) return persona;
  return (
    <React.Suspense fallback={persona}>
      <MgtPerson person={person} getToken={host.graphToken} showEmail={showEmail} />
    </React.Suspense>
  );
};
