import * as React from 'react';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { HubProvider } from '../../../src/features/shared/HubContext';
import { PersonView } from '../../../src/features/shared/people/PersonView';
import { fakeServices, hubContext } from '../fakeServices';

// The Graph Toolkit's chunk cannot be loaded (blocked, retired upstream, offline): its import() rejects.
jest.mock('../../../src/features/shared/people/MgtPerson', () => {
  throw new Error('Loading chunk mgt-person failed.');
});

describe('people when the Graph Toolkit cannot be loaded', () => {
  it('keeps showing each person with name, initials and the contact card; nothing else breaks', async () => {
    const errors = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      const base = hubContext(fakeServices());
      const { container } = render(
        <HubProvider value={{ ...base, host: { ...base.host, graphToken: async () => 'token' } }}>
          <p>Owner</p>
          <PersonView person={{ id: 7, title: 'Dan Evans', email: 'dan.evans@digitalhub.example' }} />
          <PersonView person={{ id: 8, title: 'Grace Lee', email: 'grace.lee@digitalhub.example' }} showEmail />
        </HubProvider>
      );
      await act(async () => {
        await new Promise((resolve) => setTimeout(resolve, 50));
      });
      expect(container).toHaveTextContent('Owner');
      expect(container).toHaveTextContent('Dan Evans');
      expect(container).toHaveTextContent('grace.lee@digitalhub.example');
      expect(screen.getByText('DE')).toBeInTheDocument();
      expect(screen.getByText('GL')).toBeInTheDocument();
      fireEvent.click(screen.getByRole('button', { name: 'Contact Dan Evans' }));
      expect(await screen.findByRole('link', { name: 'Chat with Dan Evans in Teams' })).toBeInTheDocument();
    } finally {
      errors.mockRestore();
    }
  });
});
