import { SetMetadata } from '@nestjs/common';
import type { Request } from 'express';
import type { GatewayActor } from '../identity/access/gateway-actor';

/** Metadata key of an audited route; the global AuditInterceptor reads it. */
export const AUDITED = 'audit:audited';

/* eslint-disable @typescript-eslint/no-explicit-any -- a route's response type is the caller's business */
export interface AuditedOptions<R = any> {
  /**
   * What the entry is about: `idParam` names a route parameter holding its id (`id`, `period`),
   * `idFrom` takes it from the response (a created record). Neither: no target id (a list read).
   */
  target: { type: string; idParam?: string; idFrom?: (response: R) => string | null };
  /** Record only when this holds, e.g. when the caller's role got personal data unmasked. */
  when?: (actor: GatewayActor, response: R) => boolean;
  /** Extra facts for the entry (fields changed, ids of a list read); secret-named keys are stripped anyway. */
  details?: (response: R, context: { actor: GatewayActor; request: Request }) => Record<string, unknown>;
}
/* eslint-enable @typescript-eslint/no-explicit-any */

export interface AuditedRoute {
  action: string;
  options: AuditedOptions;
}

const ACTION = /^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)+$/;
const TARGET_TYPE = /^[a-z][a-z0-9_]*$/;

/**
 * Records `action` in the audit log after the handler succeeded (never when it threw: a 4xx or
 * 5xx changed or showed nothing), as the caller of the request, with the client address and the
 * request id. The entry is written before the answer leaves; a read that cannot be recorded is
 * refused (500) rather than shown unrecorded. A malformed declaration throws when the class is
 * loaded, so a typo fails the boot.
 */
export function Audited<R>(action: string, options: AuditedOptions<R>): MethodDecorator {
  if (!ACTION.test(action)) throw new Error(`@Audited() needs an action <resource>.<verb> such as user.create; got "${action}"`);
  if (!TARGET_TYPE.test(options.target.type)) throw new Error(`@Audited("${action}") needs a lower_snake_case target type; got "${options.target.type}"`);
  if (options.target.idParam !== undefined && options.target.idFrom !== undefined) {
    throw new Error(`@Audited("${action}") takes the target id from a route parameter or from the response, not both`);
  }
  const route: AuditedRoute = { action, options: options as AuditedOptions };
  return SetMetadata(AUDITED, route);
}
