import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import {
  Actor,
  CreateStaffDto,
  ListStaffQueryDto,
  Page,
  StaffDto,
  StaffIdDto,
  StaffPatterns,
  UpdateStaffRequestDto,
} from '@hospital/contracts';
import { Idempotency, IdempotentRequest } from '@hospital/platform';
import { toStaffDto } from './staff.mapper';
import { StaffService } from './staff.service';

/** NATS handlers for the staff directory; validation runs on `data` before any of these is called. */
@Controller()
export class StaffHandlers {
  constructor(private readonly staff: StaffService) {}

  @MessagePattern(StaffPatterns.create)
  create(@Payload('data') dto: CreateStaffDto, @Payload('actor') actor: Actor, @Idempotency() idempotency: IdempotentRequest | null): Promise<StaffDto> {
    return this.staff.create(dto, actor, idempotency);
  }

  @MessagePattern(StaffPatterns.get)
  async get(@Payload('data') { id }: StaffIdDto, @Payload('actor') actor: Actor): Promise<StaffDto> {
    return toStaffDto(await this.staff.get(id), actor);
  }

  @MessagePattern(StaffPatterns.update)
  async update(@Payload('data') { id, changes }: UpdateStaffRequestDto, @Payload('actor') actor: Actor): Promise<StaffDto> {
    return toStaffDto(await this.staff.update(id, changes), actor);
  }

  @MessagePattern(StaffPatterns.list)
  async list(@Payload('data') query: ListStaffQueryDto, @Payload('actor') actor: Actor): Promise<Page<StaffDto>> {
    const page = await this.staff.list(query);
    return { items: page.items.map((s) => toStaffDto(s, actor)), nextCursor: page.nextCursor };
  }
}
