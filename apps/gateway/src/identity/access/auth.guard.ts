import { CanActivate, ExecutionContext, Inject, Injectable, Logger, Optional } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ErrorCode, hasAnyRole } from '@hospital/contracts';
import { DomainError, PUBLIC_ROUTE } from '@hospital/platform';
import type { Request, Response } from 'express';
import { ApiKeysService } from '../api-keys/api-keys.service';
import { ACCESS_RULE, AccessRule, BEFORE_PASSWORD_CHANGE, STREAM_TICKET_PARAMETER, STREAM_TICKET_PURPOSE, STREAM_TICKETS, type StreamTicketRedeemer } from './access.decorators';
import { BearerAuthenticator } from './bearer-authenticator';
import { API_KEY_HEADER } from './credentials';
import { ANONYMOUS_ACTOR, GatewayActor, RequestWithActor } from './gateway-actor';
import { UserSessions } from './user-sessions';

const API_KEY = API_KEY_HEADER.toLowerCase();
const CHALLENGE = 'Bearer realm="hospital-api"';
const BEARER = /^Bearer +(\S+)$/i;

type RoutePolicy = { kind: 'public' } | AccessRule | { kind: 'undeclared' } | { kind: 'conflicting' };

/**
 * The gateway's one global guard, secure by default:
 * - a route (or its controller) is `@Public()`, or declares `@Roles(...)` / `@Authenticated()`;
 *   the handler's own declaration overrides its controller's;
 * - a route declaring nothing (or both at one level) is refused with 403 and an error log, so a
 *   forgotten decorator closes a route instead of opening it;
 * - credentials: `Authorization: Bearer <jwt>` or `X-API-Key: <key>`, never both; any failure is
 *   401 with `WWW-Authenticate`; a valid caller without a listed role is 403;
 * - a route marked `@AcceptsStreamTicket(purpose)` also takes `?ticket=` (for the browser's
 *   EventSource, which sends no headers): used up on first presentation, then its account is
 *   checked as a token's is; a ticket and a credential header together are refused;
 * - a person on a temporary password reaches only the routes marked `@AllowedBeforePasswordChange()`.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  private readonly log = new Logger(AuthGuard.name);

  constructor(
    private readonly reflector: Reflector,
    private readonly bearer: BearerAuthenticator,
    private readonly apiKeys: ApiKeysService,
    // Optional so that a guard built without the identity module's accounts (a routes harness)
    // still builds: it then accepts no ticket.
    @Optional() private readonly sessions?: UserSessions,
    @Optional() @Inject(STREAM_TICKETS) private readonly tickets?: StreamTicketRedeemer,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const policy = this.policyOf(context);
    const route = `${context.getClass().name}.${context.getHandler().name}`;

    if (policy.kind === 'public') {
      if (context.getType() === 'http') {
        // A fresh copy: a handler mutating its actor must not change the next request's.
        context.switchToHttp().getRequest<RequestWithActor>().actor = { ...ANONYMOUS_ACTOR, roles: [] };
      }
      return true;
    }
    if (policy.kind === 'undeclared' || policy.kind === 'conflicting') {
      this.log.error(
        policy.kind === 'undeclared'
          ? `${route} declares no access rule (@Roles, @Authenticated or @Public): refusing every call`
          : `${route} is both @Public and @Roles/@Authenticated at one level: refusing every call`,
      );
      throw new DomainError(ErrorCode.Forbidden, 'access to this route is not configured');
    }
    if (context.getType() !== 'http') {
      // Only HTTP carries our credentials; anything else must opt out explicitly with @Public().
      this.log.error(`${route} is a ${context.getType()} handler with an access rule AuthGuard cannot check`);
      throw new DomainError(ErrorCode.Forbidden, 'access to this route is not configured');
    }

    const request = context.switchToHttp().getRequest<RequestWithActor>();
    const ticketPurpose = this.reflector.get<string | undefined>(STREAM_TICKET_PURPOSE, context.getHandler());
    const actor = await this.authenticateOrChallenge(request, context.switchToHttp().getResponse<Response>(), ticketPurpose);
    // Attached before the role check so logs and metrics of a 403 still show who was refused.
    request.actor = actor;
    if (actor.passwordChangeRequired && !this.allowedBeforePasswordChange(context)) {
      throw new DomainError(ErrorCode.PasswordChangeRequired, 'the password is temporary: change it with POST /auth/password first');
    }
    if (policy.kind === 'roles' && !hasAnyRole(actor, policy.roles)) {
      throw new DomainError(ErrorCode.Forbidden, `requires one of the roles: ${policy.roles.join(', ')}`);
    }
    return true;
  }

  private allowedBeforePasswordChange(context: ExecutionContext): boolean {
    return this.reflector.get<boolean | undefined>(BEFORE_PASSWORD_CHANGE, context.getHandler()) === true;
  }

  /** The handler's declaration wins over its controller's; at one level, public plus a rule is a mistake. */
  private policyOf(context: ExecutionContext): RoutePolicy {
    for (const target of [context.getHandler(), context.getClass()]) {
      const isPublic = this.reflector.get<boolean | undefined>(PUBLIC_ROUTE, target) === true;
      const rule = this.reflector.get<AccessRule | undefined>(ACCESS_RULE, target);
      if (isPublic && rule) return { kind: 'conflicting' };
      if (isPublic) return { kind: 'public' };
      if (rule) return rule;
    }
    return { kind: 'undeclared' };
  }

  private async authenticateOrChallenge(request: Request, response: Response, ticketPurpose: string | undefined): Promise<GatewayActor> {
    const ticket: unknown = ticketPurpose === undefined ? undefined : request.query?.[STREAM_TICKET_PARAMETER];
    try {
      if (ticketPurpose !== undefined && ticket !== undefined) return await this.redeem(request, ticket, ticketPurpose);
      return await this.authenticate(request);
    } catch (error) {
      if (error instanceof DomainError && error.code === ErrorCode.Unauthenticated) {
        // RFC 6750: say how to authenticate, and flag a rejected token (or ticket) as such.
        const rejectedToken = request.headers.authorization !== undefined || ticket !== undefined;
        response.setHeader('WWW-Authenticate', rejectedToken ? `${CHALLENGE}, error="invalid_token"` : CHALLENGE);
      }
      throw error;
    }
  }

  /** A stream ticket: used up first (whatever happens next), then its account checked as a token's is. */
  private async redeem(request: Request, ticket: unknown, purpose: string): Promise<GatewayActor> {
    if (request.headers.authorization !== undefined || request.headers[API_KEY] !== undefined) {
      throw new DomainError(ErrorCode.Unauthenticated, 'send either a ticket or a credential header, not both');
    }
    if (typeof ticket !== 'string' || ticket.length === 0) throw new DomainError(ErrorCode.Unauthenticated, 'send one ticket');
    if (!this.tickets || !this.sessions) throw new DomainError(ErrorCode.Unauthenticated, 'tickets are not accepted here');
    const holder = await this.tickets.redeem(ticket, purpose);
    if (!holder) throw new DomainError(ErrorCode.Unauthenticated, 'the ticket is unknown, used up or expired: ask for a new one');
    return this.sessions.resume(holder);
  }

  private async authenticate(request: Request): Promise<GatewayActor> {
    const authorization = request.headers.authorization;
    const apiKey = request.headers[API_KEY];
    if (authorization !== undefined && apiKey !== undefined) {
      throw new DomainError(ErrorCode.Unauthenticated, 'send either a bearer token or an API key, not both');
    }
    if (authorization !== undefined) {
      const token = BEARER.exec(authorization.trim())?.[1];
      if (!token) throw new DomainError(ErrorCode.Unauthenticated, 'the Authorization header must be "Bearer <token>"');
      return this.bearer.authenticate(token);
    }
    if (apiKey !== undefined) {
      const actor = typeof apiKey === 'string' ? await this.apiKeys.authenticate(apiKey.trim()) : null;
      if (!actor) throw new DomainError(ErrorCode.Unauthenticated, 'the API key is invalid or has been revoked');
      return actor;
    }
    throw new DomainError(ErrorCode.Unauthenticated, 'authentication required: send a bearer token or an X-API-Key header');
  }
}
