import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { NatsContext } from '@nestjs/microservices';
import { PATTERN_METADATA } from '@nestjs/microservices/constants';
import { Actor, RPC_HEADERS, RpcRequest } from '@hospital/contracts';

/** A creating request sent with an Idempotency-Key: what UnitOfWork needs to answer a retry. */
export interface IdempotentRequest {
  /** The client's Idempotency-Key. */
  key: string;
  /** Who asked: a key is private to its caller. */
  scope: string;
  /** The message pattern, e.g. `dispatch.task.create`: the same key may serve two operations. */
  operation: string;
  /** The request as validated at the edge; a different one with the same key is refused. */
  request: unknown;
}

/**
 * The one place an IdempotentRequest is built: operation = the pattern, scope = the actor,
 * request = the payload. Null without a key, so a use case never checks for one itself.
 */
export function idempotentRequest(key: string | null | undefined, pattern: string, actor: Actor, data: unknown): IdempotentRequest | null {
  return key ? { key, scope: actor.id, operation: pattern, request: data } : null;
}

/**
 * A handler parameter: the message's IdempotentRequest (or null when it came without a key),
 * for the use case to hand to `UnitOfWork.run`. The payload is what the gateway validated and
 * forwarded, so two retries of one body hash the same.
 */
export const Idempotency = createParamDecorator((_: unknown, context: ExecutionContext): IdempotentRequest | null => {
  if (context.getType() !== 'rpc') return null;
  const rpc = context.switchToRpc();
  const key = rpc.getContext<NatsContext>().getHeaders()?.get(RPC_HEADERS.idempotencyKey);
  const [pattern] = Reflect.getMetadata(PATTERN_METADATA, context.getHandler()) as string[];
  const { actor, data } = rpc.getData<RpcRequest>();
  return idempotentRequest(key, pattern, actor, data);
});
