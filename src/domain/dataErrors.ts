/**
 * The failures the UI words for people. The data layer turns SharePoint and network errors into these
 * (see src/data/errors.ts), so no component reads an HTTP status or a SharePoint error body.
 */

export type DataErrorKind =
  | 'NotFound'
  | 'Conflict'
  | 'Throttled'
  | 'ThresholdExceeded'
  | 'AccessDenied'
  | 'Validation'
  | 'Duplicate'
  | 'Offline'
  | 'Unknown';

export class DataError extends Error {
  public readonly kind: DataErrorKind;
  /** SharePoint's own words, for a details disclosure and the console. */
  public readonly serverMessage?: string;
  public readonly status?: number;
  /** How long SharePoint asked the caller to wait before trying again (Retry-After on a 429 or 503). */
  public readonly retryAfterMs?: number;

  public constructor(kind: DataErrorKind, message: string, status?: number, serverMessage?: string, retryAfterMs?: number) {
    super(message);
    this.name = `${kind}Error`;
    this.kind = kind;
    this.status = status;
    this.serverMessage = serverMessage;
    this.retryAfterMs = retryAfterMs;
    Object.setPrototypeOf(this, new.target.prototype);
  }
}

export interface IFieldIssue {
  readonly field: string;
  readonly message: string;
}

export class ValidationError extends DataError {
  public readonly issues: readonly IFieldIssue[];
  public constructor(issues: readonly IFieldIssue[]) {
    super('Validation', issues.map((i) => i.message).join(' '));
    this.issues = issues;
  }
}

/** Someone else saved the item since it was read (HTTP 412). Holds both versions so nothing typed is lost. */
export class ConflictError<T = unknown> extends DataError {
  public readonly mine: Partial<T>;
  public readonly theirs: T | undefined;
  public constructor(mine: Partial<T>, theirs: T | undefined, serverMessage?: string) {
    super('Conflict', 'Someone else changed this item after you opened it.', 412, serverMessage);
    this.mine = mine;
    this.theirs = theirs;
  }
}

export function isDataError(error: unknown, kind?: DataErrorKind): error is DataError {
  return error instanceof DataError && (kind === undefined || error.kind === kind);
}
