/**
 * Links on a talk (join, recording, slides) must be https: a `javascript:` or plain-http link is refused with a
 * message that says why, and the page never renders a link that is not https.
 */

export function linkProblem(label: string, url: string | undefined): string | undefined {
  const text = (url ?? '').trim();
  if (!text) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(text);
  } catch {
    return `${label} must be a full web address starting with https:// (for example https://…).`;
  }
  if (parsed.protocol !== 'https:') {
    return `${label} must start with https://; "${parsed.protocol}" links are not allowed, as they could run code or send people to an unsafe page.`;
  }
  return undefined;
}

/** The link if it is safe to render, else undefined. */
export function safeHttpsUrl(url: string | undefined): string | undefined {
  return url && !linkProblem('Link', url) ? url.trim() : undefined;
}
