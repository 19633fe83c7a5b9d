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
 * Polls until `check` returns something truthy, or fails naming `what` (and the last error
 * `check` threw, if any) after `timeoutMs`. A check that throws is tried again: what it reads may
 * not exist yet. Uses the monotonic clock, so tests that freeze `Date` can still wait.
 */
export async function eventually<T>(what: string, check: () => Promise<T | null | undefined | false>, timeoutMs = 10_000): Promise<T> {
  const deadline = performance.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await check();
      if (value) return value;
    } catch (error) {
      lastError = error;
    }
    if (performance.now() > deadline) {
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${lastError ? `: ${String(lastError)}` : ''}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
