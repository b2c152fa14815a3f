import * as React from 'react';
import { IInitiative } from '../../domain/entities';
import { IListPermissions } from '../../domain/services';
import { useHub } from '../shared/HubContext';
import { useReportReadRetry } from '../shared/reading/ReadProgress';
import { readWithRetries } from '../shared/reading/readWithRetries';

export interface IRoadmapData {
  readonly loading: boolean;
  readonly error: unknown;
  readonly initiatives: readonly IInitiative[];
  /** What the signed-in person may do, read from the list's real permissions (read-only until known, or if unreadable). */
  readonly permissions: IListPermissions;
  /** Why the permissions could not be read (after retries): editing stays hidden, and the page says so. */
  readonly permissionsError?: unknown;
  reload(): void;
  /** Puts a changed or new initiative in place (by id), without reading the list again. */
  put(initiative: IInitiative): void;
  remove(id: number): void;
}

const READ_ONLY: IListPermissions = { canAdd: false, canEditAll: false };

/** Reads the initiatives once (the data layer pages through large lists) and the person's permissions on the list. */
export function useRoadmapData(): IRoadmapData {
  const { services } = useHub();
  const [generation, setGeneration] = React.useState(0);
  const [state, setState] = React.useState<{ loading: boolean; error: unknown; initiatives: readonly IInitiative[] }>({ loading: true, error: undefined, initiatives: [] });
  const [permissions, setPermissions] = React.useState<{ value: IListPermissions; error?: unknown }>({ value: READ_ONLY });
  const report = useReportReadRetry();

  React.useEffect(() => {
    let current = true;
    const reads = { initiatives: {}, permissions: {} };
    const retrying = (id: object) => ({ cancelled: () => !current, onRetry: (retry: Parameters<typeof report>[1]) => current && report(id, retry) });
    setState((s) => ({ ...s, loading: true, error: undefined }));
    readWithRetries(() => services.initiatives.getAll(), retrying(reads.initiatives)).then(
      (initiatives) => current && setState({ loading: false, error: undefined, initiatives }),
      (error: unknown) => current && setState({ loading: false, error, initiatives: [] })
    );
    // A permission check that fails is retried and then said, never taken silently as "read-only".
    readWithRetries(() => services.initiatives.permissions(), retrying(reads.permissions)).then(
      (value) => current && setPermissions({ value }),
      (error: unknown) => current && setPermissions({ value: READ_ONLY, error })
    );
    return () => {
      current = false;
      report(reads.initiatives, undefined);
      report(reads.permissions, undefined);
    };
  }, [services, generation, report]);

  const reload = React.useCallback(() => setGeneration((g) => g + 1), []);
  const put = React.useCallback((initiative: IInitiative) => {
    setState((s) => {
      const index = s.initiatives.findIndex((i) => i.id === initiative.id);
      const initiatives = index < 0 ? [...s.initiatives, initiative] : s.initiatives.map((i, n) => (n === index ? initiative : i));
      return { ...s, initiatives };
    });
  }, []);
  const remove = React.useCallback((id: number) => setState((s) => ({ ...s, initiatives: s.initiatives.filter((i) => i.id !== id) })), []);
  return { ...state, permissions: permissions.value, permissionsError: permissions.error, reload, put, remove };
}
