import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Actor, CreateSupervisorDto, ErrorCode, ListSupervisorsQueryDto, Page, SetSupervisorActiveRequestDto, SupervisorDto } from '@hospital/contracts';
import { DomainError, IdempotentRequest, keysetPage, UnitOfWork } from '@hospital/platform';
import { Repository } from 'typeorm';
import { SocialSupervisorEntity } from './social-supervisor.entity';
import { toSupervisorDto } from './supervisor.mapper';

/** The registry of social supervisors (社会监督员). */
@Injectable()
export class SupervisorsService {
  constructor(
    private readonly uow: UnitOfWork,
    @InjectRepository(SocialSupervisorEntity) private readonly supervisors: Repository<SocialSupervisorEntity>,
  ) {}

  create(dto: CreateSupervisorDto, actor: Actor, idempotency: IdempotentRequest | null = null): Promise<SupervisorDto> {
    return this.uow.run(async ({ manager }) => {
      const inserted = await manager
        .createQueryBuilder()
        .insert()
        .into(SocialSupervisorEntity)
        .values({ ...dto, active: true })
        .orIgnore()
        .returning('"id"')
        .execute();
      const [row] = inserted.raw as { id: string }[];
      if (!row) {
        throw new DomainError(ErrorCode.Conflict, 'a social supervisor with this phone is registered already', {
          errors: [{ field: 'phone', message: 'already registered' }],
        });
      }
      return toSupervisorDto(await manager.findOneByOrFail(SocialSupervisorEntity, { id: row.id }));
    }, { idempotency });
  }

  async list(query: ListSupervisorsQueryDto): Promise<Page<SupervisorDto>> {
    const qb = this.supervisors.createQueryBuilder('s');
    if (query.active !== undefined) qb.andWhere('s.active = :active', { active: query.active });
    const page = await keysetPage(qb, query);
    return { items: page.items.map(toSupervisorDto), nextCursor: page.nextCursor };
  }

  async setActive({ id, active }: SetSupervisorActiveRequestDto): Promise<SupervisorDto> {
    const result = await this.supervisors.update({ id }, { active });
    if (!result.affected) throw DomainError.notFound(ErrorCode.SupervisorNotFound, 'Social supervisor', id);
    return toSupervisorDto(await this.supervisors.findOneByOrFail({ id }));
  }
}
