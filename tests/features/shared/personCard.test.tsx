import * as React from 'react';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { IPersonRef } from '../../../src/domain/entities';
import { HubProvider, IHubContext } from '../../../src/features/shared/HubContext';
import { contactLinks, presenceState } from '../../../src/features/shared/people/peopleDirectory';
import { PersonView } from '../../../src/features/shared/people/PersonView';
import { fakeServices, hubContext } from '../fakeServices';

const dan: IPersonRef = { id: 7, title: 'Dan Evans', email: 'dan.evans@digitalhub.example' };

// The Graph Toolkit's person, standing in for the real module (which needs a tenant); personToolkitFails.test.tsx
// covers the module failing to load.
jest.mock('../../../src/features/shared/people/MgtPerson', () => ({
  __esModule: true,
  default: ({ person }: { person: IPersonRef }) => <span data-testid="mgt-person">{person.title} (toolkit)</span>
}));

function renderPerson(host: Partial<IHubContext['host']> = {}, person: IPersonRef = dan) {
  const base = hubContext(fakeServices());
  return render(
    <HubProvider value={{ ...base, host: { ...base.host, ...host } }}>
      <PersonView person={person} />
    </HubProvider>
  );
}

async function openContactCard(): Promise<HTMLElement> {
  fireEvent.click(screen.getByRole('button', { name: 'Contact Dan Evans' }));
  return screen.findByRole('dialog');
}

describe('people without Microsoft Graph (the workbench, or Graph not approved)', () => {
  it('shows the name, the initials and a contact card with Teams chat and e-mail', async () => {
    const { container } = renderPerson();
    expect(container).toHaveTextContent('Dan Evans');
    expect(screen.getByText('DE')).toBeInTheDocument();
    const card = await openContactCard();
    expect(card).toHaveTextContent('dan.evans@digitalhub.example');
    expect(screen.getByRole('link', { name: 'Chat with Dan Evans in Teams' })).toHaveAttribute('href', 'https://teams.microsoft.com/l/chat/0/0?users=dan.evans%40digitalhub.example');
    expect(screen.getByRole('link', { name: 'Send an e-mail to Dan Evans' })).toHaveAttribute('href', 'mailto:dan.evans@digitalhub.example');
    fireEvent.keyDown(card, { key: 'Escape', code: 'Escape', keyCode: 27 });
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  });

  it('offers no contact card for someone without an e-mail address, and none when asked not to', () => {
    const { container, unmount } = renderPerson({}, { id: 3, title: 'Programme Office' });
    expect(container).toHaveTextContent('Programme Office');
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
    unmount();
    const base = hubContext(fakeServices());
    render(<HubProvider value={base}><PersonView person={dan} contact={false} /></HubProvider>);
    expect(screen.queryByRole('button', { name: 'Contact Dan Evans' })).not.toBeInTheDocument();
  });

  it('uses the fallback when Graph refuses a token (permissions not approved), never the toolkit', async () => {
    const graphToken = jest.fn(async (): Promise<string> => {
      throw new Error('AADSTS65001: The user or administrator has not consented.');
    });
    renderPerson({ graphToken });
    await waitFor(() => expect(graphToken).toHaveBeenCalled());
    await act(async () => undefined);
    expect(screen.queryByTestId('mgt-person')).not.toBeInTheDocument();
    expect(screen.getByText('DE')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Contact Dan Evans' })).toBeInTheDocument();
  });
});

describe('people with Microsoft Graph', () => {
  it('loads the Graph Toolkit person on demand when a token can be had', async () => {
    renderPerson({ graphToken: async () => 'token' });
    expect(await screen.findByTestId('mgt-person')).toHaveTextContent('Dan Evans (toolkit)');
  });

  it('shows photo and presence from the host\'s own Graph client (the MSGraphClientV3 + Persona swap)', async () => {
    const details = jest.fn(async () => ({ photoUrl: 'blob:photo-of-dan', presence: presenceState('BusyIdle') }));
    renderPerson({ people: { details } });
    expect(details).toHaveBeenCalledWith('dan.evans@digitalhub.example');
    await waitFor(() => expect(document.querySelector('img')).toHaveAttribute('src', 'blob:photo-of-dan'));
    const card = await openContactCard();
    expect(card).toHaveTextContent('Busy');
  });
});

describe('the people directory vocabulary', () => {
  it('maps Graph availability to what a persona shows, and builds contact links', () => {
    expect(['Available', 'AvailableIdle', 'Busy', 'DoNotDisturb', 'BeRightBack', 'Offline', 'PresenceUnknown', undefined].map(presenceState)).toEqual([
      'Available', 'Available', 'Busy', 'DoNotDisturb', 'Away', 'Offline', 'Offline', 'Unknown'
    ]);
    expect(contactLinks("o'neil@x.example")).toEqual({ chat: "https://teams.microsoft.com/l/chat/0/0?users=o'neil%40x.example", mail: "mailto:o'neil@x.example" });
  });
});
