import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { NatsContext } from '@nestjs/microservices';
import { RPC_HEADERS } from '@hospital/contracts';

/** The Idempotency-Key the gateway passed along with a creating request, or null. */
export const IdempotencyKey = createParamDecorator((_: unknown, context: ExecutionContext): string | null => {
  if (context.getType() !== 'rpc') return null;
  const headers = context.switchToRpc().getContext<NatsContext>().getHeaders();
  return headers?.get(RPC_HEADERS.idempotencyKey) || null;
});
