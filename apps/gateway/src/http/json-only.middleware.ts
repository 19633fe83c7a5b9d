import { ExecutionContextHost } from '@nestjs/core/helpers/execution-context-host';
import { ErrorCode } from '@hospital/contracts';
import { DomainError, ProblemDetailsFilter } from '@hospital/platform';
import type { NextFunction, Request, Response } from 'express';

const WITH_BODY = new Set(['POST', 'PUT', 'PATCH']);
const problems = new ProblemDetailsFilter();

/** `application/json; charset=utf-8` -> `application/json`. */
const mediaTypeOf = (contentType: string): string => contentType.split(';')[0].trim().toLowerCase();

/** Whether the request has a body to read: a non-zero Content-Length, or one sent in chunks. */
function hasBody(req: Request): boolean {
  if (req.headers['transfer-encoding'] !== undefined) return true;
  const length = req.headers['content-length'];
  return length !== undefined && Number(length) !== 0;
}

/**
 * The API reads JSON only: a POST, PUT or PATCH whose body is anything else (a form post, text,
 * multipart, or no Content-Type at all) is 415 problem+json before anything parses it. A web page
 * can make a browser send a form or text to another site without asking, but not JSON, so this is
 * what keeps other sites from filing complaints or logging in through visitors' browsers (CSRF).
 * Body-less POSTs (the action routes such as `/accept`) pass.
 */
export function jsonOnlyMiddleware(req: Request, res: Response, next: NextFunction): void {
  const sent = req.headers['content-type'];
  if (!WITH_BODY.has(req.method) || !hasBody(req) || (sent !== undefined && mediaTypeOf(sent) === 'application/json')) return next();
  const detail = sent
    ? `Content-Type must be application/json, not ${mediaTypeOf(sent).slice(0, 100)}`
    : 'Content-Type must be application/json: the request has a body but no Content-Type header';
  // Answered like every other error, through the filter, so the body is the same problem+json.
  problems.catch(new DomainError(ErrorCode.UnsupportedMediaType, detail), new ExecutionContextHost([req, res, next]));
}
