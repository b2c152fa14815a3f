// Types for scripts/sppkg.mjs, for the TypeScript tests that import it.
export function readZip(file: string): Map<string, () => Buffer>;
export function readZipBuffer(buf: Buffer): Map<string, () => Buffer>;
export function webPartsIn(file: string): { id: string; alias: string; title: string; supportedHosts: string[] }[];
