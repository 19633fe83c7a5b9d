import type { Actor } from './roles';

/** Every request a service receives: who asks, and what. */
export interface RpcRequest<T = unknown> {
  actor: Actor;
  data: T;
}

/** NATS header names the gateway sets on every request. */
export const RPC_HEADERS = {
  requestId: 'x-request-id',
  /** The client's Idempotency-Key on a creating POST, passed through unchanged. */
  idempotencyKey: 'idempotency-key',
} as const;
