import * as React from 'react';
import { IEntity } from '../../domain/entities';
import { IListQuery } from '../../domain/query';
import { IListPermissions, IRepository } from '../../domain/services';

export interface IListData<T extends IEntity> {
  readonly loading: boolean;
  readonly error: unknown;
  readonly items: readonly T[];
  /** What the signed-in person may do, read from the list's real permissions (read-only until known, or if unreadable). */
  readonly permissions: IListPermissions;
  reload(): void;
  /** Puts a changed or new item in place (by id), without reading the list again. */
  put(item: T): void;
  remove(id: number): void;
}

export const READ_ONLY: IListPermissions = { canAdd: false, canEditAll: false };

/**
 * The items of a list and my permissions on it, read side by side (the data layer pages through large lists). A
 * failed permissions read leaves the person read-only without hiding the items; a failed items read is `error`.
 * Answers that arrive after a newer read (reload, another query) are ignored.
 */
export function useListData<T extends IEntity>(repository: IRepository<T>, query?: IListQuery<T>): IListData<T> {
  const [generation, setGeneration] = React.useState(0);
  const [state, setState] = React.useState<{ loading: boolean; error: unknown; items: readonly T[] }>({ loading: true, error: undefined, items: [] });
  const [permissions, setPermissions] = React.useState<IListPermissions>(READ_ONLY);
  const queryKey = JSON.stringify(query ?? {});

  React.useEffect(() => {
    let current = true;
    setState((s) => ({ ...s, loading: true, error: undefined }));
    (query ? repository.getAll(query) : repository.getAll()).then(
      (items) => current && setState({ loading: false, error: undefined, items }),
      (error: unknown) => current && setState({ loading: false, error, items: [] })
    );
    repository.permissions().then(
      (p) => current && setPermissions(p),
      () => current && setPermissions(READ_ONLY)
    );
    return () => {
      current = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the query is compared by its JSON, not its identity
  }, [repository, queryKey, generation]);

  const reload = React.useCallback(() => setGeneration((g) => g + 1), []);
  const put = React.useCallback((item: T) => {
    setState((s) => {
      const index = s.items.findIndex((i) => i.id === item.id);
      const items = index < 0 ? [...s.items, item] : s.items.map((i, n) => (n === index ? item : i));
      return { ...s, items };
    });
  }, []);
  const remove = React.useCallback((id: number) => setState((s) => ({ ...s, items: s.items.filter((i) => i.id !== id) })), []);
  return { ...state, permissions, reload, put, remove };
}
