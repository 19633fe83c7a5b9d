import { Injectable } from '@nestjs/common';
import {
  Actor,
  CreateStaffDto,
  DEFAULT_STAFF_CAPACITY,
  DispatchEvents,
  ErrorCode,
  Shift,
  StaffCreatedEvent,
  StaffDto,
  StaffUpdatedEvent,
  UpdateStaffDto,
} from '@hospital/contracts';
import { DomainError, IdempotentRequest, uniqueViolationOf, UnitOfWork } from '@hospital/platform';
import { StaffEntity } from './staff.entity';
import { staffSnapshot } from './staff.events';
import { toStaffDto } from './staff.mapper';
import { StaffQueryService } from './staff-query.service';


/**
 * Adding people to the staff directory and changing them (docs/domain.md §1.1, §1.2): who works at
 * the center, in which group, holding which posts. Every change tells the other services.
 */
@Injectable()
export class StaffRecordsService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly queries: StaffQueryService,
  ) {}

  /** Adds a person and tells the other services (staff.created), once per Idempotency-Key. */
  async create(dto: CreateStaffDto, actor: Actor, idempotency: IdempotentRequest | null = null): Promise<StaffDto> {
    try {
      return await this.uow.run(
        async (tx) => {
          const staff = await tx.manager.save(
            tx.manager.create(StaffEntity, {
              ...dto,
              phone: dto.phone ?? null,
              active: dto.active ?? true,
              shift: dto.shift ?? Shift.Early,
              capacity: dto.capacity ?? DEFAULT_STAFF_CAPACITY,
            }),
          );
          tx.emit<StaffCreatedEvent>(DispatchEvents.staffCreated, staff.id, staffSnapshot(staff));
          return toStaffDto(staff, actor);
        },
        { idempotency },
      );
    } catch (error) {
      throw this.staffNoTaken(error, dto.staffNo) ?? error;
    }
  }

  /**
   * One UPDATE of only the fields sent (TypeORM bumps version and updated_at in it), so two
   * people changing different fields of one person at once both keep their change.
   */
  async update(id: string, changes: UpdateStaffDto, actor: Actor): Promise<StaffDto> {
    const set = Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined));
    if (Object.keys(set).length === 0) return this.queries.get(id, actor);
    return this.uow.run(async (tx) => {
      const { affected } = await tx.manager.update(StaffEntity, { id }, set);
      if (!affected) throw DomainError.notFound(ErrorCode.StaffNotFound, 'Staff member', id);
      const staff = await tx.manager.findOneByOrFail(StaffEntity, { id });
      tx.emit<StaffUpdatedEvent>(DispatchEvents.staffUpdated, staff.id, staffSnapshot(staff));
      return toStaffDto(staff, actor);
    });
  }

  private staffNoTaken(error: unknown, staffNo: string): DomainError | null {
    if (uniqueViolationOf(error)) {
      const message = `staff number ${staffNo} is already in use`;
      return new DomainError(ErrorCode.StaffNumberTaken, message, { errors: [{ field: 'staffNo', message }] });
    }
    return null;
  }
}
