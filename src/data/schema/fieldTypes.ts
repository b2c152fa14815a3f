/** The shapes the list schema is written in. One definition feeds provisioning, mapping and validation. */
import type { HubList } from '../../domain/services';

export type FieldKind =
  | 'Text'
  | 'Note'
  | 'Number'
  | 'Boolean'
  | 'DateTime'
  | 'Choice'
  | 'MultiChoice'
  | 'Lookup'
  | 'User'
  | 'URL';

/** The suite's lists: one name per list, shared with the services that read them (`HubList`). */
export type ListKey = HubList;

export interface IFieldDefinition {
  /** SharePoint internal name: no spaces, never changes once provisioned. */
  readonly internalName: string;
  /** Display name shown in SharePoint and in validation messages. */
  readonly title: string;
  readonly kind: FieldKind;
  readonly required?: boolean;
  readonly indexed?: boolean;
  /** SharePoint-enforced unique values (needs `indexed`). */
  readonly unique?: boolean;
  readonly choices?: readonly string[];
  /** Choice fields that also accept values typed by the user. */
  readonly fillIn?: boolean;
  /** Lookup target. */
  readonly lookupList?: ListKey;
  /** A person field holding several people (SharePoint's UserMulti); read and written as a list of people. */
  readonly multi?: boolean;
  readonly min?: number;
  readonly max?: number;
  readonly maxLength?: number;
  /** Numbers on a scale of whole steps (a review score 1 to 5): anything else is refused with the scale named. */
  readonly wholeNumber?: boolean;
  /**
   * A text format the value must follow (a Note holding JSON): why a value does not, or undefined. The message
   * follows the field's title. Checked on every write and on every read (a value that fails is left out).
   */
  readonly format?: (value: string) => string | undefined;
  /**
   * A number whose largest value is set by the item one of this list's lookups points at (a score's criterion's
   * maximum score): `lookup` is that lookup's internal name, `field` the target's number field, `fallback` the
   * largest value when the target leaves it blank, `name` how the message calls it.
   */
  readonly maxFrom?: { readonly lookup: string; readonly field: string; readonly fallback: number; readonly name: string };
  /** DateTime without a time part. */
  readonly dateOnly?: boolean;
  /** URL fields that take only https links (recordings, slides): plain http is refused too. */
  readonly httpsOnly?: boolean;
  readonly defaultValue?: string;
  /** Not shown in SharePoint's own forms and views (the app's bookkeeping, like ClientRequestId). */
  readonly hidden?: boolean;
}

/** Who may add and edit items. */
export type ListEditors =
  /** Curated content: everyone reads, the Programme Office and site owners edit. */
  | 'programmeOffice'
  /** Contributions: everyone adds, and edits only their own items (WriteSecurity = 2). */
  | 'ownItems'
  /**
   * Named writers: everyone reads; the Programme Office edits everything; people the app grants Contribute on the
   * list (KPI owners) add items and edit only their own (WriteSecurity = 2).
   */
  | 'namedWriters'
  /**
   * A folder per person (Champion Activities, KPI Measurements): everyone reads the list and nobody but the Programme Office (Full
   * Control) adds at its root; the office creates each person's folder with unique permissions giving that person
   * Contribute, and the person adds and edits only inside it (WriteSecurity = 2 keeps the office's folder item itself
   * out of their reach). The person an item belongs to is its folder's owner, never its Created By.
   */
  | 'ownFolders';

export interface IListDefinition {
  readonly key: ListKey;
  readonly title: string;
  readonly description: string;
  /** What the built-in Title column means here, and its rules. */
  readonly titleField: { readonly title: string; readonly required: boolean; readonly maxLength?: number };
  readonly fields: readonly IFieldDefinition[];
  readonly editors: ListEditors;
  /** Combinations the app keeps unique (SharePoint cannot enforce multi-column uniqueness). */
  readonly uniqueKeys?: readonly (readonly string[])[];
  /**
   * Date fields that must not come before another: `[earlier, later]` property names, e.g. start before end.
   * Checked when both values are written together.
   */
  readonly dateOrder?: readonly (readonly [string, string])[];
  /** Expected to pass 5,000 items: every query must lead with an indexed filter. */
  readonly large?: boolean;
  /** Index the built-in Created By column, so one person's items can be read past 5,000 items (a champion's activities). */
  readonly indexAuthor?: boolean;
  /**
   * The Programme Office may change item permissions here (Full Control of this list), so it can make items
   * read-only: a closed maturity round's responses.
   */
  readonly programmeOfficeLocksItems?: boolean;
  /** SharePoint keeps a version of every change (version history: who changed what, and when). */
  readonly versioning?: boolean;
  /**
   * Only this SharePoint group (created by set-up) adds items: the list stops inheriting, site members and visitors
   * read it, the group gets Contribute. With `editors: 'ownItems'` each member still edits only their own items.
   */
  readonly contributorsGroup?: string;
  /**
   * Each person reads only the items they created (the list's ReadSecurity = 2, "Read items that were created by the
   * user"); the Programme Office gets Full Control of the list, whose Manage Lists right reads every item.
   */
  readonly readOwnItemsOnly?: boolean;
  /**
   * With `editors: 'ownFolders'`: each person reads only their own folder (Initiative Scores). Site members and
   * visitors get no access to the list; this group, whose members get folders, reads the list (what SharePoint's
   * Limited Access gives someone with rights on a folder) so its members reach their own folder; the Programme Office
   * has Full Control and reads everything. A folder gives exactly its owner, the office and the site's owners access.
   */
  readonly privateFolders?: { readonly group: string };
}
