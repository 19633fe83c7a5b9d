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
import { AcceptsStreamTicket, Authenticated, Public, Roles, STREAM_TICKET_PARAMETER } from './access.decorators';
import { API_KEY_HEADER } from './credentials';

/** Names of the OpenAPI security schemes; register them with `addIdentitySecurity`. */
export const SECURITY_BEARER = 'bearer';
export const SECURITY_API_KEY = 'api-key';
export const SECURITY_STREAM_TICKET = 'stream-ticket';

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

/**
 * `@AcceptsStreamTicket(purpose)` plus its documentation: the ticket is one more alternative to
 * the route's other schemes, so a generated client offers it where a browser's EventSource needs it.
 */
export function ApiStreamTicket(purpose: string): MethodDecorator {
  return applyDecorators(AcceptsStreamTicket(purpose), ApiSecurity(SECURITY_STREAM_TICKET));
}

/** Declares the schemes the decorators above refer to; call it on the gateway's DocumentBuilder. */
export function addIdentitySecurity(builder: DocumentBuilder): DocumentBuilder {
  return builder
    .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT', description: 'Token from POST /auth/login' }, SECURITY_BEARER)
    .addApiKey({ type: 'apiKey', in: 'header', name: API_KEY_HEADER, description: 'Key from POST /auth/api-keys' }, SECURITY_API_KEY)
    .addApiKey(
      {
        type: 'apiKey',
        in: 'query',
        name: STREAM_TICKET_PARAMETER,
        description:
          'A one-time ticket from POST /dispatch/board/stream-tickets, for the browser’s EventSource, which cannot send the Authorization ' +
          'header. Valid 60 s, for one request: the first request that presents it uses it up, whatever its outcome. Only on the streams that say so.',
      },
      SECURITY_STREAM_TICKET,
    );
}
