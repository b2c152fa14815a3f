import { IInitiative } from '../../domain/entities';
import { IListPermissions } from '../../domain/services';
import { useHub } from '../shared/HubContext';
import { useListData } from '../shared/useListData';

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

/**
 * Reads the initiatives once (the data layer pages through large lists) and the person's permissions on the list,
 * trying again while SharePoint is busy (useListData).
 */
export function useRoadmapData(): IRoadmapData {
  const { services } = useHub();
  const { items, ...rest } = useListData(services.initiatives);
  return { ...rest, initiatives: items };
}
