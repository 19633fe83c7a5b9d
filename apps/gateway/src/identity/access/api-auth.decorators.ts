import { applyDecorators } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiExtension,
  ApiForbiddenResponse,
  ApiSecurity,
  ApiUnauthorizedResponse,
  DocumentBuilder,
} from '@nestjs/swagger';
import { ProblemDto, Role } from '@hospital/contracts';
import { Authenticated, Public, Roles } from './access.decorators';
import { API_KEY_HEADER } from './credentials';

/** Names of the OpenAPI security schemes; register them with `addIdentitySecurity`. */
export const SECURITY_BEARER = 'bearer';
export const SECURITY_API_KEY = 'api-key';

type Decorator = ClassDecorator & MethodDecorator;

const unauthorized = () =>
  ApiUnauthorizedResponse({ type: ProblemDto, description: 'No valid bearer token or API key (code UNAUTHENTICATED)' });

/**
 * `@Roles(...)` plus its documentation, so what the guard enforces and what the spec says cannot
 * drift apart. People hold human roles (bearer token); only API keys hold `integration`, so each
 * route advertises just the schemes that can succeed. `x-roles` lists the roles for client teams.
 */
export function ApiAuth(role: Role, ...more: Role[]): Decorator {
  const roles = [role, ...more];
  const schemes: Decorator[] = [];
  if (roles.some((r) => r !== Role.Integration)) schemes.push(ApiBearerAuth(SECURITY_BEARER));
  if (roles.includes(Role.Integration)) schemes.push(ApiSecurity(SECURITY_API_KEY));
  return applyDecorators(
    Roles(role, ...more),
    ...schemes,
    unauthorized(),
    ApiForbiddenResponse({ type: ProblemDto, description: `Requires one of the roles: ${roles.join(', ')} (code FORBIDDEN)` }),
    ApiExtension('x-roles', roles),
  );
}

/** `@Authenticated()` (any person or API key) plus its documentation. */
export function ApiAuthenticated(): Decorator {
  return applyDecorators(Authenticated(), ApiBearerAuth(SECURITY_BEARER), ApiSecurity(SECURITY_API_KEY), unauthorized());
}

/** `@Public()` under the same naming, so every route in the gateway reads `@Api<Access>(...)`. */
export function ApiPublic(): Decorator {
  return applyDecorators(Public());
}

/** Declares the two schemes the decorators above refer to; call it on the gateway's DocumentBuilder. */
export function addIdentitySecurity(builder: DocumentBuilder): DocumentBuilder {
  return builder
    .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT', description: 'Token from POST /auth/login' }, SECURITY_BEARER)
    .addApiKey({ type: 'apiKey', in: 'header', name: API_KEY_HEADER, description: 'Key from POST /auth/api-keys' }, SECURITY_API_KEY);
}
