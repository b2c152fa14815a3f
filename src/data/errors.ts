import { ConflictError, DataError } from '../domain/dataErrors';

/**
 * Turns SharePoint and network failures into the typed errors of src/domain/dataErrors.ts, worded for people.
 */
export { ConflictError, DataError, ValidationError, isDataError } from '../domain/dataErrors';
export type { DataErrorKind, IFieldIssue } from '../domain/dataErrors';

interface IHttpLikeError {
  status?: number;
  message?: string;
  isHttpRequestError?: boolean;
  response?: { headers?: { get?(name: string): string | null } };
}

/** Retry-After in milliseconds: seconds, or an HTTP date. */
export function retryAfterMs(value: string | null | undefined, now = Date.now()): number | undefined {
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
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
  if (status === 412) return new ConflictError<Record<string, unknown>>({}, undefined, server);
  if (status === 429 || status === 503) {
    const wait = retryAfterMs(e.response?.headers?.get?.('Retry-After'));
    return new DataError('Throttled', 'SharePoint is busy right now. Wait a moment and try again.', status, server, wait);
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
