import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import { ThrottlerException } from '@nestjs/throttler';
import { ErrorCode, ERROR_HTTP_STATUS, FieldError } from '@hospital/contracts';
import type { Request, Response } from 'express';
import { currentRequestId } from '../context/request-context';
import { DomainError } from '../errors/domain-error';
import { RpcCallError } from '../nats/rpc-client';

interface Problem {
  type: string;
  title: string;
  status: number;
  detail?: string;
  instance: string;
  code: string;
  requestId: string;
  errors?: FieldError[];
}

const HTTP_STATUS_CODES: Partial<Record<number, ErrorCode>> = {
  400: ErrorCode.ValidationFailed,
  401: ErrorCode.Unauthenticated,
  403: ErrorCode.Forbidden,
  404: ErrorCode.NotFound,
  409: ErrorCode.Conflict,
  422: ErrorCode.BusinessRule,
  429: ErrorCode.RateLimited,
  503: ErrorCode.ServiceUnavailable,
  504: ErrorCode.ServiceTimeout,
};

export function problemType(code: string): string {
  return `urn:hospital:problem:${code.toLowerCase().replace(/_/g, '-')}`;
}

function titleOf(code: string): string {
  const words = code.toLowerCase().replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * Every error leaving the gateway is RFC 9457 `application/problem+json`, with a stable `code`
 * clients can switch on, the request id to quote to support, and per-field errors on 400.
 */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly log = new Logger('HttpError');

  catch(exception: unknown, host: ArgumentsHost): void {
    const req = host.switchToHttp().getRequest<Request>();
    const res = host.switchToHttp().getResponse<Response>();
    const problem = this.toProblem(exception, req);
    if (problem.status >= 500 && problem.code === ErrorCode.Internal) {
      this.log.error({ err: exception }, 'unhandled error');
    }
    res.status(problem.status).type('application/problem+json').send(JSON.stringify(problem));
  }

  private toProblem(exception: unknown, req: Request): Problem {
    const base = { instance: req.originalUrl?.split('?')[0] ?? req.url, requestId: currentRequestId() ?? String(req.id ?? '') };
    if (exception instanceof DomainError || exception instanceof RpcCallError) {
      const status = ERROR_HTTP_STATUS[exception.code] ?? 500;
      const errors = exception.details?.errors;
      return {
        type: problemType(exception.code),
        title: titleOf(exception.code),
        status,
        detail: status >= 500 && exception.code === ErrorCode.Internal ? 'Internal error' : exception.message,
        code: exception.code,
        ...(errors ? { errors } : {}),
        ...base,
      };
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const code = exception instanceof ThrottlerException ? ErrorCode.RateLimited : (HTTP_STATUS_CODES[status] ?? `HTTP_${status}`);
      const response = exception.getResponse();
      const message =
        typeof response === 'string'
          ? response
          : Array.isArray((response as { message?: unknown }).message)
            ? ((response as { message: string[] }).message.join('; '))
            : String((response as { message?: unknown }).message ?? exception.message);
      // A body that is not JSON never reaches validation; name it as the body's problem.
      const errors = status === HttpStatus.BAD_REQUEST ? [{ field: 'body', message }] : undefined;
      return { type: problemType(code), title: titleOf(code), status, detail: message, code, ...(errors ? { errors } : {}), ...base };
    }
    return {
      type: problemType(ErrorCode.Internal),
      title: 'Internal error',
      status: 500,
      detail: 'Internal error',
      code: ErrorCode.Internal,
      ...base,
    };
  }
}
