import { IDevicePreferences, IDraftStore } from '../domain/services';

const PREFIX = 'digital-strategy-hub:';

export interface IStorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** Storage that lasts as long as the page: where the browser's is unavailable, and for tests. */
export function memoryStorage(): IStorageLike {
  const values = new Map<string, string>();
  return {
    getItem: (key) => values.get(key) ?? null,
    setItem: (key, value) => values.set(key, value),
    removeItem: (key) => values.delete(key)
  };
}

function browserStorage(): IStorageLike | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined; // storage blocked by the browser's privacy settings
  }
}

/**
 * Drafts kept in the browser's local storage (namespaced), or in memory where storage is unavailable.
 * A failed write (storage full or blocked) is not an error for the caller: the draft still goes to the list.
 */
export function createDraftStore(storage: IStorageLike | undefined = browserStorage()): IDraftStore {
  const store = storage ?? memoryStorage();
  return {
    read<T>(key: string): T | undefined {
      try {
        const text = store.getItem(PREFIX + key);
        return text === null ? undefined : (JSON.parse(text) as T);
      } catch {
        return undefined;
      }
    },
    write<T>(key: string, value: T): void {
      try {
        store.setItem(PREFIX + key, JSON.stringify(value));
      } catch {
        // full or blocked: the list copy remains
      }
    },
    remove(key: string): void {
      try {
        store.removeItem(PREFIX + key);
      } catch {
        // nothing to remove
      }
    }
  };
}

/**
 * Preferences and last-seen states kept the same way as drafts, in the same namespaced storage (each caller names its
 * own keys, so they never clash; keys written before drafts and preferences were told apart still read).
 */
export const createPreferenceStore = (storage: IStorageLike | undefined = browserStorage()): IDevicePreferences => createDraftStore(storage);
