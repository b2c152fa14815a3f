import * as React from 'react';
import { Callout, DirectionalHint, IconButton, Link, mergeStyleSets, Persona, PersonaPresence, PersonaSize, Stack, Text, useTheme } from '@fluentui/react';
import { useId } from '@fluentui/react-hooks';
import { IPersonRef } from '../../../domain/entities';
import { useHub } from '../HubContext';
import { contactLinks, IPersonDetails, PresenceState } from './peopleDirectory';

const PRESENCE: Record<PresenceState, PersonaPresence> = {
  Available: PersonaPresence.online,
  Busy: PersonaPresence.busy,
  DoNotDisturb: PersonaPresence.dnd,
  Away: PersonaPresence.away,
  Offline: PersonaPresence.offline,
  Unknown: PersonaPresence.none
};
const PRESENCE_TEXT: Record<PresenceState, string> = {
  Available: 'Available',
  Busy: 'Busy',
  DoNotDisturb: 'Do not disturb',
  Away: 'Away',
  Offline: 'Offline',
  Unknown: ''
};

/** The person's photo and presence from the host's people directory (Graph through SPFx), where it has one. */
function useDetails(email: string | undefined): IPersonDetails {
  const { host } = useHub();
  const [details, setDetails] = React.useState<IPersonDetails>({});
  React.useEffect(() => {
    let live = true;
    if (email && host.people) {
      host.people.details(email).then(
        (d) => live && setDetails(d),
        () => undefined
      );
    }
    return () => {
      live = false;
    };
  }, [email, host.people]);
  return details;
}

export interface IPersonCardProps {
  readonly person: IPersonRef;
  readonly showEmail?: boolean;
  readonly size?: 'small' | 'regular';
  /** Offer the contact card (chat in Teams, e-mail); on by default where the person has an e-mail address. */
  readonly contact?: boolean;
}

/**
 * A person with Fluent UI's Persona: photo or initials, name, presence where the host can read it, and a contact
 * button that opens a card with the e-mail address, "Chat in Teams" and "Send e-mail". Works with no Graph at all.
 */
export const PersonCard: React.FC<IPersonCardProps> = ({ person, showEmail, size = 'small', contact = true }) => {
  const theme = useTheme();
  const details = useDetails(person.email);
  const [open, setOpen] = React.useState(false);
  const buttonId = useId('person-contact');
  const titleId = useId('person-card-title');
  const presence = details.presence ?? 'Unknown';
  const classes = mergeStyleSets({
    root: { display: 'inline-flex', alignItems: 'center', gap: 2, maxWidth: '100%' },
    card: { padding: 16, minWidth: 240, maxWidth: 320 },
    email: { wordBreak: 'break-all', color: theme.semanticColors.bodySubtext }
  });
  const links = person.email ? contactLinks(person.email) : undefined;
  return (
    <span className={classes.root}>
      <Persona
        text={person.title}
        secondaryText={showEmail ? person.email : undefined}
        size={size === 'small' ? PersonaSize.size24 : PersonaSize.size40}
        imageUrl={details.photoUrl}
        imageAlt=""
        // Fluent's coin colours are made for white initials; the theme's 'white' is dark in Teams dark.
        initialsTextColor="#ffffff"
        presence={PRESENCE[presence]}
        presenceTitle={PRESENCE_TEXT[presence] || undefined}
        styles={{ root: { display: 'inline-flex', maxWidth: '100%', minWidth: 0 } }}
      />
      {contact && links && (
        <IconButton
          id={buttonId}
          iconProps={{ iconName: 'ContactCard' }}
          title={`Contact ${person.title}`}
          ariaLabel={`Contact ${person.title}`}
          aria-expanded={open}
          aria-haspopup="dialog"
          styles={{ root: { width: 24, height: 24, flexShrink: 0 }, icon: { fontSize: 14 } }}
          onClick={(e) => {
            e.stopPropagation();
            setOpen((o) => !o);
          }}
        />
      )}
      {open && links && (
        <Callout target={`#${buttonId}`} onDismiss={() => setOpen(false)} setInitialFocus role="dialog" aria-labelledby={titleId} directionalHint={DirectionalHint.bottomLeftEdge}>
          <Stack className={classes.card} tokens={{ childrenGap: 12 }} onClick={(e) => e.stopPropagation()}>
            <Persona
              text={person.title}
              size={PersonaSize.size48}
              imageUrl={details.photoUrl}
              imageAlt=""
              initialsTextColor="#ffffff"
              presence={PRESENCE[presence]}
              presenceTitle={PRESENCE_TEXT[presence] || undefined}
              onRenderPrimaryText={() => (
                <Text id={titleId} variant="mediumPlus" styles={{ root: { fontWeight: 600 } }}>
                  {person.title}
                </Text>
              )}
            />
            {PRESENCE_TEXT[presence] && <Text>{PRESENCE_TEXT[presence]}</Text>}
            <Text className={classes.email}>{person.email}</Text>
            <Stack horizontal tokens={{ childrenGap: 16 }} wrap>
              <Link href={links.chat} target="_blank" rel="noopener noreferrer" aria-label={`Chat with ${person.title} in Teams`}>
                Chat in Teams
              </Link>
              <Link href={links.mail} aria-label={`Send an e-mail to ${person.title}`}>
                Send e-mail
              </Link>
            </Stack>
          </Stack>
        </Callout>
      )}
    </span>
  );
};
