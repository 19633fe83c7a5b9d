import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { Actor, ListWebhookDeliveriesRequestDto, Page, WebhookDeliveryDetailDto, WebhookDeliveryDto, WebhookDeliveryParamsDto, WebhookPatterns } from '@hospital/contracts';
import { DeliveriesQueryService } from './deliveries-query.service';
import { RedeliverService } from './redeliver.service';

/** NATS handlers for an endpoint's delivery log; validation runs on `data` before any of these is called. */
@Controller()
export class DeliveriesHandlers {
  constructor(
    private readonly queries: DeliveriesQueryService,
    private readonly redelivery: RedeliverService,
  ) {}

  @MessagePattern(WebhookPatterns.listDeliveries)
  list(@Payload('data') request: ListWebhookDeliveriesRequestDto, @Payload('actor') actor: Actor): Promise<Page<WebhookDeliveryDto>> {
    return this.queries.list(request, actor);
  }

  @MessagePattern(WebhookPatterns.getDelivery)
  get(@Payload('data') params: WebhookDeliveryParamsDto, @Payload('actor') actor: Actor): Promise<WebhookDeliveryDetailDto> {
    return this.queries.get(params, actor);
  }

  @MessagePattern(WebhookPatterns.redeliver)
  redeliver(@Payload('data') params: WebhookDeliveryParamsDto, @Payload('actor') actor: Actor): Promise<WebhookDeliveryDto> {
    return this.redelivery.redeliver(params, actor);
  }
}
