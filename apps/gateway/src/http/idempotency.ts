import { applyDecorators, CallHandler, ExecutionContext, Injectable, NestInterceptor, UseInterceptors } from '@nestjs/common';
import { ApiConflictResponse, ApiHeader, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import { ProblemDto, RPC_HEADERS } from '@hospital/contracts';
import { DomainError, requestContext } from '@hospital/platform';
import type { Request } from 'express';
import { Observable } from 'rxjs';

const KEY = /^[\x21-\x7e]{1,255}$/;

/**
 * Checks the optional `Idempotency-Key` for shape and puts it in the request's context, where
 * the RpcClient picks it up for the service: the service honours it (the same key with the same
 * body returns the first response, nothing new is written).
 */
@Injectable()
export class IdempotencyKeyInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const value = context.switchToHttp().getRequest<Request>().headers[RPC_HEADERS.idempotencyKey];
    if (value !== undefined) {
      if (typeof value !== 'string' || !KEY.test(value)) {
        throw DomainError.validation([{ field: 'Idempotency-Key', message: 'Idempotency-Key must be 1-255 visible ASCII characters' }]);
      }
      const store = requestContext.getStore();
      if (store) store.idempotencyKey = value;
    }
    return next.handle();
  }
}

/** A creating POST that takes an Idempotency-Key: passes it on, and says so in the OpenAPI. */
export const Idempotent = () =>
  applyDecorators(
    UseInterceptors(IdempotencyKeyInterceptor),
    ApiHeader({
      name: 'Idempotency-Key',
      required: false,
      description:
        'Makes a retry safe: the same key with the same body returns the first response and writes nothing new ' +
        '(24 h by default). The same key with a different body: 422. While the first request is still running: 409. ' +
        'Use a fresh UUID per logical request.',
      schema: { type: 'string', maxLength: 255, example: '5f1c0a52-3b5e-4d8e-9a55-0d6b2b8f7c11' },
    }),
    ApiConflictResponse({ type: ProblemDto, description: 'A request with this Idempotency-Key is still running (IDEMPOTENCY_KEY_IN_USE)' }),
    ApiUnprocessableEntityResponse({ type: ProblemDto, description: 'Idempotency-Key reused with a different body (IDEMPOTENCY_KEY_REUSED)' }),
  );
