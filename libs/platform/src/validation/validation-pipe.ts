import { ValidationPipe } from '@nestjs/common';
import type { FieldError } from '@hospital/contracts';
import type { ValidationError } from 'class-validator';
import { DomainError } from '../errors/domain-error';

/** Flatten class-validator's tree into one entry per field, with dotted paths. */
export function flattenValidationErrors(errors: ValidationError[], parent = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({ field, message: withPath(message, error.property, field) }));
    return [...own, ...flattenValidationErrors(error.children ?? [], field)];
  });
}

/** class-validator names only the leaf property; use the full path so nested fields are unambiguous. */
function withPath(message: string, property: string, field: string): string {
  if (message.startsWith(`${property} `)) return `${field}${message.slice(property.length)}`;
  const unknown = `property ${property} `;
  if (message.startsWith(unknown)) return `property ${field} ${message.slice(unknown.length)}`;
  return message;
}

/**
 * The one validation pipe, used by the gateway (HTTP) and by every service (NATS): unknown
 * fields are refused, not silently dropped, so a typo in a client never goes unnoticed.
 */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    transformOptions: { enableImplicitConversion: false },
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => DomainError.validation(flattenValidationErrors(errors)),
  });
}
