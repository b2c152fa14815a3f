/**
 * Keeps the site in a data directory, so that nothing the local SharePoint acknowledged is lost and no id
 * is ever handed out twice, whatever happens to the process (clean stop, crash, `kill -9`).
 *
 * - A snapshot: site.json (site, groups, role assignments, list and field definitions, each list's next
 *   item id) and items/<listId>.json per list, each written to a temporary file renamed into place.
 * - A journal, journal.ndjson: one JSON line per committed request, appended with a synchronous write
 *   (and, with `durability: 'fsync'`, fdatasync) BEFORE the request is answered. A line holds the final
 *   state of what the request changed: the whole site definition if it changed, each changed item (or a
 *   deletion), a list's whole items when a field was added or removed, and the next item id of each list
 *   touched. A `$batch` is one line, so after a crash either all of its changes are there or none.
 * - On start the snapshot is read, the journal replayed over it (a torn last line, never acknowledged, is
 *   ignored), every list's next id raised above its highest id, and the result compacted into a new
 *   snapshot (journal emptied). flush() (a clean stop) compacts too; so does a commit once the journal
 *   passes COMPACT_BYTES.
 * Replaying a line is idempotent (it sets final states), so a crash during compaction loses nothing: the
 * journal is emptied only after the whole snapshot is in place, and replays over it harmlessly.
 */
import { closeSync, existsSync, fdatasyncSync, fstatSync, ftruncateSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync, writeSync } from 'fs';
import { join } from 'path';
import type { ListState, LocalStore, StoreChange } from './store';
import type { ItemRecord, ListData, SiteData } from './types';

const FORMAT = 1;
const COMPACT_BYTES = 64 * 1024 * 1024;

/** 'fsync': each commit is on disk before the answer (survives power loss); 'write': in the OS cache (survives the process's death). */
export type Durability = 'fsync' | 'write';

interface SiteFile { format: number; site: SiteData; lists: ListData[] }

/** One journal line. */
interface JournalRecord {
  /** everything before is gone (POST /_local/reset) */
  reset?: true;
  site?: SiteFile;
  /** a list's items replaced whole */
  lists?: { l: string; items: ItemRecord[] }[];
  /** items written */
  put?: { l: string; item: ItemRecord }[];
  /** items deleted */
  del?: { l: string; id: number }[];
  /** next item id per list touched */
  next?: Record<string, number>;
}

export class Persistence {
  private siteDirty = false;
  private resetPending = false;
  /** listId -> changed item ids, or 'all' */
  private readonly dirty = new Map<string, Set<number> | 'all'>();
  private fd: number | null = null;
  private journalBytes = 0;
  private commitScheduled = false;
  /** while > 0 a request is running and commits itself at its end */
  private held = 0;

  constructor(private readonly dir: string, private readonly store: LocalStore, private readonly durability: Durability = 'fsync') {}

  private get itemsDir(): string {
    return join(this.dir, 'items');
  }

  private get journalFile(): string {
    return join(this.dir, 'journal.ndjson');
  }

  /** Loads the snapshot, replays the journal, compacts. False when the directory holds no site yet. */
  load(): boolean {
    const siteFile = join(this.dir, 'site.json');
    let saved: SiteFile | null = null;
    const items = new Map<string, Map<number, ItemRecord>>();
    if (existsSync(siteFile)) {
      saved = JSON.parse(readFileSync(siteFile, 'utf8')) as SiteFile;
      if (saved.format !== FORMAT) throw new Error(`Local SharePoint: unsupported data format ${saved.format} in ${siteFile}`);
      for (const data of saved.lists) {
        const file = join(this.itemsDir, `${data.id}.json`);
        const rows = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as ItemRecord[]) : [];
        items.set(data.id, new Map(rows.map((i) => [i.id, i])));
      }
    }
    const next = new Map<string, number>();
    for (const record of this.readJournal()) {
      if (record.reset) {
        items.clear();
        next.clear();
      }
      if (record.site) saved = record.site;
      for (const { l, items: rows } of record.lists ?? []) items.set(l, new Map(rows.map((i) => [i.id, i])));
      for (const { l, item } of record.put ?? []) {
        if (!items.has(l)) items.set(l, new Map());
        items.get(l)?.set(item.id, item);
      }
      for (const { l, id } of record.del ?? []) items.get(l)?.delete(id);
      for (const [l, n] of Object.entries(record.next ?? {})) next.set(l, Math.max(next.get(l) ?? 0, n));
    }
    if (!saved) return false;
    const lists: ListState[] = saved.lists.map((data) => {
      const map = items.get(data.id) ?? new Map<number, ItemRecord>();
      let highest = 0;
      for (const id of map.keys()) highest = Math.max(highest, id);
      data.nextItemId = Math.max(data.nextItemId, next.get(data.id) ?? 0, highest + 1);
      return { data, items: map };
    });
    this.store.load(saved.site, lists);
    this.compact();
    return true;
  }

  private readJournal(): JournalRecord[] {
    if (!existsSync(this.journalFile)) return [];
    const records: JournalRecord[] = [];
    for (const line of readFileSync(this.journalFile, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      try {
        records.push(JSON.parse(line) as JournalRecord);
      } catch {
        // a line torn by a crash mid-write was never acknowledged: it and anything after it are dropped
        break;
      }
    }
    return records;
  }

  /** Subscribes to store changes. */
  attach(): void {
    this.store.onChange((c) => this.changed(c));
  }

  private changed(change: StoreChange): void {
    if (change.scope === 'reset') {
      this.resetPending = true;
      this.siteDirty = true;
      this.dirty.clear();
    } else if (change.scope === 'site') {
      this.siteDirty = true;
    } else {
      const current = this.dirty.get(change.listId);
      if (change.itemId === undefined) this.dirty.set(change.listId, 'all');
      else if (current === undefined) this.dirty.set(change.listId, new Set([change.itemId]));
      else if (current !== 'all') current.add(change.itemId);
    }
    // changes made straight on the store (seeding, tests) are committed soon; requests commit themselves
    if (!this.commitScheduled && this.held === 0) {
      this.commitScheduled = true;
      setImmediate(() => {
        this.commitScheduled = false;
        if (this.held === 0) this.commit();
      });
    }
  }

  /** Runs a request's work and commits what it changed before it is answered: one journal line. */
  async around<T>(work: () => Promise<T>): Promise<T> {
    this.held += 1;
    try {
      return await work();
    } finally {
      this.held -= 1;
      this.commit();
    }
  }

  /** Appends what changed since the last commit to the journal, synchronously. */
  commit(): void {
    if (!this.siteDirty && this.dirty.size === 0) return;
    const record: JournalRecord = {};
    if (this.resetPending) record.reset = true;
    if (this.siteDirty) record.site = { format: FORMAT, site: this.store.site, lists: this.store.lists.map((l) => l.data) };
    const next: Record<string, number> = {};
    for (const [listId, ids] of this.dirty) {
      const list = this.store.findListById(listId);
      if (!list) continue;
      next[listId] = list.data.nextItemId;
      if (ids === 'all') {
        (record.lists ??= []).push({ l: listId, items: [...list.items.values()] });
        continue;
      }
      for (const id of ids) {
        const item = list.items.get(id);
        if (item) (record.put ??= []).push({ l: listId, item });
        else (record.del ??= []).push({ l: listId, id });
      }
    }
    if (Object.keys(next).length) record.next = next;
    this.siteDirty = false;
    this.resetPending = false;
    this.dirty.clear();
    const line = Buffer.from(`${JSON.stringify(record)}\n`);
    const fd = this.journal();
    let written = 0;
    while (written < line.length) written += writeSync(fd, line, written, line.length - written);
    if (this.durability === 'fsync') fdatasyncSync(fd);
    this.journalBytes += line.length;
    if (this.journalBytes > COMPACT_BYTES) this.compact();
  }

  private journal(): number {
    if (this.fd === null) {
      mkdirSync(this.dir, { recursive: true });
      this.fd = openSync(this.journalFile, 'a');
      this.journalBytes = fstatSync(this.fd).size;
    }
    return this.fd;
  }

  private writeFile(path: string, data: unknown): void {
    const tmp = `${path}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify(data));
    if (this.durability === 'fsync') {
      const fd = openSync(tmp, 'r+');
      try {
        fdatasyncSync(fd);
      } finally {
        closeSync(fd);
      }
    }
    renameSync(tmp, path);
  }

  /** Writes the whole state as the snapshot, then empties the journal. */
  private compact(): void {
    mkdirSync(this.itemsDir, { recursive: true });
    const ids = new Set(this.store.lists.map((l) => l.data.id));
    for (const l of this.store.lists) this.writeFile(join(this.itemsDir, `${l.data.id}.json`), [...l.items.values()]);
    this.writeFile(join(this.dir, 'site.json'), { format: FORMAT, site: this.store.site, lists: this.store.lists.map((l) => l.data) } satisfies SiteFile);
    for (const name of readdirSync(this.itemsDir)) {
      if (name.endsWith('.json') && !ids.has(name.slice(0, -5))) rmSync(join(this.itemsDir, name), { force: true });
    }
    // emptied in place (not replaced), so another instance holding the file open keeps appending to it
    const fd = this.journal();
    ftruncateSync(fd, 0);
    if (this.durability === 'fsync') fdatasyncSync(fd);
    this.journalBytes = 0;
  }

  /** Commits anything pending and compacts the journal into the snapshot (a clean stop); nothing to do when the journal is empty. */
  flush(): Promise<void> {
    this.commit();
    if (this.fd !== null && this.journalBytes > 0) this.compact();
    return Promise.resolve();
  }
}
