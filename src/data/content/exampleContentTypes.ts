import { ListKey } from '../schema/fieldTypes';

/**
 * Example content as kept in src/data/exampleContent/*.json: keys are the schema's internal names,
 * lookups name the target item's Title, people are given by login email, and an `Author` names who the
 * record is logged by (honoured where the loader can act as that person).
 */
export type ContentRecord = Readonly<Record<string, unknown>>;

export type ExampleContent = Partial<Record<ListKey, readonly ContentRecord[]>>;
