import { SetMetadata } from '@nestjs/common';
import { Role } from '@hospital/contracts';
import { PublicRoute } from '@hospital/platform';

/** Metadata key for the access rule of a route (roles, or any authenticated caller). */
export const ACCESS_RULE = 'identity:access-rule';

/** What a route (or its controller) declares; the absence of any rule means 403, never "open". */
export type AccessRule = { kind: 'authenticated' } | { kind: 'roles'; roles: readonly Role[] };

const KNOWN_ROLES = new Set<string>(Object.values(Role));

/**
 * Only callers holding at least one of these roles. The signature needs one role at least, and
 * an empty or unknown list throws when the class is loaded: a typo must fail the boot, not open
 * (or silently close) a route. Admin is not implied: list it where it belongs.
 */
export function Roles(role: Role, ...more: Role[]): ClassDecorator & MethodDecorator {
  const roles = [role, ...more];
  const bad = roles.filter((r) => !KNOWN_ROLES.has(r));
  if (bad.length) {
    throw new Error(`@Roles() needs known roles (${[...KNOWN_ROLES].join(', ')}); got ${JSON.stringify(bad)}`);
  }
  const rule: AccessRule = { kind: 'roles', roles: Object.freeze([...new Set(roles)]) };
  return SetMetadata(ACCESS_RULE, rule);
}

/** Any authenticated caller, person or API key, whatever its roles. Spelled out so it is a decision, not an omission. */
export function Authenticated(): ClassDecorator & MethodDecorator {
  const rule: AccessRule = { kind: 'authenticated' };
  return SetMetadata(ACCESS_RULE, rule);
}

/**
 * No credentials needed. The platform's `PublicRoute` under another name, so the platform's own
 * controllers (health) and ours share one marker the guard reads.
 */
export const Public = PublicRoute;

/** Metadata key of `@AllowedBeforePasswordChange()`. */
export const BEFORE_PASSWORD_CHANGE = 'identity:before-password-change';

/**
 * The few routes a person on a temporary password may call (changing it, asking who they are);
 * every other route answers 403 PASSWORD_CHANGE_REQUIRED until the password is changed.
 */
export function AllowedBeforePasswordChange(): MethodDecorator {
  return SetMetadata(BEFORE_PASSWORD_CHANGE, true);
}

/** The query parameter a stream ticket comes in. */
export const STREAM_TICKET_PARAMETER = 'ticket';

/** Metadata key of `@AcceptsStreamTicket(purpose)`. */
export const STREAM_TICKET_PURPOSE = 'identity:stream-ticket-purpose';

/**
 * A stream a browser opens with the native EventSource, which cannot send an Authorization header:
 * besides the usual credentials, the route takes `?ticket=` with a one-time ticket issued for
 * `purpose` (a ticket for one purpose opens no other route). The route's access rule still applies.
 */
export function AcceptsStreamTicket(purpose: string): MethodDecorator {
  return SetMetadata(STREAM_TICKET_PURPOSE, purpose);
}

/** The injection token of the store that redeems stream tickets (provided where tickets are issued). */
export const STREAM_TICKETS = Symbol('STREAM_TICKETS');

/** Whom a ticket was issued to, as a token names its bearer: checked against the account like any token (UserSessions). */
export interface StreamTicketHolder {
  userId: string;
  sessionVersion: number;
}

/** Uses a ticket up: its holder, or null for a ticket that is unknown, used, expired or for another purpose. */
export interface StreamTicketRedeemer {
  redeem(ticket: string, purpose: string): Promise<StreamTicketHolder | null>;
}
