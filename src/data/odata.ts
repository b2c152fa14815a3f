/**
 * Safe pieces of OData `$filter` text, for the data layer and for the filters features pass to repositories.
 * User text only ever enters a filter through these.
 */

/** Quotes a string literal, doubling single quotes so user text cannot end the literal (no OData injection). */
export function odataString(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

export function odataDate(value: Date | string): string {
  const iso = typeof value === 'string' ? new Date(value).toISOString() : value.toISOString();
  return `datetime'${iso.replace(/\.\d{3}Z$/, 'Z')}'`;
}

const SAFE_NAME = /^[A-Za-z_][A-Za-z0-9_]*(\/[A-Za-z_][A-Za-z0-9_]*)?$/;

/** A column reference; refuses anything that is not a plain internal name. */
export function odataField(name: string): string {
  if (!SAFE_NAME.test(name)) throw new Error(`'${name}' is not a valid column name.`);
  return name;
}

export function eq(field: string, value: string | number | boolean): string {
  const literal = typeof value === 'string' ? odataString(value) : typeof value === 'boolean' ? (value ? '1' : '0') : String(value);
  return `${odataField(field)} eq ${literal}`;
}

const bracketed = (clause: string): boolean => clause.startsWith('(') && clause.endsWith(')');

/** Joins clauses with `and`, bracketing any clause that holds an `or`. Empty clauses are skipped. */
export function and(...clauses: (string | undefined | false)[]): string {
  const present = clauses.filter((c): c is string => !!c);
  return present.map((c) => (present.length > 1 && / or /.test(c) && !bracketed(c) ? `(${c})` : c)).join(' and ');
}

export function anyOf(field: string, values: readonly (string | number)[]): string {
  const parts = values.map((v) => eq(field, v));
  return parts.length > 1 ? `(${parts.join(' or ')})` : parts[0] ?? '';
}
