import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import {
  Actor,
  ClockInRequestDto,
  ClockOutRequestDto,
  DutyPatterns,
  DutyRosterQueryDto,
  EndBreakRequestDto,
  StartBreakRequestDto,
  WorkerDutyDto,
  WorkerQueueDto,
} from '@hospital/contracts';
import { DutyBreaksService } from './duty-breaks.service';
import { DutyClockService } from './duty-clock.service';
import { DutyQueryService } from './duty-query.service';

@Controller()
export class DutyHandlers {
  constructor(
    private readonly clock: DutyClockService,
    private readonly breaks: DutyBreaksService,
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

  @MessagePattern(DutyPatterns.breakStart)
  startBreak(@Payload('data') req: StartBreakRequestDto, @Payload('actor') actor: Actor): Promise<WorkerDutyDto> {
    return this.breaks.start(req, actor);
  }

  @MessagePattern(DutyPatterns.breakEnd)
  endBreak(@Payload('data') req: EndBreakRequestDto, @Payload('actor') actor: Actor): Promise<WorkerDutyDto> {
    return this.breaks.end(req, actor);
  }

  @MessagePattern(DutyPatterns.queue)
  queue(@Payload('actor') actor: Actor): Promise<WorkerQueueDto> {
    return this.queries.queue(actor);
  }

  @MessagePattern(DutyPatterns.roster)
  roster(@Payload('data') { group }: DutyRosterQueryDto): Promise<WorkerDutyDto[]> {
    return this.queries.roster({ group });
  }
}
