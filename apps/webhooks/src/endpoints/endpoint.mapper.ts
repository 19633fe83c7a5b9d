import { WebhookEndpointDto } from '@hospital/contracts';
import { WebhookEndpointEntity } from './webhook-endpoint.entity';

/** The endpoint as its owner and admins see it: never a secret, sealed or not. */
export function toEndpointDto(endpoint: WebhookEndpointEntity, now = new Date()): WebhookEndpointDto {
  const grace = endpoint.previousSecretExpiresAt && endpoint.previousSecretExpiresAt > now ? endpoint.previousSecretExpiresAt : null;
  return {
    id: endpoint.id,
    ownerId: endpoint.ownerId,
    scope: endpoint.scope,
    url: endpoint.url,
    eventTypes: endpoint.eventTypes,
    description: endpoint.description,
    enabled: endpoint.enabled,
    disabledReason: endpoint.disabledReason,
    disabledAt: endpoint.disabledAt?.toISOString() ?? null,
    previousSecretExpiresAt: grace?.toISOString() ?? null,
    version: endpoint.version,
    createdAt: endpoint.createdAt.toISOString(),
    updatedAt: endpoint.updatedAt.toISOString(),
  };
}
