import { Injectable } from '@nestjs/common';
import {
  Actor,
  AddEquipmentUnitDto,
  EquipmentUnitDto,
  EquipmentUnitStatus,
  ErrorCode,
  SetEquipmentStatusRequestDto,
} from '@hospital/contracts';
import { DomainError, IdempotentRequest, uniqueViolationOf, UnitOfWork } from '@hospital/platform';
import { EquipmentUnitEntity } from './equipment-unit.entity';
import { toEquipmentUnitDto } from './equipment.mapper';


/** Changing the lending inventory: a unit added to a desk, a unit out of or back in service. */
@Injectable()
export class EquipmentService {
  constructor(private readonly uow: UnitOfWork) {}

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
        if (uniqueViolationOf(error)) throw codeTaken(dto.code);
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

function codeTaken(code: string): DomainError {
  return new DomainError(ErrorCode.EquipmentCodeTaken, `an equipment unit with code ${code} already exists`, {
    errors: [{ field: 'code', message: `code ${code} is taken` }],
  });
}
