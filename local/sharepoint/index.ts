/**
 * The local SharePoint: a development/test stand-in for the SharePoint REST subset PnPjs 4
 * uses. Not part of the SPFx package.
 *
 *   const local = createLocalSharePoint({ dataDir: '.localsp' });
 *   await local.handle(new Request('http://localhost:4321/sites/digital/_api/web'));
 *   await startHttpServer(local, 4321);
 */
import type { Server } from 'http';
import { handleAdmin, isAdminPath } from './admin';
import { issueDigest } from './digest';
import { findPerson as findDirectoryPerson, SITE_OWNER } from './directory';
import { DEFAULT_FAULTS } from './faults';
import { SharePointHandler } from './handler';
import { startHttpServer as serve, type ExtraHandler, type ServeOptions } from './httpServer';
import { Persistence, type Durability } from './persistence';
import { LocalStore } from './store';
import type { FaultSettings } from './types';

export { people, GROUP_MEMBERS, GROUP_OWNERS, GROUP_PROGRAMME_OFFICE, GROUP_VISITORS, ROLE_IDS, claimsLogin, findPerson } from './directory';
export { USER_HEADER, USER_COOKIE } from './identity';
export { LocalStore } from './store';
export type { ListState, BulkAddOptions, CreateListOptions } from './store';
export { PermissionKind, ROLE_DEFINITIONS } from './permissions';
export { LIST_VIEW_THRESHOLD } from './threshold';
export type { FaultSettings, LocalPerson, PersonRole, FieldDef, ItemRecord, ListData } from './types';
export type { ExtraHandler, ServeOptions } from './httpServer';
export { DEFAULT_HOST } from './httpServer';
export type { Durability } from './persistence';

export const DEFAULT_SITE_URL = 'http://localhost:4321/sites/digital';

export interface LocalSharePointOptions {
  /** default 'http://localhost:4321/sites/digital'; only the path matters for routing */
  siteUrl?: string;
  /** persist here (a JSON snapshot and an append-only journal); omit = in-memory only */
  dataDir?: string;
  /**
   * With a dataDir: 'fsync' (default) puts each acknowledged write on disk before answering; 'write' only
   * hands it to the OS before answering (survives the process being killed, not a power cut).
   */
  durability?: Durability;
  /** clock for Created/Modified and digests (tests) */
  now?: () => Date;
}

export interface LocalSharePoint {
  /** the whole REST surface (and /_local/ admin endpoints) */
  handle(request: Request): Promise<Response>;
  /** mutable; default {throttleRate: 0, retryAfterSeconds: 1, latencyMs: 0, lostAnswerRate: 0} */
  faults: FaultSettings;
  readonly store: LocalStore;
  readonly siteUrl: string;
  /** commit anything pending and compact the journal into the snapshot (call on a clean stop) */
  flush(): Promise<void>;
  /**
   * A valid X-RequestDigest for this user (default: the site owner), as POST _api/contextinfo
   * would give; valid for 1,800 s. Digests are per user, and PnPjs caches one digest per web
   * url for the whole JS context, so code acting as several users in one process must inject
   * each user's digest itself (see local/pnpInProcess.ts).
   */
  digestFor(login?: string): string;
}

export function createLocalSharePoint(options: LocalSharePointOptions = {}): LocalSharePoint {
  const siteUrl = (options.siteUrl ?? DEFAULT_SITE_URL).replace(/\/+$/, '');
  const sitePath = new URL(siteUrl).pathname.replace(/\/+$/, '');
  const store = new LocalStore(options.now);
  store.sitePath = sitePath;
  const persistence = options.dataDir ? new Persistence(options.dataDir, store, options.durability) : null;
  persistence?.load();
  persistence?.attach();

  const sp: LocalSharePoint = {
    faults: { ...DEFAULT_FAULTS },
    store,
    siteUrl,
    handle: async (request) => {
      if (isAdminPath(new URL(request.url))) {
        return handler.exclusive(() => handleAdmin({ store, faults: sp.faults, siteUrl: (origin) => `${origin}${sitePath}` }, request));
      }
      return handler.handle(request);
    },
    flush: async () => {
      await persistence?.flush();
    },
    digestFor: (login) => {
      const person = login ? findDirectoryPerson(login) : SITE_OWNER;
      if (!person) throw new Error(`Local SharePoint: unknown login '${login ?? ''}'`);
      return issueDigest(sitePath, person.login, store.now());
    },
  };
  const handler = new SharePointHandler(store, sitePath, () => sp.faults, persistence ? (work) => persistence.around(work) : undefined);
  return sp;
}

export function startHttpServer(sp: LocalSharePoint, port: number, extra?: ExtraHandler, options?: ServeOptions): Promise<Server> {
  return serve(sp, port, extra, options);
}
