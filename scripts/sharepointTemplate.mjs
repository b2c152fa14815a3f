// `npm run sharepoint:template`: writes sharepoint/digital-strategy-hub.pnp.xml, the site's lists as a PnP
// provisioning template, from the list schema (src/data/schema/lists.ts) through src/data/provisioning/pnpTemplate.ts.
// Run it after changing the schema; tests/deploy/sharepointTemplate.test.ts fails while the file is out of date.
import { build } from 'esbuild';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

export const TEMPLATE_FILE = 'sharepoint/digital-strategy-hub.pnp.xml';

const result = await build({
  entryPoints: ['src/data/provisioning/pnpTemplate.ts'],
  bundle: true,
  write: false,
  format: 'cjs',
  platform: 'node',
  target: 'node18',
  logLevel: 'warning'
});
const module = { exports: {} };
new Function('module', 'exports', 'require', result.outputFiles[0].text)(module, module.exports, createRequire(import.meta.url));
mkdirSync('sharepoint', { recursive: true });
writeFileSync(TEMPLATE_FILE, module.exports.pnpProvisioningTemplate());
console.log(`${TEMPLATE_FILE} written from src/data/schema/lists.ts`);
