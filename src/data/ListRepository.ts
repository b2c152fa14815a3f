import { InjectHeaders } from '@pnp/queryable';
import { IEntity } from '../domain/entities';
import { IListQuery, Where } from '../domain/query';
import { newRequestId } from '../domain/saving/requestId';
import { IFoundOrCreated, IListPermissions, IRepository } from '../domain/services';
import { ConflictError, DataError, isDataError, toDataError } from './errors';
import { FOLDER_FIELDS, propertyName, selectFor, toEntity, toListItem } from './mapping';
import { and } from './odata';
import { IODataQuery, toODataQuery } from './query';
import { ReadBatcher } from './readBatcher';
import { IListDefinition } from './schema/fieldTypes';
import { IList, PermissionKind, SPFI } from './sp';
import { assertReferences } from './references';
import { assertValid } from './validation';


const PAGE_SIZE = 2000;
const BATCH_SIZE = 100;
/** Item ids per window of a windowed read: one window never spans more than the list view threshold. */
export const ID_WINDOW = 5000;
/** Windows read at the same time (SharePoint throttles a client that floods it). */
const PARALLEL_WINDOWS = 4;

type Selection = { select: string[]; expand: string[]; lean: boolean };

/** Runs the tasks at most `limit` at a time; results in the tasks' order. */
async function inParallel<R>(tasks: readonly (() => Promise<R>)[], limit: number): Promise<R[]> {
  const results = new Array<R>(tasks.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < tasks.length) {
      const index = next++;
      results[index] = await tasks[index]();
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, tasks.length) }, worker));
  return results;
}

const compareValues = (a: unknown, b: unknown): number => {
  const key = (v: unknown): unknown => (v && typeof v === 'object' && 'title' in (v as object) ? (v as { title: unknown }).title : v);
  const x = key(a);
  const y = key(b);
  if (x === y) return 0;
  if (x === undefined || x === null) return 1;
  if (y === undefined || y === null) return -1;
  if (typeof x === 'number' && typeof y === 'number') return x - y;
  return String(x).localeCompare(String(y), 'en-GB');
};

/**
 * Whether a failed add may have been carried out all the same: its answer did not arrive (offline, a timeout, a
 * 5xx, throttling after PnPjs's own retries) or a retry of it was refused as a duplicate of itself. A refusal
 * (validation, access denied, not found) means nothing was written.
 */
function mayHaveLanded(error: DataError): boolean {
  return !isDataError(error, 'Validation') && !isDataError(error, 'AccessDenied') && !isDataError(error, 'NotFound');
}

/** The signed-in user's id, read once per page and shared by every repository (see createHubServices). */
export type CurrentUserId = () => Promise<number>;

/**
 * Typed access to one SharePoint list (the contract is IRepository in src/domain/services.ts): typed queries
 * translated by src/data/query.ts, reads that select only the schema's fields and page past 5,000 items, writes
 * validated first, ETag-checked updates answered with the saved item in one request, findOrCreate on the schema's
 * unique keys, batched adds. Every failure is a DataError.
 */
export class ListRepository<T extends IEntity> implements IRepository<T> {
  private readonly selection: Selection;

  public constructor(
    private readonly sp: SPFI,
    public readonly definition: IListDefinition,
    private readonly currentUserId: CurrentUserId = async () => (await sp.web.currentUser.select('Id')<{ Id: number }>()).Id,
    /** Combines reads started together (by the parts of one page) into one request; see readBatcher.ts. */
    private readonly batcher?: ReadBatcher
  ) {
    this.selection = { ...selectFor(definition), lean: false };
  }

  /** The `$select` for IListQuery.fields: plain columns, and lookups and people by id (no `$expand`). */
  private leanSelection(fields: readonly string[]): Selection {
    const select = ['Id', 'Modified', ...(this.definition.editors === 'ownFolders' ? FOLDER_FIELDS : [])];
    for (const name of fields) {
      if (name === 'id' || name === 'modified') continue;
      if (name === 'created') select.push('Created');
      else if (name === 'title') select.push('Title');
      else if (name === 'author' || name === 'editor') select.push(`${name === 'author' ? 'Author' : 'Editor'}Id`);
      else {
        const field = this.definition.fields.find((f) => propertyName(f.internalName) === name);
        if (!field) throw new DataError('Validation', `${this.definition.title} has no field '${name}'.`);
        select.push(field.kind === 'Lookup' || field.kind === 'User' ? `${field.internalName}Id` : field.internalName);
      }
    }
    return { select, expand: [], lean: true };
  }

  /** A lean answer's lookup and person ids as the references toEntity reads. */
  private entityOf(raw: Record<string, unknown>, selection: Selection): T {
    if (!selection.lean) return toEntity<T>(this.definition, raw);
    const shaped: Record<string, unknown> = { ...raw };
    const reference = (id: unknown): unknown => (typeof id === 'number' ? { Id: id, Title: '' } : undefined);
    for (const name of ['Author', 'Editor']) if (`${name}Id` in raw) shaped[name] = reference(raw[`${name}Id`]);
    for (const field of this.definition.fields) {
      if (!(field.kind === 'Lookup' || field.kind === 'User') || !(`${field.internalName}Id` in raw)) continue;
      const id = raw[`${field.internalName}Id`];
      shaped[field.internalName] = field.multi ? (Array.isArray(id) ? id.map(reference) : []) : reference(id);
    }
    return toEntity<T>(this.definition, shaped);
  }

  private get list(): ReturnType<SPFI['web']['lists']['getByTitle']> {
    return this.listOf(this.sp);
  }

  private listOf(sp: SPFI): ReturnType<SPFI['web']['lists']['getByTitle']> {
    return sp.web.lists.getByTitle(this.definition.title);
  }

  /** The items request for a query: selected fields, filter, order, page size. */
  private itemsQuery(sp: SPFI, selection: Selection, odata: IODataQuery, size: number): ReturnType<SPFI['web']['lists']['getByTitle']>['items'] {
    let items = this.listOf(sp).items.select(...selection.select);
    if (selection.expand.length) items = items.expand(...selection.expand);
    if (odata.filter) items = items.filter(odata.filter);
    for (const order of odata.orderBy) items = items.orderBy(order.field, order.ascending);
    return items.top(size);
  }

  /** How an error message names one item of this list. */
  private itemName(): string {
    return `the item in ${this.definition.title}`;
  }

  public async getAll(query: IListQuery<T> = {}): Promise<T[]> {
    try {
      const odata = toODataQuery(this.definition, query);
      if (odata.none) return [];
      const selection = query.fields ? this.leanSelection(query.fields) : this.selection;
      if (query.byIdWindows) return await this.readByIdWindows(query, odata.filter, selection);
      const limit = query.top ?? Number.POSITIVE_INFINITY;
      const size = Math.min(limit, PAGE_SIZE);
      if (this.batcher) {
        // The first page goes with the page's other first reads (one $batch); a list longer than a page is read again in pages.
        const first = (await this.batcher.read((sp) => this.itemsQuery(sp, selection, odata, size)())) as Record<string, unknown>[];
        if (first.length < size || limit <= size) return first.map((raw) => this.entityOf(raw, selection));
      }
      const items = this.itemsQuery(this.sp, selection, odata, size);
      const result: T[] = [];
      for await (const page of items) {
        for (const raw of page as Record<string, unknown>[]) {
          if (result.length >= limit) return result;
          result.push(this.entityOf(raw, selection));
        }
        if (result.length >= limit) break;
      }
      return result;
    } catch (error) {
      throw toDataError(error, this.definition.title);
    }
  }

  /**
   * Reads a list that may hold more than 5,000 items in windows of item ids: first the highest id (ID-ordered,
   * always allowed), then `(<filter>) and ID gt a and ID le b` for each window of ID_WINDOW ids, a few at a time,
   * so even an indexed filter that matches more than 5,000 items stays under the list view threshold. Results
   * come in id order, then sorted by query.orderBy on the client (the windows are read separately).
   */
  private async readByIdWindows(query: IListQuery<T>, filter: string | undefined, selection: Selection): Promise<T[]> {
    const last = (await this.list.items.select('Id').orderBy('Id', false).top(1)()) as { Id: number }[];
    const highest = last[0]?.Id ?? 0;
    const windows: [number, number][] = [];
    for (let from = 0; from < highest; from += ID_WINDOW) windows.push([from, Math.min(from + ID_WINDOW, highest)]);
    const pages = await inParallel(
      windows.map(([from, to]) => async () => {
        const range = `ID gt ${from} and ID le ${to}`;
        let items = this.list.items
          .select(...selection.select)
          .filter(filter ? and(`(${filter})`, range) : range)
          .orderBy('Id', true)
          .top(ID_WINDOW);
        if (selection.expand.length) items = items.expand(...selection.expand);
        // A lean read needs no metadata (no ETags): SharePoint's nometadata answer is the smallest.
        if (selection.lean) items = items.using(InjectHeaders({ Accept: 'application/json;odata=nometadata' }));
        return (await items()) as Record<string, unknown>[];
      }),
      PARALLEL_WINDOWS
    );
    let result = pages.flat().map((raw) => this.entityOf(raw, selection));
    const orders = query.orderBy ?? [];
    if (orders.length) {
      const record = (item: T, field: string): unknown => (item as unknown as Record<string, unknown>)[field];
      result = result.sort((a, b) => {
        for (const order of orders) {
          const c = compareValues(record(a, order.by), record(b, order.by));
          if (c) return order.descending ? -c : c;
        }
        return 0;
      });
    }
    return query.top !== undefined ? result.slice(0, query.top) : result;
  }

  public async getById(id: number): Promise<T> {
    try {
      const raw = await this.list.items.getById(id).select(...this.selection.select).expand(...this.selection.expand)();
      return toEntity<T>(this.definition, raw as Record<string, unknown>);
    } catch (error) {
      throw toDataError(error, this.itemName());
    }
  }

  /** How many items the list holds, read from the list itself (never by reading the items). */
  public async count(): Promise<number> {
    try {
      const read = (sp: SPFI): Promise<{ ItemCount: number }> => this.listOf(sp).select('ItemCount')<{ ItemCount: number }>();
      const info = this.batcher ? await this.batcher.read(read) : await read(this.sp);
      return info.ItemCount;
    } catch (error) {
      throw toDataError(error, `the ${this.definition.title} list`);
    }
  }

  /**
   * Adds an item. Idempotent: the item carries a request id (`values.clientRequestId`, or a new one), which SharePoint
   * keeps unique. If the add fails in a way that may hide a success (its answer lost, PnPjs's retry of it refused as
   * a duplicate, the network gone), the item is looked up by that id and answered if it was made. Callers that may
   * send the same add again later (ItemSaver keeps it with the draft) pass the same `clientRequestId`.
   */
  public async add(values: Partial<T>): Promise<T> {
    assertValid(this.definition, values);
    await this.checkReferences([values]);
    const withId = { ...values, clientRequestId: values.clientRequestId ?? newRequestId() } as Partial<T>;
    try {
      await this.assertUnique(withId);
    } catch (error) {
      // Sent again after it was made: the "duplicate" is this add itself.
      const mine = values.clientRequestId && isDataError(error, 'Duplicate') ? await this.byClientRequestId(values.clientRequestId) : undefined;
      if (mine) return mine;
      throw error;
    }
    return this.addChecked(withId);
  }

  /** Adds values already validated (and carrying a request id), and reads the new item back (lookups and people with their names). */
  private async addChecked(values: Partial<T>): Promise<T> {
    let id: number;
    try {
      id = await this.insert(toListItem(this.definition, values));
    } catch (error) {
      const failure = toDataError(error, this.itemName());
      const landed = values.clientRequestId && mayHaveLanded(failure) ? await this.byClientRequestId(values.clientRequestId).catch(() => undefined) : undefined;
      if (landed) return landed;
      throw failure;
    }
    try {
      return await this.getById(id);
    } catch (error) {
      throw toDataError(error, this.itemName());
    }
  }

  /** Refuses lookups to items that do not exist and numbers beyond the scale their lookup sets (references.ts). */
  protected async checkReferences(values: readonly Partial<T>[], itemId?: number): Promise<void> {
    await assertReferences(this.sp, this.definition, values as readonly Record<string, unknown>[], itemId);
  }

  /** Writes a new item (its REST body) and answers its id: at the list's root here; in a folder for lists that keep one per person. */
  protected async insert(body: Record<string, unknown>): Promise<number> {
    const added = (await this.list.items.add(body)) as { Id?: number; ID?: number };
    return (added.Id ?? added.ID) as number;
  }

  /** The item added with this request id, if there is one. */
  private async byClientRequestId(clientRequestId: string): Promise<T | undefined> {
    const [found] = await this.getAll({ where: { clientRequestId } as Where<T>, top: 1 });
    return found;
  }

  /**
   * Saves the given values if the item is still at `etag`, and answers the item as saved. One request: a $batch
   * holding the ETag-checked MERGE and a read of the item after it. If someone else saved the item meanwhile, the
   * same answer holds their version: throws a ConflictError with the values sent (mine) and the item now (theirs;
   * undefined when it was deleted).
   */
  public async update(id: number, values: Partial<T>, etag: string): Promise<T> {
    assertValid(this.definition, values, true);
    await this.checkReferences([values], id);
    const [batched, execute] = this.sp.batched();
    const item = batched.web.lists.getByTitle(this.definition.title).items.getById(id);
    const writing = item.update(toListItem(this.definition, values), etag).then(
      () => undefined,
      (error: unknown) => toDataError(error, this.itemName())
    );
    const reading = item.select(...this.selection.select).expand(...this.selection.expand)().then(
      (raw) => toEntity<T>(this.definition, raw as Record<string, unknown>),
      () => undefined
    );
    try {
      await execute();
    } catch (error) {
      throw toDataError(error, this.itemName());
    }
    const [failure, saved] = await Promise.all([writing, reading]);
    if (failure instanceof ConflictError) throw new ConflictError<T>(values, saved, failure.serverMessage);
    if (failure) throw failure;
    return saved ?? (await this.getById(id));
  }

  /** See IRepository.findOrCreate (src/domain/services.ts) for the rule that keeps one item per key under races. */
  public async findOrCreate(key: Partial<T>, values: Partial<T> = {}): Promise<IFoundOrCreated<T>> {
    const where = await this.keyCondition(key, true);
    const find = (): Promise<T[]> => this.getAll({ where, orderBy: [{ by: 'id' }], byIdWindows: this.definition.large });
    const [existing] = await find();
    if (existing) return { item: existing, created: false };
    const all = { clientRequestId: newRequestId(), ...values, ...key } as Partial<T>;
    assertValid(this.definition, all);
    await this.checkReferences([all]);
    let added: T;
    try {
      added = await this.addChecked(all);
    } catch (error) {
      // A column SharePoint itself keeps unique refused the second add: the other one won.
      if (!isDataError(error, 'Duplicate')) throw error;
      const [winner] = await find();
      if (!winner) throw error;
      return { item: winner, created: false };
    }
    const [winner] = await find();
    if (!winner || winner.id === added.id) return { item: winner ?? added, created: true };
    // Another call created the same key first (a lower id): remove our own copy and answer theirs.
    await this.delete(added.id).catch(() => undefined);
    return { item: winner, created: false };
  }

  public async delete(id: number, etag = '*'): Promise<void> {
    try {
      await this.list.items.getById(id).delete(etag);
    } catch (error) {
      throw toDataError(error, this.itemName());
    }
  }

  /** Adds many items in batches; all are validated before anything is written. Returns the new ids. */
  public async addMany(values: readonly Partial<T>[], onProgress?: (done: number, total: number) => void): Promise<number[]> {
    values.forEach((v) => assertValid(this.definition, v));
    await this.checkReferences(values);
    const ids: number[] = [];
    try {
      for (let start = 0; start < values.length; start += BATCH_SIZE) {
        const [batchedSP, execute] = this.sp.batched();
        const list = batchedSP.web.lists.getByTitle(this.definition.title);
        const chunk = values.slice(start, start + BATCH_SIZE);
        const pending = chunk.map((v) => list.items.add(toListItem(this.definition, { clientRequestId: newRequestId(), ...v })) as Promise<{ Id?: number; ID?: number }>);
        await execute();
        for (const added of await Promise.all(pending)) ids.push((added.Id ?? added.ID) as number);
        onProgress?.(ids.length, values.length);
      }
      return ids;
    } catch (error) {
      throw toDataError(error, this.itemName());
    }
  }

  /** What the signed-in user may do on this list, read from SharePoint (never guessed from a name). */
  public async permissions(): Promise<IListPermissions> {
    try {
      // One read of my effective permissions on the list, checked for both rights.
      const read = (sp: SPFI): ReturnType<IList['getCurrentUserEffectivePermissions']> => this.listOf(sp).getCurrentUserEffectivePermissions();
      const mine = this.batcher ? await this.batcher.read(read) : await read(this.sp);
      const canAdd = this.list.hasPermissions(mine, PermissionKind.AddListItems);
      const canEditAll = this.list.hasPermissions(mine, PermissionKind.ManageLists);
      const editsEverything = canEditAll || (this.definition.editors === 'programmeOffice' && canAdd);
      return { canAdd, canEditAll: editsEverything };
    } catch (error) {
      throw toDataError(error, `the ${this.definition.title} list`);
    }
  }

  /**
   * The typed condition for one of the schema's unique keys. `key` holds the key's properties except Author,
   * which means "created by the signed-in user". With `required`, a key that matches none of the schema's unique
   * keys is an error; otherwise undefined (add checks every key whose values it has).
   */
  private async keyCondition(key: Partial<T>, required: boolean): Promise<Where<T>> {
    const given = Object.keys(key).filter((k) => (key as Record<string, unknown>)[k] !== undefined).sort();
    const names = (unique: readonly string[]): string[] => unique.filter((n) => n !== 'Author').map((n) => (n === 'Title' ? 'title' : propertyName(n))).sort();
    const unique = (this.definition.uniqueKeys ?? []).find((k) => names(k).join() === given.join());
    if (!unique) {
      if (!required) return {};
      const known = (this.definition.uniqueKeys ?? []).map((k) => k.join(', ')).join('; ') || 'none';
      throw new DataError('Validation', `${this.definition.title} has no unique key of ${given.join(', ')} (its unique keys: ${known}).`);
    }
    const where: Record<string, unknown> = {};
    for (const name of given) {
      const value = (key as Record<string, unknown>)[name];
      where[name] = value !== null && typeof value === 'object' && 'id' in (value as object) ? (value as { id: number }).id : value;
    }
    if (unique.includes('Author')) where.author = await this.currentUserId();
    return where as Where<T>;
  }

  /** The app keeps multi-column uniqueness that SharePoint cannot enforce (add refuses a second item per key). */
  /** How many items with an add's unique key are read to decide whether it is a duplicate. */
  protected readonly duplicateProbe: number = 1;

  /** Of the items that already have an add's unique key, those that make it a duplicate (all, unless a list says otherwise). */
  protected async duplicatesThatCount(existing: T[]): Promise<T[]> {
    return existing;
  }

  private async assertUnique(values: Partial<T>): Promise<void> {
    for (const unique of this.definition.uniqueKeys ?? []) {
      const key: Record<string, unknown> = {};
      for (const name of unique) {
        if (name === 'Author') continue;
        const property = name === 'Title' ? 'title' : propertyName(name);
        key[property] = (values as Record<string, unknown>)[property];
      }
      if (Object.values(key).some((v) => v === undefined || v === null)) continue;
      const where = await this.keyCondition(key as Partial<T>, true).catch((error) => Promise.reject(toDataError(error, this.definition.title)));
      const existing = await this.getAll({ where, top: this.duplicateProbe, fields: ['id'] as (keyof T & string)[] });
      if ((await this.duplicatesThatCount(existing)).length) {
        throw new DataError('Duplicate', `An item with the same ${unique.join(', ')} already exists in ${this.definition.title}.`);
      }
    }
  }
}
