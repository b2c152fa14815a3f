/**
 * The local SharePoint alone, as a process (no workbench, no provisioning): used by the durability tests
 * and the write benchmark, which kill it and start it again.
 *
 *   node serve.mjs --port 4500 --data-dir /tmp/site [--host 127.0.0.1] [--allow-origin URL] [--durability fsync|write] [--site-url URL]
 *
 * Prints one line `listening <port>` once it serves. SIGTERM/SIGINT: a clean stop (flush, exit 0).
 */
import type { AddressInfo } from 'net';
import { createLocalSharePoint, startHttpServer, type Durability } from './index';

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
}

export async function main(args: string[]): Promise<void> {
  const port = Number(option(args, 'port') ?? '0');
  const host = option(args, 'host');
  const dataDir = option(args, 'data-dir');
  const durability = option(args, 'durability') as Durability | undefined;
  const siteUrl = option(args, 'site-url') ?? `http://localhost:${port}/sites/digital`;
  const local = createLocalSharePoint({ siteUrl, dataDir, durability });
  const allowedOrigins = option(args, 'allow-origin')?.split(',').map((o) => o.trim()).filter(Boolean);
  const server = await startHttpServer(local, port, undefined, { host, allowedOrigins });
  process.stdout.write(`listening ${(server.address() as AddressInfo).port}\n`);
  const stop = (): void => {
    server.close();
    local.flush().then(() => process.exit(0), (e: unknown) => {
      console.error(e);
      process.exit(1);
    });
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main(process.argv.slice(2)).catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
