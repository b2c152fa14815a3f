// Lists exports of src/ and local/ that nothing outside tests/ uses, found with TypeScript's own references
// (`node scripts/unusedExports.mjs`, a few minutes). Each line: file, name, references from tests, uses in its own
// file. "self:0" with no test references is dead code; "self:0" with test references is code only tests use. A name
// read through a lazily loaded module (`import().then((m) => m.Name)`) can show up here although it is used.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const cfgPath = path.join(root, 'tests/tsconfig.json');
const cfg = ts.parseJsonConfigFileContent(ts.readConfigFile(cfgPath, ts.sys.readFile).config, ts.sys, path.dirname(cfgPath));
const extra = [];
const walk = (d) => fs.readdirSync(d, { withFileTypes: true }).forEach((e) => { const p = path.join(d, e.name); if (e.isDirectory()) walk(p); else if (/\.tsx?$/.test(e.name)) extra.push(p); });
walk(path.join(root, 'src/webparts'));
const files = [...new Set([...cfg.fileNames, ...extra])];
const host = {
  getScriptFileNames: () => files, getScriptVersion: () => '1',
  getScriptSnapshot: (f) => (fs.existsSync(f) ? ts.ScriptSnapshot.fromString(fs.readFileSync(f, 'utf8')) : undefined),
  getCurrentDirectory: () => root, getCompilationSettings: () => cfg.options, getDefaultLibFileName: ts.getDefaultLibFilePath,
  fileExists: ts.sys.fileExists, readFile: ts.sys.readFile, readDirectory: ts.sys.readDirectory, directoryExists: ts.sys.directoryExists, getDirectories: ts.sys.getDirectories
};
const ls = ts.createLanguageService(host, ts.createDocumentRegistry());
const program = ls.getProgram();
const scriptsText = ['scripts', 'workbench'].flatMap((d) => { const out = []; const w = (x) => fs.readdirSync(x, { withFileTypes: true }).forEach((e) => { const p = path.join(x, e.name); if (e.isDirectory()) w(p); else if (/\.(mjs|js|html)$/.test(e.name)) out.push(fs.readFileSync(p, 'utf8')); }); w(path.join(root, d)); return out; }).join('\n');
const isTest = (f) => f.startsWith(path.join(root, 'tests') + '/');
const targets = files.filter((f) => /\/(src|local)\//.test(f) && !isTest(f));
const out = [];
for (const file of targets) {
  const sf = program.getSourceFile(file);
  if (!sf) continue;
  const visit = (node) => {
    const mods = ts.canHaveModifiers(node) ? ts.getModifiers(node) : undefined;
    const exported = mods && mods.some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
    let names = [];
    if (exported) {
      if (ts.isVariableStatement(node)) names = node.declarationList.declarations.map((d) => d.name).filter(ts.isIdentifier);
      else if (node.name && ts.isIdentifier(node.name)) names = [node.name];
    }
    for (const name of names) {
      const refs = ls.findReferences(file, name.getStart(sf)) || [];
      const users = refs.flatMap((r) => r.references).filter((r) => r.fileName !== file && !r.isDefinition);
      const nonTest = users.filter((r) => !isTest(r.fileName));
      const selfUse = refs.flatMap((r) => r.references).filter((r) => r.fileName === file && !r.isDefinition);
      if (nonTest.length === 0 && !new RegExp(`\\b${name.text}\\b`).test(scriptsText)) {
        out.push(`${path.relative(root, file)}\t${name.text}\ttests:${users.length}\tself:${selfUse.length}`);
      }
    }
  };
  sf.statements.forEach(visit);
}
console.log(out.join('\n'));
