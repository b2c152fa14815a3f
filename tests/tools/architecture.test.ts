import { readdirSync, readFileSync, statSync } from 'fs';
import { join, relative } from 'path';
import { internalNamesIn, odataIn } from './codeChecks';

/** The layering of README.md "Architecture", checked on every import: webparts -> features -> domain; data -> domain. */

const root = join(__dirname, '..', '..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:from\s+|import\s*\(\s*(?:\/\*.*?\*\/\s*)?|require\()\s*['"]([^'"]+)['"]/g)].map((m) => m[1]);
}

const files = (layer: string): string[] => sourceFiles(join(root, 'src', layer));
const offenders = (layer: string, forbidden: RegExp): string[] =>
  files(layer).flatMap((file) => importsOf(file).filter((i) => forbidden.test(i)).map((i) => `${relative(root, file)} imports ${i}`));

describe('architecture', () => {
  it('lets only src/webparts import @microsoft/sp-*', () => {
    const elsewhere = ['domain', 'data', 'features'].flatMap((layer) => offenders(layer, /^@microsoft\/sp-/));
    const outside = [...sourceFiles(join(root, 'workbench')), ...sourceFiles(join(root, 'local'))].flatMap((file) =>
      importsOf(file).filter((i) => /^@microsoft\/sp-/.test(i)).map((i) => `${relative(root, file)} imports ${i}`)
    );
    expect([...elsewhere, ...outside]).toEqual([]);
  });

  it('keeps src/domain pure: no React, Fluent UI, PnPjs, or other layers', () => {
    expect(offenders('domain', /^(react|react-dom|@fluentui|@pnp|@microsoft)|\/(data|features|webparts)\//)).toEqual([]);
  });

  it('keeps src/features host-agnostic: no PnPjs and no data layer', () => {
    expect(offenders('features', /^@pnp|\/data\/|\/webparts\//)).toEqual([]);
  });

  it('keeps src/data free of UI', () => {
    expect(offenders('data', /^(react|react-dom|@fluentui)|\/(features|webparts)\//)).toEqual([]);
  });

  it('keeps OData and SharePoint internal names in src/data (and local/): everything else asks in typed queries', () => {
    const outside = ['features', 'domain', 'webparts'].flatMap(files).concat(sourceFiles(join(root, 'workbench')));
    const found = outside.flatMap((file) => {
      const text = readFileSync(file, 'utf8');
      return [...odataIn(text).map((t) => `${relative(root, file)}: OData ${t}`), ...internalNamesIn(text).map((t) => `${relative(root, file)}: internal name ${t}`)];
    });
    expect(found).toEqual([]);
  });

  it('has a test for the OData and internal-name check itself: it finds them, and passes typed queries', () => {
    expect(odataIn("getAll({ filter: and(eq('RoundId', 3), `Status eq 'Submitted'`) })")).toEqual(["Status eq 'Submitted'"]);
    expect(odataIn('const f = "PeriodStart ge datetime\'2026-04-01T00:00:00Z\'";')).toHaveLength(1);
    expect(odataIn("items.select('Id').filter(x).orderBy('Modified'); const q = '?$filter=Title';")).toEqual(['?$filter=Title']);
    expect(internalNamesIn("eq('RoundId', 3); clauses.push(eq('AuthorId', me)); orderBy: [{ field: 'PeriodStart' }]")).toEqual(['RoundId', 'AuthorId', 'PeriodStart']);
    expect(internalNamesIn("const label = 'Status'; const h = 'Health';")).toEqual([]);
    expect(odataIn('client.api(`/users/${id}?$select=id,mail`)')).toEqual([]); // Microsoft Graph, not SharePoint
    const typed = "getAll({ where: { round: 3, status: 'Submitted', periodStart: { ge: '2026-04-01' } }, orderBy: [{ by: 'periodStart' }] }) // RoundId eq 3";
    expect([...odataIn(typed), ...internalNamesIn(typed)]).toEqual([]);
  });

  it('has a test for the check itself: an sp-* import is found', () => {
    expect(importsOf(join(root, 'src', 'webparts', 'shared', 'HubWebPart.ts'))).toContain('@microsoft/sp-webpart-base');
  });
});
