import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { Actor, ClockInRequestDto, ClockOutRequestDto, DutyPatterns, DutyRosterQueryDto, WorkerDutyDto } from '@hospital/contracts';
import { DutyClockService } from './duty-clock.service';
import { DutyQueryService } from './duty-query.service';

@Controller()
export class DutyHandlers {
  constructor(
    private readonly clock: DutyClockService,
    private readonly queries: DutyQueryService,
  ) {}

  @MessagePattern(DutyPatterns.clockIn)
  clockIn(@Payload('data') req: ClockInRequestDto, @Payload('actor') actor: Actor): Promise<WorkerDutyDto> {
    return this.clock.clockIn(req, actor);
  }

  @MessagePattern(DutyPatterns.clockOut)
  clockOut(@Payload('data') req: ClockOutRequestDto, @Payload('actor') actor: Actor): Promise<WorkerDutyDto> {
    return this.clock.clockOut(req, actor);
  }

  @MessagePattern(DutyPatterns.roster)
  roster(@Payload('data') { group }: DutyRosterQueryDto): Promise<WorkerDutyDto[]> {
    return this.queries.roster({ group });
  }
}
