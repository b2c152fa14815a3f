// `npm run package`: release bundle + package-solution -> sharepoint/solution/digital-strategy-hub.sppkg,
// then checks the package holds the five web parts, each declaring the Teams hosts.
import { spawnSync } from 'node:child_process';
import { webPartsIn } from './sppkg.mjs';

const SPPKG = 'sharepoint/solution/digital-strategy-hub.sppkg';
const EXPECTED = ['Roadmap Board', 'Maturity Survey', 'Tech Talks', 'Champions Hub', 'KPI Dashboard'];
const HOSTS = ['SharePointWebPart', 'SharePointFullPage', 'TeamsTab', 'TeamsPersonalApp'];

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
if (parts.length !== EXPECTED.length) problems.push(`expected ${EXPECTED.length} web parts, found ${parts.length}`);
if (problems.length) {
  console.error(`Package check failed:\n- ${problems.join('\n- ')}`);
  process.exit(1);
}
console.log(`\n${SPPKG}: ${parts.length} web parts (${parts.map((p) => p.title).join(', ')}), each for ${HOSTS.join(', ')}.`);
