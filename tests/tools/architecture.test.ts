import { readdirSync, readFileSync, statSync } from 'fs';
import { join, relative } from 'path';

/** The layering of DEVELOPERS.md, checked on every import: webparts -> features -> domain; data -> domain. */

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

  it('has a test for the check itself: an sp-* import is found', () => {
    expect(importsOf(join(root, 'src', 'webparts', 'shared', 'HubWebPart.ts'))).toContain('@microsoft/sp-webpart-base');
  });
});
