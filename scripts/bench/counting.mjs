// Counting what reaches the local SharePoint, for the benchmarks (scripts/bench/benchKit.mjs re-exports it). No
// imports, so a benchmark's core (bundled for Node by esbuild) can import it too.

/**
 * A handler in front of the local SharePoint that counts what reaches it: requests, bytes answered, and the time the
 * local SharePoint spent answering (serverMs). Set the counter's fields back to 0 between runs.
 */
export function countingHandler(local) {
  const counter = { requests: 0, bytes: 0, serverMs: 0 };
  const handler = {
    handle: async (request) => {
      const started = performance.now();
      const response = await local.handle(request);
      counter.serverMs += performance.now() - started;
      const body = Buffer.from(await response.arrayBuffer());
      counter.requests++;
      counter.bytes += body.length;
      return new Response(body.length ? body : null, { status: response.status, statusText: response.statusText, headers: response.headers });
    }
  };
  return { handler, counter };
}
