/**
 * Typed errors the UI can word. SharePoint and network failures are turned into one of these by
 * `toDataError`, so no component ever has to read an HTTP status or a SharePoint error body.
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
  /** SharePoint's own words, for the details disclosure and the console. */
  public readonly serverMessage?: string;
  public readonly status?: number;

  public constructor(kind: DataErrorKind, message: string, status?: number, serverMessage?: string) {
    super(message);
    this.name = `${kind}Error`;
    this.kind = kind;
    this.status = status;
    this.serverMessage = serverMessage;
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

interface IHttpLikeError {
  status?: number;
  message?: string;
  isHttpRequestError?: boolean;
}

/** Reads SharePoint's message out of an error body (`odata.error` or verbose `error`). */
export function sharePointMessage(text: string): string | undefined {
  const start = text.indexOf('{');
  if (start < 0) return undefined;
  try {
    const body = JSON.parse(text.slice(start)) as Record<string, { code?: string; message?: { value?: string } }>;
    const error = body['odata.error'] ?? body.error;
    return error?.message?.value;
  } catch {
    return undefined;
  }
}

/** Turns anything thrown by PnPjs or fetch into a DataError worded for people. */
export function toDataError(error: unknown, what = 'the item'): DataError {
  if (error instanceof DataError) return error;
  const e = (error ?? {}) as IHttpLikeError;
  const status = typeof e.status === 'number' ? e.status : undefined;
  const text = typeof e.message === 'string' ? e.message : String(error);
  const server = sharePointMessage(text) ?? text;

  if (status === undefined) {
    if (error instanceof TypeError || /fetch|network/i.test(text)) {
      return new DataError('Offline', 'SharePoint could not be reached. Check your connection and try again.', undefined, server);
    }
    return new DataError('Unknown', 'Something went wrong. Try again, and tell the programme office if it keeps happening.', undefined, server);
  }
  if (status === 404) return new DataError('NotFound', `We could not find ${what}. It may have been deleted.`, status, server);
  if (status === 412) return new ConflictError({}, undefined, server);
  if (status === 429 || status === 503) {
    return new DataError('Throttled', 'SharePoint is busy right now. Wait a moment and try again.', status, server);
  }
  if (status === 401 || status === 403) {
    return new DataError('AccessDenied', 'You do not have permission to do that here.', status, server);
  }
  if (/SPQueryThrottledException|list view threshold/i.test(text)) {
    return new DataError('ThresholdExceeded', 'This list is too large to show that way. Narrow the filters and try again.', status, server);
  }
  if (/SPDuplicateValuesFoundException|duplicate values/i.test(text)) {
    return new DataError('Duplicate', `That would create a duplicate of ${what}.`, status, server);
  }
  if (status === 400) return new DataError('Validation', 'SharePoint did not accept the values sent.', status, server);
  return new DataError('Unknown', 'Something went wrong. Try again, and tell the programme office if it keeps happening.', status, server);
}
