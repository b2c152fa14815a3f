import { ListKey } from '../schema/fieldTypes';

/**
 * Example content as kept in src/data/exampleContent/*.json: keys are the schema's internal names,
 * lookups name the target item's Title, people are given by login email, and an `Author` names who the
 * record is logged by (honoured where the loader can act as that person).
 */
export type ContentRecord = Readonly<Record<string, unknown>>;

/** Sample members of a SharePoint group set-up creates (e.g. who is on the scoring panel), by login email. */
export interface IGroupMembers {
  readonly Group: string;
  readonly Members: readonly string[];
  readonly IsSample: boolean;
}

export type ExampleContent = Partial<Record<ListKey, readonly ContentRecord[]>> & { readonly groupMembers?: readonly IGroupMembers[] };
