import { applyDecorators, createParamDecorator, ExecutionContext } from '@nestjs/common';
import { ApiConflictResponse, ApiHeader, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import { ProblemDto, RPC_HEADERS } from '@hospital/contracts';
import { DomainError } from '@hospital/platform';
import type { Request } from 'express';

const KEY = /^[\x21-\x7e]{1,255}$/;

/**
 * The optional `Idempotency-Key` of a creating POST, checked for shape here and honoured by the
 * service: the same key with the same body returns the first response, nothing new is written.
 */
export const IdempotencyKeyHeader = createParamDecorator((_: unknown, context: ExecutionContext): string | null => {
  const value = context.switchToHttp().getRequest<Request>().headers[RPC_HEADERS.idempotencyKey];
  if (value === undefined) return null;
  if (typeof value !== 'string' || !KEY.test(value)) {
    throw DomainError.validation([{ field: 'Idempotency-Key', message: 'Idempotency-Key must be 1-255 visible ASCII characters' }]);
  }
  return value;
});

/** OpenAPI for a creating POST that takes an Idempotency-Key. */
export const ApiIdempotent = () =>
  applyDecorators(
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
