import * as React from 'react';
import { act, render, screen, waitFor } from '@testing-library/react';
import { IEntity } from '../../../src/domain/entities';
import { IListData, useListData } from '../../../src/features/shared/useListData';
import { FakeRepository } from '../fakeServices';

interface IThing extends IEntity {
  readonly size?: number;
}

function renderList(repository: FakeRepository<IThing>, query?: { where: { size: number } }): { current: () => IListData<IThing> } {
  let latest: IListData<IThing> | undefined;
  const Probe: React.FC = () => {
    latest = useListData(repository, query);
    const { loading, error, items, permissions } = latest;
    return <p>{loading ? 'loading' : error ? 'failed' : `${items.map((i) => i.title).join(',')} add:${permissions.canAdd}`}</p>;
  };
  render(<Probe />);
  return { current: () => latest as IListData<IThing> };
}

describe('useListData: the items of a list and my permissions on it', () => {
  it('reads the items (by the query) and my permissions', async () => {
    const repository = new FakeRepository<IThing>([{ id: 1, title: 'A', size: 1 }, { id: 2, title: 'B', size: 2 }]);
    renderList(repository, { where: { size: 2 } });
    expect(await screen.findByText('B add:true')).toBeInTheDocument();
  });

  it('stays read-only when the permissions cannot be read, and still shows the items', async () => {
    const repository = new FakeRepository<IThing>([{ id: 1, title: 'A' }]);
    repository.permissions = () => Promise.reject(new Error('403'));
    renderList(repository);
    expect(await screen.findByText('A add:false')).toBeInTheDocument();
  });

  it('reports a failed read, and reads again on reload', async () => {
    const repository = new FakeRepository<IThing>([{ id: 1, title: 'A' }]);
    repository.failWith = new Error('offline');
    const list = renderList(repository);
    expect(await screen.findByText('failed')).toBeInTheDocument();
    repository.failWith = undefined;
    act(() => list.current().reload());
    expect(await screen.findByText('A add:true')).toBeInTheDocument();
  });

  it('puts a changed or new item in place and removes one, without reading again', async () => {
    const repository = new FakeRepository<IThing>([{ id: 1, title: 'A' }, { id: 2, title: 'B' }]);
    const list = renderList(repository);
    await screen.findByText('A,B add:true');
    act(() => list.current().put({ id: 1, title: 'A2' }));
    act(() => list.current().put({ id: 3, title: 'C' }));
    act(() => list.current().remove(2));
    await waitFor(() => expect(screen.getByText('A2,C add:true')).toBeInTheDocument());
    expect(repository.reads).toBe(1);
  });
});
