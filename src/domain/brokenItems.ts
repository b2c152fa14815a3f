import { IEntity } from './entities';

/** An item shown without some of its values, or not placed at all, and why. */
export interface IBrokenItem {
  readonly title: string;
  readonly reasons: readonly string[];
}

/** The items read with values the page could not use (IEntity.readIssues), as broken items. */
export function brokenItems(items: readonly IEntity[]): IBrokenItem[] {
  return items.filter((i) => i.readIssues?.length).map((i) => ({ title: i.title || `Item ${i.id}`, reasons: (i.readIssues ?? []).map((r) => r.message) }));
}
