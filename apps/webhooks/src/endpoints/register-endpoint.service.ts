import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Actor, CreateWebhookEndpointDto, WebhookEndpointWithSecretDto } from '@hospital/contracts';
import { IdempotentRequest, UnitOfWork } from '@hospital/platform';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { WEBHOOKS_CONFIG, WebhooksConfig } from '../config';
import { checkEndpointUrl } from './address-policy';
import { assertMaySubscribe, endpointFor, scopeFor } from './endpoint-access';
import { EndpointSecrets } from './endpoint-secrets';
import { toEndpointDto } from './endpoint.mapper';
import { WebhookEndpointEntity } from './webhook-endpoint.entity';

/** Registering an endpoint: the URL and event types checked, a new signing secret sealed with it. */
@Injectable()
export class RegisterEndpointService {
  private readonly log = new Logger(RegisterEndpointService.name);

  constructor(
    private readonly uow: UnitOfWork,
    private readonly secrets: EndpointSecrets,
    @InjectDataSource() private readonly db: DataSource,
    @Inject(WEBHOOKS_CONFIG) private readonly config: WebhooksConfig,
  ) {}

  /**
   * The answer carries the secret. It is not stored with the Idempotency-Key's answer (that
   * table holds answers in clear): a retry with the same key gets the first answer, and the
   * secret is added from the endpoint itself, where it is kept sealed, as it signs now. Only the
   * caller who registered the endpoint can replay it, and that caller could rotate the secret anyway.
   */
  async create(dto: CreateWebhookEndpointDto, actor: Actor, idempotency: IdempotentRequest | null): Promise<WebhookEndpointWithSecretDto> {
    const scope = scopeFor(actor);
    assertMaySubscribe(scope, dto.eventTypes);
    const endpoint = await this.uow.run(
      async ({ manager }, { id, secret }) => {
        const saved = await manager.save(
          manager.create(WebhookEndpointEntity, {
            id,
            ownerId: actor.id,
            scope,
            url: dto.url,
            eventTypes: dto.eventTypes,
            description: dto.description ?? null,
            enabled: true,
            disabledReason: null,
            disabledAt: null,
            secretSealed: this.secrets.seal(secret, id),
            previousSecretSealed: null,
            previousSecretExpiresAt: null,
            // The service's clock, as the fan-out compares it with the events' time (nothing from before it is sent).
            createdAt: new Date(),
          }),
        );
        this.log.log(`webhook endpoint ${id} registered by ${actor.id} for ${new URL(dto.url).origin} (${dto.eventTypes.join(', ')})`);
        return toEndpointDto(saved);
      },
      {
        idempotency,
        // A first request only: a replay neither resolves the host again nor makes a secret it would not use.
        prepare: async () => {
          await checkEndpointUrl(dto.url, this.config.addresses);
          const id = randomUUID();
          return { id, secret: this.secrets.generate() };
        },
      },
    );
    const stored = await endpointFor(this.db.manager, endpoint.id, actor);
    return { ...endpoint, secret: this.secrets.open(stored.secretSealed, stored.id) };
  }
}
