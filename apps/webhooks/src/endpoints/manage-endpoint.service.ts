import { Inject, Injectable, Logger } from '@nestjs/common';
import { Actor, UpdateWebhookEndpointDto, WebhookEndpointDto, WebhookEndpointIdDto, WebhookEndpointWithSecretDto } from '@hospital/contracts';
import { UnitOfWork } from '@hospital/platform';
import { WEBHOOKS_CONFIG, WebhooksConfig } from '../config';
import { checkEndpointUrl } from './address-policy';
import { assertMaySubscribe, endpointFor } from './endpoint-access';
import { EndpointSecrets } from './endpoint-secrets';
import { toEndpointDto } from './endpoint.mapper';
import { WebhookEndpointEntity } from './webhook-endpoint.entity';

/** What an endpoint's owner (or an admin) changes: URL, events, pausing, the secret, removal. */
@Injectable()
export class ManageEndpointService {
  private readonly log = new Logger(ManageEndpointService.name);

  constructor(
    private readonly uow: UnitOfWork,
    private readonly secrets: EndpointSecrets,
    @Inject(WEBHOOKS_CONFIG) private readonly config: WebhooksConfig,
  ) {}

  /**
   * Enabling clears why it was disabled (a 410 Gone included) and the deliveries that waited go
   * out; disabling queues nothing new for it until it is enabled again.
   */
  async update(id: string, changes: UpdateWebhookEndpointDto, actor: Actor): Promise<WebhookEndpointDto> {
    if (changes.url !== undefined) await checkEndpointUrl(changes.url, this.config.addresses);
    return this.uow.run(async ({ manager }) => {
      const endpoint = await endpointFor(manager, id, actor, true);
      if (changes.eventTypes) assertMaySubscribe(endpoint.scope, changes.eventTypes);
      const now = new Date();
      const next: Partial<WebhookEndpointEntity> = {
        ...(changes.url !== undefined ? { url: changes.url } : {}),
        ...(changes.eventTypes !== undefined ? { eventTypes: changes.eventTypes } : {}),
        ...(changes.description !== undefined ? { description: changes.description } : {}),
      };
      if (changes.enabled === true && !endpoint.enabled) Object.assign(next, { enabled: true, disabledReason: null, disabledAt: null });
      if (changes.enabled === false && endpoint.enabled) Object.assign(next, { enabled: false, disabledReason: `paused by ${actor.id}`, disabledAt: now });
      if (Object.keys(next).length === 0) return toEndpointDto(endpoint, now);
      const saved = await manager.save(Object.assign(endpoint, next));
      this.log.log(`webhook endpoint ${id} changed by ${actor.id}: ${Object.keys(next).join(', ')}`);
      return toEndpointDto(saved, now);
    });
  }

  /** Its deliveries and their log go with it. */
  async remove(id: string, actor: Actor): Promise<WebhookEndpointIdDto> {
    return this.uow.run(async ({ manager }) => {
      const endpoint = await endpointFor(manager, id, actor, true);
      await manager.remove(endpoint);
      this.log.log(`webhook endpoint ${id} deleted by ${actor.id}`);
      return { id };
    });
  }

  /**
   * A new secret, shown in this answer only. For the grace period (WEBHOOKS_ROTATION_GRACE_HOURS)
   * deliveries carry two signatures, the new secret's and the one it replaces, so the receiver
   * can switch whenever it likes within it. Rotating again inside the grace drops the oldest.
   */
  async rotateSecret(id: string, actor: Actor): Promise<WebhookEndpointWithSecretDto> {
    const secret = this.secrets.generate();
    return this.uow.run(async ({ manager }) => {
      const endpoint = await endpointFor(manager, id, actor, true);
      const now = new Date();
      const grace = this.config.secretGraceMs > 0;
      endpoint.previousSecretSealed = grace ? endpoint.secretSealed : null;
      endpoint.previousSecretExpiresAt = grace ? new Date(now.getTime() + this.config.secretGraceMs) : null;
      endpoint.secretSealed = this.secrets.seal(secret, endpoint.id);
      const saved = await manager.save(endpoint);
      this.log.log(`webhook endpoint ${id}: secret rotated by ${actor.id}; the old one signs until ${saved.previousSecretExpiresAt?.toISOString() ?? 'now'}`);
      return { ...toEndpointDto(saved, now), secret };
    });
  }
}
