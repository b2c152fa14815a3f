import { IEntity } from '../domain/entities';
import { IListPermissions, IListQuery, IRepository } from '../domain/services';
import { ConflictError, DataError, toDataError } from './errors';
import { propertyName, selectFor, toEntity, toListItem } from './mapping';
import { and, eq, odataDate, odataField } from './odata';
import { IListDefinition } from './schema/fieldTypes';
import { PermissionKind, SPFI } from './sp';
import { assertValid } from './validation';


const PAGE_SIZE = 2000;
const BATCH_SIZE = 100;

/**
 * Typed access to one SharePoint list: reads select only the schema's fields and page past 5,000 items,
 * writes are validated first, updates are ETag-checked and adds are batched. Every failure is a DataError.
 */
export class ListRepository<T extends IEntity> implements IRepository<T> {
  private readonly selection: { select: string[]; expand: string[] };

  public constructor(private readonly sp: SPFI, public readonly definition: IListDefinition) {
    this.selection = selectFor(definition);
  }

  private get list(): ReturnType<SPFI['web']['lists']['getByTitle']> {
    return this.sp.web.lists.getByTitle(this.definition.title);
  }

  private what(): string {
    return `the item in ${this.definition.title}`;
  }

  public async getAll(query: IListQuery = {}): Promise<T[]> {
    try {
      let items = this.list.items.select(...this.selection.select).expand(...this.selection.expand);
      if (query.filter) items = items.filter(query.filter);
      for (const order of query.orderBy ?? []) items = items.orderBy(order.field, order.ascending !== false);
      const limit = query.top ?? Number.POSITIVE_INFINITY;
      items = items.top(Math.min(limit, PAGE_SIZE));
      const result: T[] = [];
      for await (const page of items) {
        for (const raw of page as Record<string, unknown>[]) {
          if (result.length >= limit) return result;
          result.push(toEntity<T>(this.definition, raw));
        }
        if (result.length >= limit) break;
      }
      return result;
    } catch (error) {
      throw toDataError(error, this.definition.title);
    }
  }

  public async getById(id: number): Promise<T> {
    try {
      const raw = await this.list.items.getById(id).select(...this.selection.select).expand(...this.selection.expand)();
      return toEntity<T>(this.definition, raw as Record<string, unknown>);
    } catch (error) {
      throw toDataError(error, this.what());
    }
  }

  /** How many items the list holds, read from the list itself (never by reading the items). */
  public async count(): Promise<number> {
    try {
      const info = await this.list.select('ItemCount')<{ ItemCount: number }>();
      return info.ItemCount;
    } catch (error) {
      throw toDataError(error, `the ${this.definition.title} list`);
    }
  }

  public async add(values: Partial<T>): Promise<T> {
    assertValid(this.definition, values);
    await this.assertUnique(values);
    try {
      const added = (await this.list.items.add(toListItem(this.definition, values))) as { Id?: number; ID?: number };
      return await this.getById((added.Id ?? added.ID) as number);
    } catch (error) {
      throw toDataError(error, this.what());
    }
  }

  /**
   * Saves the given values if the item is still at `etag`. If someone else saved it meanwhile, throws a
   * ConflictError holding the values sent and the item as it is now, so the UI can show both.
   */
  public async update(id: number, values: Partial<T>, etag: string): Promise<{ etag: string }> {
    assertValid(this.definition, values, true);
    try {
      const result = (await this.list.items.getById(id).update(toListItem(this.definition, values), etag)) as { etag?: string };
      return { etag: result.etag ?? '' };
    } catch (error) {
      const dataError = toDataError(error, this.what());
      if (dataError instanceof ConflictError) {
        const theirs = await this.getById(id).catch(() => undefined);
        throw new ConflictError<T>(values, theirs, dataError.serverMessage);
      }
      throw dataError;
    }
  }

  public async delete(id: number, etag = '*'): Promise<void> {
    try {
      await this.list.items.getById(id).delete(etag);
    } catch (error) {
      throw toDataError(error, this.what());
    }
  }

  /** Adds many items in batches; all are validated before anything is written. Returns the new ids. */
  public async addMany(values: readonly Partial<T>[], onProgress?: (done: number, total: number) => void): Promise<number[]> {
    values.forEach((v) => assertValid(this.definition, v));
    const ids: number[] = [];
    try {
      for (let start = 0; start < values.length; start += BATCH_SIZE) {
        const [batchedSP, execute] = this.sp.batched();
        const list = batchedSP.web.lists.getByTitle(this.definition.title);
        const chunk = values.slice(start, start + BATCH_SIZE);
        const pending = chunk.map((v) => list.items.add(toListItem(this.definition, v)) as Promise<{ Id?: number; ID?: number }>);
        await execute();
        for (const added of await Promise.all(pending)) ids.push((added.Id ?? added.ID) as number);
        onProgress?.(ids.length, values.length);
      }
      return ids;
    } catch (error) {
      throw toDataError(error, this.what());
    }
  }

  /** What the signed-in user may do on this list, read from SharePoint (never guessed from a name). */
  public async permissions(): Promise<IListPermissions> {
    try {
      const [canAdd, canEditAll] = await Promise.all([
        this.list.currentUserHasPermissions(PermissionKind.AddListItems),
        this.list.currentUserHasPermissions(PermissionKind.ManageLists)
      ]);
      const editsEverything = canEditAll || (this.definition.editors === 'programmeOffice' && canAdd);
      return { canAdd, canEditAll: editsEverything };
    } catch (error) {
      throw toDataError(error, `the ${this.definition.title} list`);
    }
  }

  /** The app keeps multi-column uniqueness that SharePoint cannot enforce. */
  private async assertUnique(values: Partial<T>): Promise<void> {
    for (const key of this.definition.uniqueKeys ?? []) {
      const clauses: string[] = [];
      for (const name of key) {
        if (name === 'Author') {
          const me = await this.sp.web.currentUser.select('Id')<{ Id: number }>();
          clauses.push(eq('AuthorId', me.Id));
          continue;
        }
        const field = this.definition.fields.find((f) => f.internalName === name);
        const value = (values as Record<string, unknown>)[name === 'Title' ? 'title' : propertyName(name)];
        if (value === undefined || value === null) return;
        if (field?.kind === 'Lookup' || field?.kind === 'User') clauses.push(eq(`${name}Id`, typeof value === 'number' ? value : (value as { id: number }).id));
        else if (field?.kind === 'DateTime') clauses.push(`${odataField(name)} eq ${odataDate(String(value))}`);
        else clauses.push(eq(name, value as string | number | boolean));
      }
      let existing: unknown[];
      try {
        existing = await this.list.items.select('Id').filter(and(...clauses)).top(1)();
      } catch (error) {
        throw toDataError(error, this.definition.title);
      }
      if (existing.length) {
        throw new DataError('Duplicate', `An item with the same ${key.join(', ')} already exists in ${this.definition.title}.`);
      }
    }
  }
}
