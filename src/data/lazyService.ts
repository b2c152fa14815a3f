/**
 * A service whose code is loaded on its first call, so a web part that never calls it does not ship it in its first
 * render (the Tech Talks service is not in the Roadmap Board's first chunks). Every method of T must answer a Promise.
 */
export function lazyService<T extends object>(load: () => Promise<T>): T {
  let loaded: Promise<T> | undefined;
  return new Proxy({} as T, {
    get: (_target, name) =>
      // Not a thenable: `await service` must not wait for a method called "then".
      name === 'then' || typeof name === 'symbol'
        ? undefined
        : (...args: unknown[]) =>
            (loaded ??= load().catch((error: unknown) => {
              // A module that failed to load (offline, a new release) is tried again on the next call.
              loaded = undefined;
              throw error;
            })).then((service) => (service as unknown as Record<string, (...a: unknown[]) => Promise<unknown>>)[name](...args))
  });
}
