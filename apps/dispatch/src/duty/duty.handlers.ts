import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { Actor, ClockInRequestDto, ClockOutRequestDto, DutyPatterns, DutyRosterQueryDto, WorkerDutyDto } from '@hospital/contracts';
import { DutyService } from './duty.service';

@Controller()
export class DutyHandlers {
  constructor(private readonly duty: DutyService) {}

  @MessagePattern(DutyPatterns.clockIn)
  clockIn(@Payload('data') req: ClockInRequestDto, @Payload('actor') actor: Actor): Promise<WorkerDutyDto> {
    return this.duty.clockIn(req, actor);
  }

  @MessagePattern(DutyPatterns.clockOut)
  clockOut(@Payload('data') req: ClockOutRequestDto, @Payload('actor') actor: Actor): Promise<WorkerDutyDto> {
    return this.duty.clockOut(req, actor);
  }

  @MessagePattern(DutyPatterns.roster)
  roster(@Payload('data') query: DutyRosterQueryDto): Promise<WorkerDutyDto[]> {
    return this.duty.roster({ group: query.group });
  }
}
