import { isDataError } from '../../../domain/dataErrors';
import { retryDelayMs } from '../../../domain/saving/retryDelay';

/** A read waiting to be tried again: shown to the reader ("SharePoint is busy: trying again in 4 s, attempt 2"). */
export interface IReadRetry {
  /** The attempt about to be made (2 for the first retry). */
  readonly attempt: number;
  /** When it will be made (ms since the epoch). */
  readonly retryAt: number;
  /** Whether the network was unreachable (otherwise SharePoint was busy or failed for a moment). */
  readonly offline: boolean;
}

/** How long a read keeps being tried before its failure is shown with a "Try again" button. */
export const READ_RETRY_LIMIT_MS = 120000;

/** Failures that pass by themselves: throttling (429, 503), the network, a SharePoint server error. */
export function isTransient(error: unknown): boolean {
  if (isDataError(error, 'Throttled') || isDataError(error, 'Offline')) return true;
  return isDataError(error, 'Unknown') && (error.status ?? 0) >= 500;
}

export interface IReadRetryOptions {
  /** Called before each wait with the retry to come, and with undefined once the read ends either way. */
  readonly onRetry?: (retry: IReadRetry | undefined) => void;
  /** Stop when this says so (the component went away or asked for something newer). */
  readonly cancelled?: () => boolean;
  readonly limitMs?: number;
  readonly now?: () => number;
  readonly wait?: (ms: number) => Promise<void>;
}

/**
 * Runs a read, and while it fails for a passing reason tries it again, honouring Retry-After and backing off (2 s, 4 s
 * … 1 min, src/domain/saving/retryDelay.ts), for at most `limitMs` in all. PnPjs has already retried each request
 * three times by then. Any other failure, or one that outlasts the limit, is thrown.
 */
export async function readWithRetries<T>(read: () => Promise<T>, options: IReadRetryOptions = {}): Promise<T> {
  const now = options.now ?? Date.now;
  const wait = options.wait ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const started = now();
  for (let attempt = 1; ; attempt++) {
    try {
      const value = await read();
      if (attempt > 1) options.onRetry?.(undefined);
      return value;
    } catch (error) {
      const delay = retryDelayMs(attempt, isDataError(error) ? error.retryAfterMs : undefined);
      const giveUp = !isTransient(error) || options.cancelled?.() || now() + delay - started > (options.limitMs ?? READ_RETRY_LIMIT_MS);
      if (giveUp) {
        if (attempt > 1) options.onRetry?.(undefined);
        throw error;
      }
      options.onRetry?.({ attempt: attempt + 1, retryAt: now() + delay, offline: isDataError(error, 'Offline') });
      await wait(delay);
      if (options.cancelled?.()) throw error;
    }
  }
}
