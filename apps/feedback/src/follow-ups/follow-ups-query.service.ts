import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Actor, FollowUpPageDto, FollowUpStatus, ListFollowUpsQueryDto } from '@hospital/contracts';
import { ENV, hospitalDate, keysetPage, ServiceEnv } from '@hospital/platform';
import { Repository } from 'typeorm';
import { FollowUpEntity } from './follow-up.entity';
import { toFollowUpDto } from './follow-up.mapper';

/** The follow-up calls to make: all, those due (today or earlier, hospital time) and those overdue. */
@Injectable()
export class FollowUpsQueryService {
  constructor(
    @InjectRepository(FollowUpEntity) private readonly followUps: Repository<FollowUpEntity>,
    @Inject(ENV) private readonly env: ServiceEnv,
  ) {}

  async list(query: ListFollowUpsQueryDto, actor: Actor): Promise<FollowUpPageDto> {
    const today = hospitalDate(new Date(), this.env.TZ_HOSPITAL);
    const qb = this.followUps.createQueryBuilder('f');
    if (query.status) qb.andWhere('f.status = :status', { status: query.status });
    if (query.due) qb.andWhere('f.status <> :done AND f.due_on <= :today', { done: FollowUpStatus.Completed, today });
    if (query.overdue) qb.andWhere('f.status <> :done AND f.due_on < :today', { done: FollowUpStatus.Completed, today });
    const page = await keysetPage(qb, query);
    return { items: page.items.map((f) => toFollowUpDto(f, actor, today)), nextCursor: page.nextCursor };
  }
}
