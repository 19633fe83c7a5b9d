import type { NatsConnection } from 'nats';

/**
 * Drain (deliver what is buffered, then close), but never hang: nats.js can resolve a drain
 * without closing when a flush fails around a reconnect, and its reconnect timer then keeps
 * the process alive. Close for certain afterwards.
 */
export async function closeNats(nc: NatsConnection, drainTimeoutMs = 5_000): Promise<void> {
  if (nc.isClosed()) return;
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([nc.drain(), new Promise((resolve) => (timer = setTimeout(resolve, drainTimeoutMs)))]).catch(() => undefined);
  clearTimeout(timer);
  if (!nc.isClosed()) await nc.close();
}
