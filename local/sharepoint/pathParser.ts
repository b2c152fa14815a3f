/**
 * Splits the part of a REST url after /_api/ into segments such as
 *   web | lists | getByTitle('Roadmap Initiatives') | items(5) | Lists(guid'...')
 *   breakroleinheritance(copyroleassignments=false, clearsubscopes=true) | getusereffectivepermissions(@user)
 * Names are matched case-insensitively (SharePoint's REST paths are).
 */
import { invalidRequest } from './errors';

export type PathValue = string | number | boolean | null;

export interface Segment {
  /** lower-cased name */
  name: string;
  raw: string;
  /** null when the segment has no parentheses */
  args: { positional: PathValue[]; named: Record<string, PathValue> } | null;
}

function splitOutside(text: string, separator: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quoted = false;
  let current = '';
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (c === "'") {
      quoted = !quoted; // '' inside a string toggles twice: fine
    } else if (!quoted && c === '(') {
      depth += 1;
    } else if (!quoted && c === ')') {
      depth -= 1;
    }
    if (c === separator && !quoted && depth === 0) {
      parts.push(current);
      current = '';
    } else {
      current += c;
    }
  }
  parts.push(current);
  return parts;
}

export function parseLiteral(text: string, aliases: URLSearchParams): PathValue {
  const t = text.trim();
  if (t.startsWith('@')) {
    const aliased = aliases.get(t);
    if (aliased === null) throw invalidRequest(`The parameter alias '${t}' has no value.`);
    return parseLiteral(aliased, new URLSearchParams());
  }
  const quoted = /^(?:guid|datetime)?'((?:[^']|'')*)'$/i.exec(t);
  if (quoted) return quoted[1].replace(/''/g, "'");
  if (/^-?\d+(\.\d+)?$/.test(t)) return Number(t);
  if (/^(true|false)$/i.test(t)) return t.toLowerCase() === 'true';
  if (t === 'null') return null;
  // SharePoint also accepts bare guids: lists(8f1e...)
  if (/^[0-9a-f-]{36}$/i.test(t)) return t;
  throw invalidRequest(`The expression '${t}' is not a valid literal.`);
}

function parseSegment(raw: string, aliases: URLSearchParams): Segment {
  const decoded = decodeURIComponent(raw);
  const open = decoded.indexOf('(');
  if (open < 0 || !decoded.endsWith(')')) {
    return { name: decoded.toLowerCase(), raw: decoded, args: null };
  }
  const name = decoded.slice(0, open);
  const inner = decoded.slice(open + 1, -1);
  const positional: PathValue[] = [];
  const named: Record<string, PathValue> = {};
  if (inner.trim() !== '') {
    for (const part of splitOutside(inner, ',')) {
      const eq = /^\s*([A-Za-z_][A-Za-z0-9_]*)\s*=(.*)$/s.exec(part);
      if (eq && !part.trim().startsWith("'")) {
        named[eq[1].toLowerCase()] = parseLiteral(eq[2], aliases);
      } else {
        positional.push(parseLiteral(part, aliases));
      }
    }
  }
  return { name: name.toLowerCase(), raw: decoded, args: { positional, named } };
}

/** Segments of the path after /_api/ (raw, still percent-encoded). */
export function parseApiPath(rawPath: string, aliases: URLSearchParams): Segment[] {
  return splitOutside(rawPath, '/').filter((s) => s !== '').map((s) => parseSegment(s, aliases));
}

export function firstArg(seg: Segment): PathValue | undefined {
  return seg.args?.positional[0];
}
