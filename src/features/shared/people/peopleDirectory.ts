/**
 * What the people module may ask of Microsoft Graph without the Graph Toolkit: a person's photo and presence.
 * The SPFx host implements it with the Graph client SharePoint provides (MSGraphClientV3); PersonCard shows the
 * answers with Fluent UI's Persona. It is the fallback wherever the toolkit cannot load or Graph is not approved.
 */
export type PresenceState = 'Available' | 'Busy' | 'DoNotDisturb' | 'Away' | 'Offline' | 'Unknown';

export interface IPersonDetails {
  /** A URL the page can show as the person's photo (an object URL of the Graph photo). */
  readonly photoUrl?: string;
  readonly presence?: PresenceState;
}

export interface IPeopleDirectory {
  /** The person's photo and presence, as far as Graph answers; never rejects (missing parts are left out). */
  details(email: string): Promise<IPersonDetails>;
}

/** Graph's presence availability (e.g. "BusyIfAvailable", "BeRightBack") as one of the states a persona shows. */
export function presenceState(availability: string | undefined): PresenceState {
  switch (availability) {
    case 'Available':
    case 'AvailableIdle':
      return 'Available';
    case 'Busy':
    case 'BusyIdle':
      return 'Busy';
    case 'DoNotDisturb':
      return 'DoNotDisturb';
    case 'Away':
    case 'BeRightBack':
      return 'Away';
    case 'Offline':
    case 'PresenceUnknown':
      return 'Offline';
    default:
      return 'Unknown';
  }
}

/** Where to contact a person: a Teams chat (a deep link Teams opens in the desktop app, the web or mobile) and e-mail. */
export function contactLinks(email: string): { readonly chat: string; readonly mail: string } {
  return {
    chat: `https://teams.microsoft.com/l/chat/0/0?users=${encodeURIComponent(email)}`,
    mail: `mailto:${email}`
  };
}
