import type { Actor } from '@hospital/contracts';
import type { Request } from 'express';

/**
 * The contracts' Actor plus a display name, so `/auth/me` and logs need no extra lookup.
 * Still an `Actor`: pass it as-is in RpcRequest.actor.
 */
export interface GatewayActor extends Actor {
  /** Username for people, the key's name for API keys. */
  name: string;
  /** A person on a temporary password: AuthGuard lets them only change it. */
  passwordChangeRequired?: boolean;
}

/** Set on public routes so handlers always find an actor; it holds no role, so it opens nothing. */
export const ANONYMOUS_ACTOR: Readonly<GatewayActor> = Object.freeze({
  id: 'anonymous',
  kind: 'anonymous',
  roles: [],
  staffId: null,
  name: 'anonymous',
});

/** An Express request after AuthGuard has run. */
export type RequestWithActor = Request & { actor?: GatewayActor };

/** The caller of this request, or undefined when AuthGuard has not run on it (e.g. a 404 route). */
export function actorOf(request: Request): GatewayActor | undefined {
  return (request as RequestWithActor).actor;
}
