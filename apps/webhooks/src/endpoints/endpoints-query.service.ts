import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Actor, ListWebhookEndpointsQueryDto, Page, WebhookEndpointDto } from '@hospital/contracts';
import { keysetPage } from '@hospital/platform';
import { Repository } from 'typeorm';
import { endpointFor, managesAll } from './endpoint-access';
import { toEndpointDto } from './endpoint.mapper';
import { WebhookEndpointEntity } from './webhook-endpoint.entity';

/** Reading endpoints: a system its own, an admin all of them. */
@Injectable()
export class EndpointsQueryService {
  constructor(@InjectRepository(WebhookEndpointEntity) private readonly endpoints: Repository<WebhookEndpointEntity>) {}

  async get(id: string, actor: Actor): Promise<WebhookEndpointDto> {
    return toEndpointDto(await endpointFor(this.endpoints.manager, id, actor));
  }

  async list(query: ListWebhookEndpointsQueryDto, actor: Actor): Promise<Page<WebhookEndpointDto>> {
    const qb = this.endpoints.createQueryBuilder('e');
    if (!managesAll(actor)) qb.andWhere('e.owner_id = :ownerId', { ownerId: actor.id });
    const page = await keysetPage(qb, query);
    const now = new Date();
    return { items: page.items.map((e) => toEndpointDto(e, now)), nextCursor: page.nextCursor };
  }
}
