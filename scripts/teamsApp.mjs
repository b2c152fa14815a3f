// The suite's one Microsoft Teams app: builds teams/TeamsSPFxApp.zip from teams/manifest.json and its two icons
// (SharePoint's "Sync to Teams" publishes that zip instead of generating an app per web part), and checks an app
// package: manifest against the Teams schema kept in tests/deploy/schemas, the tabs, the icons' sizes.
// Run alone: node scripts/teamsApp.mjs (npm run package runs it before packaging the solution).
import { readFileSync, writeFileSync } from 'node:fs';
import * as zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import Ajv from 'ajv';
import { readZipBuffer } from './sppkg.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const TEAMS_APP_ZIP = 'teams/TeamsSPFxApp.zip';
export const TEAMS_SCHEMA = 'tests/deploy/schemas/MicrosoftTeams.v1.22.schema.json';
/** The configurable tab's web part: a team chooses which part it shows, with that part's settings. */
export const HUB_TAB_COMPONENT_ID = '3cd3965f-6155-4aa3-9b63-30ffa8258809';

const read = (file) => readFileSync(join(ROOT, file));

/** CRC-32 of a buffer: zlib's where Node has it (20.15+, 22.2+), else computed here (the engines allow Node 18). */
function crc32(buf) {
  if (typeof zlib.crc32 === 'function') return zlib.crc32(buf);
  let crc = 0xffffffff;
  for (const byte of buf) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = crc & 1 ? 0xedb88320 ^ (crc >>> 1) : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

/** The solution's version (a.b.c.d) as the Teams app's semver (a.b.c): one number to raise for an update. */
export function teamsVersion() {
  const { solution } = JSON.parse(read('config/package-solution.json').toString('utf8'));
  return solution.version.split('.').slice(0, 3).join('.');
}

/** The manifest as packaged: teams/manifest.json with the solution's version. */
export function packagedManifest() {
  const manifest = JSON.parse(read('teams/manifest.json').toString('utf8'));
  return { ...manifest, version: teamsVersion() };
}

/** A zip (deflate) of the given files at its top level, as Teams wants an app package. */
export function zip(files) {
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const [name, content] of files) {
    const data = zlib.deflateRawSync(content);
    const nameBytes = Buffer.from(name, 'utf8');
    const crc = crc32(content);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0, 6);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(0x00210000, 10); // 1980-01-01 00:00: a fixed time keeps the package reproducible
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(content.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    local.writeUInt16LE(0, 28);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(0x00210000, 12);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(content.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, data);
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length + data.length;
  }
  const centralSize = centrals.reduce((n, b) => n + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, ...centrals, end]);
}

/** The app package's bytes: manifest.json and the icons it names, at the top level. */
export function buildTeamsAppZip() {
  const manifest = packagedManifest();
  return zip([
    ['manifest.json', Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`, 'utf8')],
    [manifest.icons.color, read(join('teams', manifest.icons.color))],
    [manifest.icons.outline, read(join('teams', manifest.icons.outline))]
  ]);
}

export function writeTeamsAppZip() {
  writeFileSync(join(ROOT, TEAMS_APP_ZIP), buildTeamsAppZip());
  return TEAMS_APP_ZIP;
}

/** An ajv validator for the Teams manifest schema kept in the repository (a draft-04 JSON schema). */
export function teamsSchemaValidator() {
  const require = createRequire(import.meta.url);
  const ajv = new Ajv({ schemaId: 'auto', allErrors: true, unknownFormats: 'ignore' });
  ajv.addMetaSchema(require('ajv/lib/refs/json-schema-draft-04.json'));
  return ajv.compile(JSON.parse(read(TEAMS_SCHEMA).toString('utf8')));
}

/** Width, height and whether it has an alpha channel, from a PNG's header. */
export function pngInfo(bytes) {
  if (bytes.length < 26 || bytes.readUInt32BE(0) !== 0x89504e47 || bytes.toString('ascii', 12, 16) !== 'IHDR') throw new Error('not a PNG file');
  const colourType = bytes[25];
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20), alpha: colourType === 4 || colourType === 6 };
}

/**
 * What is wrong with an app package (empty when nothing): the manifest must validate against the schema
 * (`validate`, an ajv validator), name one personal tab per web part and one configurable tab for the hub tab
 * web part, with SharePoint's tokens, and ship icons of 192x192 (colour) and 32x32 (outline, transparent).
 */
export function teamsAppProblems(zipBytes, validate, webPartIds) {
  const problems = [];
  const entries = readZipBuffer(zipBytes);
  const manifestEntry = entries.get('manifest.json');
  if (!manifestEntry) return ['manifest.json is not at the top level of the app package'];
  const manifest = JSON.parse(manifestEntry().toString('utf8'));
  if (!validate(manifest)) problems.push(...validate.errors.map((e) => `manifest${e.dataPath ?? e.instancePath ?? ''} ${e.message}`));
  for (const [key, size] of [['color', 192], ['outline', 32]]) {
    const entry = entries.get(manifest.icons?.[key]);
    if (!entry) {
      problems.push(`the ${key} icon ${manifest.icons?.[key]} is not in the package`);
      continue;
    }
    const info = pngInfo(entry());
    if (info.width !== size || info.height !== size) problems.push(`the ${key} icon is ${info.width}x${info.height}, not ${size}x${size}`);
    if (key === 'outline' && !info.alpha) problems.push('the outline icon has no transparency');
  }
  const tabs = manifest.staticTabs ?? [];
  for (const id of webPartIds) {
    const tab = tabs.find((t) => t.contentUrl?.includes(`componentId=${id}`));
    if (!tab) problems.push(`no personal tab shows web part ${id}`);
    else if (!tab.contentUrl.startsWith('https://{teamSiteDomain}/_layouts/15/TeamsLogon.aspx?SPFX=true')) problems.push(`the ${tab.name} tab does not load through {teamSiteDomain}`);
    else if (!(tab.scopes ?? []).includes('personal')) problems.push(`the ${tab.name} tab is not personal`);
  }
  const configurable = manifest.configurableTabs ?? [];
  if (configurable.length !== 1) problems.push(`expected one configurable tab, found ${configurable.length}`);
  else if (!configurable[0].configurationUrl.includes(`componentId=${HUB_TAB_COMPONENT_ID}`) || !configurable[0].configurationUrl.includes('openPropertyPane=true')) {
    problems.push('the configurable tab does not open the hub tab web part with its property pane');
  }
  if (manifest.webApplicationInfo?.resource !== 'https://{teamSiteDomain}') problems.push('webApplicationInfo.resource is not https://{teamSiteDomain}');
  if (manifest.webApplicationInfo?.id !== '00000003-0000-0ff1-ce00-000000000000') problems.push('webApplicationInfo.id is not SharePoint Online\'s application id');
  return problems;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  console.log(`${writeTeamsAppZip()}: Teams app ${teamsVersion()}`);
}
