import { Param, ParseUUIDPipe } from '@nestjs/common';
import { DomainError } from '@hospital/platform';

/**
 * A path parameter that must be a UUID. A malformed one is a 400 naming the parameter, in the same
 * problem+json shape as body validation, instead of reaching the database as a cast error (500).
 */
export function UuidParam(name: string): ParameterDecorator {
  return Param(
    name,
    new ParseUUIDPipe({
      exceptionFactory: () => DomainError.validation([{ field: name, message: `${name} must be a UUID` }]),
    }),
  );
}
