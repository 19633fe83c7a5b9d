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
import { StaffQueryService } from './staff-query.service';
import { StaffRecordsService } from './staff-records.service';

/** NATS handlers for the staff directory; validation runs on `data` before any of these is called. */
@Controller()
export class StaffHandlers {
  constructor(
    private readonly records: StaffRecordsService,
    private readonly queries: StaffQueryService,
  ) {}

  @MessagePattern(StaffPatterns.create)
  create(@Payload('data') dto: CreateStaffDto, @Payload('actor') actor: Actor, @Idempotency() idempotency: IdempotentRequest | null): Promise<StaffDto> {
    return this.records.create(dto, actor, idempotency);
  }

  @MessagePattern(StaffPatterns.get)
  get(@Payload('data') { id }: StaffIdDto, @Payload('actor') actor: Actor): Promise<StaffDto> {
    return this.queries.get(id, actor);
  }

  @MessagePattern(StaffPatterns.update)
  update(@Payload('data') { id, changes }: UpdateStaffRequestDto, @Payload('actor') actor: Actor): Promise<StaffDto> {
    return this.records.update(id, changes, actor);
  }

  @MessagePattern(StaffPatterns.list)
  list(@Payload('data') query: ListStaffQueryDto, @Payload('actor') actor: Actor): Promise<Page<StaffDto>> {
    return this.queries.list(query, actor);
  }
}
