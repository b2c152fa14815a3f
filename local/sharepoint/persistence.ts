/**
 * Keeps the site in a data directory as JSON: site.json (site, groups, role assignments,
 * list and field definitions) and items/<listId>.json per list. Loaded synchronously when
 * the local SharePoint is created; written ~200 ms after changes (only what changed) and on
 * flush(). Writes go to a temporary file renamed into place.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'fs';
import { promises as fsp } from 'fs';
import { join } from 'path';
import type { ListState, LocalStore, StoreChange } from './store';
import type { ItemRecord, ListData, SiteData } from './types';

const FORMAT = 1;
const DEBOUNCE_MS = 200;

interface SiteFile { format: number; site: SiteData; lists: ListData[] }

export class Persistence {
  private siteDirty = false;
  private readonly dirtyLists = new Set<string>();
  private timer: NodeJS.Timeout | null = null;
  private writing: Promise<void> = Promise.resolve();

  constructor(private readonly dir: string, private readonly store: LocalStore) {}

  private get itemsDir(): string {
    return join(this.dir, 'items');
  }

  /** Loads a saved site if there is one. */
  load(): boolean {
    const file = join(this.dir, 'site.json');
    if (!existsSync(file)) return false;
    const saved = JSON.parse(readFileSync(file, 'utf8')) as SiteFile;
    if (saved.format !== FORMAT) throw new Error(`Local SharePoint: unsupported data format ${saved.format} in ${file}`);
    const lists: ListState[] = saved.lists.map((data) => {
      const itemsFile = join(this.itemsDir, `${data.id}.json`);
      const items = existsSync(itemsFile) ? (JSON.parse(readFileSync(itemsFile, 'utf8')) as ItemRecord[]) : [];
      return { data, items: new Map(items.map((i) => [i.id, i])) };
    });
    this.store.load(saved.site, lists);
    return true;
  }

  /** Subscribes to store changes. */
  attach(): void {
    this.store.onChange((c) => this.changed(c));
  }

  private changed(change: StoreChange): void {
    if (change.scope === 'items') {
      this.dirtyLists.add(change.listId);
    } else {
      this.siteDirty = true;
      if (change.scope === 'reset') this.dirtyLists.clear();
    }
    if (!this.timer) {
      this.timer = setTimeout(() => {
        this.timer = null;
        this.write().catch((e: unknown) => console.error('Local SharePoint: could not save', e));
      }, DEBOUNCE_MS);
      this.timer.unref();
    }
  }

  private async writeFile(path: string, data: unknown): Promise<void> {
    const tmp = `${path}.${process.pid}.tmp`;
    await fsp.writeFile(tmp, JSON.stringify(data));
    await fsp.rename(tmp, path);
  }

  private write(): Promise<void> {
    this.writing = this.writing.then(() => this.writeNow());
    return this.writing;
  }

  private async writeNow(): Promise<void> {
    const siteDirty = this.siteDirty;
    const lists = [...this.dirtyLists];
    this.siteDirty = false;
    this.dirtyLists.clear();
    if (!siteDirty && lists.length === 0) return;
    mkdirSync(this.itemsDir, { recursive: true });
    if (siteDirty) {
      const file: SiteFile = { format: FORMAT, site: this.store.site, lists: this.store.lists.map((l) => l.data) };
      await this.writeFile(join(this.dir, 'site.json'), file);
      // new lists need their items file; removed lists lose theirs
      const ids = new Set(this.store.lists.map((l) => l.data.id));
      for (const l of this.store.lists) {
        if (!existsSync(join(this.itemsDir, `${l.data.id}.json`))) lists.push(l.data.id);
      }
      for (const name of readdirSync(this.itemsDir)) {
        if (name.endsWith('.json') && !ids.has(name.slice(0, -5))) await fsp.rm(join(this.itemsDir, name), { force: true });
      }
    }
    for (const id of new Set(lists)) {
      const list = this.store.findListById(id);
      if (list) await this.writeFile(join(this.itemsDir, `${id}.json`), [...list.items.values()]);
    }
  }

  async flush(): Promise<void> {
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = null;
    }
    await this.write();
  }
}
