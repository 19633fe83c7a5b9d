import { Actor, ErrorCode, hasAnyRole, Role, TASK_WEBHOOK_EVENT_TYPES, WebhookEndpointScope, WebhookEventType } from '@hospital/contracts';
import { DomainError } from '@hospital/platform';
import { EntityManager } from 'typeorm';
import { WebhookEndpointEntity } from './webhook-endpoint.entity';

/** Admins see and manage every endpoint; anyone else (a hospital system's key) only their own. */
export const managesAll = (actor: Actor): boolean => hasAnyRole(actor, [Role.Admin]);

/** Fixed at registration by who registers: an admin's endpoint hears of every job, a system's of its own. */
export const scopeFor = (actor: Actor): WebhookEndpointScope => (managesAll(actor) ? WebhookEndpointScope.All : WebhookEndpointScope.OwnJobs);

/** A system's endpoint may subscribe only to the events of its own jobs (docs/webhooks.md, "Which events"). */
export function assertMaySubscribe(scope: WebhookEndpointScope, eventTypes: WebhookEventType[]): void {
  if (scope === WebhookEndpointScope.All) return;
  const refused = eventTypes.filter((type) => !TASK_WEBHOOK_EVENT_TYPES.includes(type));
  if (refused.length === 0) return;
  const message = `only an admin's endpoint may receive ${refused.join(', ')}; a hospital system's receives the task events of its own jobs`;
  throw new DomainError(ErrorCode.WebhookEventTypeNotAllowed, message, { errors: [{ field: 'eventTypes', message }] });
}

/**
 * The endpoint, if the caller may see it. Another caller's endpoint is "not found", not
 * "forbidden": a system learns nothing of another system's endpoints.
 */
export async function endpointFor(manager: EntityManager, id: string, actor: Actor, lock = false): Promise<WebhookEndpointEntity> {
  const endpoint = await manager.findOne(WebhookEndpointEntity, { where: { id }, ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
  if (!endpoint || (!managesAll(actor) && endpoint.ownerId !== actor.id)) throw DomainError.notFound(ErrorCode.WebhookEndpointNotFound, 'Webhook endpoint', id);
  return endpoint;
}
