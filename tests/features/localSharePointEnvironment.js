// Component tests against the in-process local SharePoint: jsdom, plus Node's fetch classes, which the local
// SharePoint and PnPjs exchange (jsdom has none of its own). Chosen per file with `@jest-environment`.
const { TestEnvironment } = require('jest-environment-jsdom');

const FROM_NODE = ['Request', 'Response', 'Headers', 'fetch', 'FormData', 'Blob', 'TextEncoder', 'TextDecoder', 'ReadableStream', 'AbortController', 'AbortSignal', 'structuredClone', 'Buffer', 'setImmediate', 'clearImmediate'];

class LocalSharePointEnvironment extends TestEnvironment {
  async setup() {
    await super.setup();
    for (const name of FROM_NODE) if (globalThis[name] !== undefined) this.global[name] = globalThis[name];
  }
}

module.exports = LocalSharePointEnvironment;
