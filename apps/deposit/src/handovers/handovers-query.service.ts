import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { ErrorCode, HandoverDto, ListHandoversQueryDto, Page } from '@hospital/contracts';
import { DomainError, keysetPage } from '@hospital/platform';
import { Repository } from 'typeorm';
import { HandoverEntity } from './handover.entity';
import { toHandoverDto } from './handover.mapper';

/** Reading handovers: one, and a desk's list. */
@Injectable()
export class HandoversQueryService {
  constructor(@InjectRepository(HandoverEntity) private readonly handovers: Repository<HandoverEntity>) {}

  async get(id: string): Promise<HandoverDto> {
    const handover = await this.handovers.findOneBy({ id });
    if (!handover) throw DomainError.notFound(ErrorCode.HandoverNotFound, 'Handover', id);
    return toHandoverDto(handover);
  }

  /** Newest first; `status=DISCREPANCY` is the list of those still waiting for a supervisor. */
  async list(query: ListHandoversQueryDto): Promise<Page<HandoverDto>> {
    if (query.from && query.to && Date.parse(query.to) <= Date.parse(query.from)) {
      throw DomainError.validation([{ field: 'to', message: 'to must be after from' }]);
    }
    const qb = this.handovers.createQueryBuilder('h');
    if (query.desk) qb.andWhere('h.desk = :desk', { desk: query.desk });
    if (query.status) qb.andWhere('h.status = :status', { status: query.status });
    if (query.from) qb.andWhere('h.created_at >= :from', { from: query.from });
    if (query.to) qb.andWhere('h.created_at < :to', { to: query.to });
    const page = await keysetPage(qb, query);
    return { items: page.items.map(toHandoverDto), nextCursor: page.nextCursor };
  }
}
