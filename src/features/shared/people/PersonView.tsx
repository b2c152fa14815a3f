import * as React from 'react';
import { Persona, PersonaSize } from '@fluentui/react';
import { IPersonRef } from '../../../domain/entities';

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
 * people, so the people experience can be swapped (see people/README in the issue notes) without touching features.
 */
export const PersonView: React.FC<IPersonViewProps> = ({ person, emptyText = 'Not set', showEmail, size = 'small' }) => {
  if (!person) return <span>{emptyText}</span>;
  return (
    <Persona
      text={person.title}
      secondaryText={showEmail ? person.email : undefined}
      size={size === 'small' ? PersonaSize.size24 : PersonaSize.size40}
      imageAlt=""
      styles={{ root: { display: 'inline-flex', maxWidth: '100%' } }}
    />
  );
};
