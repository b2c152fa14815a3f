// `npm run package`: the Teams app package (teams/TeamsSPFxApp.zip), then the release bundle + package-solution ->
// sharepoint/solution/digital-strategy-hub.sppkg; then checks the package holds the five web parts (each declaring
// the SharePoint and Teams hosts), the channel tab's web part, and the Teams app, whose manifest validates.
import { spawnSync } from 'node:child_process';
import { readZip, webPartsIn } from './sppkg.mjs';
import { HUB_TAB_COMPONENT_ID, teamsAppProblems, teamsSchemaValidator, writeTeamsAppZip } from './teamsApp.mjs';

const SPPKG = 'sharepoint/solution/digital-strategy-hub.sppkg';
const EXPECTED = ['Roadmap Board', 'Maturity Survey', 'Tech Talks', 'Champions Hub', 'KPI Dashboard'];
const HOSTS = ['SharePointWebPart', 'SharePointFullPage', 'TeamsTab', 'TeamsPersonalApp'];
const HUB_TAB = 'Digital Strategy Hub tab';

console.log(`${writeTeamsAppZip()} written`);
for (const task of [['clean'], ['bundle', '--ship'], ['package-solution', '--ship']]) {
  const result = spawnSync(process.execPath, ['node_modules/gulp/bin/gulp.js', ...task], { stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`gulp ${task.join(' ')} failed`);
    process.exit(result.status ?? 1);
  }
}

const parts = webPartsIn(SPPKG);
const problems = [];
for (const title of EXPECTED) {
  const part = parts.find((p) => p.title === title);
  if (!part) problems.push(`${title} is missing from the package`);
  else for (const host of HOSTS) if (!part.supportedHosts.includes(host)) problems.push(`${title} does not list ${host}`);
}
const hubTab = parts.find((p) => p.id === HUB_TAB_COMPONENT_ID);
if (!hubTab) problems.push(`${HUB_TAB} (the Teams channel tab) is missing from the package`);
else if (!hubTab.supportedHosts.includes('TeamsTab')) problems.push(`${HUB_TAB} does not list TeamsTab`);
if (parts.length !== EXPECTED.length + 1) problems.push(`expected ${EXPECTED.length + 1} web parts, found ${parts.length}`);

const teamsZip = [...readZip(SPPKG)].find(([name]) => name.endsWith('/TeamsSPFxApp.zip') || name === 'TeamsSPFxApp.zip');
if (!teamsZip) problems.push('TeamsSPFxApp.zip is not in the package');
else {
  const ids = parts.filter((p) => EXPECTED.includes(p.title)).map((p) => p.id);
  problems.push(...teamsAppProblems(teamsZip[1](), teamsSchemaValidator(), ids).map((p) => `Teams app: ${p}`));
}
if (problems.length) {
  console.error(`Package check failed:\n- ${problems.join('\n- ')}`);
  process.exit(1);
}
console.log(`\n${SPPKG}: ${parts.length} web parts (${parts.map((p) => p.title).join(', ')}); the five for ${HOSTS.join(', ')}.`);
console.log(`Teams app ${teamsZip[0]}: valid manifest, a personal tab per part and one configurable tab.`);
