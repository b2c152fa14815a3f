/** What provisioning and content loading tell the person running them. */

export interface IProgress {
  readonly done: number;
  readonly total: number;
  readonly message: string;
}

export type ProgressCallback = (progress: IProgress) => void;

export interface IProvisioningReport {
  /** Lists created from nothing. */
  readonly createdLists: string[];
  /** One line per change to an existing list (a field added, choices extended, an index, permissions). */
  readonly changes: string[];
  /** Lists that already matched the schema. */
  readonly unchangedLists: string[];
}
