/**
 * When to try a failed save again: after 2 s, then 4, 8, 16 and 32 s, then every minute. Attempts count from 1.
 * When SharePoint said how long to wait (Retry-After on a 429 or 503), never sooner than that.
 * (PnPjs has already retried a throttled or dropped request three times by then.)
 */
export function retryDelayMs(attempt: number, retryAfterMs = 0): number {
  const n = Math.max(1, Math.floor(attempt));
  return Math.max(Math.min(2000 * 2 ** (n - 1), 60000), retryAfterMs);
}
