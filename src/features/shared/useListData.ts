import * as React from 'react';
import { IEntity } from '../../domain/entities';
import { IListQuery } from '../../domain/query';
import { IListPermissions, IRepository } from '../../domain/services';
import { useReportReadRetry } from './reading/ReadProgress';
import { readWithRetries } from './reading/readWithRetries';

export interface IListData<T extends IEntity> {
  readonly loading: boolean;
  readonly error: unknown;
  readonly items: readonly T[];
  /** What the signed-in person may do, read from the list's real permissions (read-only until known, or if unreadable). */
  readonly permissions: IListPermissions;
  /** Why the permissions could not be read (after retries): editing stays hidden, and the page can say so. */
  readonly permissionsError?: unknown;
  reload(): void;
  /** Puts a changed or new item in place (by id), without reading the list again. */
  put(item: T): void;
  remove(id: number): void;
}

export const READ_ONLY: IListPermissions = { canAdd: false, canEditAll: false };

/**
 * The items of a list and my permissions on it, read side by side (the data layer pages through large lists). Both
 * reads are tried again while SharePoint is busy or offline (readWithRetries, shown by a ReadProgressArea). A failed
 * permissions read leaves the person read-only with `permissionsError` set, without hiding the items; a failed items
 * read is `error`. Answers that arrive after a newer read (reload, another query) are ignored.
 */
export function useListData<T extends IEntity>(repository: IRepository<T>, query?: IListQuery<T>): IListData<T> {
  const [generation, setGeneration] = React.useState(0);
  const [state, setState] = React.useState<{ loading: boolean; error: unknown; items: readonly T[] }>({ loading: true, error: undefined, items: [] });
  const [permissions, setPermissions] = React.useState<{ value: IListPermissions; error?: unknown }>({ value: READ_ONLY });
  const report = useReportReadRetry();
  const queryKey = JSON.stringify(query ?? {});

  React.useEffect(() => {
    let current = true;
    const reads = { items: {}, permissions: {} };
    const retrying = (id: object) => ({ cancelled: () => !current, onRetry: (retry: Parameters<typeof report>[1]) => current && report(id, retry) });
    setState((s) => ({ ...s, loading: true, error: undefined }));
    readWithRetries(() => (query ? repository.getAll(query) : repository.getAll()), retrying(reads.items)).then(
      (items) => current && setState({ loading: false, error: undefined, items }),
      (error: unknown) => current && setState({ loading: false, error, items: [] })
    );
    // A permission check that fails is retried and then said, never taken silently as "read-only".
    readWithRetries(() => repository.permissions(), retrying(reads.permissions)).then(
      (value) => current && setPermissions({ value }),
      (error: unknown) => current && setPermissions({ value: READ_ONLY, error })
    );
    return () => {
      current = false;
      report(reads.items, undefined);
      report(reads.permissions, undefined);
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the query is compared by its JSON, not its identity
  }, [repository, queryKey, generation, report]);

  const reload = React.useCallback(() => setGeneration((g) => g + 1), []);
  const put = React.useCallback((item: T) => {
    setState((s) => {
      const index = s.items.findIndex((i) => i.id === item.id);
      const items = index < 0 ? [...s.items, item] : s.items.map((i, n) => (n === index ? item : i));
      return { ...s, items };
    });
  }, []);
  const remove = React.useCallback((id: number) => setState((s) => ({ ...s, items: s.items.filter((i) => i.id !== id) })), []);
  return { ...state, permissions: permissions.value, permissionsError: permissions.error, reload, put, remove };
}
