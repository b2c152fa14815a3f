/**
 * The "one per key" reading rule.
 *
 * SharePoint keeps a single column unique (EnforceUniqueValues) but not several columns together (a talk and a person,
 * a KPI and a quarter) nor Created By. The data layer refuses a duplicate it is asked to add (ListRepository's unique
 * keys), but a write sent around the app (over REST, two requests racing) can still store a second item for a key.
 * Readers count such items by this rule: for each key, the item SharePoint stored first (the lowest item id) is the
 * one that counts; later items for the same key count for nothing, whatever they say.
 */

/** The items that count, in the order given: for each key the lowest id; items without a key all count. */
export function firstPerKey<T extends { readonly id: number }>(items: readonly T[], keyOf: (item: T) => string | number | undefined): T[] {
  const first = new Map<string | number, number>();
  for (const item of items) {
    const key = keyOf(item);
    if (key === undefined) continue;
    const held = first.get(key);
    if (held === undefined || item.id < held) first.set(key, item.id);
  }
  return items.filter((item) => {
    const key = keyOf(item);
    return key === undefined || first.get(key) === item.id;
  });
}
