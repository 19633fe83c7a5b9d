import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { ListSupervisorsQueryDto, Page, SupervisorDto } from '@hospital/contracts';
import { keysetPage } from '@hospital/platform';
import { Repository } from 'typeorm';
import { SocialSupervisorEntity } from './social-supervisor.entity';
import { toSupervisorDto } from './supervisor.mapper';

@Injectable()
export class SupervisorsQueryService {
  constructor(@InjectRepository(SocialSupervisorEntity) private readonly supervisors: Repository<SocialSupervisorEntity>) {}

  async list(query: ListSupervisorsQueryDto): Promise<Page<SupervisorDto>> {
    const qb = this.supervisors.createQueryBuilder('s');
    if (query.active !== undefined) qb.andWhere('s.active = :active', { active: query.active });
    const page = await keysetPage(qb, query);
    return { items: page.items.map(toSupervisorDto), nextCursor: page.nextCursor };
  }
}
