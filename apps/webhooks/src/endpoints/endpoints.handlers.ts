import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import {
  Actor,
  CreateWebhookEndpointDto,
  ListWebhookEndpointsQueryDto,
  Page,
  UpdateWebhookEndpointRequestDto,
  WebhookEndpointDto,
  WebhookEndpointIdDto,
  WebhookEndpointWithSecretDto,
  WebhookPatterns,
} from '@hospital/contracts';
import { Idempotency, IdempotentRequest } from '@hospital/platform';
import { EndpointsQueryService } from './endpoints-query.service';
import { ManageEndpointService } from './manage-endpoint.service';
import { RegisterEndpointService } from './register-endpoint.service';

/** NATS handlers for webhook endpoints; validation runs on `data` before any of these is called. */
@Controller()
export class EndpointsHandlers {
  constructor(
    private readonly registration: RegisterEndpointService,
    private readonly management: ManageEndpointService,
    private readonly queries: EndpointsQueryService,
  ) {}

  @MessagePattern(WebhookPatterns.createEndpoint)
  create(@Payload('data') dto: CreateWebhookEndpointDto, @Payload('actor') actor: Actor, @Idempotency() idempotency: IdempotentRequest | null): Promise<WebhookEndpointWithSecretDto> {
    return this.registration.create(dto, actor, idempotency);
  }

  @MessagePattern(WebhookPatterns.listEndpoints)
  list(@Payload('data') query: ListWebhookEndpointsQueryDto, @Payload('actor') actor: Actor): Promise<Page<WebhookEndpointDto>> {
    return this.queries.list(query, actor);
  }

  @MessagePattern(WebhookPatterns.getEndpoint)
  get(@Payload('data') { id }: WebhookEndpointIdDto, @Payload('actor') actor: Actor): Promise<WebhookEndpointDto> {
    return this.queries.get(id, actor);
  }

  @MessagePattern(WebhookPatterns.updateEndpoint)
  update(@Payload('data') { id, changes }: UpdateWebhookEndpointRequestDto, @Payload('actor') actor: Actor): Promise<WebhookEndpointDto> {
    return this.management.update(id, changes, actor);
  }

  @MessagePattern(WebhookPatterns.deleteEndpoint)
  remove(@Payload('data') { id }: WebhookEndpointIdDto, @Payload('actor') actor: Actor): Promise<WebhookEndpointIdDto> {
    return this.management.remove(id, actor);
  }

  @MessagePattern(WebhookPatterns.rotateSecret)
  rotateSecret(@Payload('data') { id }: WebhookEndpointIdDto, @Payload('actor') actor: Actor): Promise<WebhookEndpointWithSecretDto> {
    return this.management.rotateSecret(id, actor);
  }
}
