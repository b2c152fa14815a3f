// Unit, data and local-SharePoint tests run in Node; component tests in jsdom. @swc/jest compiles TypeScript
// (type-checking is `tsc -p tests`, run by `npm test`). PnPjs ships ES modules, so it is transformed too.
const shared = {
  rootDir: __dirname,
  transform: { '^.+\\.(t|j|mj)sx?$': ['@swc/jest', { jsc: { parser: { syntax: 'typescript', tsx: true }, transform: { react: { runtime: 'classic' } }, target: 'es2020' }, module: { type: 'commonjs' } }] },
  // ES-module-only packages: PnPjs, d3 (react-charting and the radar), mgt and its web-component stack.
  transformIgnorePatterns: ['/node_modules/(?!(@pnp|d3-[^/]+|internmap|@microsoft/mgt-[^/]+|@microsoft/fast-[^/]+|lit|lit-html|lit-element|@lit|@lit-labs)/)'],
  moduleNameMapper: { '^HubWebPartStrings$': '<rootDir>/src/webparts/loc/en-gb.js' }
};

module.exports = {
  // Provisioning all the suite's lists into a fresh local SharePoint takes a few seconds on a busy machine.
  testTimeout: 20000,
  projects: [
    { ...shared, displayName: 'node', testEnvironment: 'node', testMatch: ['<rootDir>/tests/{domain,data,localsp,tools,deploy}/**/*.test.ts'] },
    { ...shared, displayName: 'components', testEnvironment: 'jsdom', testMatch: ['<rootDir>/tests/features/**/*.test.{ts,tsx}'], setupFilesAfterEnv: ['<rootDir>/tests/features/setup.ts'] }
  ]
};
