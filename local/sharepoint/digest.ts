/**
 * Form digests (X-RequestDigest), as POST _api/contextinfo hands them out.
 * A digest is "0x<HMAC>,<issue date>": it belongs to one user and one site and expires
 * after 1,800 s. It is stateless (an HMAC with a key derived from the site path), so a
 * digest stays valid across restarts of the local SharePoint and across instances in tests.
 */
import { createHmac, timingSafeEqual } from 'crypto';

export const DIGEST_TIMEOUT_SECONDS = 1800;

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function formatIssued(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${p(d.getUTCDate())} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} -0000`;
}

function parseIssued(text: string): number | null {
  const m = /^(\d{2}) ([A-Z][a-z]{2}) (\d{4}) (\d{2}):(\d{2}):(\d{2}) -0000$/.exec(text.trim());
  if (!m) return null;
  const month = MONTHS.indexOf(m[2]);
  if (month < 0) return null;
  return Date.UTC(Number(m[3]), month, Number(m[1]), Number(m[4]), Number(m[5]), Number(m[6]));
}

function mac(sitePath: string, login: string, issuedMs: number): string {
  return createHmac('sha256', `local-sharepoint-digest:${sitePath.toLowerCase()}`)
    .update(`${login.toLowerCase()}|${issuedMs}`)
    .digest('hex')
    .toUpperCase();
}

export function issueDigest(sitePath: string, login: string, now: Date): string {
  const issued = Math.floor(now.getTime() / 1000) * 1000;
  return `0x${mac(sitePath, login, issued)},${formatIssued(new Date(issued))}`;
}

export function verifyDigest(sitePath: string, login: string, digest: string | null, now: Date): boolean {
  if (!digest) return false;
  const m = /^0x([0-9A-F]+),(.+)$/.exec(digest.trim());
  if (!m) return false;
  const issued = parseIssued(m[2]);
  if (issued === null) return false;
  if (now.getTime() - issued > DIGEST_TIMEOUT_SECONDS * 1000 || issued - now.getTime() > 60_000) return false;
  const expected = Buffer.from(mac(sitePath, login, issued));
  const given = Buffer.from(m[1]);
  return expected.length === given.length && timingSafeEqual(expected, given);
}
