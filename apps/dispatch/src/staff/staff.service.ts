import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import {
  Actor,
  CreateStaffDto,
  DEFAULT_STAFF_CAPACITY,
  DispatchEvents,
  ErrorCode,
  ListStaffQueryDto,
  Page,
  Shift,
  StaffCreatedEvent,
  StaffDto,
  StaffUpdatedEvent,
  UpdateStaffDto,
} from '@hospital/contracts';
import { DomainError, IdempotentRequest, keysetPage, UnitOfWork } from '@hospital/platform';
import { QueryFailedError, Repository } from 'typeorm';
import { StaffEntity } from './staff.entity';
import { staffSnapshot } from './staff.events';
import { toStaffDto } from './staff.mapper';

const UNIQUE_VIOLATION = '23505';

/** The staff directory: who works at the center, in which group, holding which posts. */
@Injectable()
export class StaffService {
  constructor(
    @InjectRepository(StaffEntity) private readonly staff: Repository<StaffEntity>,
    private readonly uow: UnitOfWork,
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

  async get(id: string): Promise<StaffEntity> {
    const found = await this.staff.findOneBy({ id });
    if (!found) throw DomainError.notFound(ErrorCode.StaffNotFound, 'Staff member', id);
    return found;
  }

  /**
   * One UPDATE of only the fields sent (TypeORM bumps version and updated_at in it), so two
   * people changing different fields of one person at once both keep their change.
   */
  async update(id: string, changes: UpdateStaffDto): Promise<StaffEntity> {
    const set = Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined));
    if (Object.keys(set).length === 0) return this.get(id);
    return this.uow.run(async (tx) => {
      const { affected } = await tx.manager.update(StaffEntity, { id }, set);
      if (!affected) throw DomainError.notFound(ErrorCode.StaffNotFound, 'Staff member', id);
      const staff = await tx.manager.findOneByOrFail(StaffEntity, { id });
      tx.emit<StaffUpdatedEvent>(DispatchEvents.staffUpdated, staff.id, staffSnapshot(staff));
      return staff;
    });
  }

  async list(query: ListStaffQueryDto): Promise<Page<StaffEntity>> {
    const qb = this.staff.createQueryBuilder('s');
    if (query.group) qb.andWhere('s.group = :group', { group: query.group });
    if (query.post) qb.andWhere(':post = ANY(s.posts)', { post: query.post });
    if (query.active !== undefined) qb.andWhere('s.active = :active', { active: query.active });
    if (query.q) {
      qb.andWhere('(s.staff_no ILIKE :prefix OR s.name ILIKE :part)', {
        prefix: `${escapeLike(query.q)}%`,
        part: `%${escapeLike(query.q)}%`,
      });
    }
    return keysetPage(qb, query);
  }

  private staffNoTaken(error: unknown, staffNo: string): DomainError | null {
    if (error instanceof QueryFailedError && (error.driverError as { code?: string }).code === UNIQUE_VIOLATION) {
      const message = `staff number ${staffNo} is already in use`;
      return new DomainError(ErrorCode.StaffNumberTaken, message, { errors: [{ field: 'staffNo', message }] });
    }
    return null;
  }
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
