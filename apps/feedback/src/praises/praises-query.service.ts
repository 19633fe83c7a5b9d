import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { ListPraisesQueryDto, PraisePageDto } from '@hospital/contracts';
import { keysetPage } from '@hospital/platform';
import { Repository } from 'typeorm';
import { PraiseEntity } from './praise.entity';
import { toPraiseDto } from './praise.mapper';

@Injectable()
export class PraisesQueryService {
  constructor(@InjectRepository(PraiseEntity) private readonly praises: Repository<PraiseEntity>) {}

  async list(query: ListPraisesQueryDto): Promise<PraisePageDto> {
    const qb = this.praises.createQueryBuilder('p');
    if (query.staffId) qb.andWhere(':staffId = ANY(p.staff_ids)', { staffId: query.staffId });
    const page = await keysetPage(qb, query);
    return { items: page.items.map(toPraiseDto), nextCursor: page.nextCursor };
  }
}
