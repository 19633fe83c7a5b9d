import type { NextFunction, Request, Response } from 'express';
import { RPC_HEADERS } from '@hospital/contracts';
import { acceptOrCreateRequestId, requestContext } from '../context/request-context';

/**
 * Keeps the client's `X-Request-Id` (or assigns one), echoes it on the response and opens the
 * async context in which logs and outgoing NATS calls find it. Mount it before everything else.
 */
export function requestIdMiddleware(req: Request, res: Response, next: NextFunction): void {
  const requestId = acceptOrCreateRequestId(req.headers[RPC_HEADERS.requestId]);
  (req as Request & { id: string }).id = requestId;
  res.setHeader('X-Request-Id', requestId);
  requestContext.run({ requestId }, next);
}
