import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Actor, ErrorCode, ListWebhookDeliveriesRequestDto, Page, WebhookDeliveryDetailDto, WebhookDeliveryDto, WebhookDeliveryParamsDto } from '@hospital/contracts';
import { DomainError, keysetPage } from '@hospital/platform';
import { Repository } from 'typeorm';
import { endpointFor } from '../endpoints/endpoint-access';
import { toDeliveryDetailDto, toDeliveryDto } from './delivery.mapper';
import { WebhookDeliveryAttemptEntity } from './webhook-delivery-attempt.entity';
import { WebhookDeliveryEntity } from './webhook-delivery.entity';

/** An endpoint's delivery log, newest first, and one delivery with its attempts, for its owner and admins. */
@Injectable()
export class DeliveriesQueryService {
  constructor(@InjectRepository(WebhookDeliveryEntity) private readonly deliveries: Repository<WebhookDeliveryEntity>) {}

  async list({ id, status, eventType, ...page }: ListWebhookDeliveriesRequestDto, actor: Actor): Promise<Page<WebhookDeliveryDto>> {
    await endpointFor(this.deliveries.manager, id, actor);
    const qb = this.deliveries.createQueryBuilder('d').where('d.endpoint_id = :id', { id });
    if (status) qb.andWhere('d.status = :status', { status });
    if (eventType) qb.andWhere('d.event_type = :eventType', { eventType });
    const result = await keysetPage(qb, page);
    return { items: result.items.map(toDeliveryDto), nextCursor: result.nextCursor };
  }

  /**
   * One snapshot for the delivery and its history: read apart, an attempt recorded in between
   * would show in the history but not in the delivery's own status and count.
   */
  get({ id, deliveryId }: WebhookDeliveryParamsDto, actor: Actor): Promise<WebhookDeliveryDetailDto> {
    return this.deliveries.manager.transaction('REPEATABLE READ', async (manager) => {
      await endpointFor(manager, id, actor);
      // A delivery of another endpoint is as unknown as one that does not exist: the caller named the pair.
      const delivery = await manager.findOne(WebhookDeliveryEntity, { where: { id: deliveryId, endpointId: id } });
      if (!delivery) throw DomainError.notFound(ErrorCode.WebhookDeliveryNotFound, 'Webhook delivery', deliveryId);
      const attempts = await manager.find(WebhookDeliveryAttemptEntity, { where: { deliveryId }, order: { attempt: 'ASC' } });
      return toDeliveryDetailDto(delivery, attempts);
    });
  }
}
