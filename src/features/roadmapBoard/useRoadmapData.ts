import * as React from 'react';
import { IInitiative } from '../../domain/entities';
import { IListPermissions } from '../../domain/services';
import { useHub } from '../shared/HubContext';

export interface IRoadmapData {
  readonly loading: boolean;
  readonly error: unknown;
  readonly initiatives: readonly IInitiative[];
  /** What the signed-in person may do, read from the list's real permissions (read-only until known, or if unreadable). */
  readonly permissions: IListPermissions;
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
  const [permissions, setPermissions] = React.useState<IListPermissions>(READ_ONLY);

  React.useEffect(() => {
    let current = true;
    setState((s) => ({ ...s, loading: true, error: undefined }));
    services.initiatives.getAll().then(
      (initiatives) => current && setState({ loading: false, error: undefined, initiatives }),
      (error: unknown) => current && setState({ loading: false, error, initiatives: [] })
    );
    services.initiatives.permissions().then(
      (p) => current && setPermissions(p),
      () => current && setPermissions(READ_ONLY)
    );
    return () => {
      current = false;
    };
  }, [services, generation]);

  const reload = React.useCallback(() => setGeneration((g) => g + 1), []);
  const put = React.useCallback((initiative: IInitiative) => {
    setState((s) => {
      const index = s.initiatives.findIndex((i) => i.id === initiative.id);
      const initiatives = index < 0 ? [...s.initiatives, initiative] : s.initiatives.map((i, n) => (n === index ? initiative : i));
      return { ...s, initiatives };
    });
  }, []);
  const remove = React.useCallback((id: number) => setState((s) => ({ ...s, initiatives: s.initiatives.filter((i) => i.id !== id) })), []);
  return { ...state, permissions, reload, put, remove };
}
