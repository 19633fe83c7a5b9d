import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { ErrorCode } from '@hospital/contracts';
import { DomainError } from '@hospital/platform';
import type { Request } from 'express';
import { actorOf, GatewayActor } from './gateway-actor';

/**
 * The caller as AuthGuard established it (ANONYMOUS_ACTOR on public routes). Failing loudly when
 * it is missing beats handing a handler `undefined` it might treat as "no restrictions".
 */
export const CurrentActor = createParamDecorator((_: unknown, ctx: ExecutionContext): GatewayActor => {
  const actor = actorOf(ctx.switchToHttp().getRequest<Request>());
  if (!actor) throw new DomainError(ErrorCode.Internal, 'no actor on the request: is AuthGuard registered?');
  return actor;
});
