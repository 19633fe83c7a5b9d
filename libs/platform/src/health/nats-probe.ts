import type { NatsConnection } from 'nats';

/** How a health check finds this process's NATS connection (server side or client side). */
export const NATS_PROBE = Symbol('NATS_PROBE');
export type NatsProbe = () => NatsConnection | null;

/** Lets the bootstrap hand the NATS server strategy, created outside DI, to the health check. */
export class NatsConnectionHolder {
  probe: NatsProbe = () => null;
}
