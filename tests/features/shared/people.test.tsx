import * as React from 'react';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { DataError } from '../../../src/domain/dataErrors';
import { IPersonRef } from '../../../src/domain/entities';
import { HubProvider } from '../../../src/features/shared/HubContext';
import { PersonPicker } from '../../../src/features/shared/people/PersonPicker';
import { PersonView } from '../../../src/features/shared/people/PersonView';
import { fakeServices, hubContext } from '../fakeServices';

const grace: IPersonRef = { id: 0, title: 'Grace Lee', email: 'grace.lee@digitalhub.example' };

describe('PersonView', () => {
  it('shows the person by name (and e-mail when asked), or says the person is not set', () => {
    const { container, rerender } = render(<HubProvider value={hubContext(fakeServices())}><PersonView person={{ id: 14, title: 'Tom Okafor', email: 'tom.okafor@digitalhub.example' }} showEmail /></HubProvider>);
    expect(container).toHaveTextContent('Tom Okafor');
    expect(container).toHaveTextContent('tom.okafor@digitalhub.example');
    rerender(<HubProvider value={hubContext(fakeServices())}><PersonView person={undefined} emptyText="No owner yet" /></HubProvider>);
    expect(screen.getByText('No owner yet')).toBeInTheDocument();
  });
});

describe('PersonPicker', () => {
  function renderPicker(services = fakeServices(), value?: IPersonRef) {
    const onChange = jest.fn();
    render(<HubProvider value={hubContext(services)}><PersonPicker label="Owner" value={value} onChange={onChange} /></HubProvider>);
    return onChange;
  }

  it('searches the directory as the user types and gives the chosen person as a site user', async () => {
    const search = jest.fn(async () => [grace]);
    const ensure = jest.fn(async (email: string) => ({ id: 13, title: 'Grace Lee', email }));
    const onChange = renderPicker(fakeServices({ people: { search, ensure } }));
    const input = screen.getByLabelText('Owner');
    act(() => input.focus());
    fireEvent.input(input, { target: { value: 'gra' } });
    fireEvent.change(input, { target: { value: 'gra' } });
    const suggestion = await screen.findByRole('option', { name: /Grace Lee/ }, { timeout: 3000 });
    expect(search).toHaveBeenCalledWith('gra');
    await act(async () => {
      fireEvent.click(suggestion);
    });
    await waitFor(() => expect(onChange).toHaveBeenCalledWith({ id: 13, title: 'Grace Lee', email: 'grace.lee@digitalhub.example' }));
    expect(ensure).toHaveBeenCalledWith('grace.lee@digitalhub.example');
  });

  it('says why when people cannot be searched', async () => {
    const search = jest.fn(async (): Promise<IPersonRef[]> => {
      throw new DataError('Offline', 'SharePoint could not be reached. Check your connection and try again.');
    });
    renderPicker(fakeServices({ people: { search, ensure: jest.fn() } }));
    const input = screen.getByLabelText('Owner');
    act(() => input.focus());
    fireEvent.input(input, { target: { value: 'gra' } });
    fireEvent.change(input, { target: { value: 'gra' } });
    expect(await screen.findByRole('alert', {}, { timeout: 3000 })).toHaveTextContent('SharePoint could not be reached');
  });

  it('shows the current person and clears it', async () => {
    const onChange = renderPicker(fakeServices(), { id: 13, title: 'Grace Lee', email: grace.email });
    expect(screen.getByRole('list', { name: 'Owner' })).toHaveTextContent('Grace Lee');
    fireEvent.click(screen.getByRole('button', { name: /Remove Grace Lee from Owner/ }));
    expect(onChange).toHaveBeenCalledWith(undefined);
  });
});
