/**
 * Fault injection for resilience testing: a share of requests answered 429 with Retry-After, a
 * share of writes done but answered 503 (the answer lost), and a fixed latency added to every
 * SharePoint answer (not to /_local/ admin answers).
 */
import type { FaultSettings } from './types';

export const DEFAULT_FAULTS: FaultSettings = { throttleRate: 0, retryAfterSeconds: 1, latencyMs: 0, lostAnswerRate: 0 };

export function shouldThrottle(f: FaultSettings, random: () => number = Math.random): boolean {
  return f.throttleRate > 0 && random() < f.throttleRate;
}

export function shouldLoseAnswer(f: FaultSettings, random: () => number = Math.random): boolean {
  return f.lostAnswerRate > 0 && random() < f.lostAnswerRate;
}

export function delay(ms: number): Promise<void> {
  return ms > 0 ? new Promise((resolve) => setTimeout(resolve, ms)) : Promise.resolve();
}

/** Validates a (partial) FaultSettings JSON object; returns the merged settings or an error text. */
export function mergeFaults(current: FaultSettings, input: unknown): FaultSettings | string {
  if (!input || typeof input !== 'object' || Array.isArray(input)) return 'Expected a JSON object.';
  const next: FaultSettings = { ...current };
  for (const [k, v] of Object.entries(input as Record<string, unknown>)) {
    if (!(k in DEFAULT_FAULTS)) return `Unknown fault setting '${k}'.`;
    if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) return `'${k}' must be a non-negative number.`;
    if ((k === 'throttleRate' || k === 'lostAnswerRate') && v > 1) return `'${k}' must be between 0 and 1.`;
    next[k as keyof FaultSettings] = v;
  }
  return next;
}
