import { IFieldIssue, toDataError, ValidationError } from './errors';
import { anyOf } from './odata';
import { propertyName } from './schema/propertyName';
import { IFieldDefinition, IListDefinition } from './schema/fieldTypes';
import { listDefinition } from './schema/lists';
import { SPFI } from './sp';
import { dateOrderIssues } from './validation';

/**
 * What validation.ts cannot check from the values alone, checked before a write: an update that writes one date of an
 * ordered pair keeps the order with the item's other date, every lookup written points at an
 * item that exists (SharePoint stores a lookup to nothing without complaint), and a number whose largest value is set
 * by the item a lookup points at (IFieldDefinition.maxFrom: a score on its criterion's scale) is within it. The items
 * pointed at are read in one `$batch` (a few requests for a large import).
 */

type Values = Readonly<Record<string, unknown>>;

/** Reads per `$batch`. */
const BATCH = 50;
/** Ids per filtered read (a filter stays well inside SharePoint's URL and expression limits). */
const IDS_PER_READ = 40;

const idOf = (value: unknown): number | undefined =>
  typeof value === 'number' ? value : typeof value === 'object' && value !== null && typeof (value as { id?: unknown }).id === 'number' ? (value as { id: number }).id : undefined;

const lookups = (def: IListDefinition): IFieldDefinition[] => def.fields.filter((f) => f.kind === 'Lookup' && f.lookupList && !f.multi);

const fieldByName = (def: IListDefinition, internalName: string): IFieldDefinition | undefined => def.fields.find((f) => f.internalName === internalName);

/**
 * The values an update leaves as they are but its checks need: the criterion of a score whose value alone changes
 * (maxFrom), the start date of an initiative whose end date alone changes (dateOrder).
 */
async function unchangedValues(sp: SPFI, def: IListDefinition, values: Values, itemId: number): Promise<Values> {
  const written = (f: IFieldDefinition | undefined): boolean => f !== undefined && propertyName(f.internalName) in values;
  const byKey = (key: string): IFieldDefinition | undefined => def.fields.find((f) => propertyName(f.internalName) === key);
  const needed = [
    ...def.fields.filter((f) => f.maxFrom && written(f)).map((f) => fieldByName(def, (f.maxFrom as { lookup: string }).lookup)),
    ...(def.dateOrder ?? []).flatMap(([a, b]) => [byKey(a), byKey(b)]).filter((f, _, pair) => pair.some(written))
  ].filter((f): f is IFieldDefinition => f !== undefined && !written(f));
  if (!needed.length) return {};
  const column = (f: IFieldDefinition): string => (f.kind === 'Lookup' ? `${f.internalName}Id` : f.internalName);
  try {
    const raw = (await sp.web.lists.getByTitle(def.title).items.getById(itemId).select(...new Set(needed.map(column)))()) as Record<string, unknown>;
    return Object.fromEntries(needed.map((f) => [propertyName(f.internalName), raw[column(f)] ?? undefined]));
  } catch (error) {
    throw toDataError(error, `the item in ${def.title}`);
  }
}

/**
 * The problems with the lookups of the items to be written (each names the field). `itemId`: the item an update
 * changes, whose other lookups a `maxFrom` check may need.
 */
export async function referenceIssues(sp: SPFI, def: IListDefinition, items: readonly Values[], itemId?: number): Promise<IFieldIssue[]> {
  const fields = lookups(def);
  if (!fields.length && !def.dateOrder?.length) return [];
  const known = itemId !== undefined && items.length === 1 ? await unchangedValues(sp, def, items[0], itemId) : {};
  // An update writing one date of an ordered pair is checked against the item's other date.
  const dates = items.length === 1 && Object.keys(known).length ? dateOrderIssues(def, { ...known, ...items[0] }) : [];
  if (dates.length) return dates;
  // What to read: per target list, the ids and the fields a maxFrom check needs.
  const wanted = new Map<string, { ids: Set<number>; select: Set<string> }>();
  const want = (field: IFieldDefinition, id: number): void => {
    const title = listDefinition(field.lookupList as NonNullable<IFieldDefinition['lookupList']>).title;
    const entry = wanted.get(title) ?? { ids: new Set<number>(), select: new Set<string>(['Id']) };
    entry.ids.add(id);
    for (const f of def.fields) if (f.maxFrom?.lookup === field.internalName) entry.select.add(f.maxFrom.field);
    wanted.set(title, entry);
  };
  const issues: IFieldIssue[] = [];
  for (const values of items) {
    for (const field of fields) {
      const key = propertyName(field.internalName);
      const value = key in values ? values[key] : known[key];
      if (value === undefined || value === null) continue;
      const id = idOf(value);
      if (id === undefined || !Number.isInteger(id) || id < 1) {
        issues.push({ field: key, message: `${field.title} must be an item of ${listDefinition(field.lookupList as NonNullable<IFieldDefinition['lookupList']>).title}.` });
      } else want(field, id);
    }
  }
  if (issues.length) return issues;
  const found = await readTargets(sp, wanted);
  for (const values of items) {
    for (const field of fields) {
      const key = propertyName(field.internalName);
      if (!(key in values)) continue;
      const id = idOf(values[key]);
      if (id === undefined) continue;
      const title = listDefinition(field.lookupList as NonNullable<IFieldDefinition['lookupList']>).title;
      if (!found.get(title)?.has(id)) issues.push({ field: key, message: `${field.title}: there is no item ${id} in ${title} (it may have been deleted).` });
    }
    for (const field of def.fields) {
      const rule = field.maxFrom;
      const value = values[propertyName(field.internalName)];
      const lookup = rule && fieldByName(def, rule.lookup);
      if (!rule || !lookup || typeof value !== 'number') continue;
      const lookupKey = propertyName(lookup.internalName);
      const target = idOf(lookupKey in values ? values[lookupKey] : known[lookupKey]);
      const item = target === undefined ? undefined : found.get(listDefinition(lookup.lookupList as NonNullable<IFieldDefinition['lookupList']>).title)?.get(target);
      const set = item?.[rule.field];
      const max = typeof set === 'number' && Number.isFinite(set) && set > 0 ? set : rule.fallback;
      if (value > max) issues.push({ field: propertyName(field.internalName), message: `${field.title} must be at most ${max}, ${rule.name} (it is ${value}).` });
    }
  }
  return issues;
}

/**
 * The items asked for that exist, by list title and id, with the fields asked for: one filtered read per list and up
 * to IDS_PER_READ ids (`Id eq 1 or Id eq 2 ...`; Id is always indexed), all in one `$batch` when there are several.
 */
async function readTargets(sp: SPFI, wanted: ReadonlyMap<string, { ids: ReadonlySet<number>; select: ReadonlySet<string> }>): Promise<Map<string, Map<number, Record<string, unknown>>>> {
  const reads = [...wanted].flatMap(([title, { ids, select }]) => {
    const all = [...ids];
    return Array.from({ length: Math.ceil(all.length / IDS_PER_READ) }, (_, i) => ({ title, ids: all.slice(i * IDS_PER_READ, (i + 1) * IDS_PER_READ), select: [...select] }));
  });
  const found = new Map<string, Map<number, Record<string, unknown>>>();
  const query = (root: SPFI, read: (typeof reads)[number]): Promise<Record<string, unknown>[]> =>
    root.web.lists.getByTitle(read.title).items.select(...read.select).filter(anyOf('Id', read.ids)).top(read.ids.length)();
  const keep = (read: (typeof reads)[number], rows: Record<string, unknown>[]): void => {
    const list = found.get(read.title) ?? new Map<number, Record<string, unknown>>();
    for (const row of rows) list.set(Number(row.Id), row);
    found.set(read.title, list);
  };
  try {
    if (reads.length === 1) keep(reads[0], await query(sp, reads[0]));
    else if (reads.length > 1) {
      for (let start = 0; start < reads.length; start += BATCH) {
        const [batched, execute] = sp.batched();
        const chunk = reads.slice(start, start + BATCH);
        const pending = Promise.all(chunk.map((read) => query(batched, read)));
        pending.catch(() => undefined);
        await execute();
        (await pending).forEach((rows, i) => keep(chunk[i], rows));
      }
    }
  } catch (error) {
    throw toDataError(error, 'the items the new values point at');
  }
  return found;
}

/** Throws a ValidationError naming each lookup that points at nothing or number beyond the scale it points at. */
export async function assertReferences(sp: SPFI, def: IListDefinition, items: readonly Values[], itemId?: number): Promise<void> {
  const issues = await referenceIssues(sp, def, items, itemId);
  if (issues.length) throw new ValidationError(issues);
}
