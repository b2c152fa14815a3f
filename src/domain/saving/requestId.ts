/**
 * A new id for an add (IEntity.clientRequestId): random, unique enough that two adds never share one. Uses the
 * platform's crypto.randomUUID where there is one (browsers on https and localhost, Node), otherwise
 * crypto.getRandomValues.
 */
export function newRequestId(): string {
  const c = (globalThis as { crypto?: Crypto }).crypto;
  if (c && typeof c.randomUUID === 'function') return c.randomUUID();
  const bytes = new Uint8Array(16);
  if (c && typeof c.getRandomValues === 'function') c.getRandomValues(bytes);
  else for (let i = 0; i < bytes.length; i++) bytes[i] = Math.floor(Math.random() * 256);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
