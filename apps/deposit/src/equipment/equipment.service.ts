import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import {
  Actor,
  AddEquipmentUnitDto,
  EquipmentCountDto,
  EquipmentPageDto,
  EquipmentUnitDto,
  EquipmentUnitStatus,
  ErrorCode,
  ListEquipmentQueryDto,
  SetEquipmentStatusRequestDto,
} from '@hospital/contracts';
import { DomainError, IdempotentRequest, keysetPage, UnitOfWork } from '@hospital/platform';
import { QueryFailedError, Repository, SelectQueryBuilder } from 'typeorm';
import { EquipmentUnitEntity } from './equipment-unit.entity';
import { toEquipmentUnitDto } from './equipment.mapper';

const UNIQUE_VIOLATION = '23505';

/** The lending inventory: what each desk holds and in what state. */
@Injectable()
export class EquipmentService {
  constructor(
    private readonly uow: UnitOfWork,
    @InjectRepository(EquipmentUnitEntity) private readonly units: Repository<EquipmentUnitEntity>,
  ) {}

  /** A page of units, newest first, and the counts per type and status of everything the filters match. */
  async list(query: ListEquipmentQueryDto): Promise<EquipmentPageDto> {
    const filtered = () => {
      const qb = this.units.createQueryBuilder('u');
      for (const field of ['desk', 'type', 'status'] as const) {
        if (query[field]) qb.andWhere(`u.${field} = :${field}`, { [field]: query[field] });
      }
      return qb;
    };
    const [page, counts] = await Promise.all([keysetPage(filtered(), query), countsOf(filtered())]);
    return { items: page.items.map(toEquipmentUnitDto), nextCursor: page.nextCursor, counts };
  }

  add(dto: AddEquipmentUnitDto, actor: Actor, idempotency: IdempotentRequest | null = null): Promise<EquipmentUnitDto> {
    return this.uow
      .run(async ({ manager }) => {
        if (await manager.existsBy(EquipmentUnitEntity, { code: dto.code })) throw codeTaken(dto.code);
        const unit = await manager.save(
          manager.create(EquipmentUnitEntity, { code: dto.code, type: dto.type, desk: dto.desk, status: EquipmentUnitStatus.Available, note: dto.note ?? null }),
        );
        return toEquipmentUnitDto(unit);
      }, { idempotency })
      .catch((error: unknown) => {
        // Two supervisors adding the same code at once: the second insert meets the unique index.
        if (error instanceof QueryFailedError && (error.driverError as { code?: string }).code === UNIQUE_VIOLATION) throw codeTaken(dto.code);
        throw error;
      });
  }

  /** Out of service, back in service, or lost. A lent unit is refused: only its loan's return changes it. */
  setStatus(req: SetEquipmentStatusRequestDto): Promise<EquipmentUnitDto> {
    return this.uow.run(async ({ manager }) => {
      const unit = await manager.findOne(EquipmentUnitEntity, { where: { id: req.id }, lock: { mode: 'pessimistic_write' } });
      if (!unit) throw DomainError.notFound(ErrorCode.EquipmentNotFound, 'Equipment unit', req.id);
      if (unit.status === EquipmentUnitStatus.Lent) {
        throw new DomainError(ErrorCode.InvalidTransition, `unit ${unit.code} is lent: return its loan first`, { status: unit.status });
      }
      unit.status = req.status;
      unit.note = req.note ?? null;
      return toEquipmentUnitDto(await manager.save(unit));
    });
  }
}

async function countsOf(qb: SelectQueryBuilder<EquipmentUnitEntity>): Promise<EquipmentCountDto[]> {
  const rows = await qb
    .select('u.type', 'type')
    .addSelect('u.status', 'status')
    .addSelect('count(*)::int', 'count')
    .groupBy('u.type')
    .addGroupBy('u.status')
    .orderBy('u.type')
    .addOrderBy('u.status')
    .getRawMany<EquipmentCountDto>();
  return rows;
}

function codeTaken(code: string): DomainError {
  return new DomainError(ErrorCode.Conflict, `an equipment unit with code ${code} already exists`, {
    errors: [{ field: 'code', message: `code ${code} is taken` }],
  });
}
