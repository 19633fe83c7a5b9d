import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Actor, ListWebhookDeliveriesRequestDto, Page, WebhookDeliveryDto } from '@hospital/contracts';
import { keysetPage } from '@hospital/platform';
import { Repository } from 'typeorm';
import { endpointFor } from '../endpoints/endpoint-access';
import { toDeliveryDto } from './delivery.mapper';
import { WebhookDeliveryEntity } from './webhook-delivery.entity';

/** An endpoint's delivery log, newest first, for its owner and admins. */
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
}
