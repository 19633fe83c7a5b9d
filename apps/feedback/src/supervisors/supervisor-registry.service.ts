import { Injectable } from '@nestjs/common';
import { Actor, CreateSupervisorDto, ErrorCode, SetSupervisorActiveRequestDto, SupervisorDto } from '@hospital/contracts';
import { DomainError, IdempotentRequest, UnitOfWork } from '@hospital/platform';
import { SocialSupervisorEntity } from './social-supervisor.entity';
import { toSupervisorDto } from './supervisor.mapper';

/** The registry of social supervisors (社会监督员, docs/domain.md §5.9): who is appointed, and who still serves. */
@Injectable()
export class SupervisorRegistryService {
  constructor(private readonly uow: UnitOfWork) {}

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
        throw new DomainError(ErrorCode.SupervisorPhoneTaken, 'a social supervisor with this phone is registered already', {
          errors: [{ field: 'phone', message: 'already registered' }],
        });
      }
      return toSupervisorDto(await manager.findOneByOrFail(SocialSupervisorEntity, { id: row.id }));
    }, { idempotency });
  }

  setActive({ id, active }: SetSupervisorActiveRequestDto): Promise<SupervisorDto> {
    return this.uow.run(async ({ manager }) => {
      const result = await manager.update(SocialSupervisorEntity, { id }, { active });
      if (!result.affected) throw DomainError.notFound(ErrorCode.SupervisorNotFound, 'Social supervisor', id);
      return toSupervisorDto(await manager.findOneByOrFail(SocialSupervisorEntity, { id }));
    });
  }
}
