// The JavaScript each web part ships, now and at the commit before the editing kit (issue 8: "the shipped JavaScript
// does not grow"). Each web part is bundled as SPFx ships it (React, ReactDOM and SharePoint's modules come from the
// page; features load on demand), minified, and measured two ways: what its first render loads (the web part, its
// feature and their static imports) and every chunk it can load. The earlier tree is taken from git when history is
// there. Prints figures; no thresholds.
import { Buffer } from 'node:buffer';
import { execFileSync } from 'node:child_process';
import process from 'node:process';
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { pathToFileURL } from 'node:url';
import { buildWebParts, kb, staticClosure, table } from './benchKit.mjs';

/** The repository's first commit: the Roadmap Board and Maturity Survey as they were before the editing kit. */
export const BEFORE_KIT = '0a955f0';
const PARTS = {
  'Roadmap Board': ['src/webparts/roadmapBoard/RoadmapBoardWebPart.ts', /features\/roadmapBoard\/RoadmapBoard\.tsx$/],
  'Maturity Survey': ['src/webparts/maturitySurvey/MaturitySurveyWebPart.ts', /features\/maturitySurvey\/MaturitySurvey\.tsx$/],
  'Champions Hub': ['src/webparts/championsHub/ChampionsHubWebPart.ts', /features\/championsHub\/ChampionsHub\.tsx$/],
  'Tech Talks': ['src/webparts/techTalks/TechTalksWebPart.ts', /features\/techTalks\/TechTalks\.tsx$/],
  'KPI Dashboard': ['src/webparts/kpiDashboard/KpiDashboardWebPart.ts', /features\/kpiDashboard\/KpiDashboard\.tsx$/]
};

/** Sizes of one web part bundled from the tree at `dir`: first render and every chunk, minified and gzipped. */
async function partSizes(dir, entry, featurePattern) {
  const result = await buildWebParts({ entryPoints: [entry], outdir: join(dir, '.bench-out'), absWorkingDir: dir, logLevel: 'silent' });
  const outputs = result.metafile.outputs;
  const contents = new Map(result.outputFiles.map((f) => [f.path, f.contents]));
  const bytesOf = (name) => contents.get(resolve(dir, name))?.length ?? 0;
  const gzOf = (name) => gzipSync(contents.get(resolve(dir, name)) ?? Buffer.alloc(0), { level: 9 }).length;
  const named = (test) => Object.keys(outputs).find((o) => outputs[o].entryPoint && test(outputs[o].entryPoint));
  // The web part's entry, plus the chunk its feature component is in (loaded with `import()` when it renders).
  const entryOut = named((p) => p.endsWith(entry));
  const featureOut = Object.keys(outputs).find((o) => Object.keys(outputs[o].inputs).some((p) => featurePattern.test(p)));
  const first = new Set([...staticClosure(outputs, entryOut), ...staticClosure(outputs, featureOut)]);
  const js = Object.keys(outputs).filter((o) => o.endsWith('.js'));
  const sum = (names, f) => [...names].filter((n) => n.endsWith('.js')).reduce((a, n) => a + f(n), 0);
  return { first: sum(first, bytesOf), firstGz: sum(first, gzOf), all: sum(js, bytesOf), allGz: sum(js, gzOf) };
}

/** The tree at a commit, in a temporary folder that borrows this checkout's node_modules; undefined without history. */
function treeAt(root, commit) {
  try {
    const dir = mkdtempSync(join(tmpdir(), 'dsh-shipped-js-'));
    const tar = execFileSync('git', ['archive', commit, 'src', 'tsconfig.json'], { cwd: root, maxBuffer: 256 * 1024 * 1024, stdio: ['ignore', 'pipe', 'ignore'] });
    execFileSync('tar', ['-x', '-C', dir], { input: tar });
    symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
    return dir;
  } catch {
    return undefined;
  }
}

/** Rows: per web part, first render and all chunks, before the kit and now. */
export async function shippedJsRows(root = process.cwd()) {
  const before = treeAt(root, BEFORE_KIT);
  const rows = [];
  try {
    for (const [name, [entry, feature]] of Object.entries(PARTS)) {
      const now = await partSizes(root, entry, feature);
      const then = before ? await partSizes(before, entry, feature).catch(() => undefined) : undefined;
      const change = (a, b) => (b ? `${a >= b ? '+' : ''}${(((a - b) / b) * 100).toFixed(1)}%` : 'n/a');
      rows.push([
        name,
        then ? `${kb(then.first)} (${kb(then.firstGz)} gz)` : 'n/a',
        `${kb(now.first)} (${kb(now.firstGz)} gz)`,
        then ? change(now.firstGz, then.firstGz) : 'n/a',
        then ? `${kb(then.allGz)} gz` : 'n/a',
        `${kb(now.allGz)} gz`
      ]);
    }
  } finally {
    if (before) rmSync(before, { recursive: true, force: true });
  }
  return rows;
}

export async function printShippedJs(print = table) {
  const rows = await shippedJsRows();
  print(
    `Shipped JavaScript per web part, minified: first render (web part + its feature + their static imports) and every chunk; before = ${BEFORE_KIT}, before the editing kit`,
    ['Web part', 'First render before', 'First render now', 'Change (gz)', 'All chunks before', 'All chunks now'],
    rows
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await printShippedJs();
