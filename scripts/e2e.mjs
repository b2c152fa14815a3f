// `npm run test:e2e`: starts `npm start`'s server on a spare port with fresh data, then runs the browser
// tests in tests/e2e with Node's test runner (Playwright driving Debian's chromium), and stops the server.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A port nothing listens on now (several checkouts may run their browser tests at once). */
async function sparePort() {
  const probe = createServer();
  await new Promise((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address();
  await new Promise((resolve) => probe.close(resolve));
  return String(port);
}

const port = process.env.E2E_PORT ?? (await sparePort());
const dataDir = mkdtempSync(join(tmpdir(), 'dsh-e2e-'));
const server = spawn(process.execPath, ['scripts/start.mjs', '--reset', '--port', port, '--data-dir', dataDir], { stdio: ['ignore', 'pipe', 'inherit'] });
server.stdout.on('data', (d) => process.stdout.write(`[server] ${d}`));

const base = `http://localhost:${port}`;
async function waitForServer() {
  const deadline = Date.now() + 180_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`The workbench server exited with code ${server.exitCode}`);
    try {
      const response = await fetch(`${base}/_local/people`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error('The workbench server did not start within 3 minutes');
}

let code = 1;
try {
  await waitForServer();
  const tests = spawn(process.execPath, ['--test', '--test-concurrency=1', 'tests/e2e/'], { stdio: 'inherit', env: { ...process.env, E2E_BASE_URL: base } });
  code = await new Promise((resolve) => tests.on('exit', (c) => resolve(c ?? 1)));
} catch (error) {
  console.error(error.message);
} finally {
  // a clean stop writes the data directory one last time: wait for it before removing the directory
  const exited = new Promise((resolve) => (server.exitCode !== null ? resolve() : server.once('exit', resolve)));
  server.kill('SIGTERM');
  const killer = setTimeout(() => server.kill('SIGKILL'), 15_000);
  await exited;
  clearTimeout(killer);
  rmSync(dataDir, { recursive: true, force: true });
}
process.exit(code);
