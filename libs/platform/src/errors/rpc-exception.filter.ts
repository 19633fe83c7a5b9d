import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import { ErrorCode, WireError } from '@hospital/contracts';
import { Observable, throwError } from 'rxjs';
import { QueryFailedError } from 'typeorm';
import { uniqueViolationOf } from '../database/unique-violation';
import { DomainError } from './domain-error';


/**
 * Turns whatever a NATS handler threw into a WireError. Domain errors pass through as they
 * are; anything unexpected is logged here with its stack and leaves as a bare INTERNAL, so
 * no SQL or stack trace ever reaches a client.
 */
@Catch()
export class WireExceptionFilter implements ExceptionFilter<unknown> {
  private readonly log = new Logger('RpcError');

  catch(exception: unknown, host: ArgumentsHost): Observable<WireError> | void {
    if (host.getType() === 'http') return this.replyHttp(exception, host);
    return throwError(() => this.toWire(exception));
  }

  /** A service's HTTP side is only health and metrics; terminus signals "not ready" with a 503. */
  private replyHttp(exception: unknown, host: ArgumentsHost): void {
    const res = host.switchToHttp().getResponse<{ status(code: number): { json(body: unknown): void } }>();
    if (exception instanceof HttpException) return res.status(exception.getStatus()).json(exception.getResponse());
    this.log.error({ err: exception }, 'unhandled error in HTTP handler');
    res.status(500).json({ statusCode: 500, message: 'Internal error' });
  }

  private toWire(exception: unknown): WireError {
    if (exception instanceof DomainError) return exception.toWire();
    if (uniqueViolationOf(exception)) {
      return { code: ErrorCode.Conflict, message: 'A record with the same unique value already exists' };
    }
    this.log.error({ err: redact(exception) }, 'unhandled error in message handler');
    return { code: ErrorCode.Internal, message: 'Internal error' };
  }
}

/** A failed query carries its parameters (names, phones): log what went wrong, not the data. */
function redact(exception: unknown): unknown {
  if (!(exception instanceof QueryFailedError)) return exception;
  const driverError = exception.driverError as { code?: string; message?: string };
  return { type: 'QueryFailedError', code: driverError.code, message: driverError.message, stack: exception.stack };
}
