import { ErrorCode, FieldError, WireError } from '@hospital/contracts';

/**
 * A failure the caller can act on. Services throw it; it crosses NATS as a WireError and
 * becomes problem+json at the gateway. Never an HttpException: services do not speak HTTP.
 */
export class DomainError extends Error {
  override name = 'DomainError';

  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: WireError['details'],
  ) {
    super(message);
  }

  toWire(): WireError {
    return { code: this.code, message: this.message, ...(this.details ? { details: this.details } : {}) };
  }

  static notFound(code: ErrorCode, what: string, id: string): DomainError {
    return new DomainError(code, `${what} ${id} does not exist`);
  }

  static validation(errors: FieldError[]): DomainError {
    const summary = errors.map((e) => e.message).join('; ');
    return new DomainError(ErrorCode.ValidationFailed, summary || 'Validation failed', { errors });
  }
}
