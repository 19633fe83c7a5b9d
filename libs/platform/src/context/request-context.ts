import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';

export interface RequestContext {
  requestId: string;
  /** Set on routes that honour an Idempotency-Key (the gateway's `@Idempotent()`); passed on to the service. */
  idempotencyKey?: string;
}

/** Carries the correlation id through async work so logs and outgoing calls can read it. */
export const requestContext = new AsyncLocalStorage<RequestContext>();

export function currentRequestId(): string | undefined {
  return requestContext.getStore()?.requestId;
}

export function currentIdempotencyKey(): string | undefined {
  return requestContext.getStore()?.idempotencyKey;
}

const CLIENT_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/** Keep a well-formed id from the caller (so their logs join ours), otherwise make one. */
export function acceptOrCreateRequestId(candidate: unknown): string {
  return typeof candidate === 'string' && CLIENT_ID.test(candidate) ? candidate : randomUUID();
}
