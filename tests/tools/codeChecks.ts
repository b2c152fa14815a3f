import { LISTS } from '../../src/data/schema/lists';

/**
 * Checks of the source text behind the architecture test: OData and SharePoint internal names belong to src/data
 * (and the local SharePoint in local/); everything else asks in typed queries on entity property names.
 */

/** Text that can only be OData: a comparison with a literal, a query option, an OData function. */
const ODATA = [
  /\b[A-Za-z_/]+\s+(?:eq|ne|gt|ge|lt|le)\s+(?:'|\d|datetime'|true\b|false\b|null\b)/,
  /\$(?:filter|select|expand|orderby|top|skiptoken)\b/i,
  /\b(?:substringof|startswith)\(/
];

/** The string literals of a source text (quotes, and the literal parts of template strings). */
function literals(text: string): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(/'((?:[^'\\\n]|\\.)*)'|"((?:[^"\\\n]|\\.)*)"|`((?:[^`\\]|\\.)*)`/g)) found.push(match[1] ?? match[2] ?? match[3] ?? '');
  return found;
}

/** Comments removed, so prose that explains a translation (e.g. in a doc comment) is not flagged. */
const code = (text: string): string => text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');

/** Microsoft Graph request paths (the SPFx host asks Graph for people): OData too, but not SharePoint's. */
const GRAPH_PATH = /^\/(?:users|me|groups|people)\b/;

export function odataIn(text: string): string[] {
  return literals(code(text)).filter((literal) => !GRAPH_PATH.test(literal) && ODATA.some((pattern) => pattern.test(literal)));
}

/**
 * SharePoint internal names that are not also plain words of the UI: a lookup's or person's `…Id` column, the
 * author and editor columns, and names of two or more words (PeriodStart, ScoringRound). A one-word name such as
 * Status or Progress is also a label; its use in a filter is OData, found above, and an order by it does not
 * type-check (IOrder takes entity property names).
 */
export const INTERNAL_NAMES: ReadonlySet<string> = new Set([
  'AuthorId',
  'EditorId',
  ...LISTS.flatMap((list) =>
    list.fields.flatMap((field) => [
      ...(field.kind === 'Lookup' || field.kind === 'User' ? [`${field.internalName}Id`] : []),
      ...(/^[A-Z][a-z0-9]+[A-Z]/.test(field.internalName) ? [field.internalName] : [])
    ])
  )
]);

export function internalNamesIn(text: string): string[] {
  return literals(code(text)).filter((literal) => INTERNAL_NAMES.has(literal));
}
