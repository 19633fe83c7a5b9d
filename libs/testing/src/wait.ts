import { once } from 'node:events';
import { createServer } from 'node:net';

/** A TCP port nobody listens on right now (for a process the test is about to start). */
export async function freePort(): Promise<number> {
  const server = createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as { port: number };
  server.close();
  await once(server, 'close');
  return port;
}

/**
 * Polls until `check` returns something truthy, or fails naming `what` after `timeoutMs`.
 * Uses the monotonic clock, so tests that freeze `Date` can still wait.
 */
export async function eventually<T>(what: string, check: () => Promise<T | null | undefined | false>, timeoutMs = 10_000): Promise<T> {
  const deadline = performance.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (performance.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
