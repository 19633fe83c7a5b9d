import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { InjectEntityManager } from '@nestjs/typeorm';
import {
  Actor,
  FollowUpComplaintRequestDto,
  FollowUpComplaintResultDto,
  FollowUpDto,
  FollowUpOutcomeRequestDto,
  FollowUpPageDto,
  FollowUpPatterns,
  ListFollowUpsQueryDto,
  PlanFollowUpDto,
} from '@hospital/contracts';
import { EntityManager } from 'typeorm';
import { FollowUpsService } from './follow-ups.service';

@Controller()
export class FollowUpsHandlers {
  constructor(
    private readonly followUps: FollowUpsService,
    @InjectEntityManager() private readonly manager: EntityManager,
  ) {}

  @MessagePattern(FollowUpPatterns.plan)
  plan(@Payload('data') req: PlanFollowUpDto, @Payload('actor') actor: Actor): Promise<FollowUpDto> {
    return this.followUps.plan(req, actor);
  }

  @MessagePattern(FollowUpPatterns.list)
  list(@Payload('data') req: ListFollowUpsQueryDto, @Payload('actor') actor: Actor): Promise<FollowUpPageDto> {
    return this.followUps.list(req, actor, this.manager);
  }

  @MessagePattern(FollowUpPatterns.recordOutcome)
  recordOutcome(@Payload('data') req: FollowUpOutcomeRequestDto, @Payload('actor') actor: Actor): Promise<FollowUpDto> {
    return this.followUps.recordOutcome(req, actor);
  }

  @MessagePattern(FollowUpPatterns.raiseComplaint)
  raiseComplaint(@Payload('data') req: FollowUpComplaintRequestDto, @Payload('actor') actor: Actor): Promise<FollowUpComplaintResultDto> {
    return this.followUps.raiseComplaint(req, actor);
  }
}
