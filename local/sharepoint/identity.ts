/**
 * Who is signed in: the X-Local-User header, else the localsp-user cookie (URL-encoded),
 * else the site owner. An unknown login is a 401.
 */
import { findPerson, SITE_OWNER } from './directory';
import { unknownUser } from './errors';
import type { LocalPerson } from './types';

export const USER_HEADER = 'X-Local-User';
export const USER_COOKIE = 'localsp-user';

export function cookieValue(cookieHeader: string | null, name: string): string | null {
  if (!cookieHeader) return null;
  for (const part of cookieHeader.split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    if (part.slice(0, eq).trim() === name) {
      try {
        return decodeURIComponent(part.slice(eq + 1).trim());
      } catch {
        return part.slice(eq + 1).trim();
      }
    }
  }
  return null;
}

/** The login the request names, or null for "nobody named". */
export function requestedLogin(headers: Headers): string | null {
  const header = headers.get(USER_HEADER);
  if (header && header.trim()) return header.trim();
  const cookie = cookieValue(headers.get('cookie'), USER_COOKIE);
  return cookie && cookie.trim() ? cookie.trim() : null;
}

export function identify(headers: Headers): LocalPerson {
  const login = requestedLogin(headers);
  if (login === null) return SITE_OWNER;
  const person = findPerson(login);
  if (!person) throw unknownUser(login);
  return person;
}
